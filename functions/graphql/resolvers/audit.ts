import { lists } from '../../db/lists';
import type { AuditEventRecord } from '../../db/records';
import { connection } from '../connection';
import type { Resolvers, Role } from '../resolvers.generated';

const sorted = (values: string[] | Set<string> | undefined) => [...(values ?? [])].sort();

/** Holding SERVICE_USER reveals use of mental health services: only HR (and the asker themselves) may see it in a trail. */
const SERVICE_USE: Role = 'SERVICE_USER';

export const auditResolvers: Resolvers = {
  Query: {
    auditTrail: (_, args, ctx, info) => connection(ctx, info, lists.auditTrail(args.subjectId), args),
  },
  AuditEvent: {
    fields: (e) => sorted((e as AuditEventRecord).fields),
    deniedFields: (e) => sorted((e as AuditEventRecord).deniedFields),
    attempts: (e) => (e as AuditEventRecord).attempts ?? 1,
    lastAt: (e) => (e as AuditEventRecord).lastAt ?? e.at,
    roles: (e, _, ctx) => {
      const event = e as AuditEventRecord;
      if (ctx.viewer.roles.includes('HR') || event.actorId === ctx.viewer.id) return event.roles;
      return event.roles.filter((r) => r !== SERVICE_USE);
    },
  },
};
