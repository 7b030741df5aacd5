import { EmploymentOutcome } from '../../db/entities';
import { employmentOutcomeRow } from '../../db/outcomes';
import { countersOfItems, PROGRAMME_SHARDS } from '../../db/programmeOutcomes';
import type { EmploymentOutcomeRecord, EmploymentRecord, PostRecord } from '../../db/records';
import type { NonCompletionReason } from '../../lib/vocabulary';
import { NON_COMPLETION_REASONS, type CohortWithAggregates } from './aggregates';
import { countersByShard, normalised } from './programmeCounters';

/** One aggregate that does not match what its records say. */
export interface Difference {
  /** The item holding the aggregate: a cohort id, or the outcome row of an employment. */
  record: string;
  field: string;
  stored: unknown;
  recomputed: unknown;
}

/** The attributes the check reads, of an item of any type, as stored (each may be absent from a given type). */
interface Item {
  [attribute: string]: unknown;
  type: string;
  id: string;
  cohortId: string;
  subjectId: string;
  status: string;
  postId: string;
  mentorId: string;
  background: string;
  employmentId: string;
  nonCompletionReason: NonCompletionReason;
  applicationCount?: number;
  offeredCount?: number;
  enrolmentCount?: number;
  completedCount?: number;
  employedCount?: number;
  nonCompletionCounts?: Record<string, number>;
  mentorCounts?: Record<string, number>;
}

