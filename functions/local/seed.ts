import { BatchGetCommand, PutCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client';
import { applicantGuardItem, cohortNumberGuardItem, itemOf, roleMemberItem } from '../db/entities';
import { recordOf } from '../db/item';
import { addToStoredProgramme, readProgrammeCounters } from '../db/programmeOutcomes';
import type {
  CohortRecord,
  EmploymentOutcomeRecord,
  EnrolmentRecord,
  PersonRecord,
  RelationRecord,
  StoredRecord,
  TrainingApplicationRecord,
} from '../db/records';
import type { CohortWithAggregates } from '../services/outcomes/aggregates';
import { countersByShard } from '../services/outcomes/programmeCounters';
import { rebuildProgrammeOutcomes } from '../services/outcomes/rebuild';
import { memberGuardItem } from '../db/coproduction';
import { coproductionMemberships, coproductionRecords } from './coproductionData';
import { APPLICATIONS, COHORTS, MENTORS, PEOPLE, TRAINING, type PaperApplication } from './paperData';
import { EMPLOYED_BY_COHORT, employmentItems } from './paperEmployment';
import { outcomeItems } from './seedOutcomes';
import { cohortAggregates, enrolmentTraining, trainingItems } from './seedTraining';

const SEEDED_AT = '2017-06-01T09:00:00.000Z';

export function personRecord(p: { id: string; displayName: string; roles: PersonRecord['roles'] }, at = SEEDED_AT): PersonRecord {
  return {
    type: 'Person',
    id: p.id,
    subjectId: p.id,
    displayName: p.displayName,
    sortName: p.displayName.toLowerCase(),
    roles: p.roles,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

function applicationRecord(a: PaperApplication): TrainingApplicationRecord {
  const o = a.outcome;
  return {
    type: 'TrainingApplication',
    id: a.id,
    subjectId: a.applicantId,
    cohortId: a.cohortId,
    statement: a.statement,
    submittedAt: a.submittedAt,
    decidedAt: a.decidedAt,
    decidedBy: COHORTS.find((c) => c.id === a.cohortId)!.facilitatorIds[0],
    status: o.kind === 'ENROLLED' ? 'OFFERED' : o.kind,
    ...(o.kind === 'ENROLLED' ? { enrolmentId: o.enrolmentId } : { declineReason: o.reason }),
    ...(o.kind === 'DEFERRED' ? { deferredToApplicationId: o.toApplicationId } : {}),
    ...(a.deferredFromApplicationId ? { deferredFromApplicationId: a.deferredFromApplicationId } : {}),
    version: 1,
    createdAt: a.submittedAt,
    updatedAt: a.decidedAt,
  };
}

function enrolmentRecord(a: PaperApplication, startDate: string): EnrolmentRecord | undefined {
  const o = a.outcome;
  if (o.kind !== 'ENROLLED') return undefined;
  const at = `${startDate}T09:00:00.000Z`;
  return {
    type: 'Enrolment',
    id: o.enrolmentId,
    subjectId: a.applicantId,
    cohortId: a.cohortId,
    applicationId: a.id,
    status: o.status,
    enrolledAt: at,
    ...(o.reason ? { nonCompletionReason: o.reason } : {}),
    ...enrolmentTraining(TRAINING.find((t) => t.enrolmentId === o.enrolmentId)!),
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** Every item of the paper's data, built with the same key functions the API uses. */
export function paperItems(): Record<string, unknown>[] {
  const records: StoredRecord[] = [];
  const extra: Record<string, unknown>[] = [];
  for (const p of PEOPLE) {
    const person = personRecord(p);
    records.push(person);
    extra.push(...person.roles.map((role) => roleMemberItem(person, role)));
  }
  for (const c of COHORTS) {
    const apps = APPLICATIONS.filter((a) => a.cohortId === c.id);
    const enrolled = apps.filter((a) => a.outcome.kind === 'ENROLLED').length;
    const cohort: CohortRecord = {
      type: 'Cohort',
      id: c.id,
      cohortId: c.id,
      number: c.number,
      startDate: c.startDate,
      weeks: c.weeks,
      capacity: c.capacity,
      status: c.status,
      facilitatorIds: c.facilitatorIds,
      applicationCount: apps.length,
      offeredCount: enrolled,
      enrolmentCount: enrolled,
      ...cohortAggregates(c.id),
      employedCount: EMPLOYED_BY_COHORT[c.id] ?? 0,
      version: 1,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    };
    records.push(cohort);
    extra.push(cohortNumberGuardItem(c.number, c.id));
    for (const personId of c.facilitatorIds) {
      records.push({ type: 'Relation', personId, relation: 'FACILITATOR', anchor: c.id, createdAt: SEEDED_AT } satisfies RelationRecord);
    }
    for (const a of apps) {
      records.push(applicationRecord(a));
      extra.push(applicantGuardItem(a.cohortId, a.applicantId, a.id));
      const enrolment = enrolmentRecord(a, c.startDate);
      if (enrolment) records.push(enrolment);
    }
  }
  if (MENTORS.length !== 24) throw new Error('Table 2 has 12 mentors per cohort');
  records.push(...coproductionRecords());
  extra.push(...coproductionMemberships().map((m) => memberGuardItem(m.workstreamId, m.personId, m.memberId)));
  const items = [...records.map(itemOf), ...extra, ...trainingItems(), ...employmentItems()];
  return [...items, ...outcomeItems(items)];
}

/**
 * Writes the paper's data, each item only if it is not there yet: running it twice changes nothing, and
 * records changed through the API are never overwritten. The programme's outcome aggregate then counts
 * exactly the cohorts and employment outcome rows this run wrote (functions/db/programmeOutcomes.ts).
 */
export async function seedPaperData(): Promise<{ written: number; present: number }> {
  const all = paperItems();
  const items = await missingFrom(all);
  const written: Record<string, unknown>[] = [];
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      try {
        await db().send(new PutCommand({ TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
        written.push(item);
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const cohorts = written.filter((i) => i.type === 'Cohort').map((i) => recordOf<CohortWithAggregates>(i));
  const rows = written.filter((i) => i.type === 'EmploymentOutcome').map((i) => recordOf<EmploymentOutcomeRecord>(i));
  // On a table whose aggregate was never built (a fresh one, or data from before it was kept), build it whole.
  if ((await readProgrammeCounters()).built) await addToStoredProgramme(countersByShard(cohorts, rows));
  else await rebuildProgrammeOutcomes(SEEDED_AT);
  return { written: written.length, present: all.length - written.length };
}

/** The items whose keys are not in the table yet, found with BatchGetItem (100 keys a request), so a second run is quick. */
async function missingFrom(items: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  const present = new Set<string>();
  const id = (i: Record<string, unknown>) => `${String(i.PK)}\u0000${String(i.SK)}`;
  for (let n = 0; n < items.length; n += 100) {
    let keys: Record<string, unknown>[] | undefined = items.slice(n, n + 100).map((i) => ({ PK: i.PK, SK: i.SK }));
    while (keys?.length) {
      const out: BatchGetCommandOutput = await db().send(
        new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys, ProjectionExpression: 'PK, SK' } } }),
      );
      for (const found of out.Responses?.[tableName()] ?? []) present.add(id(found));
      keys = out.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return items.filter((i) => !present.has(id(i)));
}
