import { describe, expect, it } from 'vitest';
import { as, expectNoErrors, newPerson, onlyError } from '../support/api';

const ACTIVITIES = `{ engagementActivities(first: 20) { edges { node { id kind title heldOn totalParticipants
  participantCounts { group count } findings(first: 20) { totalCount edges { node { theme text } } } } } } }`;
const RECORD_ACTIVITY = `mutation($input: RecordEngagementActivityInput!) { recordEngagementActivity(input: $input) { activity { id totalParticipants } } }`;
const CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id status participantName } } }`;
const FINDING = `mutation($input: RecordFindingInput!) { recordFinding(input: $input) { finding { id theme text } } }`;
const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { consent { status withdrawnOn } findingsAffected findingsRemoved } }`;
const FINDINGS = `query($id: ID!) { engagementActivity(id: $id) { findings(first: 50) { totalCount edges { node { id text } } } } }`;
const CONSENTS = `query($id: ID!) { engagementActivity(id: $id) { consents(first: 50) { totalCount edges { node { id participantName status } } } } }`;

const lead = () => as('LEAD_LXP');

async function activity(title = 'Round table on supervision') {
  const res = await lead().query(RECORD_ACTIVITY, {
    input: { kind: 'ROUND_TABLE', title, heldOn: '2019-05-01', participantCounts: [{ group: 'MIXED', count: 9 }] },
  });
  expectNoErrors(res);
  return res.data.recordEngagementActivity.activity.id as string;
}

async function consent(activityId: string, participantName: string, personId?: string) {
  const res = await lead().query(CONSENT, { input: { activityId, participantName, personId, givenOn: '2019-05-01' } });
  expectNoErrors(res);
  return res.data.recordConsent.consent.id as string;
}

async function finding(activityId: string, text: string, contributorConsentIds: string[]) {
  const res = await lead().query(FINDING, { input: { activityId, theme: 'TRAINING', text, contributorConsentIds } });
  expectNoErrors(res);
  return res.data.recordFinding.finding.id as string;
}

async function findingsOf(activityId: string) {
  const res = await lead().query(FINDINGS, { id: activityId });
  return res.data.engagementActivity.findings.edges.map((e: any) => e.node.text);
}

