import type { GraphQLResolveInfo } from 'graphql';
import { lists } from '../../db/lists';
import { find } from '../../services/load';
import { directory } from '../../services/people';
import { rowScopeFor } from '../auth/policy';
import { connection, prefetchPages } from '../connection';
import type { Context } from '../context';
import type { Resolvers } from '../resolvers.generated';

export const peopleResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx, info) => personWithPages(ctx, info, ctx.viewer.id),
    person: (_, { id }, ctx, info) => personWithPages(ctx, info, id),
    people: (_, args, ctx, info) =>
      connection(ctx, info, directory(rowScopeFor(ctx.policy.fields.get('Query.people'), ctx.viewer.roles), args.role), args),
  },
  Person: {
    trainingApplications: (person, args, ctx, info) => connection(ctx, info, lists.applicationsOfPerson(person), args),
    enrolments: (person, args, ctx, info) => connection(ctx, info, lists.enrolmentsOfPerson(person), args),
  },
};

/** A person, with the first pages of their lists the query asks for read alongside (functions/graphql/connection.ts). */
function personWithPages(ctx: Context, info: GraphQLResolveInfo, id: string) {
  const person = { id };
  prefetchPages(ctx, info, {
    trainingApplications: lists.applicationsOfPerson(person),
    enrolments: lists.enrolmentsOfPerson(person),
    jobApplications: lists.jobApplicationsOfPerson(person),
    employments: lists.employmentsOfPerson(person),
  });
  return find(ctx, 'Person', id);
}
