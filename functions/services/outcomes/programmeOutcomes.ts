import { Cohort, Relation } from '../../db/entities';
import { readEmploymentOutcomes } from '../../db/outcomes';
import { queryAll } from '../../db/page';
import { readProgrammeCounters, type Counters } from '../../db/programmeOutcomes';
import type { CohortRecord, EmploymentOutcomeRecord, RelationRecord } from '../../db/records';
import { config } from '../../lib/config';
import { badInput } from '../../lib/errors';
import { canHold, type NonCompletionReason, type PostRole, type Role, type ServiceArea } from '../../lib/vocabulary';
import type { ServiceContext, Viewer } from '../context';
import { findMany } from '../load';
import { intInRange, requireId } from '../validate';
import { funnelOf, groupOf, NON_COMPLETION_REASONS, type CohortWithAggregates, type Funnel } from './aggregates';
import { BENCHMARKS, type BenchmarkFigure } from './benchmarks';
import { addMonths } from './dates';
import { countersByShard, funnelCounters, retentionCounts, sumCounters, supervisionCounts, timeToHireCounts } from './programmeCounters';
import { count, rate, type CountFigure, type RateFigure } from './figures';

/** Roles that may see every record the figures count (training, employment), so see exact figures. */
export const SEES_EXACT_OUTCOMES: readonly Role[] = ['HR', 'LEAD_LXP'];

export const MAX_COHORT_IDS = 100;

export interface OutcomesFilter {
  cohortIds?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
}

interface ReasonFigure {
  reason: NonCompletionReason;
  group: 'PORTFOLIO' | 'LEFT_PROGRAMME';
  count: CountFigure;
}

interface FunnelFigures {
  applications: CountFigure;
  places: CountFigure;
  completions: CountFigure;
  completionRate: RateFigure;
  nonCompletions: ReasonFigure[];
  eligible: CountFigure;
  employed: CountFigure;
  mentorsClinical: CountFigure;
  mentorsManagement: CountFigure;
  mentorsSupport: CountFigure;
}

export interface CohortOutcomeModel extends FunnelFigures {
  cohort: CohortRecord;
}

export interface OutcomeTotalsModel extends FunnelFigures {
  employmentRate: RateFigure;
}

export interface EmploymentOutcomeModel {
  role: PostRole;
  area: ServiceArea;
  ftePercent: number;
  startDate: string;
  inRoleAt12Months: boolean | null;
  inRoleAt24Months: boolean | null;
}

export interface RetentionModel {
  months: number;
  employed: CountFigure;
  retained: CountFigure;
  rate: RateFigure;
}

type TimeToHireModel = { hires: CountFigure; meanDays: number | null; medianDays: number | null; suppressed: boolean };
type SupervisionComplianceModel = { intervalDays: number; inPost: CountFigure; compliant: CountFigure; rate: RateFigure };

/**
 * Each list and figure is read when it is asked for, and not before: the totals, retention, time to hire
 * and supervision compliance of the whole programme come from its aggregate alone, and only the per-cohort
 * and per-employment lists read the records they list.
 */
export interface ProgrammeOutcomesModel {
  cohorts: Promise<CohortOutcomeModel[]>;
  totals: Promise<OutcomeTotalsModel>;
  employments: Promise<EmploymentOutcomeModel[]>;
  /** Retention at `months` months; BAD_USER_INPUT (`months`) outside 1 to 120. */
  retentionAt(months: number): Promise<RetentionModel>;
  timeToHire: Promise<TimeToHireModel>;
  supervisionCompliance: Promise<SupervisionComplianceModel>;
  benchmarks: readonly BenchmarkFigure[];
}

/** HR and the Lead LXP see every record behind the figures. */
const seesEverything = (viewer: Viewer) => viewer.roles.some((r) => SEES_EXACT_OUTCOMES.includes(r));

/**
 * The cohorts whose figures this viewer sees exactly besides HR and the Lead LXP: those they facilitate,
 * whose applications and enrolments they may see. Read from their FACILITATOR relation items (one query,
 * as many rows as cohorts they facilitate), counted only while they hold a role that can hold it.
 */
async function facilitatedCohorts(viewer: Viewer): Promise<Set<string>> {
  if (seesEverything(viewer) || !canHold('FACILITATOR', viewer.roles)) return new Set();
  const held = await queryAll<RelationRecord>(Relation.collections.heldBy(viewer.id, 'FACILITATOR'));
  return new Set(held.map((r) => r.anchor));
}

