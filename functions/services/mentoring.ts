import { outcomeWrites } from './outcomes/programmeWrites';
import type { MentorAssignmentRecord, MentoringMeetingRecord, MentorRecord, ShadowingRecord } from '../db/deliveryRecords';
import type { MentoringShortfallModel } from '../db/records';
import {
  cohortMentorGuardItem,
  cohortMentorGuardKey,
  Enrolment,
  Mentor,
  MentorAssignment,
  MentoringMeeting,
  Relation,
  relationKey,
  ShadowingOpportunity,
} from '../db/entities';
import { newId } from '../db/ids';
import { queryAll } from '../db/page';
import type { CohortRecord, EnrolmentRecord, RelationRecord } from '../db/records';
import { putItem, putNew, deleteItem, type TxWrite } from '../db/transact';
import { conflict, notEligible } from '../lib/errors';
import type { MentorBackground } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { runMutation } from './idempotency';
import { findMentor, get } from './load';
import { notOnOwnEnrolment } from './separationOfDuties';
import { intInRange, optionalText, requiredText, requireId } from './validate';

type Retryable = { idempotencyKey?: string | null };
export type RecordMentorInput = Retryable & {
  personId: string;
  background: MentorBackground;
  preparatoryTrainingOn?: string | null;
  supportMeetingOn?: string | null;
};
export type AssignMentorInput = Retryable & { enrolmentId: string; mentorId: string };
export type EndMentorAssignmentInput = Retryable & { enrolmentId: string };
export type RecordMentoringMeetingInput = Retryable & { enrolmentId: string; date: string; durationMinutes: number; notes?: string | null };
export type RecordShadowingInput = Retryable & { enrolmentId: string; date: string; service: string; hours: number };

/** Each mentor and trainee meet at least three times during the twelve weeks (the paper's minimum). */
export const MINIMUM_MEETINGS = 3;

const DAY_MS = 86_400_000;

/** Whether a date falls within a cohort's weeks of training. */
export function withinTraining(cohort: CohortRecord, date: string): boolean {
  const start = Date.parse(`${cohort.startDate}T00:00:00Z`);
  const at = Date.parse(`${date}T00:00:00Z`);
  return at >= start && at < start + cohort.weeks * 7 * DAY_MS;
}

