import { requireId, type IdentifiedType } from '../db/ids';
import { itemKey } from '../db/keys';
import type {
  EngagementActivityRecord,
  EngagementFindingRecord,
  ParticipantConsentRecord,
  RecommendationRecord,
  WorkstreamMeetingRecord,
  WorkstreamMemberRecord,
  WorkstreamRecord,
} from '../db/coproduction';
import type { CohortRecord, EnrolmentRecord, PersonRecord, TrainingApplicationRecord } from '../db/records';
import { notFound } from '../lib/errors';
import type { Context } from '../graphql/context';

interface RecordOfType {
  Person: PersonRecord;
  Cohort: CohortRecord;
  TrainingApplication: TrainingApplicationRecord;
  Enrolment: EnrolmentRecord;
  Workstream: WorkstreamRecord;
  WorkstreamMember: WorkstreamMemberRecord;
  WorkstreamMeeting: WorkstreamMeetingRecord;
  Recommendation: RecommendationRecord;
  EngagementActivity: EngagementActivityRecord;
  EngagementFinding: EngagementFindingRecord;
  ParticipantConsent: ParticipantConsentRecord;
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
