import { viewerPermissions } from '../auth/viewerPermissions';
import type { Resolvers } from '../resolvers.generated';

export const permissionsResolvers: Resolvers = {
  Query: {
    viewerPermissions: (_, __, ctx) => viewerPermissions(ctx.policy, ctx.viewer),
  },
};
