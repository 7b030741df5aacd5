import { makeExecutableSchema } from '../../functions/graphql/executableSchema';
import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../../functions/graphql/auth/lintPolicy';
import { buildPolicy } from '../../functions/graphql/auth/policy';
import { policy } from '../../functions/graphql/schema';

const DIRECTIVES = `
  directive @auth(roles: [Role!]! = [], relations: [Relation!]! = [], target: String) on OBJECT | FIELD_DEFINITION
  directive @specialCategory(kind: SpecialCategory!) on FIELD_DEFINITION
  directive @rows(all: [Role!]!, otherwise: RowScope!) on FIELD_DEFINITION
  enum RowScope { STAFF }
  enum Role { SERVICE_USER CLINICIAN HR LEAD_LXP }
  enum Relation { SELF MENTOR FACILITATOR PANEL SUPERVISOR MEMBER }
  enum SpecialCategory { HEALTH }
`;

const lint = (sdl: string) => lintPolicy(buildPolicy(makeExecutableSchema({ typeDefs: DIRECTIVES + sdl })));

describe('the schema lint (deny by default, proved)', () => {
  it('finds no problem in the platform schema', () => {
    expect(lintPolicy(policy)).toEqual([]);
  });

  it('reports a query without a rule', () => {
    expect(lint(`type Query { open: Int }`)).toEqual(['Query.open: no @auth rule']);
  });

  it('reports an object type without a rule, and so each of its fields', () => {
    expect(lint(`type Query { x: T @auth(roles: [HR]) } type T { a: Int }`)).toEqual([
      'T: object type has no @auth rule',
      'T.a: no @auth rule',
    ]);
  });

  it("accepts fields that inherit their type's rule", () => {
    expect(lint(`type Query { x: T @auth(roles: [HR]) } type T @auth(roles: [HR]) { a: Int! }`)).toEqual([]);
  });

  it('accepts @rows narrowing a list for some of the roles its rule admits', () => {
    expect(
      lint(
        `type Query { xs: [T!] @auth(roles: [CLINICIAN, HR]) @rows(all: [HR], otherwise: STAFF) } type T @auth(roles: [HR, CLINICIAN]) { a: Int }`,
      ),
    ).toEqual([]);
  });

  it('reports @rows that names a role its @auth rule does not admit, or narrows nothing', () => {
    const sdl = (rows: string) =>
      `type Query { xs: [T!] @auth(roles: [CLINICIAN, HR]) ${rows} } type T @auth(roles: [HR, CLINICIAN]) { a: Int }`;
    expect(lint(sdl('@rows(all: [LEAD_LXP], otherwise: STAFF)'))).toEqual([
      'Query.xs: @rows(all:) names LEAD_LXP, which its @auth rule does not admit',
    ]);
    expect(lint(sdl('@rows(all: [CLINICIAN, HR], otherwise: STAFF)'))).toEqual([
      'Query.xs: @rows narrows nothing: every admitted role lists every row',
    ]);
  });

  it('reports @rows on a field that is not a list', () => {
    expect(lint(`type Query { x: Int @auth(roles: [CLINICIAN, HR]) @rows(all: [HR], otherwise: STAFF) }`)).toEqual([
      'Query.x: @rows is only for lists',
    ]);
  });

  it('reports a rule that grants nothing', () => {
    expect(lint(`type Query { x: Int @auth }`)).toEqual(['Query.x: the rule grants nothing']);
  });

  it('reports a field that can be denied but is non-null', () => {
    expect(
      lint(`type Query { x: T @auth(roles: [HR, LEAD_LXP]) } type T @auth(roles: [HR, LEAD_LXP]) { secret: String! @auth(roles: [HR]) }`),
    ).toEqual(['T.secret: can be denied, so it must be nullable']);
  });

  it('reports a non-null field whose record can be refused', () => {
    expect(lint(`type Query { x: T! @auth(roles: [SERVICE_USER, CLINICIAN, HR, LEAD_LXP]) } type T @auth(roles: [HR]) { a: Int }`)).toEqual(
      ['Query.x: can be denied, so it must be nullable'],
    );
  });

  it('reports relations on an operation without a target, or with a target that is not a required ID argument', () => {
    expect(
      lint(`type Query { x(id: ID!): Int @auth(relations: [SELF]) y(id: String): Int @auth(relations: [SELF], target: "id") }`),
    ).toEqual([
      'Query.x: a rule with relations needs "target", the argument naming the record',
      'Query.y: target "id" must name a required ID argument',
    ]);
  });

  it("reports a special-category field that only inherits its type's rule", () => {
    expect(
      lint(`type Query { x: T @auth(roles: [HR]) } type T @auth(roles: [HR]) { notes: String @specialCategory(kind: HEALTH) }`),
    ).toEqual(['T.notes: a special-category field must carry its own @auth rule']);
  });

  it('reports a role or relation the model does not know', () => {
    const sdl = DIRECTIVES.replace('LEAD_LXP }', 'LEAD_LXP JANITOR }') + `type Query { x: Int @auth(roles: [JANITOR]) }`;
    expect(lintPolicy(buildPolicy(makeExecutableSchema({ typeDefs: sdl })))).toEqual([
      'enum Role must list exactly SERVICE_USER, CLINICIAN, HR, LEAD_LXP (the model in functions/graphql/auth)',
      'Query.x: unknown role JANITOR',
    ]);
  });
});
