import { lists } from '../../db/lists';
import type { AuditEventRecord } from '../../db/records';
import { askedFields, refusedFields } from '../../services/auditTrail';
import { connection } from '../connection';
import type { Resolvers } from '../resolvers.generated';

export const auditResolvers: Resolvers = {
  Query: {
    auditTrail: (_, args, ctx, info) => connection(ctx, info, lists.auditTrail(args.subjectId), args),
  },
  AuditEvent: {
    fields: (e) => askedFields(e as AuditEventRecord),
    deniedFields: (e) => refusedFields(e as AuditEventRecord),
    attempts: (e) => (e as AuditEventRecord).attempts ?? 1,
    lastAt: (e) => (e as AuditEventRecord).lastAt ?? e.at,
    // roles and actor, as the viewer may know them: functions/graphql/resolvers/rights.ts.
  },
};
