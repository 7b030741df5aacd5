import { GraphQLError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

// Production mode is read when the handler loads: set it first, then load the harness.
process.env.API_MODE = 'production';
// These tests are about what production does with any document that reaches execution; trusted documents
// (only registered operations run) are tested in trustedDocuments.test.ts.
process.env.TRUSTED_DOCUMENTS = 'off';
let api: typeof import('../support/api');
let formatError: typeof import('../../functions/graphql/formatError').formatError;

beforeAll(async () => {
  api = await import('../support/api');
  ({ formatError } = await import('../../functions/graphql/formatError'));
});

describe('in production mode', () => {
  it('refuses introspection', async () => {
    const res = await api.as('LEAD_LXP').query(`{ __schema { types { name } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names', async () => {
    const res = await api.as('LEAD_LXP').query(`{ cohortz { totalCount } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it('answers with a request id but no internal metrics', async () => {
    const res = await api.as('LEAD_LXP').query(`{ me { id } }`);
    expect(res.extensions?.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(res.extensions?.dynamodb).toBeUndefined();
  });

  it('masks unexpected errors to a generic message with the request id, never the internals', () => {
    const formatted = formatError(
      { message: 'connect ECONNREFUSED 10.0.0.1:443', extensions: {} },
      new Error('connect ECONNREFUSED 10.0.0.1:443'),
    );
    expect(formatted.message).toMatch(/^Internal server error \(request .+\)$/);
    expect(formatted.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(formatted)).not.toContain('ECONNREFUSED');
  });

  it("passes the API's own errors through without a stack trace", () => {
    const error = new GraphQLError('No', { extensions: { code: 'FORBIDDEN' } });
    expect(formatError({ message: 'No', extensions: { code: 'FORBIDDEN', stacktrace: ['at x'] } }, error)).toEqual({
      message: 'No',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
