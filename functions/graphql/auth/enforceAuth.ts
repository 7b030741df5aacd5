import {
  defaultFieldResolver,
  isObjectType,
  Kind,
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

/** Names of the fields a query selects on the object a field returns, through fragments too. */
function selectedFieldNames(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (!sel.typeCondition || sel.typeCondition.name.value === typeName) visit(sel.selectionSet);
      } else {
        const fragment = info.fragments[sel.name.value];
        if (fragment && fragment.typeCondition.name.value === typeName) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/**
 * Guards every object field of the schema by its rule, in place, and returns the schema: deny by default
 * (a field without a rule always refuses), relations checked against the parent record (or an
 * operation's target), special-category reads audited, and records a field returns checked against their
 * type's rule — single records refused with FORBIDDEN, list items the viewer may not see left out.
 * Call it once per schema, on a schema of its own (functions/graphql/schema.ts builds one per process).
 */
export function enforceAuth(schema: GraphQLSchema, policy: Policy): GraphQLSchema {
  // Special-category fields by type, found once rather than once per field (this runs at every cold start).
  const specialByType = new Map<string, FieldPolicy[]>();
  for (const f of policy.fields.values()) {
    if (f.specialCategory) specialByType.set(f.typeName, [...(specialByType.get(f.typeName) ?? []), f]);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const config of Object.values(type.getFields())) {
      const field = policy.fields.get(`${type.name}.${config.name}`);
      const resolve = (config.resolve ?? defaultFieldResolver) as Resolver;
      const coordinate = `${type.name}.${config.name}`;
      config.resolve = field?.rule
        ? guard(field, field.rule, resolve, policy, specialByType)
        : () => {
            throw forbidden(`${coordinate} has no rule`);
          };
    }
  }
  return schema;
}

function guard(field: FieldPolicy, rule: Rule, resolve: Resolver, policy: Policy, specialByType: Map<string, FieldPolicy[]>): Resolver {
  const rowRule = field.returnsObject ? policy.types.get(field.returnsObject) : undefined;
  const specialFieldsOfRow = field.returnsObject ? (specialByType.get(field.returnsObject) ?? []) : [];

  return (source, args, ctx, info) => {
    const record: MaybePromise<Anchors | undefined> = field.root
      ? rule.target && rule.relations.length > 0
        ? ctx.auth.targetRecord(rule.target, args)
        : undefined
      : (source as Anchors);
    return andThen(record, (subject) =>
      andThen(ctx.auth.decide(rule, subject), (decision) => {
        if (field.specialCategory) ctx.audit.record(field.coordinate, subject, decision);
        if (!decision.allowed) throw deniedField(field);
        const result = resolve(source, args, ctx, info);
        if (!rowRule) return result;
        return andThen(result as MaybePromise<unknown>, (value) => checkRows(value, rowRule, field, ctx, info, specialFieldsOfRow));
      }),
    );
  };
}

/** Applies a type's rule to what a field returned: a list keeps the items the viewer may see; a single record is refused. */
function checkRows(
  value: unknown,
  rowRule: Rule,
  field: FieldPolicy,
  ctx: Context,
  info: GraphQLResolveInfo,
  specialFields: FieldPolicy[],
): MaybePromise<unknown> {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) {
    const decisions = value.map((item) => ctx.auth.decide(rowRule, item as Anchors));
    if (!decisions.some((d) => d instanceof Promise)) return value.filter((_, i) => (decisions[i] as Decision).allowed);
    return Promise.all(decisions).then((ds) => value.filter((_, i) => ds[i]!.allowed));
  }
  return andThen(ctx.auth.decide(rowRule, value as Anchors), (decision) => {
    if (decision.allowed) return value;
    // A refused record still counts as a refused read of the special-category fields the query asked for.
    const asked = selectedFieldNames(info, field.returnsObject!);
    for (const special of specialFields) {
      if (asked.has(special.fieldName)) ctx.audit.record(special.coordinate, value as Anchors, decision);
    }
    throw deniedRecord(field.returnsObject!);
  });
}
