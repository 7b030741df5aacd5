import { describe, expect, it } from 'vitest';
import { seedPaperData } from '../../functions/local/seed';
import { as } from '../support/api';

const tally = (values: string[]) => values.reduce<Record<string, number>>((t, v) => ({ ...t, [v]: (t[v] ?? 0) + 1 }), {});

async function cohort(id: string) {
  const res = await as('LEAD_LXP').query(
    `query($id: ID!) { cohort(id: $id) {
      applications(first: 100) { edges { node { status declineReason deferredFrom { cohort { number } } } } }
      enrolments(first: 100) { edges { node { status nonCompletionReason } } }
    } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  const apps = res.data.cohort.applications.edges.map((e: any) => e.node);
  const enrolments = res.data.cohort.enrolments.edges.map((e: any) => e.node);
  return { apps, enrolments };
}

describe("the paper's data (Stirrup et al. 2021, Table 2 and Phase 3)", () => {
  it('seeds idempotently: a second run writes nothing', async () => {
    expect((await seedPaperData()).written).toBe(0);
  });

  it('cohort 1: 18 applications, 12 on the programme, 6 completions; 2 deferred to cohort 2', async () => {
    const { apps, enrolments } = await cohort('coh_1');
    expect(apps).toHaveLength(18);
    expect(tally(apps.map((a: any) => a.status))).toEqual({ OFFERED: 12, DEFERRED: 2, DECLINED: 4 });
    expect(tally(enrolments.map((e: any) => e.status))).toEqual({ COMPLETED: 6, REFERRED: 3, WITHDRAWN: 3 });
  });

  it('cohort 2: 20 applications (2 deferred from cohort 1), 16 on the programme, 4 completions', async () => {
    const { apps, enrolments } = await cohort('coh_2');
    expect(apps).toHaveLength(20);
    expect(apps.filter((a: any) => a.deferredFrom?.cohort.number === 1)).toHaveLength(2);
    expect(tally(apps.map((a: any) => a.status))).toEqual({ OFFERED: 16, DECLINED: 4 });
    expect(tally(enrolments.map((e: any) => e.status))).toEqual({ COMPLETED: 4, REFERRED: 7, WITHDRAWN: 5 });
  });

  it('non-completion: 10 portfolio, 8 left the programme, of whom 2 for health or personal reasons', async () => {
    const reasons = [...(await cohort('coh_1')).enrolments, ...(await cohort('coh_2')).enrolments]
      .map((e: any) => e.nonCompletionReason)
      .filter(Boolean);
    const t = tally(reasons);
    expect((t.PORTFOLIO_NOT_SUBMITTED ?? 0) + (t.PORTFOLIO_INCOMPLETE ?? 0)).toBe(10);
    expect(reasons.length - 10).toBe(8);
    expect((t.HEALTH ?? 0) + (t.PERSONAL ?? 0)).toBe(2);
  });
});
