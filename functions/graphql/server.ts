import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { config } from '../lib/config';
import type { Context } from './context';
import { formatError } from './formatError';
import { auditPlugin, introspectionByRolePlugin, requestLogPlugin } from './plugins';
import { schema } from './schema';

/** Abuse limits, checked before execution. Introspection is exempt from depth (it is refused outright in production). */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2500,
  maxDirectives: 20,
  maxCost: 8000,
};

/** The Apollo Server every entry point (Lambda, local server, tests) runs. */
export function createServer(): ApolloServer<Context> {
  const production = config().mode === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
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
    hideSchemaDetailsFromClientErrors: production,
    formatError,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      introspectionByRolePlugin,
      auditPlugin,
      requestLogPlugin,
    ],
  });
}
