import { lists } from '../../db/lists';
import { recordConsent, recordEngagementActivity, recordFinding, withdrawConsent } from '../../services/engagement';
import { find } from '../../services/load';
import { addWorkstreamMember, decideRecommendation, proposeRecommendation, recordWorkstreamMeeting } from '../../services/workstreams';
import { connection } from '../connection';
import type { Resolvers } from '../resolvers.generated';

export const coproductionResolvers: Resolvers = {
  Query: {
    workstreams: (_, args, ctx, info) => connection(ctx, info, lists.workstreams(), args),
    workstream: (_, { id }, ctx) => find(ctx, 'Workstream', id),
    engagementActivities: (_, args, ctx, info) => connection(ctx, info, lists.engagementActivities(), args),
    engagementActivity: (_, { id }, ctx) => find(ctx, 'EngagementActivity', id),
  },
  Mutation: {
    addWorkstreamMember: (_, { input }, ctx) => addWorkstreamMember(ctx, input),
    recordWorkstreamMeeting: (_, { input }, ctx) => recordWorkstreamMeeting(ctx, input),
    proposeRecommendation: (_, { input }, ctx) => proposeRecommendation(ctx, input),
    decideRecommendation: (_, { input }, ctx) => decideRecommendation(ctx, input),
    recordEngagementActivity: (_, { input }, ctx) => recordEngagementActivity(ctx, input),
    recordConsent: (_, { input }, ctx) => recordConsent(ctx, input),
    withdrawConsent: (_, { input }, ctx) => withdrawConsent(ctx, input),
    recordFinding: (_, { input }, ctx) => recordFinding(ctx, input),
  },
  Workstream: {
    members: (w, args, ctx, info) => connection(ctx, info, lists.membersOfWorkstream(w), args),
    meetings: (w, args, ctx, info) => connection(ctx, info, lists.meetingsOfWorkstream(w), args),
    recommendations: (w, args, ctx, info) => connection(ctx, info, lists.recommendationsOfWorkstream(w), args),
  },
  WorkstreamMember: {
    person: (m, _, ctx) => find(ctx, 'Person', m.subjectId),
  },
  EngagementActivity: {
    totalParticipants: (a) => a.participantCounts.reduce((sum, c) => sum + c.count, 0),
    findings: (a, args, ctx, info) => connection(ctx, info, lists.findingsOfActivity(a), args),
    consents: (a, args, ctx, info) => connection(ctx, info, lists.consentsOfActivity(a), args),
  },
  WithdrawConsentPayload: {
    findingsAffected: (p) => p.consent.findingsAffected ?? 0,
    findingsRemoved: (p) => p.consent.findingsRemoved ?? 0,
  },
  ParticipantConsent: {
    participant: (c, _, ctx) => (c.subjectId ? find(ctx, 'Person', c.subjectId) : null),
  },
};
