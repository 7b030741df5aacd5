import { scanTable } from '../../db/outcomes';
import { findDifferences, type Difference } from './verify';

/** Reads every item of the table and compares each outcome aggregate with what its records say. */
export async function verifyOutcomeAggregates(cohortIds?: readonly string[]): Promise<{ items: number; differences: Difference[] }> {
  const items: Record<string, unknown>[] = [];
  for await (const item of scanTable()) items.push(item);
  return { items: items.length, differences: findDifferences(items, cohortIds?.length ? new Set(cohortIds) : undefined) };
}
