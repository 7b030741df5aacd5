import { getNamedType, isEnumType, isInputObjectType, isNonNullType, type GraphQLField } from 'graphql';
import { ROLES } from '../../lib/vocabulary';
import { RELATIONS, RELATION_NAMES } from '../../lib/vocabulary';
import type { FieldPolicy, Policy, Rule } from './policy';

const EVERYONE: Rule = { roles: ROLES, relations: [], declaredAt: '(any signed-in role)' };

/**
 * True when every viewer `a` admits is also admitted by `b`. A viewer admitted by a relation holds one of
 * the roles that can hold it, so `b` covers them by those roles; on the same record, by the same relation.
 */
export function implies(a: Rule, b: Rule, sameRecord: boolean): boolean {
  return (
    a.roles.every((r) => b.roles.includes(r)) &&
    a.relations.every((rel) => (sameRecord && b.relations.includes(rel)) || RELATIONS[rel].heldBy.every((r) => b.roles.includes(r)))
  );
}

/**
 * Whether some viewer who may see the field's record can be refused the field itself, or the record it
 * returns. Such a field resolves to null with FORBIDDEN, so it must be nullable. List items are filtered,
 * not refused, so a list's items may be non-null.
 */
export function canBeDenied(field: FieldPolicy, policy: Policy): boolean {
  if (!field.rule) return true;
  const parent = field.root ? EVERYONE : policy.types.get(field.typeName);
  if (!parent || !implies(parent, field.rule, true)) return true;
  if (field.returnsObject && !field.returnsList) {
    const row = policy.types.get(field.returnsObject);
    if (!row || !implies(field.rule, row, false)) return true;
  }
  return false;
}

function targetProblem(field: FieldPolicy, policy: Policy): string | undefined {
  const rule = field.rule!;
  if (!field.root) return rule.target ? `${field.coordinate}: "target" is only for queries and mutations` : undefined;
  if (rule.relations.length === 0) return rule.target ? `${field.coordinate}: "target" without relations does nothing` : undefined;
  if (!rule.target) return `${field.coordinate}: a rule with relations needs "target", the argument naming the record`;
  const root = policy.schema.getType(field.typeName);
  const def =
    root && 'getFields' in root ? (root.getFields() as Record<string, GraphQLField<unknown, unknown>>)[field.fieldName] : undefined;
  const [argName, ...path] = rule.target.split('.');
  let type = def?.args.find((a) => a.name === argName)?.type;
  for (const name of path) {
    const named = type && getNamedType(type);
    type = named && isInputObjectType(named) ? named.getFields()[name]?.type : undefined;
  }
  if (!type || !isNonNullType(type) || getNamedType(type).name !== 'ID') {
    return `${field.coordinate}: target "${rule.target}" must name a required ID argument`;
  }
  return undefined;
}

function rowsProblem(field: FieldPolicy): string | undefined {
  if (!field.rows) return undefined;
  if (!field.returnsList && !field.returnsObject?.endsWith('Connection')) return `${field.coordinate}: @rows is only for lists`;
  const outside = field.rows.all.filter((r) => !field.rule!.roles.includes(r));
  if (outside.length) return `${field.coordinate}: @rows(all:) names ${outside.join(', ')}, which its @auth rule does not admit`;
  if (field.rule!.roles.every((r) => field.rows!.all.includes(r)))
    return `${field.coordinate}: @rows narrows nothing: every admitted role lists every row`;
  return undefined;
}

/**
 * The schema lint that proves deny-by-default: every object type and every field has a rule; rules name
 * only known roles and relations and grant something; relations on operations name their target record;
 * special-category fields carry their own rule; a field that can be denied is nullable; and a @rows rule
 * sits on a list, narrowing only what its @auth rule grants.
 */
export function lintPolicy(policy: Policy): string[] {
  const problems: string[] = [];
  const knownRoles = new Set<string>(ROLES);
  const knownRelations = new Set<string>(RELATION_NAMES);
  for (const [enumName, known] of [
    ['Role', knownRoles],
    ['Relation', knownRelations],
  ] as const) {
    const type = policy.schema.getType(enumName);
    const values = isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    if (values.length !== known.size || values.some((v) => !known.has(v))) {
      problems.push(`enum ${enumName} must list exactly ${[...known].join(', ')} (the model in functions/graphql/auth)`);
    }
  }
  for (const type of policy.objectTypes) {
    if (!type.name.match(/^(Query|Mutation|Subscription)$/) && !policy.types.has(type.name)) {
      problems.push(`${type.name}: object type has no @auth rule`);
    }
  }
  for (const field of policy.fields.values()) {
    const rule = field.rule;
    if (!rule || (field.root && rule.declaredAt !== field.coordinate)) {
      problems.push(`${field.coordinate}: no @auth rule`);
      continue;
    }
    for (const role of rule.roles) if (!knownRoles.has(role)) problems.push(`${rule.declaredAt}: unknown role ${role}`);
    for (const rel of rule.relations) if (!knownRelations.has(rel)) problems.push(`${rule.declaredAt}: unknown relation ${rel}`);
    if (rule.roles.length === 0 && rule.relations.length === 0) problems.push(`${rule.declaredAt}: the rule grants nothing`);
    const target = targetProblem(field, policy);
    if (target) problems.push(target);
    if (field.specialCategory && rule.declaredAt !== field.coordinate) {
      problems.push(`${field.coordinate}: a special-category field must carry its own @auth rule`);
    }
    const rows = rowsProblem(field);
    if (rows) problems.push(rows);
    if (field.nonNull && canBeDenied(field, policy)) {
      problems.push(`${field.coordinate}: can be denied, so it must be nullable`);
    }
  }
  return problems;
}
