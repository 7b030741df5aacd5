import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../../functions/db/client';
import { ENTITIES } from '../../functions/db/entities';
import { newId } from '../../functions/db/ids';
import { queryAll } from '../../functions/db/page';
import { apply, as, expectNoErrors, newCohort, newPerson, relate, type Caller } from '../support/api';

/**
 * Subject access: the export holds every record about the person, in every area the registry declares
 * (functions/db/entities.ts, each type's `about`), and nothing of anyone else. The proof iterates the
 * registry, so record types added later are covered without changing this test.
 */

type Entity = (typeof ENTITIES)[keyof typeof ENTITIES];
const aboutTypes = Object.values(ENTITIES).filter((e): e is Entity & { about: (id: string) => never[] } => 'about' in e && !!e.about);

/**
 * Fields a type's sample needs beyond the common ones below, so that its `about` lists it. A record type
 * whose generic sample is not listed fails the first test, naming itself: add its fields here.
 */
const SAMPLE_FIELDS: Record<string, (personId: string) => Record<string, unknown>> = {
  Relation: (personId) => ({ personId, relation: 'MEMBER', anchor: 'wst_role_design' }),
  Mentor: (personId) => ({ id: personId, sortName: 'sample mentor', background: 'CLINICAL' }),
  EmploymentOutcome: () => ({ employmentId: newId('Employment' as never) }),
  AuditEvent: () => ({ actorId: 'per_hr', roles: ['HR'], fields: ['Sample.field'], decision: 'ALLOWED', rule: 'role:HR', recordIds: [] }),
};

/** A record of `type` about `personId`, carrying a marker that is unique to it. */
function sample(entity: Entity, personId: string, marker: string): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    type: entity.type,
    ...('idPrefix' in entity && entity.idPrefix ? { id: newId(entity.type as never) } : {}),
    subjectId: personId,
    version: 1,
    createdAt: now,
    updatedAt: now,
    at: now,
    marker,
    ...SAMPLE_FIELDS[entity.type]?.(personId),
  };
}

const put = (item: Record<string, unknown>) => db().send(new PutCommand({ TableName: tableName(), Item: item }));

const EXPORT = `{ exportMyData }`;

let a: Caller;
let b: Caller;
const markers = new Map<string, { a: string; b: string }>();
let mentorId: string;
let mentorName: string;
const apiRecords: { a: string[]; b: string[] } = { a: [], b: [] };

beforeAll(async () => {
  a = await newPerson(['SERVICE_USER'], `Export Subject ${randomUUID().slice(0, 6)}`);
  b = await newPerson(['SERVICE_USER'], `Other Trainee ${randomUUID().slice(0, 6)}`);
  // Every area the registry declares, for both: a sample record of each type about each person.
  for (const entity of aboutTypes) {
    if (entity.type === 'Person') continue; // each already has their own person record
    const m = { a: `marker-a-${randomUUID()}`, b: `marker-b-${randomUUID()}` };
    markers.set(entity.type, m);
    await put((entity.item as (r: unknown) => Record<string, unknown>)(sample(entity, a.id, m.a)));
    await put((entity.item as (r: unknown) => Record<string, unknown>)(sample(entity, b.id, m.b)));
  }
  // And through the API, as the programme writes them: an application, a workstream seat, a consent.
  const cohort = await newCohort();
  const lead = as('LEAD_LXP');
  for (const [who, ids] of [
    [a, apiRecords.a],
    [b, apiRecords.b],
  ] as const) {
    ids.push((await apply(who, cohort.id, `Statement of ${who.id}`)).id);
    const seat = await lead.query(
      `mutation($p: ID!) { addWorkstreamMember(input: { workstreamId: "wst_communication", personId: $p, background: SERVICE_USER }) { member { id } } }`,
      { p: who.id },
    );
    expectNoErrors(seat);
    ids.push(seat.data.addWorkstreamMember.member.id);
    const consent = await lead.query(
      `mutation($p: ID!, $n: String!) { recordConsent(input: { activityId: "eng_event", participantName: $n, personId: $p, givenOn: "2017-03-15" }) { consent { id } } }`,
      { p: who.id, n: `Participant ${who.id}` },
    );
    expectNoErrors(consent);
    ids.push(consent.data.recordConsent.consent.id);
  }
  // A mentor (staff) of A, and B reading A's data (refused, so audited in A's trail).
  const mentor = await newPerson(['CLINICIAN'], `Mentor ${randomUUID().slice(0, 6)}`);
  mentorId = mentor.id;
  mentorName = (await mentor.query(`{ me { displayName } }`)).data.me.displayName;
  await relate(mentor.id, 'MENTOR', a.id);
  await b.query(`query($id: ID!) { trainingApplication(id: $id) { statement } }`, { id: apiRecords.a[0] });
});

