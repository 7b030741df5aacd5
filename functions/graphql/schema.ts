import { makeExecutableSchema } from '@graphql-tools/schema';
import { enforceAuth } from './auth/enforceAuth';
import { cleanArguments } from './cleanArguments';
import { lintPolicy } from './auth/lintPolicy';
import { buildPolicy } from './auth/policy';
import { resolvers } from './resolvers';
import { typeDefs } from './typeDefs.generated';

const base = makeExecutableSchema({ typeDefs, resolvers });

/** The policy read from the schema's @auth and @specialCategory directives. */
export const policy = buildPolicy(base);

const problems = lintPolicy(policy);
if (problems.length > 0) {
  // Refuse to serve a schema that is not deny-by-default; the lint test names the same problems.
  throw new Error(`The schema's authorisation rules are incomplete:\n- ${problems.join('\n- ')}`);
}

/** The executable schema, every field guarded by its rule, every argument's text checked before the rule. */
export const schema = cleanArguments(enforceAuth(base, policy));
