import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printContract } from '../../scripts/schema/guard';

const root = join(import.meta.dirname, '..', '..', 'examples', 'operations');
const files = readdirSync(root).flatMap((role) =>
  readdirSync(join(root, role))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => join(role, f)),
);

describe('the example front-end operations', () => {
  const schema = buildSchema(printContract());

  it('cover the trainee portal, the mentor, the facilitator, HR, the Lead LXP and the LXP in post', () => {
    expect(new Set(files.map((f) => f.split('/')[0]))).toEqual(new Set(['trainee', 'mentor', 'facilitator', 'hr', 'lead-lxp', 'lxp']));
  });

  it.each(files)('%s is valid against the schema, one named operation per file', (file) => {
    const document = parse(readFileSync(join(root, file), 'utf8'));
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    expect(operations).toHaveLength(1);
    expect(operations[0]!.name?.value).toBe(file.split('/')[1]!.replace(/\.graphql$/, ''));
  });
});
