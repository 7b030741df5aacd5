import { isEnumType, isInputObjectType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../functions/graphql/schema';

/** The SDL's descriptions are the API's documentation: nothing goes undescribed. */
describe('the schema', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    for (const directive of schema.getDirectives()) {
      if (['auth', 'specialCategory'].includes(directive.name)) {
        if (!directive.description) missing.push(`@${directive.name}`);
        for (const arg of directive.args) if (!arg.description) missing.push(`@${directive.name}(${arg.name})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