/** A counter map without its zeros, keys sorted: absent and 0 mean the same. */
function normalise(map: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(
    Object.entries(map ?? {})
      .filter(([, n]) => n !== 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const tally = <K extends string>(keys: K[]) => keys.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});

/**
 * Recomputes every outcome aggregate from the records themselves (a full read of the table, handed in as
 * items) and returns each difference from what is stored. `cohortIds` limits the comparison to those
 * cohorts and their employments (the records are still all read), and leaves the programme's aggregate out.
 *
 * What each aggregate counts:
 * - a cohort's `applicationCount`: its applications; `offeredCount`: those OFFERED; `enrolmentCount`: its
 *   enrolments (places); `completedCount`: enrolments COMPLETED; `nonCompletionCounts`: enrolments not
 *   COMPLETED, by their non-completion reason; `mentorCounts`: distinct mentors, by background, ever
 *   assigned to its trainees; `employedCount`: distinct people with an employment through it;
 * - an employment's outcome row: the employment's cohort, start, FTE, leaving day and latest supervision,
 *   with its post's role, area and advertisement date; and no row without an employment.
 */
export function findDifferences(items: Iterable<Record<string, unknown>>, cohortIds?: ReadonlySet<string>): Difference[] {
  const byType = new Map<string, Item[]>();
  for (const item of items as Iterable<Item>) {
    const type = String(item.type);
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type)!.push(item);
  }
  const of = (type: string) => byType.get(type) ?? [];
  const inScope = (cohortId: string) => !cohortIds || cohortIds.has(cohortId);
  const differences: Difference[] = [];
  const compare = (record: string, field: string, stored: unknown, recomputed: unknown) => {
    if (JSON.stringify(stored) !== JSON.stringify(recomputed)) differences.push({ record, field, stored, recomputed });
  };

  const mentorBackground = new Map(of('Mentor').map((m) => [m.id as string, m.background as string]));
  const mentorsOfCohort = new Map<string, Set<string>>();
  for (const a of of('MentorAssignment')) {
    if (!mentorsOfCohort.has(a.cohortId)) mentorsOfCohort.set(a.cohortId, new Set());
    mentorsOfCohort.get(a.cohortId)!.add(a.mentorId);
  }

  for (const cohort of of('Cohort').filter((c) => inScope(c.id))) {
    const id = cohort.id as string;
    const applications = of('TrainingApplication').filter((a) => a.cohortId === id);
    const enrolments = of('Enrolment').filter((e) => e.cohortId === id);
    compare(id, 'applicationCount', cohort.applicationCount ?? 0, applications.length);
    compare(id, 'offeredCount', cohort.offeredCount ?? 0, applications.filter((a) => a.status === 'OFFERED').length);
    compare(id, 'enrolmentCount', cohort.enrolmentCount ?? 0, enrolments.length);
    compare(id, 'completedCount', cohort.completedCount ?? 0, enrolments.filter((e) => e.status === 'COMPLETED').length);
    compare(
      id,
      'nonCompletionCounts',
      normalise(cohort.nonCompletionCounts),
      normalise(
        tally(
          enrolments
            .filter((e) => e.status !== 'COMPLETED' && NON_COMPLETION_REASONS.includes(e.nonCompletionReason))
            .map((e) => e.nonCompletionReason),
        ),
      ),
    );
    compare(
      id,
      'mentorCounts',
      normalise(cohort.mentorCounts),
      normalise(tally([...(mentorsOfCohort.get(id) ?? [])].map((m) => mentorBackground.get(m) ?? 'UNKNOWN'))),
    );
    compare(
      id,
      'employedCount',
      cohort.employedCount ?? 0,
      new Set(
        of('Employment')
          .filter((e) => e.cohortId === id)
          .map((e) => e.subjectId),
      ).size,
    );
  }

  const posts = new Map(of('Post').map((p) => [p.id as string, p]));
  const rows = new Map(of('EmploymentOutcome').map((r) => [r.employmentId as string, r]));
  for (const e of of('Employment').filter((x) => inScope(x.cohortId))) {
    const expected = employmentOutcomeRow(e as unknown as EmploymentRecord, (posts.get(e.postId) ?? {}) as unknown as PostRecord);
    const stored = rows.get(e.id);
    rows.delete(e.id);
    if (!stored) {
      differences.push({ record: `EmploymentOutcome ${e.id}`, field: '(row)', stored: null, recomputed: expected });
      continue;
    }
    const item = EmploymentOutcome.item(expected);
    for (const [field, value] of Object.entries(item)) compare(`EmploymentOutcome ${e.id}`, field, stored[field], value);
    for (const field of ['advertisedAt', 'leftOn', 'lastSupervisionAt'])
      if (!(field in item) && stored[field] !== undefined) compare(`EmploymentOutcome ${e.id}`, field, stored[field], undefined);
  }
  for (const [employmentId, row] of rows)
    if (inScope(row.cohortId))
      differences.push({ record: `EmploymentOutcome ${employmentId}`, field: '(row)', stored: row.employmentId, recomputed: null });
  if (!cohortIds) differences.push(...programmeDifferences(of('Cohort'), of('EmploymentOutcome'), byType.get('ProgrammeOutcomes') ?? []));
  return differences;
}

/**
 * The programme's aggregate (functions/services/outcomes/programmeCounters.ts): each shard's counters against
 * the sum of its cohorts' stored counters and its employments' stored outcome rows (each checked above
 * against their own records), rows of a cohort not in the table counting nowhere; and its `Built` item.
 */
function programmeDifferences(cohorts: Item[], rows: Item[], stored: Item[]): Difference[] {
  const ids = new Set(cohorts.map((c) => c.id));
  const expected = countersByShard(
    cohorts as unknown as (CohortWithAggregates & { id: string })[],
    rows.filter((r) => ids.has(r.cohortId)) as unknown as EmploymentOutcomeRecord[],
  );
  const { built, shards } = countersOfItems(stored);
  const differences: Difference[] = [];
  if (!built) differences.push({ record: 'ProgrammeOutcomes', field: 'built', stored: false, recomputed: true });
  for (let shard = 0; shard < PROGRAMME_SHARDS; shard++) {
    const have = normalised(shards.get(shard) ?? {});
    const want = normalised(expected.get(shard) ?? {});
    for (const name of new Set([...Object.keys(have), ...Object.keys(want)]))
      if (have[name] !== want[name])
        differences.push({ record: `ProgrammeOutcomes shard ${shard}`, field: name, stored: have[name] ?? 0, recomputed: want[name] ?? 0 });
  }
  return differences;
}
