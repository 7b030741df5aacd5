import { lists } from '../../db/lists';
import {
  addDevelopmentPlanReview,
  cancelCdpSignUp,
  createCdpSession,
  recordCdpAttendance,
  signUpForCdpSession,
  updateDevelopmentGoals,
} from '../../services/development';
import {
  assignSupervisor,
  developmentPlanId,
  overdueSupervision,
  recordLeaving,
  recordSupervision,
  setWorkplaceAdjustments,
} from '../../services/employment';
import { find } from '../../services/load';
import { connection } from '../connection';
import type { Resolvers } from '../resolvers.generated';

export const employmentResolvers: Resolvers = {
  Query: {
    employments: (_, args, ctx, info) => connection(ctx, info, lists.employments(), args),
    employment: (_, { id }, ctx) => find(ctx, 'Employment', id),
    overdueSupervision: (_, args, ctx, info) => connection(ctx, info, overdueSupervision(ctx, args.intervalDays), args),
    cdpSessions: (_, args, ctx, info) => connection(ctx, info, lists.cdpSessions(), args),
    cdpSession: (_, { id }, ctx) => find(ctx, 'CdpSession', id),
    developmentPlan: (_, { lxpId }, ctx) => find(ctx, 'DevelopmentPlan', developmentPlanId(lxpId)),
  },
  Mutation: {
    assignSupervisor: (_, { input }, ctx) => assignSupervisor(ctx, input),
    setWorkplaceAdjustments: (_, { input }, ctx) => setWorkplaceAdjustments(ctx, input),
    recordLeaving: (_, { input }, ctx) => recordLeaving(ctx, input),
    recordSupervision: (_, { input }, ctx) => recordSupervision(ctx, input),
    createCdpSession: (_, { input }, ctx) => createCdpSession(ctx, input),
    signUpForCdpSession: (_, { input }, ctx) => signUpForCdpSession(ctx, input),
    cancelCdpSignUp: (_, { input }, ctx) => cancelCdpSignUp(ctx, input),
    recordCdpAttendance: (_, { input }, ctx) => recordCdpAttendance(ctx, input),
    updateDevelopmentGoals: (_, { input }, ctx) => updateDevelopmentGoals(ctx, input),
    addDevelopmentPlanReview: (_, { input }, ctx) => addDevelopmentPlanReview(ctx, input),
  },
  Employment: {
    lxp: (e, _, ctx) => find(ctx, 'Person', e.subjectId),
    post: (e, _, ctx) => find(ctx, 'Post', e.postId),
    supervisor: (e, _, ctx) => (e.supervisorId ? find(ctx, 'Person', e.supervisorId) : null),
    lastSupervisionOn: (e) => e.lastSupervisionAt ?? null,
    application: (e, _, ctx) => (e.applicationId ? find(ctx, 'JobApplication', e.applicationId) : null),
    supervisionRecords: (e, args, ctx, info) => connection(ctx, info, lists.supervisionOfEmployment(e), args),
    developmentPlan: (e, _, ctx) => find(ctx, 'DevelopmentPlan', developmentPlanId(e.subjectId)),
  },
  SupervisionRecord: {
    supervisor: (r, _, ctx) => find(ctx, 'Person', r.supervisorId),
  },
  CdpSession: {
    leader: (s, _, ctx) => find(ctx, 'Person', s.leaderId),
    signUps: (s, args, ctx, info) => connection(ctx, info, lists.signUpsOfSession(s), args),
  },
  CdpSignUp: {
    session: (s, _, ctx) => find(ctx, 'CdpSession', s.sessionId),
    lxp: (s, _, ctx) => find(ctx, 'Person', s.subjectId),
  },
  DevelopmentPlan: {
    lxp: (p, _, ctx) => find(ctx, 'Person', p.subjectId),
  },
  DevelopmentPlanReview: {
    reviewer: (r, _, ctx) => find(ctx, 'Person', r.reviewerId),
  },
  Person: {
    employments: (person, args, ctx, info) => connection(ctx, info, lists.employmentsOfPerson(person), args),
  },
};
