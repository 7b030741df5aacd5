import { Cohort, Relation } from '../../db/entities';
import { readEmploymentOutcomes } from '../../db/outcomes';
import { queryAll } from '../../db/page';
import type { CohortRecord, EmploymentOutcomeRecord, RelationRecord } from '../../db/records';
import { config } from '../../lib/config';
import { badInput } from '../../lib/errors';
import { canHold, type NonCompletionReason, type PostRole, type Role, type ServiceArea } from '../../lib/vocabulary';
import type { ServiceContext, Viewer } from '../context';
import { findMany } from '../load';
import { intInRange, requireId } from '../validate';
import { funnelOf, groupOf, NON_COMPLETION_REASONS, sumFunnels, type CohortWithAggregates, type Funnel } from './aggregates';
import { BENCHMARKS, type BenchmarkFigure } from './benchmarks';
import { addDays, addMonths, daysBetween } from './dates';
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

export interface ProgrammeOutcomesModel {
  cohorts: CohortOutcomeModel[];
  totals: OutcomeTotalsModel;
  employments: EmploymentOutcomeModel[];
  /** Retention at `months` months; BAD_USER_INPUT (`months`) outside 1 to 120. */
  retentionAt(months: number): RetentionModel;
  timeToHire: { hires: CountFigure; meanDays: number | null; medianDays: number | null; suppressed: boolean };
  supervisionCompliance: { intervalDays: number; inPost: CountFigure; compliant: CountFigure; rate: RateFigure };
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

async function selectCohorts(ctx: ServiceContext, filter: OutcomesFilter): Promise<CohortWithAggregates[]> {
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('to', 'to must not be before from');
  let cohorts: CohortWithAggregates[];
  if (filter.cohortIds) {
    const ids = [...new Set(filter.cohortIds)];
    if (ids.length > MAX_COHORT_IDS) throw badInput('cohortIds', `cohortIds holds at most ${MAX_COHORT_IDS} ids`);
    ids.forEach((id) => requireId(id, 'Cohort', 'cohortIds'));
    cohorts = (await findMany(ctx, 'Cohort', ids)) as CohortWithAggregates[];
    const missing = ids.find((id) => !cohorts.some((c) => c.id === id));
    if (missing) throw badInput('cohortIds', `There is no cohort ${missing}`);
  } else {
    cohorts = await queryAll<CohortWithAggregates>(Cohort.collections.all());
  }
  return cohorts
    .filter((c) => (!filter.from || c.startDate >= filter.from) && (!filter.to || c.startDate <= filter.to))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.number - b.number);
}

/** Whether the employment was still in role `months` months after its start; null until then. */
function inRoleAt(row: EmploymentOutcomeRecord, months: number, today: string): boolean | null {
  const anniversary = addMonths(row.startDate, months);
  if (anniversary > today) return null;
  return !row.leftOn || row.leftOn >= anniversary;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The programme's outcomes over the selected cohorts. Reads the cohorts' items (one query, or one batch by
 * id), the employments' outcome rows (one query) and, for a viewer who may facilitate, their FACILITATOR
 * relations (one query), whatever the number of applications, enrolments, mentors or employments behind them.
 */
export async function programmeOutcomes(ctx: ServiceContext, filter: OutcomesFilter): Promise<ProgrammeOutcomesModel> {
  const [cohorts, allRows, facilitated] = await Promise.all([
    selectCohorts(ctx, filter),
    readEmploymentOutcomes(),
    facilitatedCohorts(ctx.viewer),
  ]);
  const today = ctx.now.slice(0, 10);
  const everything = seesEverything(ctx.viewer);
  const seesCohort = (cohort: CohortRecord) => everything || facilitated.has(cohort.id);
  const selected = new Set(cohorts.map((c) => c.id));
  const rows = allRows
    .filter((r) => selected.has(r.cohortId))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.employmentId.localeCompare(b.employmentId));

  const totalsExact = everything || (cohorts.length > 0 && cohorts.every(seesCohort));
  const totalFigures = funnelFigures(sumFunnels(cohorts.map(funnelOf)), totalsExact);

  const withAdvert = rows.filter((r) => r.advertisedAt);
  const hires = count(withAdvert.length, everything);
  const days = withAdvert.map((r) => daysBetween(r.advertisedAt!, r.startDate));
  const mean = days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null;

  const inPostRows = rows.filter((r) => r.startDate <= today && (!r.leftOn || r.leftOn > today));
  // Supervision is expected at least this often (as for the overdue list); a longer gap is non-compliant.
  const intervalDays = config().supervisionIntervalDays;
  const dueFrom = addDays(today, -intervalDays);
  const inPost = count(inPostRows.length, everything);
  const compliant = count(inPostRows.filter((r) => (r.lastSupervisionAt ?? r.startDate).slice(0, 10) >= dueFrom).length, everything);

  return {
    cohorts: cohorts.map((cohort) => ({ cohort, ...funnelFigures(funnelOf(cohort), seesCohort(cohort)) })),
    totals: { ...totalFigures, employmentRate: rate(totalFigures.employed, totalFigures.eligible) },
    // Rows describe individuals (a role held by one person is as good as a name): HR and the Lead LXP only.
    employments: everything
      ? rows.map((r) => ({
          role: r.role,
          area: r.area,
          ftePercent: r.ftePercent,
          startDate: r.startDate,
          inRoleAt12Months: inRoleAt(r, 12, today),
          inRoleAt24Months: inRoleAt(r, 24, today),
        }))
      : [],
    retentionAt(months) {
      intInRange(months, 'months', 1, 120);
      const observed = rows.map((r) => inRoleAt(r, months, today)).filter((x): x is boolean => x !== null);
      const employed = count(observed.length, everything);
      const retained = count(observed.filter(Boolean).length, everything);
      return { months, employed, retained, rate: rate(retained, employed) };
    },
    timeToHire: {
      hires,
      meanDays: hires.suppressed ? null : mean,
      medianDays: hires.suppressed ? null : median(days),
      suppressed: hires.suppressed,
    },
    supervisionCompliance: { intervalDays, inPost, compliant, rate: rate(compliant, inPost) },
    benchmarks: BENCHMARKS,
  };
}