function funnelFigures(f: Funnel, exact: boolean): FunnelFigures {
  const places = count(f.places, exact);
  const completions = count(f.completions, exact);
  return {
    applications: count(f.applications, exact),
    places,
    completions,
    completionRate: rate(completions, places),
    nonCompletions: NON_COMPLETION_REASONS.map((reason) => ({
      reason,
      group: groupOf(reason),
      count: count(f.nonCompletions[reason], exact),
    })),
    // Only those who completed the training may apply for LXP posts.
    eligible: completions,
    employed: count(f.employed, exact),
    mentorsClinical: count(f.mentors.CLINICAL, exact),
    mentorsManagement: count(f.mentors.MANAGEMENT, exact),
    mentorsSupport: count(f.mentors.SUPPORT, exact),
  };
}

function checkFilter(filter: OutcomesFilter): readonly string[] | undefined {
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('to', 'to must not be before from');
  if (!filter.cohortIds) return undefined;
  const ids = [...new Set(filter.cohortIds)];
  if (ids.length > MAX_COHORT_IDS) throw badInput('cohortIds', `cohortIds holds at most ${MAX_COHORT_IDS} ids`);
  ids.forEach((id) => requireId(id, 'Cohort', 'cohortIds'));
  return ids;
}

const byStart = (a: CohortWithAggregates, b: CohortWithAggregates) => a.startDate.localeCompare(b.startDate) || a.number - b.number;

async function selectCohorts(ctx: ServiceContext, filter: OutcomesFilter): Promise<CohortWithAggregates[]> {
  const ids = checkFilter(filter);
  let cohorts: CohortWithAggregates[];
  if (ids) {
    cohorts = (await findMany(ctx, 'Cohort', ids)) as CohortWithAggregates[];
    const missing = ids.find((id) => !cohorts.some((c) => c.id === id));
    if (missing) throw badInput('cohortIds', `There is no cohort ${missing}`);
  } else {
    cohorts = await queryAll<CohortWithAggregates>(Cohort.collections.all());
  }
  return cohorts.filter((c) => (!filter.from || c.startDate >= filter.from) && (!filter.to || c.startDate <= filter.to)).sort(byStart);
}

/** Whether the employment was still in role `months` months after its start; null until then. */
function inRoleAt(row: EmploymentOutcomeRecord, months: number, today: string): boolean | null {
  const anniversary = addMonths(row.startDate, months);
  if (anniversary > today) return null;
  return !row.leftOn || row.leftOn >= anniversary;
}

/** The outcome rows of these cohorts' employments, earliest start first. */
const rowsOf = (cohorts: CohortWithAggregates[], rows: EmploymentOutcomeRecord[]) => {
  const selected = new Set(cohorts.map((c) => c.id));
  return rows
    .filter((r) => selected.has(r.cohortId))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.employmentId.localeCompare(b.employmentId));
};

/** A promise made the first time it is asked for, then shared. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/**
 * The programme's outcomes over the selected cohorts.
 *
 * With no filter, the figures over the whole programme come from its aggregate (one query of a few items:
 * functions/db/programmeOutcomes.ts); the cohort list reads the cohorts' items (one query) and the
 * employment list the outcome rows (one query), each only when asked for, all in parallel. A viewer who
 * sees exact figures for some cohorts only adds one query (their FACILITATOR relations) for the totals,
 * and the cohorts query too in the rare case they facilitate as many cohorts as there are (to tell whether
 * they facilitate every one).
 *
 * With a filter (`cohortIds`, `from`, `to`), the selected cohorts' items (one query, or one batch by id) and
 * the employment rows (one query) are read and the same counters are summed over them in the request: the
 * aggregate holds the whole programme only. Either way the cost does not depend on the number of
 * applications, enrolments, mentors or employments behind the figures.
 */
