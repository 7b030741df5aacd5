import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type InlineFragmentNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Anchors } from '../../db/records';
import { forbidden } from '../../lib/errors';
import type { Context } from '../context';
import { andThen, type Decision, type MaybePromise } from './authorizer';
import type { FieldPolicy, Policy, Rule } from './policy';

type Resolver = GraphQLFieldResolver<unknown, Context>;

const deniedField = (field: FieldPolicy) => forbidden(`You may not read ${field.coordinate}`, { field: field.coordinate });

const deniedRecord = (typeName: string) => forbidden(`You may not see this ${typeName}`, { type: typeName });

function included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

/**
 * The special-category fields a query asks for anywhere beneath a field returning `typeName` (through
 * fragments, lists and connections, leaving out what @skip/@include removed). When a record or a field is
 * refused, these reads were refused too, and are audited so.
 */
function specialFieldsBelow(info: GraphQLResolveInfo, policy: Policy, typeName: string, sets: readonly (SelectionSetNode | undefined)[]) {
  const found = new Map<string, FieldPolicy>();
  const visit = (type: string, set: SelectionSetNode | undefined) => {
    const object = info.schema.getType(type);
    if (!set || !isObjectType(object)) return;
    for (const sel of set.selections) {
      if (!included(sel, info)) continue;
      if (sel.kind === Kind.FIELD) {
        const field = policy.fields.get(`${type}.${sel.name.value}`);
        if (!field) continue;
        if (field.specialCategory) found.set(field.coordinate, field);
        const next = getNamedType(object.getFields()[sel.name.value]!.type);
        if (isObjectType(next)) visit(next.name, sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (!sel.typeCondition || sel.typeCondition.name.value === type) visit(type, sel.selectionSet);
      } else {
        const fragment = info.fragments[sel.name.value];
        if (fragment && fragment.typeCondition.name.value === type) visit(type, fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(typeName, set);
  return [...found.values()];
}

/** Audits, as refused, the special-category reads asked for beneath a refusal at this field. */
function auditRefusedBelow(field: FieldPolicy, record: Anchors | undefined, decision: Decision, ctx: Context, info: GraphQLResolveInfo) {
  if (!field.returnsObject || !record) return;
  const below = specialFieldsBelow(
    info,
    ctx.policy,
    field.returnsObject,
    info.fieldNodes.map((n) => n.selectionSet),
  );
  for (const special of below) ctx.audit.record(special.coordinate, record, decision);
}

/**
 * Returns the schema with every object field guarded by its rule: deny by default (a field without a rule
 * always refuses), relations checked against the parent record (or an operation's target), special-category
 * reads audited, and records a field returns checked against their type's rule — single records refused
 * with FORBIDDEN, list items the viewer may not see left out.
 */
export function enforceAuth(schema: GraphQLSchema, policy: Policy): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName, typeName) => {
      const field = policy.fields.get(`${typeName}.${fieldName}`);
      const resolve = (config.resolve ?? defaultFieldResolver) as Resolver;
      if (!field?.rule)
        return {
          ...config,
          resolve: () => {
            throw forbidden(`${typeName}.${fieldName} has no rule`);
          },
        };
      return { ...config, resolve: guard(field, field.rule, resolve, policy) };
    },
  });
}

function guard(field: FieldPolicy, rule: Rule, resolve: Resolver, policy: Policy): Resolver {
  const rowRule = field.returnsObject ? policy.types.get(field.returnsObject) : undefined;

  return (source, args, ctx, info) => {
    const record: MaybePromise<Anchors | undefined> = field.root
      ? rule.target && rule.relations.length > 0
        ? ctx.auth.targetRecord(rule.target, args)
        : undefined
      : (source as Anchors);
    return andThen(record, (subject) =>
      andThen(ctx.auth.decide(rule, subject), (decision) => {
        if (field.specialCategory) ctx.audit.record(field.coordinate, subject, decision);
        if (!decision.allowed) {
          auditRefusedBelow(field, subject, decision, ctx, info);
          throw deniedField(field);
        }
        const result = resolve(source, args, ctx, info);
        if (!rowRule) return result;
        return andThen(result as MaybePromise<unknown>, (value) =>
          value === null || value === undefined
            ? checkMissing(value, rowRule, rule, field, ctx)
            : checkRows(value, rowRule, field, ctx, info),
        );
      }),
    );
  };
}

/**
 * A record looked up at the root that does not exist answers as one the viewer may not see, unless their roles
 * alone would let them see any record of its type: otherwise null-or-FORBIDDEN would tell them which ids exist.
 * Lookups whose own rule already checked a relation to the id's record (a target) refused a missing one there.
 */
function checkMissing(value: null | undefined, rowRule: Rule, rule: Rule, field: FieldPolicy, ctx: Context): MaybePromise<unknown> {
  if (!field.root || (rule.target && rule.relations.length > 0)) return value;
  // With no record, no relation can admit it: only the viewer's roles decide.
  return andThen(ctx.auth.decide(rowRule, undefined), (decision) => {
    if (decision.allowed) return value;
    throw deniedRecord(field.returnsObject!);
  });
}

/** Applies a type's rule to what a field returned: a list keeps the items the viewer may see; a single record is refused. */
function checkRows(value: unknown, rowRule: Rule, field: FieldPolicy, ctx: Context, info: GraphQLResolveInfo): MaybePromise<unknown> {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) {
    const decisions = value.map((item) => ctx.auth.decide(rowRule, item as Anchors));
    if (!decisions.some((d) => d instanceof Promise)) return value.filter((_, i) => (decisions[i] as Decision).allowed);
    return Promise.all(decisions).then((ds) => value.filter((_, i) => ds[i]!.allowed));
  }
  return andThen(ctx.auth.decide(rowRule, value as Anchors), (decision) => {
    if (decision.allowed) return value;
    // A refused record still counts as a refused read of the special-category fields the query asked for, at any depth.
    auditRefusedBelow(field, value as Anchors, decision, ctx, info);
    throw deniedRecord(field.returnsObject!);
  });
}
