import { Mentor, MentoringMeeting, ShadowingOpportunity } from '../../db/entities';
import { find, findMentor } from '../../services/load';
import {
  assignMentor,
  endMentorAssignment,
  mentoringShortfall,
  recordMentor,
  recordMentoringMeeting,
  recordShadowing,
} from '../../services/mentoring';
import { connection } from '../connection';
import type { Resolvers } from '../resolvers.generated';

export const mentoringResolvers: Resolvers = {
  Query: {
    mentors: (_, args, ctx, info) => connection(ctx, info, { all: Mentor.collections.all(), shared: {} }, args),
  },
  Mutation: {
    recordMentor: (_, { input }, ctx) => recordMentor(ctx, input),
    assignMentor: (_, { input }, ctx) => assignMentor(ctx, input),
    endMentorAssignment: (_, { input }, ctx) => endMentorAssignment(ctx, input),
    recordMentoringMeeting: (_, { input }, ctx) => recordMentoringMeeting(ctx, input),
    recordShadowing: (_, { input }, ctx) => recordShadowing(ctx, input),
  },
  Person: {
    mentorProfile: (p, _, ctx) => findMentor(ctx, p.id),
  },
  Mentor: {
    person: (m, _, ctx) => find(ctx, 'Person', m.id),
    prepared: (m) => Boolean(m.preparatoryTrainingOn),
  },
  Cohort: {
    mentoringShortfall: (cohort) => mentoringShortfall(cohort),
  },
  Enrolment: {
    mentor: (e, _, ctx) => (e.mentorId ? find(ctx, 'Person', e.mentorId) : null),
    mentoringMeetingCount: (e) => e.mentoringMeetingCount ?? 0,
    mentoringMeetings: (e, args, ctx, info) =>
      connection(
        ctx,
        info,
        { all: MentoringMeeting.collections.ofEnrolment(e.id), shared: { subjectId: e.subjectId, cohortId: e.cohortId } },
        args,
      ),
    shadowing: (e, args, ctx, info) =>
      connection(
        ctx,
        info,
        { all: ShadowingOpportunity.collections.ofEnrolment(e.id), shared: { subjectId: e.subjectId, cohortId: e.cohortId } },
        args,
      ),
  },
  MentoringMeeting: {
    mentor: (m, _, ctx) => find(ctx, 'Person', m.mentorId),
    recordedBy: (m, _, ctx) => find(ctx, 'Person', m.recordedBy),
  },
  ShadowingOpportunity: {
    arrangedBy: (s, _, ctx) => find(ctx, 'Person', s.arrangedBy),
  },
};
