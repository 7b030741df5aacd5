import {
  buildASTSchema,
  concatAST,
  type DocumentNode,
  type GraphQLFieldResolver,
  GraphQLScalarType,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isObjectType,
  isScalarType,
  parse,
} from 'graphql';

/** Resolvers by type name: field resolvers on object types, a GraphQLScalarType for a custom scalar. */
export type ResolverMap = Record<string, unknown>;

export interface ExecutableSchemaOptions {
  typeDefs: string | DocumentNode | readonly (string | DocumentNode)[];
  /** Merged in order, as `@graphql-tools/schema` merges them. */
  resolvers?: ResolverMap | readonly ResolverMap[];
  /**
   * Skip graphql-js's validation of the SDL and of the schema (a large share of start-up time). Only for
   * SDL validated before it ships: the generated typeDefs, which codegen builds and the unit tests validate.
   */
  assumeValid?: boolean;
}

type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, unknown> | { resolve?: GraphQLFieldResolver<unknown, unknown> }>;

/**
 * Builds an executable schema with graphql-js alone: `buildASTSchema` on the SDL, then the resolvers
 * assigned to the fields they name. The subset of `@graphql-tools/schema`'s `makeExecutableSchema` this
 * project uses (object field resolvers, custom scalars, `__resolveType` / `__isTypeOf`), in a few lines
 * instead of some 250 KB of bundled code. A resolver for a type or field the SDL does not declare is an
 * error, as there.
 *
 * The function bundle also resolves `@graphql-tools/schema` to this module (see
 * infra/constructs/bundleOptions.ts): Apollo Server imports it for its `typeDefs` option, which this
 * project does not use.
 */
export function makeExecutableSchema({ typeDefs, resolvers = [], assumeValid = false }: ExecutableSchemaOptions): GraphQLSchema {
  const documents = (Array.isArray(typeDefs) ? typeDefs : [typeDefs]) as (string | DocumentNode)[];
  const schema = buildASTSchema(concatAST(documents.map((d) => (typeof d === 'string' ? parse(d, { noLocation: assumeValid }) : d))), {
    assumeValidSDL: assumeValid,
    assumeValid,
  });
  for (const map of Array.isArray(resolvers) ? resolvers : [resolvers]) {
    for (const [typeName, value] of Object.entries(map as ResolverMap)) {
      const type = schema.getType(typeName);
      if (!type) throw new Error(`"${typeName}" is defined in resolvers, but not in the schema`);
      if (isScalarType(type)) {
        if (!(value instanceof GraphQLScalarType)) throw new Error(`Scalar "${typeName}" needs a GraphQLScalarType`);
        // Keep the SDL's type (and its description); take the behaviour from the implementation.
        Object.assign(type, {
          serialize: value.serialize,
          parseValue: value.parseValue,
          parseLiteral: value.parseLiteral,
          specifiedByURL: type.specifiedByURL ?? value.specifiedByURL,
          extensions: { ...value.extensions, ...type.extensions },
        });
        continue;
      }
      if (isEnumType(type)) throw new Error(`Enum "${typeName}": internal enum values are not supported`);
      const { __resolveType, __isTypeOf, ...fields } = value as FieldResolvers & { __resolveType?: unknown; __isTypeOf?: unknown };
      if (__resolveType && isAbstractType(type)) Object.assign(type, { resolveType: __resolveType });
      if (!isObjectType(type)) {
        if (Object.keys(fields).length > 0) throw new Error(`"${typeName}" has field resolvers but is not an object type`);
        continue;
      }
      if (__isTypeOf) Object.assign(type, { isTypeOf: __isTypeOf });
      const defined = type.getFields();
      for (const [fieldName, resolver] of Object.entries(fields)) {
        const field = defined[fieldName];
        if (!field) throw new Error(`${typeName}.${fieldName} is defined in resolvers, but not in the schema`);
        field.resolve = typeof resolver === 'function' ? resolver : resolver.resolve;
      }
    }
  }
  return schema;
}