describe('engagement activities', () => {
  it("reports the paper's three focus groups (5, 4, 4) and the engagement event's 55, with Table 1's findings", async () => {
    const res = await as('CLINICIAN').query(ACTIVITIES);
    expectNoErrors(res);
    const byId = new Map(res.data.engagementActivities.edges.map((e: any) => [e.node.id, e.node]));
    const counts = ['eng_fg_service_users', 'eng_fg_clinical_staff', 'eng_fg_leaders', 'eng_event'].map(
      (id) => (byId.get(id) as any).totalParticipants,
    );
    expect(counts).toEqual([5, 4, 4, 55]);
    expect((byId.get('eng_fg_service_users') as any).participantCounts).toEqual([{ group: 'SERVICE_USERS', count: 5 }]);
    expect((byId.get('eng_event') as any).findings.edges.map((e: any) => e.node)).toContainEqual({
      theme: 'COMMUNICATION',
      text: 'LXP project needs to be communicated throughout the Trust.',
    });
  });

  it('refuses a group counted twice, naming input.participantCounts', async () => {
    const error = onlyError(
      await lead().query(RECORD_ACTIVITY, {
        input: {
          kind: 'FOCUS_GROUP',
          title: 'x',
          heldOn: '2019-05-01',
          participantCounts: [
            { group: 'MIXED', count: 2 },
            { group: 'MIXED', count: 3 },
          ],
        },
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.participantCounts' });
  });

  it('are recorded by the Lead LXP only', async () => {
    const error = onlyError(
      await as('HR').query(RECORD_ACTIVITY, { input: { kind: 'FOCUS_GROUP', title: 'x', heldOn: '2019-05-01', participantCounts: [] } }),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('findings', () => {
  it('are refused when they name a participant the activity holds, even by first name', async () => {
    const id = await activity();
    await consent(id, 'Harriet Quinlan');
    const full = onlyError(
      await lead().query(FINDING, { input: { activityId: id, theme: 'TRAINING', text: 'Harriet Quinlan said training was too short.' } }),
    );
    expect(full.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text', reason: 'NAMES_PARTICIPANT' });
    const first = onlyError(
      await lead().query(FINDING, { input: { activityId: id, theme: 'TRAINING', text: 'As harriet put it, training was too short.' } }),
    );
    expect(first.extensions?.reason).toBe('NAMES_PARTICIPANT');
    expect(await findingsOf(id)).toEqual([]);
  });

  it('are recorded anonymised and tagged to a theme', async () => {
    const id = await activity();
    const c = await consent(id, 'Harriet Quinlan');
    await finding(id, 'Training was too short.', [c]);
    expect(await findingsOf(id)).toEqual(['Training was too short.']);
  });

  it('refuse a contributor whose consent is withdrawn with NOT_ELIGIBLE (CONSENT_NOT_GIVEN)', async () => {
    const id = await activity();
    const c = await consent(id, 'Ola Brennan');
    expectNoErrors(await lead().query(WITHDRAW, { input: { consentId: c, withdrawnOn: '2019-05-02' } }));
    const error = onlyError(
      await lead().query(FINDING, { input: { activityId: id, theme: 'TRAINING', text: 'Shorter sessions.', contributorConsentIds: [c] } }),
    );
    expect(error.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'CONSENT_NOT_GIVEN' });
  });

  it('refuse a contributor from another activity, naming input.contributorConsentIds', async () => {
    const other = await consent(await activity(), 'Ola Brennan');
    const error = onlyError(
      await lead().query(FINDING, {
        input: { activityId: await activity(), theme: 'TRAINING', text: 'x', contributorConsentIds: [other] },
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contributorConsentIds' });
  });
});

describe('consent', () => {
  it('withdrawn removes the participant’s contributions: their own findings go, shared ones stay without them', async () => {
    const id = await activity();
    const a = await consent(id, 'Aoife Marsh');
    const b = await consent(id, 'Benedict Yeo');
    await finding(id, 'Mentors should meet trainees weekly.', [a]);
    await finding(id, 'Portfolios need clearer guidance.', [a, b]);
    await finding(id, 'Shadowing helped most.', [b]);
    const res = await lead().query(WITHDRAW, { input: { consentId: a, withdrawnOn: '2019-06-01' } });
    expectNoErrors(res);
    expect(res.data.withdrawConsent).toEqual({
      consent: { status: 'WITHDRAWN', withdrawnOn: '2019-06-01' },
      findingsAffected: 2,
      findingsRemoved: 1,
    });
    expect(await findingsOf(id)).toEqual(['Portfolios need clearer guidance.', 'Shadowing helped most.']);
    // B withdrawing afterwards leaves nothing of either.
    await lead().query(WITHDRAW, { input: { consentId: b, withdrawnOn: '2019-06-02' } });
    expect(await findingsOf(id)).toEqual([]);
  });

  it('can be withdrawn by the participant themselves, once', async () => {
    const person = await newPerson(['SERVICE_USER'], 'Cormac Ferreira');
    const c = await consent(await activity(), 'Cormac Ferreira', person.id);
    expectNoErrors(await person.query(WITHDRAW, { input: { consentId: c, withdrawnOn: '2019-06-01' } }));
    const again = onlyError(await person.query(WITHDRAW, { input: { consentId: c, withdrawnOn: '2019-06-01' } }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_WITHDRAWN' });
  });

  it('cannot be withdrawn by another service user', async () => {
    const person = await newPerson(['SERVICE_USER']);
    const c = await consent(await activity(), 'Dara Kemp', person.id);
    const error = onlyError(await as('SERVICE_USER').query(WITHDRAW, { input: { consentId: c, withdrawnOn: '2019-06-01' } }));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('records are shown to the Lead LXP in full and to a participant only their own', async () => {
    const person = await newPerson(['SERVICE_USER'], 'Esme Rourke');
    const id = await activity();
    await consent(id, 'Esme Rourke', person.id);
    await consent(id, 'Fintan Doyle');
    const consents = async (who: ReturnType<typeof as>) => (await who.query(CONSENTS, { id })).data.engagementActivity.consents;
    expect((await consents(person)).edges.map((e: any) => e.node.participantName)).toEqual(['Esme Rourke']);
    expect((await consents(lead())).totalCount).toBe(2);
    expect((await consents(as('CLINICIAN'))).totalCount).toBe(0);
  });

  it('is given before taking part: a later date is refused, naming input.givenOn', async () => {
    const error = onlyError(
      await lead().query(CONSENT, { input: { activityId: await activity(), participantName: 'Gus Hale', givenOn: '2019-05-02' } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.givenOn' });
  });

  it('is recorded once per known person per activity: CONFLICT (CONSENT_ALREADY_RECORDED)', async () => {
    const person = await newPerson(['SERVICE_USER']);
    const id = await activity();
    await consent(id, 'Hana Iqbal', person.id);
    const error = onlyError(
      await lead().query(CONSENT, { input: { activityId: id, participantName: 'Hana Iqbal', personId: person.id, givenOn: '2019-05-01' } }),
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_ALREADY_RECORDED' });
  });
});
