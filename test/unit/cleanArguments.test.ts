import type { GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LONGEST_ID, LONGEST_TEXT } from '../../functions/graphql/cleanArguments';
import { schema } from '../../functions/graphql/schema';
import { sampleWith, textInputs } from '../support/textInputs';

/**
 * The executable schema's own resolvers, called directly: for every field of every type that takes an
 * argument, every String or ID in it (argument, input field, list item) is refused before the field's rule
 * or resolver runs. The context is empty, so reaching either would fail with a TypeError, not BAD_USER_INPUT.
 */
const inputs = textInputs(schema);

const BAD = {
  'an unpaired surrogate': () => 'text \ud800 here',
  'a right-to-left override': () => 'text \u202E here',
  'a NUL character': () => 'text\u0000',
  'more characters than any field allows': (scalar: 'String' | 'ID') => 'x'.repeat((scalar === 'ID' ? LONGEST_ID : LONGEST_TEXT) + 1),
};

describe('every string argument of every field is checked before anything runs', () => {
  it('finds the free-text inputs of every area (the walk reaches input objects and lists)', () => {
    const paths = new Set(inputs.map((i) => `${i.typeName}.${i.field.name}(${i.path.join('.')})`));
    for (const expected of [
      'Mutation.applyToCohort(input.statement)',
      'Mutation.writePortfolioEntry(input.body)',
      'Mutation.commentOnPortfolioEntry(input.body)',
      'Mutation.recordMentoringMeeting(input.notes)',
      'Mutation.endEnrolment(input.detail)',
      'Mutation.applyForPost(input.reasonableAdjustments.0.detail)',
      'Mutation.setWorkplaceAdjustments(input.adjustments.0)',
      'Mutation.recordSupervision(input.notes)',
      'Mutation.updateDevelopmentGoals(input.goals.0.text)',
      'Mutation.recordFinding(input.text)',
      'Mutation.recordConsent(input.participantName)',
      'Query.cohorts(after)',
    ]) {
      expect(paths).toContain(expected);
    }
    // Arguments of fields below the root too (a person's connections take a cursor).
    expect(inputs.some((i) => i.typeName !== 'Query' && i.typeName !== 'Mutation')).toBe(true);
  });

  for (const [what, bad] of Object.entries(BAD)) {
    it(`refuses ${what} in each of them with BAD_USER_INPUT naming its path`, () => {
      for (const input of inputs) {
        const args: Record<string, unknown> = {
          [input.argument.name]: sampleWith(input.argument.type, input.path.slice(1), bad(input.scalar)),
        };
        const resolve = input.field.resolve!;
        let thrown: unknown;
        try {
          resolve(undefined, args, {}, {} as GraphQLResolveInfo);
        } catch (error) {
          thrown = error;
        }
        const label = `${input.typeName}.${input.field.name}(${input.path.join('.')})`;
        expect((thrown as { extensions?: unknown })?.extensions, label).toEqual({ code: 'BAD_USER_INPUT', field: input.path.join('.') });
      }
    });
  }
});
