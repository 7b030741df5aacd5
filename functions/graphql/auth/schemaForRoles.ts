import {
  buildASTSchema,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
  type InputValueDefinitionNode,
  isObjectType,
  isScalarType,
  Kind,
  type OperationTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import type { Role } from '../../lib/vocabulary';
import type { Policy } from './policy';
import { ROOT_TYPES, ruleReaches } from './policy';
import { canHold } from '../../lib/vocabulary';

const cache = new Map<string, GraphQLSchema>();

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

type Fielded = Extract<DefinitionNode, { fields?: readonly unknown[] }>;
const hasFields = (d: DefinitionNode): d is Fielded =>
  d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION;
const typeName = (d: DefinitionNode) => ('name' in d && d.name ? d.name.value : undefined);

/**
 * Removes, until nothing changes: fields whose type or an argument's type is gone, types left without
 * fields, and types nothing reachable from the root operations uses (directive definitions stay, without
 * arguments of such types).
 */
function prune(definitions: DefinitionNode[]): DefinitionNode[] {
  for (;;) {
    const defined = new Set(definitions.map(typeName).filter(Boolean));
    const known = (name: string) => defined.has(name) || ['ID', 'String', 'Int', 'Float', 'Boolean'].includes(name);
    const keepField = (f: FieldDefinitionNode | InputValueDefinitionNode) =>
      known(namedType(f.type)) && (!('arguments' in f) || (f.arguments ?? []).every((a) => known(namedType(a.type))));
    let next = definitions.map((d) =>
      hasFields(d)
        ? ({ ...d, fields: (d.fields as (FieldDefinitionNode | InputValueDefinitionNode)[]).filter(keepField) } as DefinitionNode)
        : d,
    );
    next = next.filter((d) => !hasFields(d) || (d.fields?.length ?? 0) > 0);

    // Reachability from the root operation types.
    const byName = new Map(next.map((d) => [typeName(d), d]));
    const roots = new Set([...ROOT_TYPES].filter((name) => byName.has(name)));
    const reached = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (reached.has(name)) continue;
      reached.add(name);
      const d = byName.get(name);
      if (!d) continue;
      if (hasFields(d)) {
        for (const f of d.fields as (FieldDefinitionNode | InputValueDefinitionNode)[]) {
          queue.push(namedType(f.type));
          if ('arguments' in f) for (const a of f.arguments ?? []) queue.push(namedType(a.type));
        }
      }
      if (d.kind === Kind.UNION_TYPE_DEFINITION) for (const t of d.types ?? []) queue.push(t.name.value);
      if ('interfaces' in d) for (const i of d.interfaces ?? []) queue.push(i.name.value);
    }
    next = next
      .filter((d) => {
        const name = typeName(d);
        return d.kind === Kind.DIRECTIVE_DEFINITION || !name || reached.has(name);
      })
      .map((d) => {
        if (d.kind === Kind.SCHEMA_DEFINITION)
          return { ...d, operationTypes: d.operationTypes.filter((o: OperationTypeDefinitionNode) => reached.has(o.type.name.value)) };
        if (d.kind === Kind.DIRECTIVE_DEFINITION)
          return {
            ...d,
            arguments: d.arguments?.filter((a) => !defined.has(namedType(a.type)) || reached.has(namedType(a.type))),
          };
        return d;
      });
    const changed =
      next.length !== definitions.length ||
      next.some((d, i) => hasFields(d) && (d.fields?.length ?? 0) !== ((definitions[i] as Fielded).fields?.length ?? 0));
    definitions = next;
    if (!changed) return definitions;
  }
}

/**
 * The part of the schema a viewer with these roles may use: types whose records they can see and fields
 * whose rule reaches them (by role or by a relation they can hold), then pruned of what nothing reachable
 * uses. Served for introspection, so each role discovers only its own API. Built once per role set, from
 * the schema's own SDL; its fields resolve with the full schema's guarded resolvers.
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
    const source = sdlOf(schema);
    const filtered = source.definitions
      .filter((d) => {
        const name = typeName(d);
        if (d.kind !== Kind.OBJECT_TYPE_DEFINITION || !name || ROOT_TYPES.has(name) || !objectTypes.has(name)) return true;
        const rule = policy.types.get(name);
        return Boolean(rule && ruleReaches(rule, roles, canHold));
      })
      .map((d) =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION ? { ...d, fields: d.fields?.filter((f) => reaches(`${d.name.value}.${f.name.value}`)) } : d,
      );
    view = buildASTSchema({ kind: Kind.DOCUMENT, definitions: prune(filtered) }, { assumeValidSDL: true });
    for (const type of Object.values(view.getTypeMap())) {
      const full = schema.getType(type.name);
      if (isScalarType(type) && isScalarType(full) && !type.name.startsWith('__')) {
        Object.assign(type, { serialize: full.serialize, parseValue: full.parseValue, parseLiteral: full.parseLiteral });
      } else if (isObjectType(type) && isObjectType(full) && !type.name.startsWith('__')) {
        const fullFields = full.getFields();
        for (const field of Object.values(type.getFields())) field.resolve = fullFields[field.name]!.resolve;
      }
    }
    cache.set(key, view);
  }
  return view;
}

/** The schema's SDL as one document (each type's definition node, its extensions merged in). */
function sdlOf(schema: GraphQLSchema): DocumentNode {
  const definitions: DefinitionNode[] = [];
  if (schema.astNode) definitions.push(schema.astNode);
  for (const directive of schema.getDirectives()) if (directive.astNode) definitions.push(directive.astNode);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!type.astNode) continue;
    const extensions = type.extensionASTNodes ?? [];
    if (extensions.length === 0 || !('fields' in type.astNode)) {
      definitions.push(type.astNode);
      continue;
    }
    const fields: readonly unknown[] = [
      ...(type.astNode.fields ?? []),
      ...extensions.flatMap((e) => ('fields' in e ? ((e.fields ?? []) as readonly unknown[]) : [])),
    ];
    definitions.push({ ...type.astNode, fields } as DefinitionNode);
  }
  return { kind: Kind.DOCUMENT, definitions };
}
