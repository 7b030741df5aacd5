import type { CohortRecord } from '../../db/records';
import type { NonCompletionReason } from '../../lib/vocabulary';

export type MentorBackground = 'CLINICAL' | 'MANAGEMENT' | 'SUPPORT';

/**
 * The aggregates the outcome figures read from a cohort's own item, each kept in the same transaction as
 * the records it counts: applications and places by training, completions, non-completions and mentors
 * by training delivery and mentoring, employed by employment. A counter not yet written counts as 0.
 */
export interface CohortAggregates {
  applicationCount: number;
  enrolmentCount: number;
  completedCount?: number;
  nonCompletionCounts?: Partial<Record<NonCompletionReason, number>>;
  mentorCounts?: Partial<Record<MentorBackground, number>>;
  employedCount?: number;
}

export type CohortWithAggregates = CohortRecord & CohortAggregates;

export const NON_COMPLETION_REASONS: readonly NonCompletionReason[] = [
  'PORTFOLIO_NOT_SUBMITTED',
  'PORTFOLIO_INCOMPLETE',
  'PAID_EMPLOYMENT',
  'FURTHER_STUDY',
  'OTHER_VOLUNTEERING',
  'HEALTH',
  'PERSONAL',
];

/** The paper's two groups of reasons: the portfolio, and leaving the programme. */
export const groupOf = (reason: NonCompletionReason): 'PORTFOLIO' | 'LEFT_PROGRAMME' =>
  reason.startsWith('PORTFOLIO_') ? 'PORTFOLIO' : 'LEFT_PROGRAMME';

/** The counts the figures are made of, for one cohort or summed over several. */
export interface Funnel {
  applications: number;
  places: number;
  completions: number;
  nonCompletions: Record<NonCompletionReason, number>;
  employed: number;
  mentors: Record<MentorBackground, number>;
}

export function funnelOf(c: CohortWithAggregates): Funnel {
  return {
    applications: c.applicationCount ?? 0,
    places: c.enrolmentCount ?? 0,
    completions: c.completedCount ?? 0,
    nonCompletions: Object.fromEntries(NON_COMPLETION_REASONS.map((r) => [r, c.nonCompletionCounts?.[r] ?? 0])) as Funnel['nonCompletions'],
    employed: c.employedCount ?? 0,
    mentors: {
      CLINICAL: c.mentorCounts?.CLINICAL ?? 0,
      MANAGEMENT: c.mentorCounts?.MANAGEMENT ?? 0,
      SUPPORT: c.mentorCounts?.SUPPORT ?? 0,
    },
  };
}

export function sumFunnels(funnels: Funnel[]): Funnel {
  const zero: Funnel = funnelOf({ applicationCount: 0, enrolmentCount: 0 } as CohortWithAggregates);
  return funnels.reduce<Funnel>(
    (a, f) => ({
      applications: a.applications + f.applications,
      places: a.places + f.places,
      completions: a.completions + f.completions,
      nonCompletions: Object.fromEntries(
        NON_COMPLETION_REASONS.map((r) => [r, a.nonCompletions[r] + f.nonCompletions[r]]),
      ) as Funnel['nonCompletions'],
      employed: a.employed + f.employed,
      mentors: {
        CLINICAL: a.mentors.CLINICAL + f.mentors.CLINICAL,
        MANAGEMENT: a.mentors.MANAGEMENT + f.mentors.MANAGEMENT,
        SUPPORT: a.mentors.SUPPORT + f.mentors.SUPPORT,
      },
    }),
    zero,
  );
}
