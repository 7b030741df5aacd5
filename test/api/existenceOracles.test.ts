import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/graphql/typeDefs.generated';
import { as, newPerson, type Caller, type GqlResponse } from '../support/api';
import { relationTarget } from '../support/security';

/**
 * No existence oracles: for a viewer who may not see a record, a lookup of an id that exists and of one
 * that does not must answer alike (same data, codes, messages and paths), or the answer tells them which
 * ids exist. Every root query that takes an id is checked, as an unrelated service user and an unrelated
 * clinician, against a seeded record; a new lookup without a seeded record here fails the last test.
 */

const schema = buildSchema(typeDefs);
const queryFields = Object.values(schema.getQueryType()!.getFields());

/** Root lookups: a required ID argument and a single object back. */
const lookups = queryFields.filter(
  (f) =>
    f.args.some((a) => isNonNullType(a.type) && getNamedType(a.type).name === 'ID') && isObjectType(f.type) && !f.name.startsWith('__'),
);

/** A seeded record for each lookup, and an id of the same shape that nothing has. */
const SEEDED: Record<string, { id: string; missing: string }> = {
  auditTrail: { id: 'per_trainee_02', missing: 'per_nobody_at_all' },
  cdpSession: { id: 'cdp_2019_01', missing: 'cdp_nothing_here' },
  cohort: { id: 'coh_1', missing: 'coh_nothing_here' },
  developmentPlan: { id: 'per_lead_lxp', missing: 'per_nobody_at_all' },
  employment: { id: 'emp_table3_1', missing: 'emp_nothing_here' },
  engagementActivity: { id: 'eng_event', missing: 'eng_nothing_here' },
  enrolment: { id: 'enr_c1_01', missing: 'enr_nothing_here' },
  jobApplication: { id: 'job_2018_01', missing: 'job_nothing_here' },
  person: { id: 'per_lead_lxp', missing: 'per_nobody_at_all' },
  post: { id: 'pst_table3_1', missing: 'pst_nothing_here' },
  recruitmentDay: { id: 'rdy_2018', missing: 'rdy_nothing_here' },
  trainingApplication: { id: 'app_c1_01', missing: 'app_nothing_here' },
  workstream: { id: 'wst_role_design', missing: 'wst_nothing_here' },
};

function lookup(field: GraphQLField<unknown, unknown>): string {
  const idArg = field.args.find((a) => isNonNullType(a.type) && getNamedType(a.type).name === 'ID')!;
  const selection = isObjectType(field.type) && 'id' in field.type.getFields() ? 'id' : '__typename';
  return `query($id: ID!) { ${field.name}(${idArg.name}: $id) { ${selection} } }`;
}

/** What a client can compare: the data and each error's message, code, path and extensions. */
const answer = (res: GqlResponse) => ({ status: res.status, data: res.data, errors: res.errors });

describe('lookups answer a missing record as one the viewer may not see', () => {
  const viewers: [string, () => Promise<Caller>][] = [
    ['an unrelated service user', () => newPerson(['SERVICE_USER'])],
    ['an unrelated clinician', () => newPerson(['CLINICIAN'])],
  ];
  for (const [who, make] of viewers) {
    it.each(lookups.filter((f) => SEEDED[f.name]).map((f) => [f.name, f] as const))(`%s, as ${who}`, async (name, field) => {
      const viewer = await make();
      const { id, missing } = SEEDED[name]!;
      const existing = answer(await viewer.query(lookup(field), { id }));
      const absent = answer(await viewer.query(lookup(field), { id: missing }));
      // Where the viewer may see the record, the difference is no secret: only a refusal must look like absence.
      if (existing.errors?.length) expect(absent).toEqual(existing);
      else expect(existing.data?.[name]).not.toBeNull();
    });
  }

  it('has a seeded record for every root lookup', () => {
    expect(lookups.map((f) => f.name).sort()).toEqual(Object.keys(SEEDED).sort());
  });
});

/** Mutations whose rule names the record a relation is checked against (`@auth(target: "input.x")`). */
const targeted = Object.values(schema.getMutationType()!.getFields()).flatMap((field) => {
  const target = relationTarget(field);
  return target ? [{ field, target: target.replace(/^input\./, '') }] : [];
});

/** A value of the right type for every required input field, so a request passes validation and reaches the rules. */
function sample(type: GraphQLInputType, name: string, ids: Record<string, string>): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, ids);
  if (isListType(type)) return [sample(type.ofType, name, ids)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, ids[f.name] ?? sample(f.type, f.name, ids)]));
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2030-01-14';
    case 'DateTime':
      return '2030-01-14T10:00:00Z';
    default:
      return name.endsWith('Id') ? 'per_nobody_at_all' : 'Sample text';
  }
}

describe('mutations answer a missing target as one the viewer may not act on', () => {
  /** A seeded record for each kind of target, by the input field that names it. */
  const existing: Record<string, Record<string, string>> = {};
  const missing: Record<string, string> = {};

  beforeAll(async () => {
    const res = await as('LEAD_LXP').query(`{
      enrolment(id: "enr_c1_01") { portfolio { id entries(first: 1) { edges { node { id } } } } }
      cohort(id: "coh_1") { sessions(first: 1) { edges { node { id } } } }
    }`);
    const activity = await as('LEAD_LXP').query(
      `mutation($input: RecordEngagementActivityInput!) { recordEngagementActivity(input: $input) { activity { id } } }`,
      { input: { kind: 'ROUND_TABLE', title: 'Round table', heldOn: '2019-05-01', participantCounts: [{ group: 'MIXED', count: 9 }] } },
    );
    const consent = await as('LEAD_LXP').query(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }`,
      {
        input: {
          activityId: activity.data.recordEngagementActivity.activity.id,
          participantName: 'Sample participant',
          givenOn: '2019-05-01',
        },
      },
    );
    const portfolio = res.data.enrolment.portfolio;
    const shared = {
      enrolmentId: 'enr_c1_01',
      portfolioId: portfolio.id,
      entryId: portfolio.entries.edges[0].node.id,
      cohortId: 'coh_1',
      sessionId: res.data.cohort.sessions.edges[0].node.id,
      workstreamId: 'wst_role_design',
      lxpId: 'per_lead_lxp',
      consentId: consent.data.recordConsent.consent.id,
    };
    for (const { field, target } of targeted) {
      // Training applications and job applications share the input name; the mutation says which.
      const applicationId = /Training|enrol/.test(field.name) ? 'app_c1_01' : 'job_2018_01';
      existing[field.name] = { ...shared, applicationId };
      missing[field.name] = `${existing[field.name]![target]!.split('_')[0]}_nothing_here`;
    }
  });

  for (const { field, target } of targeted) {
    it(`${field.name} (${target}), as an unrelated service user and an unrelated clinician`, async () => {
      const inputType = field.args.find((a) => a.name === 'input')!.type;
      const mutation = `mutation($input: ${String(inputType)}) { ${field.name}(input: $input) { __typename } }`;
      for (const viewer of [await newPerson(['SERVICE_USER']), await newPerson(['CLINICIAN'])]) {
        const ids = existing[field.name]!;
        const withExisting = answer(await viewer.query(mutation, { input: sample(inputType, 'input', ids) }));
        const withMissing = answer(
          await viewer.query(mutation, { input: sample(inputType, 'input', { ...ids, [target]: missing[field.name]! }) }),
        );
        expect(withExisting.errors?.[0]?.extensions?.code, JSON.stringify(withExisting)).toBe('FORBIDDEN');
        expect(withMissing).toEqual(withExisting);
      }
    });
  }
});