export async function programmeOutcomes(ctx: ServiceContext, filter: OutcomesFilter): Promise<ProgrammeOutcomesModel> {
  const today = ctx.now.slice(0, 10);
  const everything = seesEverything(ctx.viewer);
  const facilitated = once(() => facilitatedCohorts(ctx.viewer));
  const filtered = filter.cohortIds != null || !!filter.from || !!filter.to;
  checkFilter(filter);

  let cohorts: () => Promise<CohortWithAggregates[]>;
  let rows: () => Promise<EmploymentOutcomeRecord[]>;
  let counters: () => Promise<Counters>;
  let totalsExact: () => Promise<boolean>;
  if (filtered) {
    // Read now: an unknown cohort id is refused before any figure is answered.
    const [selected, allRows] = await Promise.all([selectCohorts(ctx, filter), readEmploymentOutcomes(), facilitated()]);
    const selectedRows = rowsOf(selected, allRows);
    const summed = sumCounters(countersByShard(selected, selectedRows).values());
    cohorts = async () => selected;
    rows = async () => selectedRows;
    counters = async () => summed;
    totalsExact = async () => {
      const theirs = await facilitated();
      return everything || (selected.length > 0 && selected.every((c) => theirs.has(c.id)));
    };
  } else {
    const allCohorts = once(async () => (await queryAll<CohortWithAggregates>(Cohort.collections.all())).sort(byStart));
    const allRows = once(readEmploymentOutcomes);
    const stored = once(readProgrammeCounters);
    cohorts = allCohorts;
    rows = once(async () => rowsOf(...(await Promise.all([allCohorts(), allRows()]))));
    counters = once(async () => {
      const { built, shards } = await stored();
      if (built) return sumCounters(shards.values());
      // A table whose aggregate has not been built yet (`npm run outcomes:verify -- --rebuild`): the same counters from the records.
      const [all, allRowsRead] = await Promise.all([allCohorts(), allRows()]);
      return sumCounters(countersByShard(all, rowsOf(all, allRowsRead)).values());
    });
    totalsExact = async () => {
      if (everything) return true;
      const [c, theirs] = await Promise.all([counters(), facilitated()]);
      const cohortCount = c.cohortCount ?? 0;
      // Fewer facilitated cohorts than cohorts: some cohort is not theirs, without reading which.
      if (cohortCount === 0 || theirs.size < cohortCount) return false;
      const all = await allCohorts();
      return all.length > 0 && all.every((cohort) => theirs.has(cohort.id));
    };
  }
  return outcomesModel({ today, everything, facilitated, cohorts, rows, counters, totalsExact });
}

interface ModelSources {
  today: string;
  everything: boolean;
  facilitated: () => Promise<Set<string>>;
  cohorts: () => Promise<CohortWithAggregates[]>;
  rows: () => Promise<EmploymentOutcomeRecord[]>;
  counters: () => Promise<Counters>;
  totalsExact: () => Promise<boolean>;
}

/** The figures from their sources; each getter reads only what its field needs (GraphQL reads only asked fields). */
function outcomesModel({ today, everything, facilitated, cohorts, rows, counters, totalsExact }: ModelSources): ProgrammeOutcomesModel {
  return {
    get cohorts() {
      return Promise.all([cohorts(), facilitated()]).then(([list, theirs]) =>
        list.map((cohort) => ({ cohort, ...funnelFigures(funnelOf(cohort), everything || theirs.has(cohort.id)) })),
      );
    },
    get totals() {
      return Promise.all([counters(), totalsExact()]).then(([c, exact]) => {
        const figures = funnelFigures(funnelOf(funnelCounters(c) as CohortWithAggregates), exact);
        return { ...figures, employmentRate: rate(figures.employed, figures.eligible) };
      });
    },
    // Rows describe individuals (a role held by one person is as good as a name): HR and the Lead LXP only.
    get employments() {
      if (!everything) return Promise.resolve([]);
      return rows().then((list) =>
        list.map((r) => ({
          role: r.role,
          area: r.area,
          ftePercent: r.ftePercent,
          startDate: r.startDate,
          inRoleAt12Months: inRoleAt(r, 12, today),
          inRoleAt24Months: inRoleAt(r, 24, today),
        })),
      );
    },
    async retentionAt(months) {
      intInRange(months, 'months', 1, 120);
      const counts = retentionCounts(await counters(), months, today);
      const employed = count(counts.employed, everything);
      const retained = count(counts.retained, everything);
      return { months, employed, retained, rate: rate(retained, employed) };
    },
    get timeToHire() {
      return counters().then((c) => {
        const figures = timeToHireCounts(c);
        const hires = count(figures.hires, everything);
        return {
          hires,
          meanDays: hires.suppressed ? null : figures.meanDays,
          medianDays: hires.suppressed ? null : figures.medianDays,
          suppressed: hires.suppressed,
        };
      });
    },
    get supervisionCompliance() {
      // Supervision is expected at least this often (as for the overdue list); a longer gap is non-compliant.
      const intervalDays = config().supervisionIntervalDays;
      return counters().then((c) => {
        const counts = supervisionCounts(c, today, intervalDays);
        const inPost = count(counts.inPost, everything);
        const compliant = count(counts.compliant, everything);
        return { intervalDays, inPost, compliant, rate: rate(compliant, inPost) };
      });
    },
    benchmarks: BENCHMARKS,
  };
}
