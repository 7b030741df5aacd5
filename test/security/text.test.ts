import { describe, expect, it } from 'vitest';
import { as, newCohort, newPerson, onlyError } from '../support/api';
import { count } from '../support/securityCounts';

const APPLY = `mutation($input: ApplyToCohortInput!) { applyToCohort(input: $input) { application { id statement } } }`;
const MINE = `{ me { trainingApplications { totalCount } } }`;

describe('free text is clean', () => {
  it.each([
    ['an unpaired surrogate', 'My story \ud800 continues', /not valid Unicode/],
    ['a NUL character', 'My story\u0000', /control character/],
    ['an escape sequence', 'My story \u001b[31m in red', /control character/],
    ['a C1 control (NEL)', 'My story\u0085', /control character/],
    ['a right-to-left override (Trojan Source)', 'I consent \u202Eton od I', /bidirectional/],
    ['a directional isolate', 'My story \u2066hidden\u2069', /bidirectional/],
    ['a noncharacter', 'My story \uFFFF', /noncharacter/],
  ])('refuses a statement holding %s with BAD_USER_INPUT naming the field, writing nothing', async (_, statement, message) => {
    const applicant = await newPerson(['SERVICE_USER']);
    const cohort = await newCohort();
    count('attackQueries');
    const res = await applicant.query(APPLY, { input: { cohortId: cohort.id, statement } });
    expect(res.data).toEqual({ applyToCohort: null });
    expect(onlyError(res)).toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.statement' },
    });
    expect((await applicant.query(MINE)).data.me.trainingApplications.totalCount).toBe(0);
  });

  it('stores text normalised to NFC, with line breaks kept and its ends trimmed', async () => {
    const applicant = await newPerson(['SERVICE_USER']);
    const cohort = await newCohort();
    const res = await applicant.query(APPLY, { input: { cohortId: cohort.id, statement: '  Cafe\u0301 groups\r\nhelped me.\t ' } });
    expect(res.data.applyToCohort.application.statement).toBe('Caf\u00e9 groups\nhelped me.');
  });

  it('counts length in characters, not UTF-16 units: 5,000 emoji fit, 5,001 do not', async () => {
    const applicant = await newPerson(['SERVICE_USER']);
    const [first, second] = [await newCohort(), await newCohort()];
    const ok = await applicant.query(APPLY, { input: { cohortId: first.id, statement: '\u{1F331}'.repeat(5000) } });
    expect(ok.errors).toBeUndefined();
    const long = await applicant.query(APPLY, { input: { cohortId: second.id, statement: '\u{1F331}'.repeat(5001) } });
    expect(onlyError(long).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.statement' });
  });

  it('checks every string argument, ids included, before any lookup', async () => {
    count('attackQueries', 2);
    const res = await as('LEAD_LXP').query(`query($id: ID!) { cohort(id: $id) { id } }`, { id: 'coh_1\u202E' });
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(res.extensions?.dynamodb?.byCommand.QueryCommand ?? 0).toBe(0);
    const nested = await as('LEAD_LXP').query(`query($after: String) { cohorts(after: $after) { totalCount } }`, { after: '\ud83d' });
    expect(onlyError(nested).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
