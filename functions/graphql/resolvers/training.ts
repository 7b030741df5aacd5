import { lists } from '../../db/lists';
import { find, findMany } from '../../services/load';
import { applyToCohort, createCohort, decideTrainingApplication, enrol } from '../../services/training';
import { connection, prefetchPages } from '../connection';
import type { Resolvers } from '../resolvers.generated';

export const trainingResolvers: Resolvers = {
  Query: {
    cohorts: (_, args, ctx, info) => connection(ctx, info, lists.cohorts(), args),
    cohort: (_, { id }, ctx, info) => {
      prefetchPages(ctx, info, { applications: lists.applicationsOfCohort({ id }), enrolments: lists.enrolmentsOfCohort({ id }) });
      return find(ctx, 'Cohort', id);
    },
    trainingApplication: (_, { id }, ctx) => find(ctx, 'TrainingApplication', id),
    enrolment: (_, { id }, ctx) => find(ctx, 'Enrolment', id),
  },
  Mutation: {
    applyToCohort: (_, { input }, ctx) => applyToCohort(ctx, input),
    decideTrainingApplication: (_, { input }, ctx) => decideTrainingApplication(ctx, input),
    enrol: (_, { input }, ctx) => enrol(ctx, input),
    createCohort: (_, { input }, ctx) => createCohort(ctx, input),
  },
  Cohort: {
    facilitators: (cohort, _, ctx) => findMany(ctx, 'Person', cohort.facilitatorIds),
    applications: (cohort, args, ctx, info) => connection(ctx, info, lists.applicationsOfCohort(cohort), args),
    enrolments: (cohort, args, ctx, info) => connection(ctx, info, lists.enrolmentsOfCohort(cohort), args),
  },
  TrainingApplication: {
    applicant: (app, _, ctx) => find(ctx, 'Person', app.subjectId),
    cohort: (app, _, ctx) => find(ctx, 'Cohort', app.cohortId),
    deferredTo: (app, _, ctx) => (app.deferredToApplicationId ? find(ctx, 'TrainingApplication', app.deferredToApplicationId) : null),
    deferredFrom: (app, _, ctx) => (app.deferredFromApplicationId ? find(ctx, 'TrainingApplication', app.deferredFromApplicationId) : null),
    enrolment: (app, _, ctx) => (app.enrolmentId ? find(ctx, 'Enrolment', app.enrolmentId) : null),
  },
  Enrolment: {
    trainee: (enrolment, _, ctx) => find(ctx, 'Person', enrolment.subjectId),
    cohort: (enrolment, _, ctx) => find(ctx, 'Cohort', enrolment.cohortId),
    application: (enrolment, _, ctx) => find(ctx, 'TrainingApplication', enrolment.applicationId),
  },
};
