import type {
  AssessmentRecord,
  AttendanceRecord,
  EntryFeedbackRecord,
  MentorAssignmentRecord,
  MentoringMeetingRecord,
  MentorRecord,
  PortfolioEntryRecord,
  PortfolioRecord,
  ShadowingRecord,
  TrainingSessionRecord,
  TutorialRecord,
} from '../db/deliveryRecords';
import { cohortMentorGuardItem, derivedIds, itemOf, sharedEntryItem } from '../db/entities';
import { emptyOutcomeCounts } from '../services/training';
import type { CohortRecord, EnrolmentRecord, StoredRecord } from '../db/records';
import { addDays, COHORTS, FACILITATOR_ID, MENTORS, mentorPreparation, PEOPLE, SESSIONS, TRAINING, type PaperTraining } from './paperData';

/**
 * The paper's twelve weeks as records, built with the same key functions the API uses: what each trainee
 * did, and the mentors who supported them. The cohort's aggregates are counted from these records
 * (`cohortAggregates`), and a test recounts them through the API.
 */

const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const base = (date: string) => ({ version: 1, createdAt: at(date), updatedAt: at(date) });
const suffix = (enrolmentId: string) => enrolmentId.slice(4);
const startOf = (cohortId: string) => COHORTS.find((c) => c.id === cohortId)!.startDate;

/** The enrolment fields the twelve weeks add: its mentor, meetings counted, and why it did not complete. */
export function enrolmentTraining(t: PaperTraining): Partial<EnrolmentRecord> {
  const end = addDays(startOf(t.cohortId), t.lastWeek * 7);
  return {
    mentorId: t.mentorId,
    mentorAssignmentId: `mas_${suffix(t.enrolmentId)}`,
    mentoringMeetingCount: t.meetings,
    ...(t.detail ? { nonCompletionDetail: t.detail } : {}),
    ...(t.status !== 'ACTIVE' ? { endedAt: at(end) } : {}),
  };
}

function traineeRecords(t: PaperTraining): { records: StoredRecord[]; items: Record<string, unknown>[] } {
  const start = startOf(t.cohortId);
  const s = suffix(t.enrolmentId);
  const anchors = { subjectId: t.traineeId, cohortId: t.cohortId };
  const records: StoredRecord[] = [];
  const items: Record<string, unknown>[] = [];

  const portfolioId = derivedIds.portfolioOf(t.enrolmentId);
  const portfolio: PortfolioRecord = {
    type: 'Portfolio',
    id: portfolioId,
    ...anchors,
    enrolmentId: t.enrolmentId,
    status: t.portfolioStatus,
    submissions: t.assessments.length,
    finalEntryCount: t.entries.filter((e) => e.status === 'FINAL').length,
    ...base(start),
  };
  records.push(portfolio);

  t.entries.forEach((e, i) => {
    const written = addDays(start, 7 * (i + 1) + 3);
    const entry: PortfolioEntryRecord = {
      type: 'PortfolioEntry',
      id: `ent_${s}_${i + 1}`,
      ...anchors,
      portfolioId,
      title: e.title,
      body: e.body,
      status: e.status,
      sharedWithMentor: e.sharedWithMentor,
      ...base(written),
    };
    records.push(entry);
    if (e.sharedWithMentor) items.push(sharedEntryItem(entry));
    if (e.feedback) {
      const feedback: EntryFeedbackRecord = {
        type: 'EntryFeedback',
        id: `fbk_${s}_${i + 1}`,
        ...anchors,
        entryId: entry.id,
        authorId: FACILITATOR_ID,
        body: e.feedback,
        ...base(addDays(written, 4)),
      };
      records.push(feedback);
    }
  });

  for (let k = 1; k <= t.tutorials; k++) {
    const tutorial: TutorialRecord = {
      type: 'Tutorial',
      id: `tut_${s}_${k}`,
      ...anchors,
      portfolioId,
      facilitatorId: FACILITATOR_ID,
      date: addDays(start, 28 * k),
      durationMinutes: 45,
      notes: 'Talked through structuring a reflective account and choosing what to share.',
      ...base(addDays(start, 28 * k)),
    };
    records.push(tutorial);
  }

  t.assessments.forEach((a) => {
    const submitted = addDays(start, 84 + 28 * (a.submission - 1));
    const outcome = a.decisions.every((d) => d.outcome === 'PASS') ? 'PASS' : 'REFERRAL';
    const assessment: AssessmentRecord = {
      type: 'Assessment',
      id: derivedIds.assessmentOf(portfolioId, a.submission),
      ...anchors,
      portfolioId,
      submission: a.submission,
      submittedAt: at(submitted),
      decisions: a.decisions.map((d, i) => ({ ...d, decidedAt: at(addDays(submitted, 7 + i)) })),
      outcome,
      ...base(submitted),
    };
    records.push(assessment);
  });

  for (const session of SESSIONS.filter((x) => x.cohortId === t.cohortId && x.week <= t.lastWeek)) {
    const attendance: AttendanceRecord = {
      type: 'Attendance',
      id: derivedIds.attendanceOf(session.id, t.enrolmentId),
      ...anchors,
      sessionId: session.id,
      enrolmentId: t.enrolmentId,
      week: session.week,
      attended: !t.missedWeeks.includes(session.week),
      recordedBy: FACILITATOR_ID,
      ...base(session.date),
    };
    records.push(attendance);
  }

  const assignment: MentorAssignmentRecord = {
    type: 'MentorAssignment',
    id: `mas_${s}`,
    ...anchors,
    enrolmentId: t.enrolmentId,
    mentorId: t.mentorId,
    assignedBy: FACILITATOR_ID,
    ...base(start),
  };
  records.push(assignment, { type: 'Relation', personId: t.mentorId, relation: 'MENTOR', anchor: t.traineeId, createdAt: at(start) });

  for (let k = 0; k < t.meetings; k++) {
    const meeting: MentoringMeetingRecord = {
      type: 'MentoringMeeting',
      id: `mtg_${s}_${k + 1}`,
      ...anchors,
      enrolmentId: t.enrolmentId,
      mentorId: t.mentorId,
      date: addDays(start, 7 + 21 * k),
      durationMinutes: 60,
      notes: k === 0 ? 'Got to know each other; agreed what to work on.' : 'Reviewed progress and planned shadowing.',
      recordedBy: t.mentorId,
      ...base(addDays(start, 7 + 21 * k)),
    };
    records.push(meeting);
  }

  t.shadowing.forEach((service, k) => {
    const shadowing: ShadowingRecord = {
      type: 'ShadowingOpportunity',
      id: `shd_${s}_${k + 1}`,
      ...anchors,
      enrolmentId: t.enrolmentId,
      date: addDays(start, 56 + 7 * k),
      service,
      hours: 6,
      arrangedBy: t.mentorId,
      ...base(addDays(start, 56 + 7 * k)),
    };
    records.push(shadowing);
  });
  return { records, items };
}

