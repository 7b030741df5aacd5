/**
 * The import rules `npm run lint` enforces (dependency-cruiser). The function is layered
 *   functions/handler.ts → functions/graphql/ → functions/services/ → functions/db/ → functions/lib/
 * and a layer imports only layers to its right, type-only imports included. The local tooling is never
 * part of the function, and the CDK app shares only the table definition and lib-level settings.
 * test/unit/importRules.test.ts proves each rule fires.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-graphql-below-graphql',
      comment: 'Services, data access and lib know nothing of GraphQL: they take the service context, not resolver types.',
      severity: 'error',
      from: { path: '^functions/(services|db|lib)/' },
      to: { path: '^functions/graphql/' },
    },
    {
      name: 'no-services-below-services',
      comment: 'Data access and lib are used by services, never the other way round.',
      severity: 'error',
      from: { path: '^functions/(db|lib)/' },
      to: { path: '^functions/services/' },
    },
    {
      name: 'no-db-below-db',
      comment: 'lib is the bottom layer: configuration, errors, logging, request scope.',
      severity: 'error',
      from: { path: '^functions/lib/' },
      to: { path: '^functions/db/' },
    },
    {
      name: 'no-handler-import',
      comment: 'The Lambda entry is imported by nothing in the function (the local stack and tests load it).',
      severity: 'error',
      from: { path: '^functions/(graphql|services|db|lib)/' },
      to: { path: '^functions/handler\\.ts$' },
    },
    {
      name: 'no-local-in-function',
      comment: 'functions/local/ (local server, development issuer, seeding) is never bundled into the function.',
      severity: 'error',
      from: { path: '^functions/', pathNot: '^functions/local/' },
      to: { path: '^functions/local/' },
    },
    {
      name: 'infra-shares-only-table-and-lib',
      comment: 'The CDK app shares the table definition and lib-level settings with the function, nothing else.',
      severity: 'error',
      from: { path: '^infra/' },
      to: { path: '^functions/', pathNot: '^functions/(db/table\\.ts$|lib/)' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles hide the layering and break module initialisation order.',
      severity: 'error',
      from: {},
      to: { circular: true, via: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-type-only-circular',
      comment:
        'Cycles of type-only imports are refused too, except through generated code: graphql-codegen types a ' +
        "resolver's parent with a model declared beside its resolver (codegen.ts `mappers`), which names generated types.",
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '\\.generated\\.ts$', dependencyTypes: ['type-only'] } },
    },
  ],
  options: {
    // Type-only imports count: a layer must not even name a type from a layer above it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    moduleSystems: ['es6', 'cjs'],
  },
};
