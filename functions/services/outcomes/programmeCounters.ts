import { shardOf, type Counters } from '../../db/programmeOutcomes';
import type { EmploymentOutcomeRecord } from '../../db/records';
import type { CohortWithAggregates } from './aggregates';
import { addDays, addMonths, daysBetween } from './dates';

/**
 * The programme's outcome counters: what every figure of `programmeOutcomes` is computed from, summed over
 * the cohorts and employments selected. Kept whole for the programme in its aggregate items
 * (functions/db/programmeOutcomes.ts), moved in the same transaction as each record they count, and
 * computed in the request from the cohorts and rows when a filter selects some of them: one set of rules for
 * both, so the figures are the same whichever way they are read.
 *
 * The names (each a number; absent means 0):
 * - `cohortCount`, and each cohort counter summed under its own name (`applicationCount`, `enrolmentCount`,
 *   `completedCount`, `employedCount`, `offeredCount`, `nonCompletionCounts.HEALTH`, `mentorCounts.CLINICAL`…);
 * - per employment outcome row, with s its start, l its leaving day and v its latest supervision day (or
 *   its start when never supervised):
 *   `started#<s>`; `seen#<v>` (or `seenEarly#<s>#<v>` in the one case the validation rules out, v before s);
 *   `left#<s>#<l>#<v>` once it has a leaving day; `hireDays#<n>` when its post's advertisement date is known.
 * Figures that depend on today or on an argument (retention at N months, who is in post and supervised
 * recently) are computed from these exactly: none is bucketed more coarsely than the rule it answers. The
 * number of names grows with the distinct days and leavers of the programme, not with its cohorts,
 * applications or employments as such.
 */

type CohortCounters = Pick<
  CohortWithAggregates,
  'applicationCount' | 'enrolmentCount' | 'completedCount' | 'nonCompletionCounts' | 'mentorCounts' | 'employedCount'
> & { offeredCount?: number };

/** A cohort's share: itself, and its counters (maps flattened to `map.key`). */
export function cohortCounters(cohort: CohortCounters): Counters {
  const counters: Counters = { cohortCount: 1 };
  for (const name of ['applicationCount', 'offeredCount', 'enrolmentCount', 'completedCount', 'employedCount'] as const) {
    const n = cohort[name];
    if (n) counters[name] = n;
  }
  for (const map of ['nonCompletionCounts', 'mentorCounts'] as const)
    for (const [key, n] of Object.entries(cohort[map] ?? {})) if (n) counters[`${map}.${key}`] = n;
  return counters;
}

/** What the figures read of an employment's outcome row. */
export type RowFacts = Pick<EmploymentOutcomeRecord, 'startDate'> &
  Partial<Pick<EmploymentOutcomeRecord, 'leftOn' | 'lastSupervisionAt' | 'advertisedAt'>>;

/** An employment outcome row's share. */
export function rowCounters(row: RowFacts): Counters {
  const s = row.startDate;
  const v = (row.lastSupervisionAt ?? row.startDate).slice(0, 10);
  const counters: Counters = { [`started#${s}`]: 1 };
  counters[v >= s ? `seen#${v}` : `seenEarly#${s}#${v}`] = 1;
  if (row.leftOn) counters[`left#${s}#${row.leftOn}#${v}`] = 1;
  if (row.advertisedAt) counters[`hireDays#${daysBetween(row.advertisedAt, row.startDate)}`] = 1;
  return counters;
}

/** What a change to a row adds to the counters: its share after, less its share before. */
export function rowChange(before: RowFacts, after: RowFacts): Counters {
  return addInto(addInto({}, rowCounters(after)), rowCounters(before), -1);
}

/** `into` plus `counters` times `sign` (counters that reach 0 are kept, as stored ones are). */
export function addInto(into: Counters, counters: Counters, sign = 1): Counters {
  for (const [name, n] of Object.entries(counters)) into[name] = (into[name] ?? 0) + sign * n;
  return into;
}

/** The counters of these cohorts and rows, by the shard each cohort's lives on (rows go with their cohort's). */
export function countersByShard(cohorts: (CohortCounters & { id: string })[], rows: (RowFacts & { cohortId: string })[]) {
  const shards = new Map<number, Counters>();
  const of = (cohortId: string) => {
    const shard = shardOf(cohortId);
    if (!shards.has(shard)) shards.set(shard, {});
    return shards.get(shard)!;
  };
  for (const cohort of cohorts) addInto(of(cohort.id), cohortCounters(cohort));
  for (const row of rows) addInto(of(row.cohortId), rowCounters(row));
  return shards;
}

