import { auditActor, auditRolesShownTo } from '../../services/auditTrail';
import { exportMyData } from '../../services/subjectAccess';
import type { Resolvers } from '../resolvers.generated';

export const rightsResolvers: Resolvers = {
  Query: {
    exportMyData: async (_, __, ctx) => {
      const data = await exportMyData(ctx);
      // A subject access export holds the person's special-category data: it goes in their trail like any read of it.
      ctx.audit.record('Query.exportMyData', { subjectId: ctx.viewer.id, id: ctx.viewer.id }, { allowed: true, by: 'relation:SELF' });
      return data;
    },
  },
  AuditEvent: {
    roles: (event, _, ctx) => auditRolesShownTo(ctx.viewer, event),
    actor: (event, _, ctx) => auditActor(ctx, event),
  },
};
