import { describe, expect, it } from 'vitest';
import { as, newPerson, onlyError } from '../support/api';
import { PAST, TODAY, employedLxp } from '../support/programme';

const EMPLOYMENT = `query($id: ID!) { employment(id: $id) { id status startDate ftePercent workplaceAdjustments supervisor { id } leavingReason leftOn } }`;
const ASSIGN = `mutation($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { employment { id supervisor { id } } } }`;
const ADJUST = `mutation($input: SetWorkplaceAdjustmentsInput!) { setWorkplaceAdjustments(input: $input) { employment { id version } } }`;
const LEAVE = `mutation($input: RecordLeavingInput!) { recordLeaving(input: $input) { employment { id status } } }`;
const SUPERVISE = `mutation($input: RecordSupervisionInput!) { recordSupervision(input: $input) { record { id heldOn notes supervisor { id } } } }`;
const RECORDS = `query($id: ID!) { employment(id: $id) { lastSupervisionOn supervisionRecords { totalCount edges { node { heldOn notes } } } } }`;
const OVERDUE = `query($days: Int) { overdueSupervision(intervalDays: $days, first: 100) { edges { node { id lxp { id } } } } }`;
const overdueIds = async (who: ReturnType<typeof as>, days?: number) =>
  ((await who.query(OVERDUE, { days })).data.overdueSupervision.edges as any[]).map((e) => e.node.id);