/** Registers a member of staff as a mentor, or updates their background and preparation. */
export function recordMentor(ctx: Context, input: RecordMentorInput) {
  return runMutation(ctx, 'recordMentor', input, async () => {
    const person = await get(ctx, 'Person', input.personId, 'input.personId');
    if (!person.roles.includes('CLINICIAN')) throw notEligible('NOT_STAFF', 'Mentors are staff holding the CLINICIAN role');
    const existing = await findMentor(ctx, person.id);
    const preparation = {
      background: input.background,
      preparatoryTrainingOn: input.preparatoryTrainingOn ?? existing?.preparatoryTrainingOn,
      supportMeetingOn: input.supportMeetingOn ?? existing?.supportMeetingOn,
    };
    if (existing) {
      const changes = { ...preparation, updatedAt: ctx.now };
      return {
        writes: [Mentor.update(existing, changes)],
        result: { mentor: { ...existing, ...changes, version: existing.version + 1 } as MentorRecord },
      };
    }
    const mentor: MentorRecord = {
      type: 'Mentor',
      id: person.id,
      subjectId: person.id,
      sortName: person.sortName,
      background: input.background,
      ...(preparation.preparatoryTrainingOn ? { preparatoryTrainingOn: preparation.preparatoryTrainingOn } : {}),
      ...(preparation.supportMeetingOn ? { supportMeetingOn: preparation.supportMeetingOn } : {}),
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return {
      writes: Mentor.create(mentor, () => conflict('CONCURRENT_WRITE', 'The mentor was registered meanwhile; retry')),
      result: { mentor },
    };
  });
}

/**
 * The writes that assign a mentor: the assignment, the enrolment's mentor (one per trainee), the MENTOR
 * relation item that gives the mentor access, and — for the mentor's first trainee in the cohort — the
 * guard item and the cohort's count of mentors by background. Shared with the seed.
 */
export function assignmentWrites(
  enrolment: EnrolmentRecord,
  mentor: MentorRecord,
  assignment: MentorAssignmentRecord,
  firstInCohort: boolean,
): TxWrite[] {
  const relation: RelationRecord = {
    type: 'Relation',
    personId: mentor.id,
    relation: 'MENTOR',
    anchor: enrolment.subjectId,
    createdAt: assignment.createdAt,
  };
  const writes: TxWrite[] = [
    ...MentorAssignment.create(assignment),
    Enrolment.update(
      enrolment,
      { mentorId: mentor.id, mentorAssignmentId: assignment.id, updatedAt: assignment.createdAt },
      {
        when: Enrolment.when.missing('mentorId'),
        onConditionFailed: () => conflict('ALREADY_HAS_MENTOR', 'The trainee was given a mentor meanwhile'),
      },
    ),
    // Unconditional: the trainee may have had this mentor before (an ended assignment removed the item).
    putItem(Relation.item(relation)),
  ];
  if (firstInCohort) {
    writes.push(
      putNew(cohortMentorGuardItem(enrolment.cohortId, mentor.id, mentor.background), () =>
        conflict('CONCURRENT_WRITE', 'Another assignment of this mentor was in progress; retry'),
      ),
      ...outcomeWrites.countInCohort(
        enrolment.cohortId,
        { [`mentorCounts.${mentor.background}` as const]: 1 },
        { onConditionFailed: () => conflict('CONCURRENT_WRITE', 'The cohort changed meanwhile; retry') },
      ),
    );
  }
  return writes;
}

/** Assigns a prepared mentor to an ACTIVE enrolment that has none. */
export function assignMentor(ctx: Context, input: AssignMentorInput) {
  return runMutation(ctx, 'assignMentor', input, async () => {
    requireId(input.mentorId, 'Person', 'input.mentorId');
    const enrolment = await get(ctx, 'Enrolment', input.enrolmentId, 'input.enrolmentId');
    notOnOwnEnrolment(ctx, enrolment.subjectId, 'assign a mentor');
    if (enrolment.status !== 'ACTIVE') throw notEligible('ENROLMENT_NOT_ACTIVE', `The enrolment is ${enrolment.status}`);
    if (enrolment.mentorId) throw conflict('ALREADY_HAS_MENTOR', 'The trainee has a mentor; end that assignment first');
    if (input.mentorId === enrolment.subjectId) throw notEligible('SELF_MENTORING', 'A trainee cannot mentor themselves');
    const [mentor, person] = await Promise.all([findMentor(ctx, input.mentorId, 'input.mentorId'), get(ctx, 'Person', input.mentorId)]);
    if (!mentor || !person.roles.includes('CLINICIAN')) throw notEligible('NOT_A_MENTOR', 'The person is not registered as a mentor');
    if (!mentor.preparatoryTrainingOn) {
      throw notEligible('MENTOR_NOT_PREPARED', 'The mentor has not attended the preparatory training session');
    }
    const guard = await ctx.loader.load(cohortMentorGuardKey(enrolment.cohortId, mentor.id));
    const assignment: MentorAssignmentRecord = {
      type: 'MentorAssignment',
      id: newId('MentorAssignment'),
      subjectId: enrolment.subjectId,
      cohortId: enrolment.cohortId,
      enrolmentId: enrolment.id,
      mentorId: mentor.id,
      assignedBy: ctx.viewer.id,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const after = { ...enrolment, mentorId: mentor.id, mentorAssignmentId: assignment.id, version: enrolment.version + 1 };
    return { writes: assignmentWrites(enrolment, mentor, assignment, !guard), result: { enrolment: after } };
  });
}

/** Ends the trainee's mentor assignment; the MENTOR relation item goes with it, and so does the mentor's access. */
export function endMentorAssignment(ctx: Context, input: EndMentorAssignmentInput) {
  return runMutation(ctx, 'endMentorAssignment', input, async () => {
    const enrolment = await get(ctx, 'Enrolment', input.enrolmentId, 'input.enrolmentId');
    notOnOwnEnrolment(ctx, enrolment.subjectId, 'end a mentor assignment');
    if (!enrolment.mentorId || !enrolment.mentorAssignmentId) throw notEligible('NO_MENTOR', 'The trainee has no mentor');
    const assignment = await get(ctx, 'MentorAssignment', enrolment.mentorAssignmentId);
    const changed = () => conflict('VERSION_MISMATCH', 'The assignment changed meanwhile; read it again and retry');
    const enrolmentChanges = { mentorId: undefined, mentorAssignmentId: undefined, updatedAt: ctx.now };
    return {
      writes: [
        Enrolment.update(enrolment, enrolmentChanges, {
          when: Enrolment.when.equals('mentorId', enrolment.mentorId),
          onConditionFailed: changed,
        }),
        MentorAssignment.update(
          assignment,
          { endedAt: ctx.now, endedBy: ctx.viewer.id, updatedAt: ctx.now },
          { onConditionFailed: changed },
        ),
        deleteItem(relationKey(enrolment.mentorId, 'MENTOR', enrolment.subjectId)),
      ],
      result: {
        enrolment: { ...enrolment, mentorId: undefined, mentorAssignmentId: undefined, updatedAt: ctx.now, version: enrolment.version + 1 },
      },
    };
  });
}

/** A meeting of trainee and mentor, recorded by either; counted on the enrolment when within the weeks of training. */
export function recordMentoringMeeting(ctx: Context, input: RecordMentoringMeetingInput) {
  return runMutation(ctx, 'recordMentoringMeeting', input, async () => {
    const durationMinutes = intInRange(input.durationMinutes, 'input.durationMinutes', 5, 480);
    const notes = optionalText(input.notes, 'input.notes', 5000);
    const enrolment = await get(ctx, 'Enrolment', input.enrolmentId, 'input.enrolmentId');
    if (!enrolment.mentorId) throw notEligible('NO_MENTOR', 'The trainee has no mentor');
    const cohort = await get(ctx, 'Cohort', enrolment.cohortId);
    const meeting: MentoringMeetingRecord = {
      type: 'MentoringMeeting',
      id: newId('MentoringMeeting'),
      subjectId: enrolment.subjectId,
      cohortId: enrolment.cohortId,
      enrolmentId: enrolment.id,
      mentorId: enrolment.mentorId,
      date: input.date,
      durationMinutes,
      ...(notes ? { notes } : {}),
      recordedBy: ctx.viewer.id,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const writes: TxWrite[] = [...MentoringMeeting.create(meeting)];
    if (withinTraining(cohort, input.date)) {
      writes.push(
        Enrolment.add(
          enrolment.id,
          { mentoringMeetingCount: 1 },
          { onConditionFailed: () => conflict('CONCURRENT_WRITE', 'The enrolment changed meanwhile; retry') },
        ),
      );
    }
    return { writes, result: { meeting } };
  });
}

/** A shadowing opportunity arranged by the trainee's mentor or the Lead LXP. */
export function recordShadowing(ctx: Context, input: RecordShadowingInput) {
  return runMutation(ctx, 'recordShadowing', input, async () => {
    const service = requiredText(input.service, 'input.service', 200);
    const hours = intInRange(input.hours, 'input.hours', 1, 40);
    const enrolment = await get(ctx, 'Enrolment', input.enrolmentId, 'input.enrolmentId');
    notOnOwnEnrolment(ctx, enrolment.subjectId, 'record shadowing');
    const shadowing: ShadowingRecord = {
      type: 'ShadowingOpportunity',
      id: newId('ShadowingOpportunity'),
      subjectId: enrolment.subjectId,
      cohortId: enrolment.cohortId,
      enrolmentId: enrolment.id,
      date: input.date,
      service,
      hours,
      arrangedBy: ctx.viewer.id,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: ShadowingOpportunity.create(shadowing), result: { shadowing } };
  });
}

/** The cohort's trainees below the minimum of meetings within its weeks, in enrolment order. */
export async function mentoringShortfall(cohort: CohortRecord): Promise<MentoringShortfallModel[]> {
  const enrolments = await queryAll<EnrolmentRecord>(Enrolment.collections.ofCohort(cohort.id));
  return enrolments
    .filter((e) => (e.mentoringMeetingCount ?? 0) < MINIMUM_MEETINGS)
    .map((enrolment) => ({ enrolment, meetings: enrolment.mentoringMeetingCount ?? 0, cohortId: cohort.id }));
}
