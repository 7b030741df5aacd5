import type { AttendanceRecord, TrainingSessionRecord } from '../db/deliveryRecords';
import { Attendance, derivedIds, TrainingSession } from '../db/entities';
import { newId } from '../db/ids';
import { conflict, notEligible } from '../lib/errors';
import type { CurriculumTopic, SessionDeliverer } from '../lib/vocabulary';
import type { ServiceContext } from './context';
import { runMutation } from './idempotency';
import { find, get } from './load';
import { notOnOwnEnrolment } from './separationOfDuties';
import { intInRange, requiredText } from './validate';

type Retryable = { idempotencyKey?: string | null };
export type PlanTrainingSessionInput = Retryable & {
  cohortId: string;
  week: number;
  topic: CurriculumTopic;
  title: string;
  deliveredBy: SessionDeliverer;
  date?: string | null;
};
export type RecordAttendanceInput = Retryable & { sessionId: string; enrolmentId: string; attended: boolean };

/** A session of a cohort's training, in one of its weeks. */
export function planTrainingSession(ctx: ServiceContext, input: PlanTrainingSessionInput) {
  return runMutation(ctx, 'planTrainingSession', input, async () => {
    const cohort = await get(ctx, 'Cohort', input.cohortId, 'input.cohortId');
    const week = intInRange(input.week, 'input.week', 1, cohort.weeks);
    const title = requiredText(input.title, 'input.title', 200);
    const session: TrainingSessionRecord = {
      type: 'TrainingSession',
      id: newId('TrainingSession'),
      cohortId: cohort.id,
      week,
      topic: input.topic,
      title,
      deliveredBy: input.deliveredBy,
      ...(input.date ? { date: input.date } : {}),
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: TrainingSession.create(session), result: { session } };
  });
}

/** Whether a trainee attended a session: one record per session and enrolment, corrected by recording again. */
export function recordAttendance(ctx: ServiceContext, input: RecordAttendanceInput) {
  return runMutation(ctx, 'recordAttendance', input, async () => {
    const session = await get(ctx, 'TrainingSession', input.sessionId, 'input.sessionId');
    const enrolment = await get(ctx, 'Enrolment', input.enrolmentId, 'input.enrolmentId');
    if (enrolment.cohortId !== session.cohortId) throw notEligible('NOT_IN_COHORT', "The enrolment is not on the session's cohort");
    notOnOwnEnrolment(ctx, enrolment.subjectId, 'record attendance');
    const id = derivedIds.attendanceOf(session.id, enrolment.id);
    const existing = await find(ctx, 'Attendance', id);
    if (existing) {
      const changes = { attended: input.attended, recordedBy: ctx.viewer.id, updatedAt: ctx.now };
      return {
        writes: [Attendance.update(existing, changes)],
        result: { attendance: { ...existing, ...changes, version: existing.version + 1 } },
      };
    }
    const attendance: AttendanceRecord = {
      type: 'Attendance',
      id,
      subjectId: enrolment.subjectId,
      cohortId: enrolment.cohortId,
      sessionId: session.id,
      enrolmentId: enrolment.id,
      week: session.week,
      attended: input.attended,
      recordedBy: ctx.viewer.id,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return {
      writes: Attendance.create(attendance, () => conflict('CONCURRENT_WRITE', 'Attendance was recorded meanwhile; retry')),
      result: { attendance },
    };
  });
}
