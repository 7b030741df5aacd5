import { Cohort } from '../../db/entities';
import { employmentOutcomeRow, employmentOutcomeWrites } from '../../db/outcomes';
import { addToProgramme, type Counters } from '../../db/programmeOutcomes';
import type { CohortRecord, EmploymentRecord, PostRecord } from '../../db/records';
import type { ConditionalWrite, CounterOf, TxWrite } from '../../db/transact';
import { rowChange, rowCounters, type RowFacts } from './programmeCounters';

/**
 * The writes that keep the outcome aggregates with the records they count, for the services' transactions:
 * a cohort's counters and the programme's move together, and so do an employment's outcome row and the
 * programme's counters of it (functions/services/outcomes/programmeCounters.ts says what each counts).
 */
export const outcomeWrites = {
  /** A new cohort counts in the programme's number of cohorts (its own counters start at 0). */
  cohortCreated(cohortId: string): TxWrite {
    return addToProgramme(cohortId, { cohortCount: 1 });
  },

  /** Add to a cohort's counters (under the cohort's condition) and the programme's, by the same names. */
  countInCohort(
    cohortId: string,
    increments: Partial<Record<CounterOf<CohortRecord>, number>>,
    options: ConditionalWrite<CohortRecord>,
  ): TxWrite[] {
    return [Cohort.add(cohortId, increments, options), addToProgramme(cohortId, increments as Counters)];
  },

  /** An employment started: its outcome row, and the row's share of the programme's counters. */
  employmentStarted(employment: EmploymentRecord, post: PostRecord): TxWrite[] {
    return [
      ...employmentOutcomeWrites.started(employment, post),
      addToProgramme(employment.cohortId, rowCounters(employmentOutcomeRow(employment, post))),
    ];
  },

  /**
   * The LXP left on this day. `employment` is the record as read: the row's write requires its latest
   * supervision unchanged since (functions/db/outcomes.ts), as the counters move from that state.
   */
  left(employment: EmploymentRecord, leftOn: string): TxWrite[] {
    return [
      employmentOutcomeWrites.left(employment, leftOn),
      addToProgramme(employment.cohortId, rowChange(facts(employment), { ...facts(employment), leftOn })),
    ];
  },

  /** Supervision was held on a day later than the latest recorded (required unchanged and not left, as for `left`). */
  supervised(employment: EmploymentRecord, heldOn: string): TxWrite[] {
    return [
      employmentOutcomeWrites.supervised(employment, heldOn),
      addToProgramme(employment.cohortId, rowChange(facts(employment), { ...facts(employment), lastSupervisionAt: heldOn })),
    ];
  },
};

/** What the programme's counters read of an employment (its post's advertisement is the same before and after). */
const facts = (e: EmploymentRecord): RowFacts => ({
  startDate: e.startDate,
  ...(e.leftOn ? { leftOn: e.leftOn } : {}),
  ...(e.lastSupervisionAt ? { lastSupervisionAt: e.lastSupervisionAt } : {}),
});
