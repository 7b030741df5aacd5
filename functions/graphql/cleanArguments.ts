import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badInput } from '../lib/errors';
import { textProblem } from '../services/validate';

/**
 * Every string in an argument value checked and NFC-normalised; `path` names it as the services' errors do
 * (`input.statement`, `input.goals.0.text`).
 */
function clean(value: unknown, path: string): unknown {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw badInput(path, `${path} ${problem}`);
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((v, i) => clean(v, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, clean(v, `${path}.${k}`)]));
  }
  return value;
}

/**
 * Guards every field that takes arguments, in every area as it arrives: no string argument (an id, a
 * cursor, free text) reaches a resolver or DynamoDB unless it is valid Unicode without control characters
 * or bidirectional overrides, and each is NFC-normalised. Refused with BAD_USER_INPUT naming the argument,
 * before any authorisation lookup. Lengths and shapes stay with each service (`cleanText`).
 */
export function cleanArguments(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config) => {
      if (!config.args || Object.keys(config.args).length === 0) return config;
      const resolve = (config.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
      return {
        ...config,
        resolve: (source, args, ctx, info) =>
          resolve(source, Object.fromEntries(Object.entries(args).map(([k, v]) => [k, clean(v, k)])), ctx, info),
      };
    },
  });
}
