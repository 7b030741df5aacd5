import { describe, expect, it } from 'vitest';
import { as, expectNoErrors, newPerson, onlyError } from '../support/api';
import { ASSIGN, enrolled, enrolOn, entry, newMentor, RECORD_MENTOR, storedRecord, withMentor } from '../support/training';

const MEETING = `mutation($input: RecordMentoringMeetingInput!) { recordMentoringMeeting(input: $input) { meeting { id date durationMinutes notes mentor { id } } } }`;
const MEETINGS = `query($id: ID!) { enrolment(id: $id) { mentoringMeetingCount mentoringMeetings { totalCount edges { node { date notes } } } } }`;
const meet = (enrolmentId: string, date: string, notes = 'Talked about the first weeks.') => ({
  input: { enrolmentId, date, durationMinutes: 60, notes },
});

describe('assigning mentors', () => {
  it('gives the mentor access to the trainee with the assignment, and takes it away when it ends', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    const SEE = `query($id: ID!) { enrolment(id: $id) { trainee { id } mentor { id mentorProfile { background prepared } } } }`;
    const seen = await mentor.query(SEE, { id: e.enrolmentId });
    expect(seen.data.enrolment).toEqual({
      trainee: { id: e.trainee.id },
      mentor: { id: mentor.id, mentorProfile: { background: 'CLINICAL', prepared: true } },
    });
    expect(await storedRecord(`Rel#MENTOR#${e.trainee.id}`, mentor.id)).toMatchObject({ relation: 'MENTOR', anchor: e.trainee.id });
    const end = await e.facilitators[0].query(
      `mutation($id: ID!) { endMentorAssignment(input: { enrolmentId: $id }) { enrolment { mentor { id } } } }`,
      {
        id: e.enrolmentId,
      },
    );
    expect(end.data.endMentorAssignment.enrolment.mentor).toBeNull();
    expect(await storedRecord(`Rel#MENTOR#${e.trainee.id}`, mentor.id)).toEqual({});
    const after = await mentor.query(SEE, { id: e.enrolmentId });
    expect(after.data.enrolment.trainee).toBeNull();
  });

  it('allows one mentor per trainee: a second is refused with CONFLICT / ALREADY_HAS_MENTOR', async () => {
    const e = await enrolled();
    await withMentor(e);
    const other = await newMentor();
    const res = await e.facilitators[0].query(ASSIGN, { input: { enrolmentId: e.enrolmentId, mentorId: other.id } });
    expect(onlyError(res).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_HAS_MENTOR' });
  });

  it('assigns only a prepared mentor: NOT_ELIGIBLE / MENTOR_NOT_PREPARED otherwise', async () => {
    const e = await enrolled();
    const unprepared = await newMentor('SUPPORT', false);
    const res = await e.facilitators[0].query(ASSIGN, { input: { enrolmentId: e.enrolmentId, mentorId: unprepared.id } });
    expect(onlyError(res).extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'MENTOR_NOT_PREPARED' });
  });

  it('counts a mentor of two trainees once on the cohort, by background', async () => {
    const e = await enrolled();
    const second = await enrolOn(e.cohortId, await newPerson(['SERVICE_USER']));
    const mentor = await newMentor('MANAGEMENT');
    await withMentor(e, mentor);
    expectNoErrors(await e.facilitators[1].query(ASSIGN, { input: { enrolmentId: second.enrolmentId, mentorId: mentor.id } }));
    expect((await storedRecord('Cohort', e.cohortId)).mentorCounts).toEqual({ CLINICAL: 0, MANAGEMENT: 1, SUPPORT: 0 });
  });

  it('is refused to a service user, to an unrelated clinician, and to the Lead LXP on her own enrolment', async () => {
    const e = await enrolled();
    const mentor = await newMentor();
    for (const who of [e.trainee, await newPerson(['CLINICIAN'])]) {
      const res = await who.query(ASSIGN, { input: { enrolmentId: e.enrolmentId, mentorId: mentor.id } });
      expect(onlyError(res)).toMatchObject({ path: ['assignMentor'], extensions: { code: 'FORBIDDEN' } });
    }
    const own = await as('LEAD_LXP').query(ASSIGN, { input: { enrolmentId: 'enr_c1_01', mentorId: mentor.id } });
    expect(onlyError(own).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_ENROLMENT' });
  });

  it('registers mentors as the Lead LXP only, and only staff', async () => {
    const staff = await newPerson(['CLINICIAN']);
    const input = { personId: staff.id, background: 'SUPPORT' };
    expect(onlyError(await as('per_facilitator').query(RECORD_MENTOR, { input })).extensions?.code).toBe('FORBIDDEN');
    const su = await newPerson(['SERVICE_USER']);
    expect(onlyError(await as('LEAD_LXP').query(RECORD_MENTOR, { input: { ...input, personId: su.id } })).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NOT_STAFF',
    });
  });
});

