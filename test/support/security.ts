import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { GraphQLField } from 'graphql';
import { db, tableName } from '../../functions/db/client';
import { collectionsAbout } from '../../functions/db/entities';
import { queryAll } from '../../functions/db/page';
import { count, type AttackKind } from './securityCounts';

/**
 * What the attack suites (test/security/) share: a way to prove a refusal wrote nothing, and the one line
 * each suite prints with its number of cases, which the README's Security section quotes.
 */

/** A value as JSON with every object's keys sorted, so equal records compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Set) return [...v].sort();
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
    return v;
  });
}

/** Adds a suite's cases to the run's totals (printed on the run's last line) and prints `SECURITY_COUNT <kind>=<n>`. */
export function reportCount(kind: AttackKind, n: number): void {
  count(kind, n);
  process.stdout.write(`SECURITY_COUNT ${kind}=${n}\n`);
}

/**
 * Every record about a person (the registry's `about` collections, as the subject-access export reads
 * them), as one comparable string. Audit events are left out: recording an attempt is not a change to the data.
 */
export async function recordsAbout(personId: string): Promise<string> {
  const lists = await Promise.all(
    collectionsAbout(personId)
      .filter(({ type }) => type !== 'AuditEvent')
      .flatMap(({ specs }) => specs.map((spec) => queryAll<Record<string, unknown>>(spec))),
  );
  return lists.flat().map(canonical).sort().join('\n');
}

/** Every item in the table, keyed by PK and SK, each as a comparable string. */
export async function scanTable(): Promise<Map<string, string>> {
  const items = new Map<string, string>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db().send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: start, ConsistentRead: true }));
    for (const item of page.Items ?? []) items.set(`${item.PK}|${item.SK}`, canonical(item));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The keys that differ between two scans (added, removed or changed), for a readable failure. */
export function scanDifference(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k));
}

/**
 * The argument a field's relations are checked against (`target` of its @auth rule, e.g. `input.enrolmentId`),
 * when its rule has relations. The rule is decided before the field runs, from the record that id names.
 */
export function relationTarget(field: GraphQLField<unknown, unknown>): string | undefined {
  const auth = field.astNode?.directives?.find((d) => d.name.value === 'auth');
  const arg = (n: string) => auth?.arguments?.find((a) => a.name.value === n)?.value;
  const relations = arg('relations');
  const target = arg('target');
  return relations?.kind === 'ListValue' && relations.values.length > 0 && target?.kind === 'StringValue' ? target.value : undefined;
}
