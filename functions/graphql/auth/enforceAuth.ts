import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { typeOfId } from '../../db/ids';
import type { Anchors } from '../../db/records';
import { forbidden } from '../../lib/errors';
import type { Context } from '../context';
import { askedBeneath } from './askedFields';
import { andThen, type Decision, type MaybePromise } from './authorizer';
import type { FieldPolicy, Policy, Rule } from './policy';

type Resolver = GraphQLFieldResolver<unknown, Context>;

const deniedField = (field: FieldPolicy) => forbidden(`You may not read ${field.coordinate}`, { field: field.coordinate });

const deniedRecord = (typeName: string) => forbidden(`You may not see this ${typeName}`, { type: typeName });

/**
 * Guards every object field of the schema by its rule, in place, and returns the schema: deny by default (a
 * field without a rule always refuses), relations checked against the parent record (or an operation's
 * target), special-category reads audited, and records a field returns checked against their type's rule —
 * single records refused with FORBIDDEN, list items the viewer may not see left out. In place rather than
 * on a copy of the schema: copying every type is a large share of a cold start, and the schema is built
 * once per process for this (functions/graphql/schema.ts), so call it once per schema.
 */
export function enforceAuth(schema: GraphQLSchema, policy: Policy): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const config of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${config.name}`;
      const field = policy.fields.get(coordinate);
      const resolve = (config.resolve ?? defaultFieldResolver) as Resolver;
      config.resolve = field?.rule
        ? guard(field, field.rule, resolve, policy)
        : () => {
            throw forbidden(`${coordinate} has no rule`);
          };
    }
  }
  return schema;
}

/**
 * A refusal above special-category fields on the path (a refused person, connection or parent record) is a
 * refused attempt at them too: each one the query asked for beneath is audited as DENIED for the subject at
 * hand, so no attempt goes unrecorded because it was stopped early.
 */
function auditRefusedBeneath(
  ctx: Context,
  info: GraphQLResolveInfo,
  policy: Policy,
  subject: Anchors & { id?: unknown },
  decision: Decision,
) {
  const special = (coordinate: string) => Boolean(policy.fields.get(coordinate)?.specialCategory);
  for (const coordinate of askedBeneath(info, special)) ctx.audit.record(coordinate, subject, decision);
}

/** Who a refused root field would have been about, from its arguments (no lookup), when its rule has no target record. */
function subjectFromArgs(args: Record<string, unknown>): Anchors & { id?: unknown } {
  if (typeof args.subjectId === 'string') return { subjectId: args.subjectId };
  if (typeof args.id === 'string' && typeOfId(args.id) === 'Person') return { subjectId: args.id };
  return typeof args.id === 'string' ? { id: args.id } : {};
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
          if (field.returnsObject) auditRefusedBeneath(ctx, info, policy, subject ?? subjectFromArgs(args), decision);
          throw deniedField(field);
        }
        const result = resolve(source, args, ctx, info);
        if (!rowRule) return result;
        return andThen(result as MaybePromise<unknown>, (value) =>
          value === null || value === undefined
            ? checkMissing(value, rowRule, rule, field, ctx)
            : checkRows(value, rowRule, field, ctx, info, policy),
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
function checkRows(
  value: unknown,
  rowRule: Rule,
  field: FieldPolicy,
  ctx: Context,
  info: GraphQLResolveInfo,
  policy: Policy,
): MaybePromise<unknown> {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) {
    const decisions = value.map((item) => ctx.auth.decide(rowRule, item as Anchors));
    if (!decisions.some((d) => d instanceof Promise)) return value.filter((_, i) => (decisions[i] as Decision).allowed);
    return Promise.all(decisions).then((ds) => value.filter((_, i) => ds[i]!.allowed));
  }
  return andThen(ctx.auth.decide(rowRule, value as Anchors), (decision) => {
    if (decision.allowed) return value;
    // A refused record still counts as a refused read of the special-category fields the query asked for, at any depth.
    auditRefusedBeneath(ctx, info, policy, value as Anchors, decision);
    throw deniedRecord(field.returnsObject!);
  });
}
