import { programmeOutcomes } from '../../services/outcomes/programmeOutcomes';
import type { Resolvers } from '../resolvers.generated';

export const outcomesResolvers: Resolvers = {
  Query: {
    programmeOutcomes: (_, args, ctx) => programmeOutcomes(ctx, args),
  },
  ProgrammeOutcomes: {
    retention: (outcomes, { months }) => outcomes.retentionAt(months),
  },
};
