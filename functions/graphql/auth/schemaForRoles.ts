import { filterSchema, pruneSchema } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import type { Role } from '../../lib/vocabulary';
import type { Policy } from './policy';
import { ROOT_TYPES, ruleReaches } from './policy';
import { canHold } from '../../lib/vocabulary';

const cache = new Map<string, GraphQLSchema>();

/**
 * The part of the schema a viewer with these roles may use: types whose records they can see and fields
 * whose rule reaches them (by role or by a relation they can hold). Served for introspection, so each role
 * discovers only its own API. Built once per role set.
 */
export function schemaForRoles(policy: Policy, schema: GraphQLSchema, roles: readonly Role[]): GraphQLSchema {
  const key = [...roles].sort().join(',');
  let view = cache.get(key);
  if (!view) {
    const objectTypes = new Set(policy.objectTypes.map((t) => t.name));
    const reaches = (coordinate: string) => {
      const rule = policy.fields.get(coordinate)?.rule;
      return Boolean(rule && ruleReaches(rule, roles, canHold));
    };
    view = pruneSchema(
      filterSchema({
        schema,
        typeFilter: (name) => {
          // Enums, inputs and scalars stay here; pruneSchema drops those nothing reachable uses.
          if (ROOT_TYPES.has(name) || !objectTypes.has(name)) return true;
          const rule = policy.types.get(name);
          return Boolean(rule && ruleReaches(rule, roles, canHold));
        },
        rootFieldFilter: (operation, field) => reaches(`${operation}.${field}`),
        objectFieldFilter: (type, field) => reaches(`${type}.${field}`),
      }),
    );
    cache.set(key, view);
  }
  return view;
}
