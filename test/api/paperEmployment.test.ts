import { describe, expect, it } from 'vitest';
import { as } from '../support/api';
import { readCohortEmployedCount } from '../support/programme';

const TABLE_3 = `query { employments(first: 100) { edges { node { id status ftePercent startDate lxp { id } supervisor { id }
  post { role band area ftePercent status } } } } }`;

describe("the paper's Table 3 (Stirrup et al. 2021): seven LXPs in post", () => {
  it('seeds the seven employments by role, area and FTE, all still in post', async () => {
    const edges = (await as('HR').query(TABLE_3)).data.employments.edges.map((e: any) => e.node);
    const seeded = edges.filter((e: any) => e?.id?.startsWith('emp_table3_'));
    expect(seeded.map((e: any) => [e.post.role, e.post.band, e.post.area, e.ftePercent]).sort()).toEqual(
      [
        ['LEAD_LXP', 5, 'ADULT_MENTAL_HEALTH', 100],
        ['LXP_HCA', 3, 'ADULT_COMMUNITY', 40],
        ['LXP_HCA', 3, 'ADULT_COMMUNITY', 70],
        ['LXP_HCA', 3, 'ADULT_MENTAL_HEALTH', 80],
        ['LXP_HCA', 3, 'ADULT_MENTAL_HEALTH', 80],
        ['LXP_HCA', 3, 'DAY_TREATMENT', 50],
        ['LXP_HCA', 3, 'HOME_TREATMENT', 100],
      ].sort(),
    );
    expect(seeded.every((e: any) => e.status === 'ACTIVE' && e.post.status === 'FILLED' && e.supervisor)).toBe(true);
    expect(seeded.find((e: any) => e.post.role === 'LEAD_LXP').lxp.id).toBe('per_lead_lxp');
  });

  it('employs only people whose enrolment was COMPLETED, and counts them on their cohorts (5 from cohort 1, 2 from cohort 2)', async () => {
    const edges = (await as('HR').query(TABLE_3)).data.employments.edges
      .map((e: any) => e.node)
      .filter((e: any) => e?.id?.startsWith('emp_table3_'));
    for (const e of edges) {
      const res = await as('HR').query(`query($id: ID!) { person(id: $id) { enrolments { edges { node { status } } } } }`, {
        id: e.lxp.id,
      });
      expect(res.data.person.enrolments.edges.map((x: any) => x.node.status)).toContain('COMPLETED');
    }
    expect(await readCohortEmployedCount('coh_1')).toBeGreaterThanOrEqual(5);
    expect(await readCohortEmployedCount('coh_2')).toBeGreaterThanOrEqual(2);
  });

  it('seeds the recruitment day with two panels and an applicant whose later start was respected', async () => {
    const res = await as('HR').query(`{ recruitmentDay(id: "rdy_2018") { laterStartFrom panels { name members { id }
      interviews { startTime application { applicant { id } interviewAdjustments { kind } } } } } }`);
    const day = res.data.recruitmentDay;
    expect(day.panels).toHaveLength(2);
    const adjusted = day.panels.flatMap((p: any) => p.interviews).find((i: any) => i.application.applicant.id === 'per_trainee_03');
    expect(adjusted.application.interviewAdjustments.map((a: any) => a.kind)).toEqual(['HARD_COPY_PACK', 'LATER_INTERVIEW_START']);
    expect(adjusted.startTime >= day.laterStartFrom).toBe(true);
  });

  it('has one post advertised now, closing in the future, that a passed trainee can apply for', async () => {
    const post = (await as('SERVICE_USER').query(`{ post(id: "pst_open") { status closingDate } }`)).data.post;
    expect(post.status).toBe('ADVERTISED');
    expect(post.closingDate > new Date().toISOString().slice(0, 10)).toBe(true);
  });

  it('seeds CDP sessions led by the Lead LXP, with attendance', async () => {
    const res = await as('LEAD_LXP').query(
      `{ cdpSessions(first: 100) { edges { node { id leader { id } attendedCount signedUpCount } } } }`,
    );
    const seeded = res.data.cdpSessions.edges
      .map((e: any) => e.node)
      .filter((s: any) => ['cdp_2019_01', 'cdp_2019_04', 'cdp_upcoming'].includes(s.id));
    expect(seeded).toHaveLength(3);
    expect(seeded.every((s: any) => s.leader.id === 'per_lead_lxp')).toBe(true);
    expect(seeded.find((s: any) => s.id === 'cdp_2019_01').attendedCount).toBe(5);
  });
});
