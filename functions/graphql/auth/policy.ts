import {
  getDirectiveValues,
  getNamedType,
  type GraphQLOutputType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Relation, Role, RowScope, SpecialCategory } from '../../lib/vocabulary';

/** An @auth rule: access by any of `roles`, or by any of `relations` to the record. */
export interface Rule {
  roles: readonly Role[];
  relations: readonly Relation[];
  /** On a query or mutation: the argument path naming the record relations are checked against. */
  target?: string;
  /** Where the rule is written: `Type` (a type-level rule) or `Type.field`. */
  declaredAt: string;
}

/** A @rows rule: which rows of a list the viewers its @auth rule admits get. */
export interface RowsRule {
  all: readonly Role[];
  otherwise: RowScope;
}

export interface FieldPolicy {
  /** `Type.field`. */
  coordinate: string;
  typeName: string;
  fieldName: string;
  /** True on Query and Mutation. */
  root: boolean;
  /** The field's own rule, else its type's; undefined only when neither is written (the lint reports it). */
  rule: Rule | undefined;
  specialCategory: SpecialCategory | undefined;
  /** On a list: the rows a viewer gets when not every admitted viewer lists every row. */
  rows: RowsRule | undefined;
  /** The object type the field returns (unwrapped), whose type-level rule decides which records are shown. */
  returnsObject: string | undefined;
  returnsList: boolean;
  nonNull: boolean;
}

export interface Policy {
  /** Type-level rules: who may see a record of the type (and the default for its fields). */
  types: ReadonlyMap<string, Rule>;
  fields: ReadonlyMap<string, FieldPolicy>;
  /** Object types in schema order, roots first. */
  objectTypes: readonly GraphQLObjectType[];
  schema: GraphQLSchema;
}

export const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

type Annotated = Pick<GraphQLObjectType | GraphQLField<unknown, unknown>, 'astNode'> & {
  extensionASTNodes?: GraphQLObjectType['extensionASTNodes'];
};

/** The arguments of a directive written on a type or field (with its defaults), from its definition or an extension. */
function directiveArgs(schema: GraphQLSchema, node: Annotated, name: string): Record<string, unknown> | undefined {
  const definition = schema.getDirective(name);
  if (!definition) return undefined;
  for (const ast of [node.astNode, ...(node.extensionASTNodes ?? [])]) {
    const args = ast && getDirectiveValues(definition, ast);
    if (args) return args;
  }
  return undefined;
}

function ruleOf(schema: GraphQLSchema, node: Annotated, declaredAt: string): Rule | undefined {
  const args = directiveArgs(schema, node, 'auth');
  if (!args) return undefined;
  return {
    roles: (args.roles ?? []) as Role[],
    relations: (args.relations ?? []) as Relation[],
    ...(args.target ? { target: String(args.target) } : {}),
    declaredAt,
  };
}

function fieldPolicy(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  typeRule: Rule | undefined,
): FieldPolicy {
  const coordinate = `${type.name}.${field.name}`;
  const special = directiveArgs(schema, field, 'specialCategory');
  const rows = directiveArgs(schema, field, 'rows');
  const named = getNamedType(field.type);
  const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
  return {
    coordinate,
    typeName: type.name,
    fieldName: field.name,
    root: ROOT_TYPES.has(type.name),
    rule: ruleOf(schema, field, coordinate) ?? typeRule,
    specialCategory: special?.kind as SpecialCategory | undefined,
    rows: rows ? { all: rows.all as Role[], otherwise: rows.otherwise as RowScope } : undefined,
    returnsObject: isObjectType(named) && !ROOT_TYPES.has(named.name) ? named.name : undefined,
    returnsList: isListType(inner),
    nonNull: isNonNullType(field.type),
  };
}

/** Reads every @auth and @specialCategory in the schema into one policy: the source of all its views. */
export function buildPolicy(schema: GraphQLSchema): Policy {
  const objectTypes = Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'))
    .sort((a, b) => Number(ROOT_TYPES.has(b.name)) - Number(ROOT_TYPES.has(a.name)));
  const types = new Map<string, Rule>();
  const fields = new Map<string, FieldPolicy>();
  for (const type of objectTypes) {
    const typeRule = ROOT_TYPES.has(type.name) ? undefined : ruleOf(schema, type, type.name);
    if (typeRule) types.set(type.name, typeRule);
    for (const field of Object.values(type.getFields()))
      fields.set(`${type.name}.${field.name}`, fieldPolicy(schema, type, field, typeRule));
  }
  return { types, fields, objectTypes, schema };
}

/** True when the rule grants something to a viewer with these roles (by role, or by a relation such a viewer can hold). */
export function ruleReaches(rule: Rule, roles: readonly Role[], canHold: (r: Relation, roles: readonly Role[]) => boolean): boolean {
  return rule.roles.some((r) => roles.includes(r)) || rule.relations.some((rel) => canHold(rel, roles));
}

/** The rows of a list a viewer gets: every row, or the named part its @rows rule leaves them. */
export function rowScopeFor(field: FieldPolicy | undefined, roles: readonly Role[]): RowScope | 'ALL' {
  if (!field?.rows || field.rows.all.some((r) => roles.includes(r))) return 'ALL';
  return field.rows.otherwise;
}

/** The type-level rule of the nodes of a connection type (`XConnection.edges.node`): who may see its rows. */
export function nodeRule(policy: Policy, connectionType: GraphQLOutputType): Rule {
  const connection = getNamedType(connectionType);
  const edge = isObjectType(connection) ? getNamedType(connection.getFields().edges?.type ?? connection) : undefined;
  const node = edge && isObjectType(edge) ? getNamedType(edge.getFields().node?.type ?? edge) : undefined;
  const rule = node && policy.types.get(node.name);
  if (!rule) throw new Error(`${connection.name} is not a connection of a type with an @auth rule`);
  return rule;
}