describe('mentoring meetings', () => {
  it('are recorded by the mentor or the trainee; the notes are theirs, facilitators see only that they happened', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    expectNoErrors(await mentor.query(MEETING, meet(e.enrolmentId, '2030-01-14')));
    expectNoErrors(await e.trainee.query(MEETING, meet(e.enrolmentId, '2030-02-04', 'Planned shadowing.')));
    for (const who of [mentor, e.trainee]) {
      const res = await who.query(MEETINGS, { id: e.enrolmentId });
      expect(res.data.enrolment.mentoringMeetings.edges.map((x: any) => x.node.notes)).toEqual([
        'Talked about the first weeks.',
        'Planned shadowing.',
      ]);
    }
    const fac = await e.facilitators[0].query(MEETINGS, { id: e.enrolmentId });
    expect(fac.data.enrolment.mentoringMeetingCount).toBe(2);
    expect(fac.data.enrolment.mentoringMeetings.edges.map((x: any) => x.node)).toEqual([
      { date: '2030-01-14', notes: null },
      { date: '2030-02-04', notes: null },
    ]);
    expect(fac.errors?.every((x) => x.extensions?.code === 'FORBIDDEN' && x.extensions?.field === 'MentoringMeeting.notes')).toBe(true);
  });

  it('are not visible at all to a clinician unrelated to the trainee', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    await mentor.query(MEETING, meet(e.enrolmentId, '2030-01-14'));
    const res = await (await newPerson(['CLINICIAN'])).query(MEETINGS, { id: e.enrolmentId });
    expect(res.data.enrolment).toEqual({ mentoringMeetingCount: null, mentoringMeetings: null });
  });

  it('need a mentor: NOT_ELIGIBLE / NO_MENTOR otherwise', async () => {
    const e = await enrolled();
    expect(onlyError(await e.trainee.query(MEETING, meet(e.enrolmentId, '2030-01-14'))).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NO_MENTOR',
    });
  });

  it("put a trainee below three meetings within the cohort's twelve weeks on the cohort's shortfall list until the third", async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    const SHORT = `query($id: ID!) { cohort(id: $id) { mentoringShortfall { meetings enrolment { id } } } }`;
    await mentor.query(MEETING, meet(e.enrolmentId, '2030-01-14'));
    await mentor.query(MEETING, meet(e.enrolmentId, '2030-02-04'));
    await mentor.query(MEETING, meet(e.enrolmentId, '2030-06-01')); // after the twelve weeks: does not count
    expect((await e.facilitators[0].query(SHORT, { id: e.cohortId })).data.cohort.mentoringShortfall).toEqual([
      { meetings: 2, enrolment: { id: e.enrolmentId } },
    ]);
    await mentor.query(MEETING, meet(e.enrolmentId, '2030-03-04'));
    expect((await e.facilitators[0].query(SHORT, { id: e.cohortId })).data.cohort.mentoringShortfall).toEqual([]);
    expect(onlyError(await (await newPerson(['CLINICIAN'])).query(SHORT, { id: e.cohortId })).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('shadowing', () => {
  it('is recorded by the mentor and seen by the trainee; refused to an unrelated clinician', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    const SHADOW = `mutation($input: RecordShadowingInput!) { recordShadowing(input: $input) { shadowing { service hours } } }`;
    const input = { enrolmentId: e.enrolmentId, date: '2030-02-20', service: 'Home treatment team', hours: 6 };
    expect((await mentor.query(SHADOW, { input })).data.recordShadowing.shadowing).toEqual({ service: 'Home treatment team', hours: 6 });
    const seen = await e.trainee.query(`query($id: ID!) { enrolment(id: $id) { shadowing { edges { node { service } } } } }`, {
      id: e.enrolmentId,
    });
    expect(seen.data.enrolment.shadowing.edges).toEqual([{ node: { service: 'Home treatment team' } }]);
    expect(onlyError(await (await newPerson(['CLINICIAN'])).query(SHADOW, { input })).extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a mentor read only the entries shared with them, in the seeded data too', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    await entry(e, 'FINAL', { shared: true, title: 'Shared' });
    const res = await mentor.query(`query($id: ID!) { enrolment(id: $id) { portfolio { entries { edges { node { title } } } } } }`, {
      id: e.enrolmentId,
    });
    expect(res.data.enrolment.portfolio.entries.edges).toEqual([{ node: { title: 'Shared' } }]);
  });
});
