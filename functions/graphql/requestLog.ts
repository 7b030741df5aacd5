import type { ApolloServerPlugin } from '@apollo/server';
import { config } from '../lib/config';
import { logger } from '../lib/logger';
import { currentRequest } from '../lib/requestScope';
import type { Context } from './context';

/** Logs one line per request (operation, DynamoDB calls, errors) and, in development, shows the calls in `extensions`. */
export const requestLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    const started = Date.now();
    return {
      async willSendResponse({ response, operationName, errors }) {
        const scope = currentRequest();
        const dynamodb = { calls: scope?.dynamodbCalls ?? 0, byCommand: scope?.byCommand ?? {} };
        logger.info('graphql request', {
          requestId: scope?.requestId,
          operationName,
          durationMs: Date.now() - started,
          dynamodb,
          errorCodes: errors?.map((e) => e.extensions?.code ?? 'INTERNAL'),
        });
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = {
          ...result.extensions,
          requestId: scope?.requestId,
          ...(config().exposeMetrics ? { dynamodb } : {}),
        };
      },
    };
  },
};
