import { Attendance, derivedIds, EntryFeedback, PortfolioEntry, TrainingSession, Tutorial } from '../../db/entities';
import type { ListSource } from '../../db/lists';
import { assessPortfolio, submitPortfolio } from '../../services/assessment';
import { find, findMany } from '../../services/load';
import { commentOnPortfolioEntry, recordTutorial, updatePortfolioEntry, writePortfolioEntry } from '../../services/portfolio';
import { planTrainingSession, recordAttendance } from '../../services/trainingSessions';
import { endEnrolment } from '../../services/withdrawal';
import { connection } from '../connection';
import type { Resolvers } from '../resolvers.generated';

const person = (ctx: Parameters<typeof find>[0], id: string | undefined) => (id ? find(ctx, 'Person', id) : null);

export const trainingDeliveryResolvers: Resolvers = {
  Mutation: {
    planTrainingSession: (_, { input }, ctx) => planTrainingSession(ctx, input),
    recordAttendance: (_, { input }, ctx) => recordAttendance(ctx, input),
    writePortfolioEntry: (_, { input }, ctx) => writePortfolioEntry(ctx, input),
    updatePortfolioEntry: (_, { input }, ctx) => updatePortfolioEntry(ctx, input),
    commentOnPortfolioEntry: (_, { input }, ctx) => commentOnPortfolioEntry(ctx, input),
    recordTutorial: (_, { input }, ctx) => recordTutorial(ctx, input),
    submitPortfolio: (_, { input }, ctx) => submitPortfolio(ctx, input),
    assessPortfolio: (_, { input }, ctx) => assessPortfolio(ctx, input),
    endEnrolment: (_, { input }, ctx) => endEnrolment(ctx, input),
  },
  Cohort: {
    sessions: (cohort, args, ctx, info) =>
      connection(ctx, info, { all: TrainingSession.collections.ofCohort(cohort.id), shared: { cohortId: cohort.id } }, args),
  },
  Enrolment: {
    portfolio: (enrolment, _, ctx) => find(ctx, 'Portfolio', derivedIds.portfolioOf(enrolment.id)),
    attendance: (enrolment, args, ctx, info) =>
      connection(
        ctx,
        info,
        {
          all: Attendance.collections.ofPerson(enrolment.subjectId, enrolment.cohortId),
          shared: { subjectId: enrolment.subjectId, cohortId: enrolment.cohortId },
        },
        args,
      ),
  },
  TrainingSession: {
    cohort: (session, _, ctx) => find(ctx, 'Cohort', session.cohortId),
    attendance: (session, args, ctx, info) =>
      connection(
        ctx,
        info,
        {
          all: Attendance.collections.ofSession(session.id),
          shared: { cohortId: session.cohortId },
          ofSubject: (personId) => Attendance.collections.ofSession(session.id, personId),
        },
        args,
      ),
  },
  Attendance: {
    session: (a, _, ctx) => find(ctx, 'TrainingSession', a.sessionId),
    trainee: (a, _, ctx) => person(ctx, a.subjectId),
    recordedBy: (a, _, ctx) => person(ctx, a.recordedBy),
  },
  Portfolio: {
    enrolment: (p, _, ctx) => find(ctx, 'Enrolment', p.enrolmentId),
    entries: (p, args, ctx, info) => {
      const source: ListSource = {
        all: PortfolioEntry.collections.ofPortfolio(p.id),
        shared: { subjectId: p.subjectId, cohortId: p.cohortId },
        byRelation: { FACILITATOR: PortfolioEntry.collections.submitted(p.id), MENTOR: PortfolioEntry.collections.sharedWithMentor(p.id) },
      };
      return connection(ctx, info, source, args);
    },
    assessment: (p, _, ctx) => (p.submissions > 0 ? find(ctx, 'Assessment', derivedIds.assessmentOf(p.id, p.submissions)) : null),
    assessments: (p, _, ctx) =>
      findMany(
        ctx,
        'Assessment',
        Array.from({ length: p.submissions }, (_, i) => derivedIds.assessmentOf(p.id, i + 1)),
      ),
    tutorials: (p, args, ctx, info) =>
      connection(
        ctx,
        info,
        { all: Tutorial.collections.ofPortfolio(p.id), shared: { subjectId: p.subjectId, cohortId: p.cohortId } },
        args,
      ),
  },
  PortfolioEntry: {
    feedback: (e, args, ctx, info) =>
      connection(
        ctx,
        info,
        { all: EntryFeedback.collections.ofEntry(e.id), shared: { subjectId: e.subjectId, cohortId: e.cohortId } },
        args,
      ),
  },
  EntryFeedback: {
    author: (f, _, ctx) => person(ctx, f.authorId),
  },
  Tutorial: {
    facilitator: (t, _, ctx) => person(ctx, t.facilitatorId),
  },
  Assessment: {
    outcome: (a) => a.outcome ?? null,
    feedback: (a) => (a.decisions.length ? a.decisions.map((d) => d.feedback).join('\n\n') : null),
    decisions: (a) => a.decisions.map((d) => ({ ...d, subjectId: a.subjectId, cohortId: a.cohortId })),
  },
  AssessorDecision: {
    assessor: (d, _, ctx) => person(ctx, d.assessorId),
  },
};
