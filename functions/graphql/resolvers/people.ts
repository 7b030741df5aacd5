import { lists } from '../../db/lists';
import { find } from '../../services/load';
import { directory } from '../../services/people';
import { rowScopeFor } from '../auth/policy';
import { connection } from '../connection';
import type { Resolvers } from '../resolvers.generated';

export const peopleResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => find(ctx, 'Person', ctx.viewer.id),
    person: (_, { id }, ctx) => find(ctx, 'Person', id),
    people: (_, args, ctx, info) =>
      connection(ctx, info, directory(rowScopeFor(ctx.policy.fields.get('Query.people'), ctx.viewer.roles), args.role), args),
  },
  Person: {
    trainingApplications: (person, args, ctx, info) => connection(ctx, info, lists.applicationsOfPerson(person), args),
    enrolments: (person, args, ctx, info) => connection(ctx, info, lists.enrolmentsOfPerson(person), args),
  },
};
