import { describe, expect, it } from 'vitest';
import { as, expectNoErrors, newPerson, onlyError } from '../support/api';

const WORKSTREAMS = `{ workstreams(first: 10) { totalCount edges { node { id theme objective
  recommendations(first: 10) { totalCount edges { node { id text status decidedAt } } } } } } }`;

const MEMBERS = `query($id: ID!) { workstream(id: $id) { members(first: 50) { totalCount edges { node { id person { id displayName } background } } } } }`;

const ADD = `mutation($input: AddWorkstreamMemberInput!) { addWorkstreamMember(input: $input) { member { id background } } }`;
const PROPOSE = `mutation($input: ProposeRecommendationInput!) { proposeRecommendation(input: $input) { recommendation { id status version decidedAt } } }`;
const DECIDE = `mutation($input: DecideRecommendationInput!) { decideRecommendation(input: $input) { recommendation { id status decidedAt version } } }`;
const MEETING = `mutation($input: RecordWorkstreamMeetingInput!) { recordWorkstreamMeeting(input: $input) { meeting { id heldOn notes } } }`;

describe('co-production workstreams', () => {
  it("lists the paper's five workstreams in theme order with Table 1's objectives", async () => {
    const res = await as('SERVICE_USER').query(WORKSTREAMS);
    expectNoErrors(res);
    const nodes = res.data.workstreams.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => [n.theme, n.objective])).toEqual([
      ['ROLE_DESIGN', 'To design LXP roles'],
      ['TRAINING', 'To design pre-appointment training and mentoring package'],
      ['PILOTING', 'To devise a strategy to pilot roles and identify sites'],
      ['CAREER_PATHWAYS', 'To establish LXP roles in the Trust'],
      ['COMMUNICATION', 'To develop a communication strategy'],
    ]);
    const training = nodes.find((n: any) => n.theme === 'TRAINING');
    expect(training.recommendations.edges[0].node.text).toMatch(/^Run a 12-week pre-appointment training programme/);
    expect(training.recommendations.edges.every((e: any) => e.node.status === 'ADOPTED' && e.node.decidedAt === '2017-06-01')).toBe(true);
  });

  it('shows a workstream its members to a member, with only their own background', async () => {
    const res = await as('per_trainee_20').query(MEMBERS, { id: 'wst_role_design' });
    const members = res.data.workstream.members.edges.map((e: any) => e.node);
    expect(members.map((m: any) => m.person.id)).toEqual(['per_mentor_01', 'per_hr', 'per_trainee_20']);
    expect(members.find((m: any) => m.person.id === 'per_trainee_20').background).toBe('SERVICE_USER');
    expect(members.find((m: any) => m.person.id === 'per_hr').background).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('shows the Lead LXP every member with their background', async () => {
    const res = await as('LEAD_LXP').query(MEMBERS, { id: 'wst_training' });
    expectNoErrors(res);
    expect(res.data.workstream.members.edges.map((e: any) => e.node.background)).toEqual(['CLINICAL', 'CLINICAL', 'MANAGEMENT']);
  });

  it('refuses the members and meetings of a workstream to someone who does not sit on it', async () => {
    const res = await as('per_trainee_20').query(
      `{ workstream(id: "wst_training") { theme members { totalCount } meetings { totalCount } } }`,
    );
    expect(res.data.workstream).toEqual({ theme: 'TRAINING', members: null, meetings: null });
    expect(res.errors?.map((e) => e.path)).toEqual([
      ['workstream', 'members'],
      ['workstream', 'meetings'],
    ]);
  });

  it('audits every read of a background, allowed or refused, in the member’s trail', async () => {
    const clinician = await newPerson(['CLINICIAN']);
    await as('LEAD_LXP').query(ADD, { input: { workstreamId: 'wst_piloting', personId: clinician.id, background: 'CLINICAL' } });
    await as('LEAD_LXP').query(MEMBERS, { id: 'wst_piloting' });
    const trail = await clinician.query(`query($s: ID!) { auditTrail(subjectId: $s) { edges { node { fields decision rule } } } }`, {
      s: clinician.id,
    });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node)).toContainEqual({
      fields: ['WorkstreamMember.background'],
      decision: 'ALLOWED',
      rule: 'role:LEAD_LXP',
    });
  });

  it('lets the Lead LXP add a member, who then sees the workstream’s meetings', async () => {
    const person = await newPerson(['SERVICE_USER']);
    const added = await as('LEAD_LXP').query(ADD, {
      input: { workstreamId: 'wst_communication', personId: person.id, background: 'SERVICE_USER' },
    });
    expectNoErrors(added);
    await as('LEAD_LXP').query(MEETING, {
      input: { workstreamId: 'wst_communication', heldOn: '2017-05-10', notes: 'Agreed the leaflet.' },
    });
    const res = await person.query(`{ workstream(id: "wst_communication") { meetings { edges { node { heldOn notes } } } } }`);
    expectNoErrors(res);
    expect(res.data.workstream.meetings.edges.map((e: any) => e.node)).toContainEqual({
      heldOn: '2017-05-10',
      notes: 'Agreed the leaflet.',
    });
  });

  it('refuses a second seat on the same workstream with CONFLICT (ALREADY_A_MEMBER)', async () => {
    const error = onlyError(
      await as('LEAD_LXP').query(ADD, { input: { workstreamId: 'wst_training', personId: 'per_facilitator', background: 'CLINICAL' } }),
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_A_MEMBER' });
  });

  it('refuses a service-user background for someone who does not hold SERVICE_USER, naming input.background', async () => {
    const error = onlyError(
      await as('LEAD_LXP').query(ADD, { input: { workstreamId: 'wst_piloting', personId: 'per_hr', background: 'SERVICE_USER' } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.background' });
  });

  it('lets only the Lead LXP add members', async () => {
    const error = onlyError(
      await as('HR').query(ADD, { input: { workstreamId: 'wst_piloting', personId: 'per_hr', background: 'SUPPORT' } }),
    );
    expect(error).toMatchObject({ path: ['addWorkstreamMember'], extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses meeting notes from someone who does not sit on the workstream, and empty notes', async () => {
    const outsider = onlyError(
      await as('per_trainee_20').query(MEETING, { input: { workstreamId: 'wst_training', heldOn: '2017-05-10', notes: 'x' } }),
    );
    expect(outsider.extensions?.code).toBe('FORBIDDEN');
    const empty = onlyError(
      await as('LEAD_LXP').query(MEETING, { input: { workstreamId: 'wst_training', heldOn: '2017-05-10', notes: '  ' } }),
    );
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.notes' });
  });
});

describe('recommendations', () => {
  async function proposed(text = 'Pay LXPs for attending supervision.') {
    const res = await as('per_trainee_20').query(PROPOSE, { input: { workstreamId: 'wst_role_design', text } });
    expectNoErrors(res);
    return res.data.proposeRecommendation.recommendation;
  }

  it('are proposed by a member, PROPOSED with no decision date', async () => {
    expect(await proposed()).toMatchObject({ status: 'PROPOSED', decidedAt: null, version: 1 });
  });

  it('are adopted by the Lead LXP recording the group’s decision with its date', async () => {
    const rec = await proposed();
    const today = new Date().toISOString().slice(0, 10);
    const res = await as('LEAD_LXP').query(DECIDE, {
      input: { recommendationId: rec.id, decision: 'ADOPT', decidedOn: today, expectedVersion: 1 },
    });
    expectNoErrors(res);
    expect(res.data.decideRecommendation.recommendation).toMatchObject({ status: 'ADOPTED', decidedAt: today, version: 2 });
  });

  it('are decided once: a second decision is CONFLICT (ALREADY_DECIDED)', async () => {
    const rec = await proposed();
    const today = new Date().toISOString().slice(0, 10);
    expectNoErrors(await as('LEAD_LXP').query(DECIDE, { input: { recommendationId: rec.id, decision: 'REJECT', decidedOn: today } }));
    const error = onlyError(
      await as('LEAD_LXP').query(DECIDE, { input: { recommendationId: rec.id, decision: 'ADOPT', decidedOn: today } }),
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DECIDED' });
  });

  it('refuse a decision dated in the future, naming input.decidedOn', async () => {
    const rec = await proposed();
    const error = onlyError(
      await as('LEAD_LXP').query(DECIDE, { input: { recommendationId: rec.id, decision: 'ADOPT', decidedOn: '2999-01-01' } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
  });

  it('are decided only by the Lead LXP, not by members', async () => {
    const rec = await proposed();
    const error = onlyError(
      await as('per_trainee_20').query(DECIDE, { input: { recommendationId: rec.id, decision: 'ADOPT', decidedOn: '2020-01-01' } }),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuse a stale expectedVersion with CONFLICT (VERSION_MISMATCH)', async () => {
    const rec = await proposed();
    const error = onlyError(
      await as('LEAD_LXP').query(DECIDE, {
        input: { recommendationId: rec.id, decision: 'ADOPT', decidedOn: '2020-01-01', expectedVersion: 7 },
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
  });
});
