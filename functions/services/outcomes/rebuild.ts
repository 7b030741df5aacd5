import { Cohort } from '../../db/entities';
import { readEmploymentOutcomes } from '../../db/outcomes';
import { queryAll } from '../../db/page';
import { replaceProgrammeCounters, type Counters } from '../../db/programmeOutcomes';
import type { CohortWithAggregates } from './aggregates';
import { countersByShard } from './programmeCounters';

/**
 * The programme's outcome counters as its cohorts and employment outcome rows say (rows of a cohort that is
 * not in the table count nowhere, as in the figures), by shard: one query of cohorts, one of rows.
 */
export async function recomputeProgrammeCounters(): Promise<Map<number, Counters>> {
  const [cohorts, rows] = await Promise.all([queryAll<CohortWithAggregates>(Cohort.collections.all()), readEmploymentOutcomes()]);
  const ids = new Set(cohorts.map((c) => c.id));
  return countersByShard(
    cohorts,
    rows.filter((r) => ids.has(r.cohortId)),
  );
}

/**
 * Replaces the programme's aggregate with what its cohorts and rows say, and marks it built: for a table
 * whose aggregate was never kept (the seed's first run, data from before it existed, a copied programme).
 * Not transactional with the programme's writes: run it while nothing else writes, then outcomes:verify.
 */
export async function rebuildProgrammeOutcomes(at = new Date().toISOString()): Promise<void> {
  await replaceProgrammeCounters(await recomputeProgrammeCounters(), at);
}
