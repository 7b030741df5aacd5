/**
 * Stands in for graphql-js's validation rules that only check SDL (type definitions, not operations) in the
 * function bundle. They run only inside `buildASTSchema`/`extendSchema` without `assumeValidSDL`; every schema the
 * function builds passes `assumeValidSDL` (functions/graphql/executableSchema.ts with `assumeValid`, and
 * functions/graphql/auth/schemaForRoles.ts), as the generated SDL was validated by codegen and the unit tests.
 * Each rule's file is replaced by this one, which exports them all.
 */
function absent(): never {
  throw new Error('graphql-js SDL validation is not bundled in this function');
}

export const LoneSchemaDefinitionRule = absent;
export const UniqueOperationTypesRule = absent;
export const UniqueTypeNamesRule = absent;
export const UniqueEnumValueNamesRule = absent;
export const UniqueFieldDefinitionNamesRule = absent;
export const UniqueArgumentDefinitionNamesRule = absent;
export const UniqueDirectiveNamesRule = absent;
export const PossibleTypeExtensionsRule = absent;