describe('employment', () => {
  it('shows workplace adjustments to HR and the LXP, not to the supervisor', async () => {
    const { lxp, supervisor, employmentId } = await employedLxp();
    await as('HR').query(ADJUST, { input: { employmentId, adjustments: ['Later shift starts'] } });
    for (const who of [as('HR'), lxp]) {
      expect((await who.query(EMPLOYMENT, { id: employmentId })).data.employment.workplaceAdjustments).toEqual(['Later shift starts']);
    }
    const res = await supervisor.query(EMPLOYMENT, { id: employmentId });
    expect(res.data.employment.workplaceAdjustments).toBeNull();
    expect(res.errors!.map((e) => e.path!.join('.')).sort()).toEqual(['employment.leavingReason', 'employment.workplaceAdjustments']);
  });

  it('refuses the employment to an unrelated clinician and to another service user', async () => {
    const { employmentId } = await employedLxp();
    for (const who of [await newPerson(['CLINICIAN']), await newPerson(['SERVICE_USER'])]) {
      const res = await who.query(EMPLOYMENT, { id: employmentId });
      expect(res.data.employment).toBeNull();
      expect(onlyError(res).extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('lists every employment to HR, and to a supervisor only the LXPs they supervise', async () => {
    const { supervisor, employmentId } = await employedLxp();
    const list = `query { employments(first: 100) { totalCount edges { node { id } } } }`;
    expect((await supervisor.query(list)).data.employments).toEqual({ totalCount: 1, edges: [{ node: { id: employmentId } }] });
    const all = (await as('HR').query(list)).data.employments;
    expect(all.totalCount).toBeGreaterThanOrEqual(8);
    expect((await (await newPerson(['CLINICIAN'])).query(list)).data.employments.totalCount).toBe(0);
  });

  it('moves the SUPERVISOR relation with a change of supervisor, in one transaction', async () => {
    const { supervisor, employmentId } = await employedLxp();
    const next = await newPerson(['CLINICIAN']);
    const res = await as('HR').query(ASSIGN, { input: { employmentId, supervisorId: next.id } });
    expect(res.data.assignSupervisor.employment.supervisor).toEqual({ id: next.id });
    expect((await next.query(EMPLOYMENT, { id: employmentId })).data.employment.supervisor).toEqual({ id: next.id });
    expect(onlyError(await supervisor.query(EMPLOYMENT, { id: employmentId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a supervisor who is not a clinician or the Lead LXP with BAD_USER_INPUT naming input.supervisorId', async () => {
    const { employmentId } = await employedLxp();
    const error = onlyError(await as('HR').query(ASSIGN, { input: { employmentId, supervisorId: 'per_hr' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.supervisorId' });
  });

  it('records leaving with a coded reason, once; the LXP leaves the overdue list and the supervisor loses access', async () => {
    const { employmentId, supervisor } = await employedLxp();
    const res = await as('HR').query(LEAVE, { input: { employmentId, leftOn: TODAY(), reason: 'OTHER_EMPLOYMENT' } });
    expect(res.data.recordLeaving.employment.status).toBe('LEFT');
    const seen = await as('HR').query(EMPLOYMENT, { id: employmentId });
    expect(seen.data.employment).toMatchObject({ status: 'LEFT', leavingReason: 'OTHER_EMPLOYMENT', leftOn: TODAY() });
    expect(onlyError(await as('HR').query(LEAVE, { input: { employmentId, leftOn: TODAY(), reason: 'OTHER' } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_LEFT',
    });
    expect(await overdueIds(as('HR'), 1)).not.toContain(employmentId);
    expect(onlyError(await supervisor.query(EMPLOYMENT, { id: employmentId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses employment changes to anyone but HR with FORBIDDEN', async () => {
    const { employmentId, supervisor, lxp } = await employedLxp();
    for (const who of [supervisor, lxp, as('LEAD_LXP')]) {
      expect(onlyError(await who.query(LEAVE, { input: { employmentId, leftOn: TODAY(), reason: 'PERSONAL' } })).extensions).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});

describe('supervision', () => {
  it('lets the supervisor record a session; the LXP and supervisor read the notes, HR sees only that it happened', async () => {
    const { lxp, supervisor, employmentId } = await employedLxp();
    const res = await supervisor.query(SUPERVISE, { input: { lxpId: lxp.id, heldOn: TODAY(), notes: 'Talked through boundaries' } });
    expect(res.errors).toBeUndefined();
    for (const who of [lxp, supervisor]) {
      const seen = await who.query(RECORDS, { id: employmentId });
      expect(seen.data.employment.supervisionRecords.edges).toEqual([{ node: { heldOn: TODAY(), notes: 'Talked through boundaries' } }]);
    }
    const hr = await as('HR').query(RECORDS, { id: employmentId });
    expect(hr.data.employment.lastSupervisionOn).toBe(TODAY());
    expect(hr.data.employment.supervisionRecords.edges[0].node).toEqual({ heldOn: TODAY(), notes: null });
    expect(onlyError(hr).path).toEqual(['employment', 'supervisionRecords', 'edges', 0, 'node', 'notes']);
  });

  it('refuses anyone who does not supervise the LXP with FORBIDDEN, HR included', async () => {
    const { lxp } = await employedLxp();
    for (const who of [await newPerson(['CLINICIAN']), as('HR'), lxp]) {
      expect(onlyError(await who.query(SUPERVISE, { input: { lxpId: lxp.id, heldOn: TODAY(), notes: 'x' } })).extensions).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('keeps lastSupervisionOn at the latest session when an earlier one is recorded later', async () => {
    const { lxp, supervisor, employmentId } = await employedLxp();
    await supervisor.query(SUPERVISE, { input: { lxpId: lxp.id, heldOn: TODAY(), notes: 'Latest' } });
    await supervisor.query(SUPERVISE, { input: { lxpId: lxp.id, heldOn: PAST(3), notes: 'Written up late' } });
    const seen = await supervisor.query(RECORDS, { id: employmentId });
    expect(seen.data.employment.lastSupervisionOn).toBe(TODAY());
    expect(seen.data.employment.supervisionRecords.totalCount).toBe(2);
  });

  it('lists the LXPs whose supervision is overdue against the interval asked for, or the configured 28 days', async () => {
    // Seeded (functions/local/paperEmployment.ts): four LXPs last supervised in 2018, one forty days ago, three a week ago.
    const at28 = await overdueIds(as('HR'));
    expect(at28).toEqual(expect.arrayContaining(['emp_table3_1', 'emp_table3_3', 'emp_table3_5', 'emp_table3_7']));
    expect(at28).not.toContain('emp_table3_2');
    const at60 = await overdueIds(as('HR'), 60);
    expect(at60).toContain('emp_table3_7');
    expect(at60).not.toContain('emp_table3_5');
    expect(at28.indexOf('emp_table3_1')).toBeLessThan(at28.indexOf('emp_table3_5'));
  });

  it("shows a supervisor only their own LXPs' overdue supervision, and an unrelated clinician none", async () => {
    // per_mentor_03 supervises per_trainee_04 (a week ago) and per_trainee_05 (forty days ago).
    expect(await overdueIds(as('per_mentor_03'))).toEqual(['emp_table3_5']);
    expect(await overdueIds(await newPerson(['CLINICIAN']))).toEqual([]);
    expect(onlyError(await as('SERVICE_USER').query(OVERDUE, {})).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an interval outside 1 to 365 days with BAD_USER_INPUT naming intervalDays', async () => {
    expect(onlyError(await as('HR').query(OVERDUE, { days: 0 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'intervalDays',
    });
  });
});
