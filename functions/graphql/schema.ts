import { enforceAuth } from './auth/enforceAuth';
import { cleanArguments } from './cleanArguments';
import { makeExecutableSchema } from './executableSchema';
import { lintPolicy } from './auth/lintPolicy';
import { buildPolicy } from './auth/policy';
import { resolvers } from './resolvers';
import { typeDefs } from './typeDefs.generated';
import { productionTypeDefs } from './typeDefs.production.generated';

// The generated SDL was validated by codegen and is validated again by test/unit/codegen.test.ts, so the
// function does not repeat that work on every cold start.
// The function bundle (NODE_ENV=production, infra/constructs/bundleOptions.ts) carries the SDL without
// descriptions: a production function refuses introspection, so it never serves one; the dead branch and
// its 130 KB are dropped from the bundle. Tests and the local server keep the described schema.
const sdl = process.env.NODE_ENV === 'production' ? productionTypeDefs : typeDefs;
const base = makeExecutableSchema({ typeDefs: sdl, resolvers, assumeValid: true });

/** The policy read from the schema's @auth and @specialCategory directives. */
export const policy = buildPolicy(base);

// The lint proves deny-by-default over the generated schema; test/unit/lintPolicy.test.ts runs it on every
// test run, so a deployed function does not spend its cold start repeating it: the bundle (NODE_ENV=production,
// infra/constructs/bundleOptions.ts) is built from the schema the tests linted, and drops this branch and the
// lint with it, whatever the function's API_MODE. The local server still refuses to serve a schema with
// problems. Fields without a rule refuse at run time either way.
const problems = process.env.NODE_ENV !== 'production' && process.env.API_MODE === 'development' ? lintPolicy(policy) : [];
if (problems.length > 0) {
  throw new Error(`The schema's authorisation rules are incomplete:\n- ${problems.join('\n- ')}`);
}

/** The executable schema, every field guarded by its rule, every argument's text checked before the rule. */
export const schema = cleanArguments(enforceAuth(base, policy));
