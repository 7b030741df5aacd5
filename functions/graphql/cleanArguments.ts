import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isObjectType,
  isNonNullType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from '../lib/errors';
import { textProblem } from '../services/validate';

/**
 * The longest any string argument may be, in characters: the longest free text a service accepts (a
 * portfolio entry's body, functions/services/portfolio.ts). Each service holds its own field to its own,
 * usually shorter, length; this bounds the strings no service measures.
 */
export const LONGEST_TEXT = 20_000;
/** The longest id: ids are DynamoDB keys (2 KB at most), and every id the platform makes is far shorter. */
export const LONGEST_ID = 200;

function cleanString(value: string, path: string, max: number): string {
  const problem = textProblem(value);
  if (problem) throw badInput(path, `${path} ${problem}`);
  const text = value.normalize('NFC');
  if ([...text.trim()].length > max) throw badInput(path, `${path} must be at most ${max} characters`);
  return text;
}

/**
 * An argument value with every string in it checked against its place in the schema, and NFC-normalised;
 * `path` names it as the services' errors do (`input.statement`, `input.goals.0.text`). Anything that is not
 * a string, a list or an input object (numbers, enums, a parsed Date) passes as it is.
 */
function clean(value: unknown, type: GraphQLInputType, path: string): unknown {
  if (value === null || value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return Array.isArray(value) ? value.map((v, i) => clean(v, inner.ofType as GraphQLInputType, `${path}.${i}`)) : value;
  }
  const named = getNamedType(inner);
  if (typeof value === 'string') return cleanString(value, path, named.name === 'ID' ? LONGEST_ID : LONGEST_TEXT);
  if (isInputObjectType(named) && typeof value === 'object') {
    const fields = named.getFields();
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fields[k] ? clean(v, fields[k].type, `${path}.${k}`) : v]),
    );
  }
  return value;
}

/**
 * Guards every field that takes arguments, in every area, including fields added later: no string argument
 * or input field (an id, a cursor, free text) reaches a resolver or DynamoDB unless it is valid Unicode
 * without control characters or bidirectional overrides, within the longest length any field allows, and
 * each is NFC-normalised. Refused with BAD_USER_INPUT naming the argument's path, before any authorisation
 * lookup. Each service still trims and holds its own field to its own length (`cleanText`).
 */
export function cleanArguments(schema: GraphQLSchema): GraphQLSchema {
  // In place, as enforceAuth guards (functions/graphql/auth/enforceAuth.ts): once per process, on the
  // schema built for it; this wrapper runs before the guard it wraps.
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const declared = Object.fromEntries(field.args.map((a) => [a.name, a]));
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
      field.resolve = (source, args, ctx, info) =>
        resolve(
          source,
          Object.fromEntries(Object.entries(args).map(([k, v]) => [k, declared[k] ? clean(v, declared[k].type, k) : v])),
          ctx,
          info,
        );
    }
  }
  return schema;
}