export function sumCounters(all: Iterable<Counters>): Counters {
  const total: Counters = {};
  for (const counters of all) addInto(total, counters);
  return total;
}

/** The counters with no zeros, names sorted: what two sets of counters are compared by. */
export function normalised(counters: Counters): Counters {
  return Object.fromEntries(
    Object.entries(counters)
      .filter(([, n]) => n !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** The funnel counters as a cohort's aggregates (their sum over the programme). */
export function funnelCounters(c: Counters): CohortCounters {
  const map = (prefix: string) =>
    Object.fromEntries(
      Object.entries(c)
        .filter(([name]) => name.startsWith(`${prefix}.`))
        .map(([name, n]) => [name.slice(prefix.length + 1), n]),
    );
  return {
    applicationCount: c.applicationCount ?? 0,
    enrolmentCount: c.enrolmentCount ?? 0,
    completedCount: c.completedCount ?? 0,
    employedCount: c.employedCount ?? 0,
    nonCompletionCounts: map('nonCompletionCounts'),
    mentorCounts: map('mentorCounts'),
  };
}

/** Each counter of one kind (`started`, `left`…) with the parts of its name after the kind, non-zero only. */
function entriesOf(c: Counters, kind: string): { parts: string[]; n: number }[] {
  const prefix = `${kind}#`;
  return Object.entries(c)
    .filter(([name, n]) => n !== 0 && name.startsWith(prefix))
    .map(([name, n]) => ({ parts: name.slice(prefix.length).split('#'), n }));
}

/**
 * Of the employments that started at least `months` months before `today`, how many, and how many were still
 * in role that many months after their start (had not left, or left on or after that day).
 */
export function retentionCounts(c: Counters, months: number, today: string): { employed: number; retained: number } {
  let employed = 0;
  for (const { parts, n } of entriesOf(c, 'started')) if (addMonths(parts[0]!, months) <= today) employed += n;
  let gone = 0;
  for (const { parts, n } of entriesOf(c, 'left')) {
    const [s, l] = parts as [string, string];
    const anniversary = addMonths(s, months);
    if (anniversary <= today && !(l >= anniversary)) gone += n;
  }
  return { employed, retained: employed - gone };
}

/** Days from advertisement to start: how many hires, their mean (to one decimal) and median. */
export function timeToHireCounts(c: Counters): { hires: number; meanDays: number | null; medianDays: number | null } {
  const histogram = entriesOf(c, 'hireDays')
    .map(({ parts, n }) => ({ days: Number(parts[0]), n }))
    .sort((a, b) => a.days - b.days);
  const hires = histogram.reduce((a, h) => a + h.n, 0);
  if (hires === 0) return { hires, meanDays: null, medianDays: null };
  const sum = histogram.reduce((a, h) => a + h.days * h.n, 0);
  const at = (index: number) => {
    let seen = 0;
    for (const h of histogram) if ((seen += h.n) > index) return h.days;
    throw new Error('index beyond the histogram');
  };
  const mid = Math.floor(hires / 2);
  return {
    hires,
    meanDays: Math.round((sum / hires) * 10) / 10,
    medianDays: hires % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2,
  };
}

/**
 * The employments in post on `today` (started, and not left or leaving later), and of those the ones whose
 * latest supervision (or start) is no more than `intervalDays` days before it.
 *
 * In post: every start up to today, less the leavers who started by today and left by today. Supervised
 * recently, among those who started by today: every row seen on or after the due day, less those that start
 * after today (a row's latest supervision is never before its start, so a row starting after today is seen
 * after the due day), with the rows of the `seenEarly` kind counted one by one; then less the leavers no
 * longer in post.
 */
export function supervisionCounts(c: Counters, today: string, intervalDays: number): { inPost: number; compliant: number } {
  const dueFrom = addDays(today, -intervalDays);
  const sum = (kind: string, test: (parts: string[]) => boolean) =>
    entriesOf(c, kind).reduce((a, { parts, n }) => (test(parts) ? a + n : a), 0);
  const startedBy = sum('started', ([s]) => s! <= today);
  const startedAfter = sum('started', ([s]) => s! > today);
  const leftBy = (extra: (v: string) => boolean) => sum('left', ([s, l, v]) => s! <= today && !(l! > today) && extra(v!));
  const earlyAfter = sum('seenEarly', ([s]) => s! > today);
  const earlySeen = sum('seenEarly', ([s, v]) => s! <= today && v! >= dueFrom);
  const seenSince = sum('seen', ([v]) => v! >= dueFrom);
  return {
    inPost: startedBy - leftBy(() => true),
    compliant: seenSince - (startedAfter - earlyAfter) + earlySeen - leftBy((v) => v >= dueFrom),
  };
}
