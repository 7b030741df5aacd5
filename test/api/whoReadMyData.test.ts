import { describe, expect, it } from 'vitest';
import { apply, as, newCohort, newPerson, relate } from '../support/api';

const TRAIL = `query($s: ID!) { auditTrail(subjectId: $s, first: 50) { totalCount edges { node {
  at actorId actor { id displayName } roles subjectId fields decision rule recordIds } } } }`;
const STATEMENT = `query($id: ID!) { trainingApplication(id: $id) { statement } }`;

/** A service user asks who read their data: who, when, which fields, allowed or refused. */
describe('who read my data', () => {
  it('lists the reads of my data, allowed and refused, with who, when and which fields', async () => {
    const me = await newPerson(['SERVICE_USER']);
    const cohort = await newCohort();
    const application = await apply(me, cohort.id);
    await as('LEAD_LXP').query(STATEMENT, { id: application.id });
    const stranger = await newPerson(['CLINICIAN'], 'Dr Stranger');
    await stranger.query(STATEMENT, { id: application.id });

    const res = await me.query(TRAIL, { s: me.id });
    const events = res.data.auditTrail.edges.map((e: any) => e.node);
    expect(events).toContainEqual(
      expect.objectContaining({
        actorId: 'per_lead_lxp',
        actor: { id: 'per_lead_lxp', displayName: expect.any(String) },
        fields: ['TrainingApplication.statement'],
        decision: 'ALLOWED',
        recordIds: [application.id],
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ actor: { id: stranger.id, displayName: 'Dr Stranger' }, decision: 'DENIED', rule: 'deny' }),
    );
    expect(events.every((e: any) => typeof e.at === 'string')).toBe(true);
  });

  it("shows none of the readers' other activity: only events about me", async () => {
    const me = await newPerson(['SERVICE_USER']);
    const other = await newPerson(['SERVICE_USER']);
    const cohort = await newCohort();
    const mine = await apply(me, cohort.id);
    const theirs = await apply(other, cohort.id);
    await as('LEAD_LXP').query(STATEMENT, { id: mine.id });
    await as('LEAD_LXP').query(STATEMENT, { id: theirs.id });
    const events = (await me.query(TRAIL, { s: me.id })).data.auditTrail.edges.map((e: any) => e.node);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e: any) => e.subjectId === me.id)).toBe(true);
    expect(events.flatMap((e: any) => e.recordIds)).not.toContain(theirs.id);
  });

  it('never tells me that a member of staff who read my data is also a service user; HR sees it', async () => {
    const me = await newPerson(['SERVICE_USER']);
    const cohort = await newCohort();
    const application = await apply(me, cohort.id);
    const staff = await newPerson(['CLINICIAN', 'SERVICE_USER']);
    await relate(staff.id, 'FACILITATOR', cohort.id);
    await staff.query(STATEMENT, { id: application.id });

    const mine = (await me.query(TRAIL, { s: me.id })).data.auditTrail.edges.map((e: any) => e.node);
    const read = mine.find((e: any) => e.actorId === staff.id);
    expect(read).toMatchObject({ roles: ['CLINICIAN'], decision: 'ALLOWED', rule: 'relation:FACILITATOR' });
    const hr = (await as('HR').query(TRAIL, { s: me.id })).data.auditTrail.edges.map((e: any) => e.node);
    expect(hr.find((e: any) => e.actorId === staff.id).roles).toEqual(['CLINICIAN', 'SERVICE_USER']);
  });

  it('does not name another service user who tried to read my data', async () => {
    const me = await newPerson(['SERVICE_USER']);
    const application = await apply(me, (await newCohort()).id);
    const nosy = await newPerson(['SERVICE_USER'], 'Nosy Neighbour');
    await nosy.query(STATEMENT, { id: application.id });
    const events = (await me.query(TRAIL, { s: me.id })).data.auditTrail.edges.map((e: any) => e.node);
    const refused = events.find((e: any) => e.actorId === nosy.id);
    expect(refused).toMatchObject({ decision: 'DENIED', actor: null, roles: [] });
  });

  it("refuses a service user another person's trail", async () => {
    const me = await newPerson(['SERVICE_USER']);
    const res = await me.query(TRAIL, { s: 'per_trainee_20' });
    expect(res.data.auditTrail).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
