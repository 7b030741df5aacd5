import { describe, expect, it } from 'vitest';
import { inputErrorField } from '../../functions/graphql/inputErrorField';

describe('the field a refused variable is about', () => {
  it('is the path graphql-js names for a value of the wrong type', () => {
    expect(inputErrorField('Variable "$input" got invalid value "x" at "input.number"; Int cannot represent non-integer value: "x"')).toBe(
      'input.number',
    );
  });

  it('writes list indexes as the services do', () => {
    expect(
      inputErrorField('Variable "$input" got invalid value 3 at "input.goals[2].text"; String cannot represent a non string value: 3'),
    ).toBe('input.goals.2.text');
  });

  it('is the missing or unknown field under the path', () => {
    expect(inputErrorField('Variable "$input" got invalid value { a: 1 }; Field "number" of required type "Int!" was not provided.')).toBe(
      'input.number',
    );
    expect(
      inputErrorField(
        'Variable "$input" got invalid value { a: 1 } at "input.goals[0]"; Field "bogus" is not defined by type "DevelopmentGoalInput".',
      ),
    ).toBe('input.goals.0.bogus');
  });

  it('is the variable itself when it is missing or null', () => {
    expect(inputErrorField('Variable "$input" of required type "CreateCohortInput!" was not provided.')).toBe('input');
    expect(inputErrorField('Variable "$input" of non-null type "CreateCohortInput!" must not be null.')).toBe('input');
  });

  it('is not fooled by a path written inside the refused value', () => {
    expect(inputErrorField('Variable "$input" got invalid value "a at \\"input.evil\\"; b" at "input.title"; Expected String.')).toBe(
      'input.title',
    );
  });

  it('is nothing for a message that is not about a variable', () => {
    expect(inputErrorField('input.title must not be empty')).toBeUndefined();
  });
});
