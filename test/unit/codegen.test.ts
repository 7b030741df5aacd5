import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { buildASTSchema, parse, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';
import { typeDefs } from '../../functions/graphql/typeDefs.generated';

describe('generated code', () => {
  it('matches the schema: `npm run codegen` would change nothing', async () => {
    const outputs = await generate({ ...config, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect(readFileSync(filename, 'utf8'), `${filename} is stale: run npm run codegen`).toBe(content);
    }
  });

  it('is a valid schema, which the function takes on trust at start-up (assumeValid)', () => {
    expect(validateSchema(buildASTSchema(parse(typeDefs)))).toEqual([]);
  });
});
