import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, signToken } from '../../functions/local/devIssuer';
import { PERSONAS } from '../../functions/local/paperData';
import { bundleFunction } from '../../infra/constructs/bundleOptions';
import { TRUSTED_DOCUMENTS_MANIFEST } from '../../infra/constructs/graphqlFunction';
import { invokeBundle } from '../support/bundle';

/**
 * The deployed function's code (built exactly as the stack builds it; test/infra/stack.test.ts checks the
 * two are identical) against this run's development issuer and DynamoDB Local, standing in for Cognito and
 * DynamoDB: this exercises jose, the schema, the auth rules and the bundled AWS SDK.
 */
describe('the bundled function', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lxp-bundle-'));
    await bundleFunction(join(dir, 'index.mjs'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies a token and reads from DynamoDB Local, as the deployed function would', async () => {
    const token = await signToken({ sub: PERSONAS.HR, roles: ['HR'], issuer: process.env.AUTH_ISSUER!, audience: DEV_AUDIENCE });
    // This test sends its own text; the next one is about trusted documents.
    const env = { ...(process.env as Record<string, string>), API_MODE: 'production', TRUSTED_DOCUMENTS: 'off' };
    const result = invokeBundle(join(dir, 'index.mjs'), { authorization: `Bearer ${token}` }, '{ me { id displayName } }', {
      ...env,
      POWERTOOLS_METRICS_DISABLED: 'false',
    });
    expect(result).toMatchObject({ status: 200, body: { data: { me: { id: PERSONAS.HR, displayName: expect.any(String) } } } });
    expect(result.body.errors).toBeUndefined();
    // The request's CloudWatch embedded metrics: one DynamoDB request in one round trip, under the operation's name.
    expect(result.metrics.find((m) => m.RequestLatency !== undefined)).toMatchObject({
      service: 'lxp-graphql',
      operation: 'query.me',
      DynamoDbRequests: 1,
      DynamoDbRoundTrips: 1,
    });

    // Errors keep their codes (graphql's error class is the same one everywhere in the bundle), and
    // production mode suggests no field names.
    const invalid = invokeBundle(join(dir, 'index.mjs'), { authorization: `Bearer ${token}` }, '{ mee { id } }', env);
    expect(invalid).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } });
    expect(JSON.stringify(invalid.body)).not.toContain('Did you mean');
  });

  it('carries the registered documents: runs one by id in production and refuses a document it was not built with', async () => {
    const token = await signToken({
      sub: PERSONAS.LEAD_LXP,
      roles: ['LEAD_LXP'],
      issuer: process.env.AUTH_ISSUER!,
      audience: DEV_AUDIENCE,
    });
    const env = { ...(process.env as Record<string, string>), API_MODE: 'production', TRUSTED_DOCUMENTS: 'required' };
    const documents = JSON.parse(readFileSync(TRUSTED_DOCUMENTS_MANIFEST, 'utf8')).frontEnds.examples.documents as Record<string, string>;
    const [id] = Object.entries(documents).find(([, text]) => text.startsWith('query ViewerPermissions'))!;
    const byId = invokeBundle(join(dir, 'index.mjs'), { authorization: `Bearer ${token}` }, { documentId: id }, env);
    expect(byId).toMatchObject({ status: 200, body: { data: { viewerPermissions: { viewerId: PERSONAS.LEAD_LXP } } } });
    const raw = invokeBundle(join(dir, 'index.mjs'), { authorization: `Bearer ${token}` }, '{ me { id } }', env);
    expect(raw).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'DOCUMENT_NOT_TRUSTED' } }] } });
  });
});
