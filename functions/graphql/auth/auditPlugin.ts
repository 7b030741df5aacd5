import type { ApolloServerPlugin } from '@apollo/server';
import { logger } from '../../lib/logger';
import type { Context } from '../context';

/**
 * Writes the request's audit events before the response leaves. If they cannot be written, the data is
 * withheld: the response becomes AUDIT_UNAVAILABLE (503), so no special-category read goes unrecorded.
 */
export const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.audit.size === 0) return;
        try {
          await contextValue.audit.flush();
        } catch (error) {
          logger.error('audit write failed; response withheld', { error: error as Error, requestId: contextValue.requestId });
          response.http.status = 503;
          response.body = {
            kind: 'single',
            singleResult: {
              errors: [
                {
                  message: 'The audit trail could not be written, so nothing was released; retry',
                  extensions: { code: 'AUDIT_UNAVAILABLE', requestId: contextValue.requestId },
                },
              ],
            },
          };
        }
      },
    };
  },
};
