import { derivedIds } from '../db/deliveryKeys';
import type { AttendanceRecord, TrainingSessionRecord } from '../db/deliveryRecords';
import { newId } from '../db/ids';
import { itemKey, itemOf } from '../db/keys';
import { putNew, versionedUpdate } from '../db/transact';
import type { Context } from '../graphql/context';
import type { PlanTrainingSessionInput, RecordAttendanceInput } from '../graphql/resolvers.generated';
import { conflict, notEligible } from '../lib/errors';
import { runMutation } from './idempotency';
import { find, get } from './load';
import { notOnOwnEnrolment } from './separationOfDuties';
import { intInRange, requiredText } from './validate';

/** A session of a cohort's training, in one of its weeks. */
export function planTrainingSession(ctx: Context, input: PlanTrainingSessionInput) {
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
    return { writes: [putNew(itemOf(session))], result: { session } };
  });
}

/** Whether a trainee attended a session: one record per session and enrolment, corrected by recording again. */
export function recordAttendance(ctx: Context, input: RecordAttendanceInput) {
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
        writes: [versionedUpdate(itemKey('Attendance', id), existing.version, changes)],
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
      writes: [putNew(itemOf(attendance), () => conflict('CONCURRENT_WRITE', 'Attendance was recorded meanwhile; retry'))],
      result: { attendance },
    };
  });
}
