import { requireId, type IdentifiedType } from '../db/ids';
import { itemKey } from '../db/keys';
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
import type { CohortRecord, EnrolmentRecord, PersonRecord, TrainingApplicationRecord } from '../db/records';
import { notFound } from '../lib/errors';
import type { Context } from '../graphql/context';

interface RecordOfType {
  Person: PersonRecord;
  Cohort: CohortRecord;
  TrainingApplication: TrainingApplicationRecord;
  Enrolment: EnrolmentRecord;
  TrainingSession: TrainingSessionRecord;
  Attendance: AttendanceRecord;
  Portfolio: PortfolioRecord;
  PortfolioEntry: PortfolioEntryRecord;
  EntryFeedback: EntryFeedbackRecord;
  Tutorial: TutorialRecord;
  Assessment: AssessmentRecord;
  MentorAssignment: MentorAssignmentRecord;
  MentoringMeeting: MentoringMeetingRecord;
  ShadowingOpportunity: ShadowingRecord;
}

/** A record by id through the request's batching loader; null when there is none. `field` names the argument for bad ids. */
export async function find<K extends IdentifiedType>(ctx: Context, type: K, id: string, field = 'id'): Promise<RecordOfType[K] | null> {
  requireId(id, type, field);
  return (await ctx.loader.load(itemKey(type, id))) as RecordOfType[K] | null;
}

/** As `find`, but NOT_FOUND when there is none. */
export async function get<K extends IdentifiedType>(ctx: Context, type: K, id: string, field = 'id'): Promise<RecordOfType[K]> {
  const record = await find(ctx, type, id, field);
  if (!record) throw notFound(type, id);
  return record;
}

/** Many records by id in one batch, in order, leaving out ids with no record. */
export async function findMany<K extends IdentifiedType>(ctx: Context, type: K, ids: readonly string[]): Promise<RecordOfType[K][]> {
  const found: unknown[] = await ctx.loader.loadMany(ids.map((id) => itemKey(type, id)));
  return found.filter((r): r is RecordOfType[K] => Boolean(r) && !(r instanceof Error));
}

/** A person's mentor record (keyed by their person id), or null when they are not registered as a mentor. */
export async function findMentor(ctx: Context, personId: string, field = 'id'): Promise<MentorRecord | null> {
  requireId(personId, 'Person', field);
  return (await ctx.loader.load(itemKey('Mentor', personId))) as MentorRecord | null;
}
