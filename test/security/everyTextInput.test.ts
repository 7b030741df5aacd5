import { describe, expect, it } from 'vitest';
import { schema } from '../../functions/graphql/schema';
import { as } from '../support/api';
import { count } from '../support/securityCounts';
import { requestWith, textInputs, type TextInput } from '../support/textInputs';

/**
 * Text is clean everywhere: every String or ID a client can send to a root field (every mutation's input
 * fields, list items included, and every query argument), found by walking the schema so a field added
 * later is covered without a change here, is refused through the whole API when it holds an unpaired
 * surrogate or a bidirectional override: BAD_USER_INPUT naming that field's path, no data, and no write to
 * DynamoDB (the request's own DynamoDB calls, from the development metrics, hold no write command).
 */
const inputs = textInputs(schema, ['Mutation', 'Query']);

const WRITES = /^(Put|Update|Delete|TransactWrite|BatchWrite)/;

const BAD: [string, string][] = [
  ['an unpaired surrogate', 'My notes \udc00 continue'],
  ['a right-to-left override', 'I agree \u202Eeerga ton'],
];

/** Runs `work` over `items`, a few at a time (the API suites share one DynamoDB Local). */
async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

const label = (i: TextInput) => `${i.typeName}.${i.field.name}(${i.path.join('.')})`;

describe('every text input of every area refuses unclean text', () => {
  it('covers every mutation that takes text, in every area', () => {
    const mutations = new Set(inputs.filter((i) => i.typeName === 'Mutation').map((i) => i.field.name));
    const withInput = Object.values(schema.getMutationType()!.getFields()).filter((f) => f.args.length > 0);
    // Every mutation takes an input with at least an idempotencyKey, so every one is attacked here.
    expect([...mutations].sort()).toEqual(withInput.map((f) => f.name).sort());
    expect(inputs.filter((i) => i.scalar === 'String').length).toBeGreaterThan(80);
  });

  for (const [what, bad] of BAD) {
    it(`refuses ${what} in each one with BAD_USER_INPUT naming its path, writing nothing`, async () => {
      const who = as('LEAD_LXP');
      const failures: string[] = [];
      await inBatches(inputs, 6, async (input) => {
        const { query, variables } = requestWith(input, bad);
        const res = await who.query(query, variables);
        const field = input.path.join('.');
        const errors = (res.errors ?? []).map((e) => ({ code: e.extensions?.code, field: e.extensions?.field }));
        const writes = Object.keys(res.extensions?.dynamodb?.byCommand ?? {}).filter((c) => WRITES.test(c));
        if (JSON.stringify(errors) !== JSON.stringify([{ code: 'BAD_USER_INPUT', field }]) || res.data?.[input.field.name] != null) {
          failures.push(`${label(input)}: ${JSON.stringify(res.errors)}`);
        }
        if (writes.length > 0) failures.push(`${label(input)} wrote: ${writes.join(', ')}`);
      });
      count('attackQueries', inputs.length);
      expect(failures).toEqual([]);
    });
  }
});
