import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

// Production mode is read when the handler loads: set it first, then load the harness.
process.env.API_MODE = 'production';
delete process.env.TRUSTED_DOCUMENTS;
let api: typeof import('../support/api');

const persisted = JSON.parse(readFileSync('examples/typed/persisted-documents.json', 'utf8')) as Record<string, string>;
const idOf = (operation: string) => Object.entries(persisted).find(([, text]) => text.startsWith(operation))![0];

async function post(who: 'LEAD_LXP' | 'HR', body: Record<string, unknown>) {
  const { PERSONAS, PEOPLE } = await import('../../functions/local/paperData');
  const token = await api.tokenFor(PERSONAS[who], PEOPLE.find((p) => p.id === PERSONAS[who])!.roles);
  return api.send({ headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
}

beforeAll(async () => {
  api = await import('../support/api');
});

describe('trusted documents in production mode', () => {
  it('runs a registered operation sent by its documentId, as the typed client sends it', async () => {
    const res = await post('LEAD_LXP', { documentId: idOf('query Cohorts'), operationName: 'Cohorts' });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const paper = res.data.cohorts.edges.filter((e: any) => e.node.number <= 2);
    expect(paper.map((e: any) => e.node.applications.totalCount)).toEqual([18, 20]);
  });

  it('runs a registered operation sent by the persisted-query extension, with variables', async () => {
    const hash = idOf('query People').replace('sha256:', '');
    const res = await post('HR', {
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      variables: { role: 'HR' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.people.edges.map((e: any) => e.node.displayName)).toContain('Pat Okoro (HR)');
    expect(res.data.people.edges.every((e: any) => e.node.roles.includes('HR'))).toBe(true);
  });

  it('refuses an operation sent as text, with DOCUMENT_NOT_TRUSTED, running nothing', async () => {
    const res = await post('LEAD_LXP', { query: '{ cohorts { totalCount } }' });
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('DOCUMENT_NOT_TRUSTED');
  });

  it('refuses an id nobody registered, even with the text it is the hash of, as DOCUMENT_NOT_TRUSTED', async () => {
    const query = '{ cohorts { totalCount } }';
    const documentId = `sha256:${createHash('sha256').update(query).digest('hex')}`;
    const res = await post('LEAD_LXP', { documentId, query });
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'DOCUMENT_NOT_TRUSTED', documentId });
  });

  it('refuses a registered id sent with some other text as PERSISTED_QUERY_MISMATCH, running neither', async () => {
    const documentId = idOf('query Cohorts');
    const res = await post('LEAD_LXP', { documentId, query: '{ me { id } }' });
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'PERSISTED_QUERY_MISMATCH', documentId });
  });

  it('still applies the authorisation rules to a registered document', async () => {
    const res = await post('HR', { documentId: idOf('query CohortApplications'), variables: { cohortId: 'coh_1' } });
    expect(res.data.cohort.applications).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