async function exported(who: Caller) {
  const res = await who.query(EXPORT);
  expectNoErrors(res);
  return res.data.exportMyData as { subjectId: string; records: Record<string, any[]>; people: Record<string, { displayName: string }> };
}

describe('exportMyData', () => {
  it('has a sample about the person for every record type the registry says holds data about people', async () => {
    for (const entity of aboutTypes) {
      if (entity.type === 'Person') continue;
      const listed = (await Promise.all(entity.about(a.id).map((spec) => queryAll<Record<string, unknown>>(spec)))).flat();
      expect(
        listed.some((r) => r.marker === markers.get(entity.type)!.a),
        `${entity.type}: add the fields its about() needs to SAMPLE_FIELDS`,
      ).toBe(true);
    }
  });

  it('contains every record about the person, in every area', async () => {
    const data = await exported(a);
    expect(data.subjectId).toBe(a.id);
    for (const entity of aboutTypes) {
      const rows = data.records[entity.type] ?? [];
      if (entity.type === 'Person') expect(rows.map((r) => r.id)).toEqual([a.id]);
      else
        expect(
          rows.map((r) => r.marker),
          entity.type,
        ).toContain(markers.get(entity.type)!.a);
    }
    const ids = Object.values(data.records)
      .flat()
      .map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(apiRecords.a));
    expect(data.records.TrainingApplication!.find((r) => r.id === apiRecords.a[0]).statement).toBe(`Statement of ${a.id}`);
  });

  it('contains nothing of another person: none of their records, ids or name', async () => {
    const text = JSON.stringify(await exported(a));
    for (const { b: marker } of markers.values()) expect(text).not.toContain(marker);
    for (const id of apiRecords.b) expect(text).not.toContain(id);
    expect(text).not.toContain(b.id);
    expect(text).not.toContain('Other Trainee');
  });

  it("names the person's mentor, a member of staff, by display name only", async () => {
    const data = await exported(a);
    expect(data.people[mentorId]).toEqual({ displayName: mentorName });
    expect(data.records.Relation!.some((r) => r.personId === mentorId && r.relation === 'MENTOR')).toBe(true);
  });

  it('includes the audit events about the person, with another service user who read them replaced', async () => {
    const data = await exported(a);
    const refused = data.records.AuditEvent!.find((e) => e.decision === 'DENIED' && e.fields.includes('TrainingApplication.statement'));
    expect(refused).toMatchObject({ actorId: '(another person)', subjectId: a.id });
  });

  it('is itself audited in the person’s trail', async () => {
    await exported(a);
    const trail = await a.query(`query($s: ID!) { auditTrail(subjectId: $s, first: 5) { edges { node { fields decision actorId } } } }`, {
      s: a.id,
    });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node)).toContainEqual({
      fields: ['Query.exportMyData'],
      decision: 'ALLOWED',
      actorId: a.id,
    });
  });

  it('is machine-readable JSON that states its format and the retention schedule', async () => {
    const data = (await exported(a)) as any;
    expect(data.format).toBe('lxp-subject-access-export/1');
    expect(data.retention.map((r: any) => r.id)).toContain('declined-application-statement');
  });
});
