import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { config } from '../lib/config';
import type { Context } from './context';
import { trustedDocumentsPlugin } from './documents/trustedDocumentsPlugin';
import { formatError } from './formatError';
import { nodeLimitPlugin } from './limits/nodeLimit';
import { auditPlugin, introspectionByRolePlugin, requestLogPlugin } from './plugins';
import { schema } from './schema';

/**
 * Abuse limits, checked before execution. Introspection is exempt from depth and cost (it is refused
 * outright in production). `maxNodes` bounds the rows a query may ask for across nested pages.
 */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2500,
  maxDirectives: 20,
  maxCost: 30_000,
  maxNodes: 5_000,
};

/** The Apollo Server every entry point (Lambda, local server, tests) runs. */
export function createServer(): ApolloServer<Context> {
  const production = config().mode === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    // Token limits are graphql-js's own parse option (below), so an over-long or malformed document is a 400 parse error.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    hideSchemaDetailsFromClientErrors: production,
    formatError,
    validationRules: protection.validationRules,
    plugins: [
      trustedDocumentsPlugin(config().trustedDocuments),
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      nodeLimitPlugin(LIMITS.maxNodes),
      introspectionByRolePlugin,
      auditPlugin,
      requestLogPlugin,
    ],
  });
}
