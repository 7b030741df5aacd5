import { describe, expect, it } from 'vitest';
import { as, newPerson, onlyError } from '../support/api';

const PEOPLE = `query($role: Role, $first: Int, $after: String) { people(role: $role, first: $first, after: $after) { totalCount edges { node { id displayName } } pageInfo { hasNextPage endCursor } } }`;

async function everyone(who: ReturnType<typeof as>, role?: string) {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await who.query(PEOPLE, { role, first: 50, after });
    expect(res.errors).toBeUndefined();
    ids.push(...res.data.people.edges.map((e: any) => e.node.id));
    if (!res.data.people.pageInfo.hasNextPage) return ids;
    after = res.data.people.pageInfo.endCursor;
  }
}

describe('the directory', () => {
  it('shows clinicians only people who hold a staff role', async () => {
    const ids = await everyone(as('CLINICIAN'));
    expect(ids).toContain('per_hr');
    expect(ids).toContain('per_lead_lxp');
    expect(ids).not.toContain('per_trainee_20');
  });

  it('shows HR and the Lead LXP everyone, in name order', async () => {
    const ids = await everyone(as('HR'));
    expect(ids).toContain('per_trainee_20');
    expect(ids).toContain('per_facilitator');
    const res = await as('HR').query(PEOPLE, { first: 100 });
    const names = res.data.people.edges.map((e: any) => e.node.displayName.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('filters by role', async () => {
    const hr = await newPerson(['HR']);
    expect(await everyone(as('LEAD_LXP'), 'HR')).toEqual(expect.arrayContaining(['per_hr', hr.id]));
    expect(await everyone(as('LEAD_LXP'), 'LEAD_LXP')).toContain('per_lead_lxp');
  });

  it('refuses a clinician listing service users with FORBIDDEN', async () => {
    const error = onlyError(await as('CLINICIAN').query(PEOPLE, { role: 'SERVICE_USER' }));
    expect(error).toMatchObject({ path: ['people'], extensions: { code: 'FORBIDDEN' } });
  });

  it('is not for service users', async () => {
    expect(onlyError(await as('SERVICE_USER').query(PEOPLE, {})).extensions?.code).toBe('FORBIDDEN');
  });

  it("shows a person's roles to HR but not to a clinician", async () => {
    expect((await as('HR').query(`{ person(id: "per_trainee_20") { roles } }`)).data.person.roles).toEqual(['SERVICE_USER']);
    const res = await as('CLINICIAN').query(`{ person(id: "per_trainee_20") { displayName roles } }`);
    expect(res.data.person).toEqual({ displayName: 'Tariq Hussain', roles: null });
    expect(onlyError(res).path).toEqual(['person', 'roles']);
  });
});
