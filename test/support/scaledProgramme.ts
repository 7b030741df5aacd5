import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../../functions/db/client';
import { scanTable } from '../../functions/db/outcomes';
import { PROGRAMME_OUTCOMES } from '../../functions/db/programmeOutcomes';
import { rebuildProgrammeOutcomes } from '../../functions/services/outcomes/rebuild';

/** Ids are `<three lower-case letters>_<rest>`; keys and references embed them. */
const ID = /\b([a-z]{3})_([A-Za-z0-9]+(?:_[A-Za-z0-9]+)*)/g;
const COHORT_NUMBER_STEP = 1000;

/**
 * Copy `k` of an item: every id in it (values, keys, references) gets the suffix `x<k>`, and cohort numbers
 * move up by k × 1000 (they are unique), so the copy is a programme of its own with the same shape.
 */
export function copyOf(item: Record<string, unknown>, k: number): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(item).replace(ID, (_, prefix, rest) => `${prefix}_${rest}x${k}`)) as Record<string, unknown>;
  if (copy.type === 'Cohort') copy.number = (copy.number as number) + k * COHORT_NUMBER_STEP;
  if (copy.type === 'CohortNumberGuard') copy.SK = String(Number(copy.SK) + k * COHORT_NUMBER_STEP).padStart(6, '0');
  return copy;
}

async function writeAll(items: Record<string, unknown>[]): Promise<void> {
  const queue: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) queue.push(items.slice(i, i + 25));
  const worker = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      let pending = batch.map((Item) => ({ PutRequest: { Item } }));
      while (pending.length) {
        const out = await db().send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
        pending = (out.UnprocessedItems?.[tableName()] ?? []) as typeof pending;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

/**
 * Grows the table's programme (the seeded paper data) to `times` its size: every record, aggregate and
 * relation copied `times - 1` times under new ids, then the programme's aggregate (one set of items, not
 * copied) rebuilt from all the copies. Returns the number of items before and after.
 */
export async function scaleProgramme(times: number): Promise<{ before: number; after: number }> {
  const seed: Record<string, unknown>[] = [];
  for await (const item of scanTable()) seed.push(item);
  const copied = seed.filter((item) => item.PK !== PROGRAMME_OUTCOMES);
  for (let k = 1; k < times; k++) await writeAll(copied.map((item) => copyOf(item, k)));
  await rebuildProgrammeOutcomes();
  return { before: seed.length, after: seed.length + copied.length * (times - 1) };
}
