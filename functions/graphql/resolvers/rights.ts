import { auditActor, auditRolesShownTo } from '../../services/auditTrail';
import { exportMyData } from '../../services/subjectAccess';
import type { Resolvers } from '../resolvers.generated';

export const rightsResolvers: Resolvers = {
  Query: {
    exportMyData: (_, __, ctx) => exportMyData(ctx),
  },
  AuditEvent: {
    roles: (event, _, ctx) => auditRolesShownTo(ctx.viewer, event),
    actor: (event, _, ctx) => auditActor(ctx, event),
  },
};