/** Each mentor counts once per cohort, by background, however many of its trainees they mentor. */
function mentorGuards() {
  const seen = new Map<string, { cohortId: string; mentorId: string; background: string }>();
  for (const t of TRAINING) {
    const mentor = MENTORS.find((m) => m.id === t.mentorId)!;
    seen.set(`${t.cohortId}|${mentor.id}`, { cohortId: t.cohortId, mentorId: mentor.id, background: mentor.background });
  }
  return [...seen.values()];
}

/** The cohort's aggregates, counted from the seeded records. */
export function cohortAggregates(cohortId: string): Pick<CohortRecord, 'completedCount' | 'nonCompletionCounts' | 'mentorCounts'> {
  const trainees = TRAINING.filter((t) => t.cohortId === cohortId);
  const { nonCompletionCounts, mentorCounts } = emptyOutcomeCounts();
  for (const t of trainees) if (t.reason) nonCompletionCounts[t.reason] = (nonCompletionCounts[t.reason] ?? 0) + 1;
  for (const g of mentorGuards().filter((g) => g.cohortId === cohortId)) {
    const background = g.background as keyof typeof mentorCounts;
    mentorCounts[background] = (mentorCounts[background] ?? 0) + 1;
  }
  return { completedCount: trainees.filter((t) => t.status === 'COMPLETED').length, nonCompletionCounts, mentorCounts };
}

/** Every item of the twelve weeks: sessions, each trainee's records, mentors and the per-cohort mentor guards. */
export function trainingItems(): Record<string, unknown>[] {
  const records: StoredRecord[] = [];
  const items: Record<string, unknown>[] = [];
  for (const s of SESSIONS) {
    const { id, ...rest } = s;
    records.push({ type: 'TrainingSession', id, ...rest, ...base(addDays(s.date, -30)) } satisfies TrainingSessionRecord);
  }
  for (const m of MENTORS) {
    const person = PEOPLE.find((p) => p.id === m.id)!;
    const prep = mentorPreparation(m);
    records.push({
      type: 'Mentor',
      id: m.id,
      subjectId: m.id,
      sortName: person.displayName.toLowerCase(),
      background: m.background,
      ...prep,
      ...base(prep.preparatoryTrainingOn),
    } satisfies MentorRecord);
  }
  for (const t of TRAINING) {
    const built = traineeRecords(t);
    records.push(...built.records);
    items.push(...built.items);
  }
  for (const g of mentorGuards()) items.push(cohortMentorGuardItem(g.cohortId, g.mentorId, g.background));
  return [...records.map(itemOf), ...items];
}
