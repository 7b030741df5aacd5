import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../functions/graphql/context';
import { auditPlugin } from '../../functions/graphql/auth/auditPlugin';

/** The audit log is flushed before a response leaves; when that fails, the data must not leave either. */
describe('the audit plugin', () => {
  async function send(flush: () => Promise<void>) {
    const response = {
      http: { status: 200, headers: new Map() },
      body: { kind: 'single', singleResult: { data: { trainingApplication: { statement: 'special-category text' } } } },
    };
    const hooks = await auditPlugin.requestDidStart!({} as never);
    await hooks!.willSendResponse!({
      contextValue: { requestId: 'req-1', audit: { size: 1, flush } } as unknown as Context,
      response,
    } as unknown as GraphQLRequestContextWillSendResponse<Context>);
    return response;
  }

  it('lets the response through once the events are written', async () => {
    const response = await send(async () => undefined);
    expect(response.http.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('special-category text');
  });

  it('withholds the data with 503 AUDIT_UNAVAILABLE when the events cannot be written', async () => {
    const response = await send(async () => {
      throw new Error('ProvisionedThroughputExceededException');
    });
    expect(response.http.status).toBe(503);
    expect(JSON.stringify(response.body)).not.toContain('special-category text');
    expect(response.body).toEqual({
      kind: 'single',
      singleResult: {
        errors: [
          {
            message: expect.stringMatching(/audit trail could not be written/),
            extensions: { code: 'AUDIT_UNAVAILABLE', requestId: 'req-1' },
          },
        ],
      },
    });
  });
});
