import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../../functions/db/client';
import { recordOf } from '../../functions/db/item';
import { replaceProgrammeCounters } from '../../functions/db/programmeOutcomes';
import type { EmploymentOutcomeRecord } from '../../functions/db/records';
import type { CohortWithAggregates } from '../../functions/services/outcomes/aggregates';
import { countersByShard } from '../../functions/services/outcomes/programmeCounters';

type Item = Record<string, unknown>;

/** Every item of a table (the local benchmark tables hold a few thousand at most). */
export async function scanAll(table = tableName()): Promise<Item[]> {
  const items: Item[] = [];
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await db().send(new ScanCommand({ TableName: table, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

export async function writeAll(items: Item[], table = tableName()): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let request: Record<string, { PutRequest: { Item: Item } }[]> | undefined = {
      [table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    while (request && Object.keys(request).length > 0) {
      const out = await db().send(new BatchWriteCommand({ RequestItems: request }));
      request = out.UnprocessedItems as typeof request;
    }
  }
}

/** A copy of an item with every occurrence of each id (keys and index keys included) renamed. */
export function renamed(item: Item, ids: Map<string, string>): Item {
  let json = JSON.stringify(item);
  // Longest first, so `coh_2` never rewrites part of `coh_20`; ids end at a quote, `#` or the end of a key.
  for (const [from, to] of [...ids].sort((a, b) => b[0].length - a[0].length)) {
    json = json.replace(new RegExp(`${from}(?=["#|])`, 'g'), to);
  }
  return JSON.parse(json) as Item;
}

/**
 * A cohort of `rows` applications from distinct applicants, cloned from cohort 2 of the paper's data (each
 * application and applicant copied under new ids), for the flat-cost measurement.
 */
export async function generateBigCohort(rows: number): Promise<{ cohortId: string; rows: number }> {
  const items = await scanAll();
  const cohortId = 'coh_bench250';
  const cohort = items.find((i) => i.type === 'Cohort' && i.id === 'coh_2')!;
  const apps = items.filter((i) => i.type === 'TrainingApplication' && i.cohortId === 'coh_2');
  const people = new Map(items.filter((i) => i.type === 'Person').map((p) => [p.id as string, p]));
  const out: Item[] = [{ ...renamed(cohort, new Map([['coh_2', cohortId]])), applicationCount: rows }];
  for (let n = 0; n < rows; n++) {
    const app = apps[n % apps.length]!;
    const ids = new Map([
      ['coh_2', cohortId],
      [app.id as string, `app_bench_${n}`],
      [app.subjectId as string, `per_bench_${n}`],
    ]);
    out.push(renamed(app, ids));
    out.push(renamed(people.get(app.subjectId as string)!, ids));
  }
  await writeAll(out);
  return { cohortId, rows };
}

/**
 * The programme `times` over, as `programmeOutcomes` reads it: the items it reads (cohorts with their
 * aggregates, employment outcome rows) copied `times - 1` more times with every id suffixed
 * (`coh_1` → `coh_1x7`), into `table`, and the programme's aggregate computed from those copies (as a
 * rebuild would). Items the query never reads do not change its key conditions or the rows they return, so
 * they are left out: copying all of them 100 times into DynamoDB Local would take the benchmark's whole
 * time budget. Returns how many items the whole page reads at this size.
 */
export async function generateProgrammeCopies(table: string, times: number, types: ReadonlySet<string>): Promise<number> {
  const all = await scanAll();
  const items = all.filter((i) => types.has(String(i.type)));
  // The people, once and as they are: every request reads its viewer's record first (their roles).
  await writeAll(
    all.filter((i) => i.type === 'Person'),
    table,
  );
  const ids = [
    ...new Set(items.map((i) => i.id ?? i.employmentId).filter((id): id is string => typeof id === 'string' && /^[a-z]{3}_/.test(id))),
  ];
  const copies: Item[] = [...items];
  for (let k = 1; k < times; k++) {
    const map = new Map(ids.map((id) => [id, `${id}x${k}`]));
    copies.push(...items.map((i) => ({ ...renamed(i, map), ...(i.type === 'Cohort' ? { number: (i.number as number) + k * 1000 } : {}) })));
  }
  await writeAll(copies, table);
  const cohorts = copies.filter((i) => i.type === 'Cohort').map((i) => recordOf<CohortWithAggregates>(i));
  const cohortIds = new Set(cohorts.map((c) => c.id));
  const rows = copies
    .filter((i) => i.type === 'EmploymentOutcome')
    .map((i) => recordOf<EmploymentOutcomeRecord>(i))
    .filter((r) => cohortIds.has(r.cohortId));
  await replaceProgrammeCounters(countersByShard(cohorts, rows), new Date().toISOString(), table);
  return copies.length;
}
