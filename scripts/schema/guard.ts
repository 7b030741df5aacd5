import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  buildSchema,
  GraphQLSchema,
  Kind,
  lexicographicSortSchema,
  printSchema,
  specifiedDirectives,
  type ConstDirectiveNode,
} from 'graphql';

/**
 * The schema-change guard. The public contract is snapshotted in `schema.snapshot.graphql` (printed from
 * `schema/`, sorted, without the policy directives); `npm run schema:check` compares the schema
 * with it using GraphQL Inspector and fails on a change that breaks clients unless the snapshot was updated
 * on purpose (`npm run schema:snapshot`). Deprecations must say why, and the README lists them.
 */

export const ROOT = join(import.meta.dirname, '..', '..');
export const SNAPSHOT_FILE = join(ROOT, 'schema.snapshot.graphql');
const SCHEMA_DIR = join(ROOT, 'schema');

const HEADER =
  '# The API as clients see it, snapshotted by `npm run schema:snapshot` from schema/*.graphql.\n' +
  '# `npm run schema:check` (and npm test) fails when the schema breaks a client of this snapshot. Do not edit.\n\n';

/** The schema's SDL as clients see it (no @auth rules; descriptions and deprecations kept), in a stable order. */
export function printContract(typeDefs: string[] = readSchemaFiles()): string {
  // The policy directives (@auth, @rows, @specialCategory) are the server's business, not the clients': a
  // change of rule is reviewed through the authorisation matrix, not here.
  const schema = new GraphQLSchema({ ...makeExecutableSchema({ typeDefs }).toConfig(), directives: specifiedDirectives });
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

export function readSchemaFiles(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

export const snapshotText = (contract: string) => HEADER + contract;

export function readSnapshot(file = SNAPSHOT_FILE): string {
  return readFileSync(file, 'utf8').replace(HEADER, '');
}

export interface SchemaComparison {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
}

/** What changed from one contract to another, by GraphQL Inspector's criticality. */
export async function compareContracts(before: string | GraphQLSchema, after: string | GraphQLSchema): Promise<SchemaComparison> {
  const load = (s: string | GraphQLSchema) => (typeof s === 'string' ? buildSchema(s) : s);
  const changes = await diff(load(before), load(after));
  const by = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level);
  return { breaking: by(CriticalityLevel.Breaking), dangerous: by(CriticalityLevel.Dangerous), safe: by(CriticalityLevel.NonBreaking) };
}

export interface Deprecation {
  coordinate: string;
  reason: string | undefined;
}

/** Every deprecated field, argument, input field and enum value, with the reason written in the schema (if any). */
export function deprecations(contract: string): Deprecation[] {
  const schema = buildSchema(contract);
  const found: Deprecation[] = [];
  // graphql-js fills in "No longer supported" when @deprecated has no reason; only a written reason counts.
  const written = (node: { readonly directives?: readonly ConstDirectiveNode[] } | undefined | null): string | undefined => {
    const reason = node?.directives?.find((d) => d.name.value === 'deprecated')?.arguments?.find((a) => a.name.value === 'reason')?.value;
    return reason?.kind === Kind.STRING ? reason.value : undefined;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if ('getValues' in type) {
      for (const value of type.getValues())
        if (value.deprecationReason) found.push({ coordinate: `${type.name}.${value.name}`, reason: written(value.astNode) });
    }
    if ('getFields' in type) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) found.push({ coordinate: `${type.name}.${field.name}`, reason: written(field.astNode) });
        for (const arg of 'args' in field ? field.args : [])
          if (arg.deprecationReason) found.push({ coordinate: `${type.name}.${field.name}(${arg.name}:)`, reason: written(arg.astNode) });
      }
    }
  }
  return found.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

const START = '<!-- deprecations:start -->';
const END = '<!-- deprecations:end -->';

/** The README's list of deprecations (between its markers), generated from the schema. */
export function renderDeprecations(list: Deprecation[]): string {
  if (list.length === 0) return 'Nothing in the schema is deprecated.';
  return [
    '| Deprecated | Why, and what to use instead |',
    '|---|---|',
    ...list.map((d) => `| \`${d.coordinate}\` | ${d.reason ?? ''} |`),
  ].join('\n');
}

export function readmeDeprecations(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + START.length, end).trim();
}

export function withDeprecations(readme: string, rendered: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${rendered}\n${readme.slice(end)}`;
}

export interface GuardReport {
  ok: boolean;
  comparison: SchemaComparison;
  /** Deprecations with no written reason. */
  unexplained: Deprecation[];
  /** The README's list differs from the schema's deprecations. */
  readmeStale: boolean;
  messages: string[];
}

const line = (c: Change) => `  - ${c.message}${c.path ? ` (${c.path})` : ''}`;

/**
 * `npm run schema:check`: the schema against the snapshot. Fails on a breaking change, on any other
 * difference (the snapshot must follow every change, so a later removal is caught), on a deprecation
 * without a reason, and on a README that does not list the deprecations.
 */
export async function checkSchema(options: { contract?: string; snapshot?: string; readme?: string } = {}): Promise<GuardReport> {
  const contract = options.contract ?? printContract();
  const snapshot = options.snapshot ?? readSnapshot();
  const readme = options.readme ?? readFileSync(join(ROOT, 'README.md'), 'utf8');
  const comparison = await compareContracts(snapshot, contract);
  const list = deprecations(contract);
  const unexplained = list.filter((d) => !d.reason?.trim());
  const readmeStale = readmeDeprecations(readme) !== renderDeprecations(list);
  const messages: string[] = [];
  if (comparison.breaking.length)
    messages.push(
      `The schema breaks clients of schema.snapshot.graphql:\n${comparison.breaking.map(line).join('\n')}\n` +
        'Keep the old field or value (deprecate it with a reason) instead; if the break is intended and agreed with the front ends, run `npm run schema:snapshot`.',
    );
  const other = [...comparison.dangerous, ...comparison.safe];
  if (other.length && !comparison.breaking.length)
    messages.push(
      `schema.snapshot.graphql is behind the schema (no break):\n${other.map(line).join('\n')}\nRun \`npm run schema:snapshot\`.`,
    );
  if (!other.length && !comparison.breaking.length && snapshot !== contract)
    messages.push('schema.snapshot.graphql differs from the schema (descriptions or order): run `npm run schema:snapshot`.');
  if (unexplained.length)
    messages.push(`Deprecations need a reason (@deprecated(reason: "…")): ${unexplained.map((d) => d.coordinate).join(', ')}`);
  if (readmeStale) messages.push("README.md's list of deprecations is stale: run `npm run schema:snapshot`.");
  return { ok: messages.length === 0, comparison, unexplained, readmeStale, messages };
}
