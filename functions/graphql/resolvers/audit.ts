import { lists } from '../../db/lists';
import type { AuditEventRecord } from '../../db/records';
import { connection } from '../connection';
import type { Resolvers } from '../resolvers.generated';

const sorted = (values: string[] | Set<string> | undefined) => [...(values ?? [])].sort();

export const auditResolvers: Resolvers = {
  Query: {
    auditTrail: (_, args, ctx, info) => connection(ctx, info, lists.auditTrail(args.subjectId), args),
  },
  AuditEvent: {
    fields: (e) => sorted((e as AuditEventRecord).fields),
    deniedFields: (e) => sorted((e as AuditEventRecord).deniedFields),
    attempts: (e) => (e as AuditEventRecord).attempts ?? 1,
    lastAt: (e) => (e as AuditEventRecord).lastAt ?? e.at,
    // roles and actor, as the viewer may know them: functions/graphql/resolvers/rights.ts.
  },
};
