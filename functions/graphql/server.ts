import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { config } from '../lib/config';
import { logger } from '../lib/logger';
import { auditPlugin } from './auth/auditPlugin';
import { introspectionByRolePlugin } from './auth/introspectionByRole';
import type { Context } from './context';
import { trustedDocumentsPlugin } from './documents/trustedDocumentsPlugin';
import { formatError } from './formatError';
import { QUERY_LIMITS, queryLimitsPlugin } from './limits/queryLimits';
import { requestLogPlugin } from './requestLog';
import { reconcileViewerPlugin } from './auth/reconcileViewer';
import { serviceUnavailablePlugin } from './serviceUnavailablePlugin';
import { schema } from './schema';

/** Apollo Server's logger interface (a message, sometimes an error) on the function's structured logger. */
const apolloLogger = {
  debug: (message?: unknown) => logger.debug(String(message)),
  info: (message?: unknown) => logger.info(String(message)),
  warn: (message?: unknown) => logger.warn(String(message)),
  error: (message?: unknown) => (message instanceof Error ? logger.error(message.message, message) : logger.error(String(message))),
};

/** The Apollo Server every entry point (Lambda, local server, tests) runs. */
export function createServer(): ApolloServer<Context> {
  const production = config().mode === 'production';
  return new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // An over-long or malformed document is a 400 parse error, before it is validated.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // In production, validation errors suggest no field names ("Did you mean …?").
    hideSchemaDetailsFromClientErrors: production,
    formatError,
    // Apollo Server's own warnings and errors as structured JSON lines with the function's other logs (without
    // a logger it would create a `loglevel` console logger, which the bundle leaves out).
    logger: apolloLogger,
    plugins: [
      trustedDocumentsPlugin(config().trustedDocuments),
      // Nothing is reported to Apollo Studio, no cache hints are computed (responses are never cached), no
      // federated traces are sent, and there is no landing page: none of them run, nor are they bundled
      // (infra/constructs/bundleOptions.ts).
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(QUERY_LIMITS),
      // After every limit (responseForOperation runs once all didResolveOperation hooks passed), so a rejected
      // query makes no DynamoDB call; before introspection, which answers by the reconciled roles.
      reconcileViewerPlugin,
      introspectionByRolePlugin,
      auditPlugin,
      serviceUnavailablePlugin,
      requestLogPlugin,
    ],
  });
}
