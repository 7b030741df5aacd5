import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

/** A small tree laid out like the repository, each file breaking (or keeping) one rule. */
const FIXTURE: Record<string, string> = {
  'functions/lib/config.ts': `export const mode = 'development';`,
  'functions/lib/errors.ts': `import type { Row } from '../db/table';\nexport type E = Row;`,
  'functions/db/table.ts': `export type Row = { id: string };`,
  'functions/db/keys.ts': `import type { Viewer } from '../graphql/context';\nexport type K = Viewer;`,
  'functions/db/page.ts': `import { rule } from '../services/rules';\nexport const p = rule;`,
  'functions/services/rules.ts': `import type { Row } from '../db/table';\nexport const rule = (r: Row) => r.id;`,
  'functions/services/a.ts': `import { b } from './b';\nexport const a = () => b;`,
  'functions/services/b.ts': `import { a } from './a';\nexport const b = () => a;`,
  'functions/services/shapes.ts': `import type { Other } from './other';\nexport type Shape = { other?: Other };`,
  'functions/services/other.ts': `import type { Shape } from './shapes';\nexport type Other = { shape?: Shape };`,
  'functions/graphql/model.ts': `import type { Gen } from './types.generated';\nexport type Model = { gen?: Gen };`,
  'functions/graphql/types.generated.ts': `import type { Model } from './model';\nexport type Gen = { model?: Model };`,
  'functions/graphql/context.ts': `import { rule } from '../services/rules';\nexport type Viewer = { rule: typeof rule };`,
  'functions/graphql/server.ts': `import { issuer } from '../local/devIssuer';\nexport const s = issuer;`,
  'functions/local/devIssuer.ts': `import { mode } from '../lib/config';\nexport const issuer = mode;`,
  'functions/handler.ts': `import { s } from './graphql/server';\nexport const handler = s;`,
  'infra/stack.ts': `import { mode } from '../functions/lib/config';\nimport type { Row } from '../functions/db/table';\nimport type { K } from '../functions/db/keys';\nexport type S = [Row, K, typeof mode];`,
};

describe('the import rules of npm run lint', () => {
  let dir: string;
  let result: ICruiseResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lxp-imports-'));
    for (const [file, text] of Object.entries(FIXTURE)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), `${text}\n`);
    }
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { tsConfig: _tsConfig, ...options } = config.options ?? {};
      result = (await cruise(['functions', 'infra'], { ...options, validate: true, ruleSet: { forbidden: config.forbidden } }))
        .output as ICruiseResult;
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const violations = () => result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

  it('refuses each upward import, type-only ones included, each cycle (of types too, except through generated code), the local tooling in the function and infra reaching past the table', () => {
    expect(violations()).toEqual([
      'infra-shares-only-table-and-lib: infra/stack.ts → functions/db/keys.ts',
      'no-circular: functions/services/a.ts → functions/services/b.ts',
      'no-db-below-db: functions/lib/errors.ts → functions/db/table.ts',
      'no-graphql-below-graphql: functions/db/keys.ts → functions/graphql/context.ts',
      'no-local-in-function: functions/graphql/server.ts → functions/local/devIssuer.ts',
      'no-services-below-services: functions/db/page.ts → functions/services/rules.ts',
      'no-type-only-circular: functions/services/other.ts → functions/services/shapes.ts',
    ]);
  });

  it('allows downward imports: graphql to services, services to db, infra to the table and lib', () => {
    const allowed = ['functions/graphql/context.ts', 'functions/services/rules.ts', 'functions/handler.ts', 'functions/local/devIssuer.ts'];
    expect(result.summary.violations.filter((v) => allowed.includes(v.from))).toEqual([]);
  });
});
