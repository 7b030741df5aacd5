import { lists } from '../../db/lists';
import { connection } from '../connection';
import type { Resolvers } from '../resolvers.generated';

export const auditResolvers: Resolvers = {
  Query: {
    auditTrail: (_, args, ctx, info) => connection(ctx, info, lists.auditTrail(args.subjectId), args),
  },
};
