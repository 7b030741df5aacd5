import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Every place a client can send a string: each String or ID argument, input field or list item of every
 * field that takes arguments, found by walking the schema (so a field added later is found too). `path` is
 * how a BAD_USER_INPUT names it (`input.goals.0.text`).
 */
export interface TextInput {
  typeName: string;
  field: GraphQLField<unknown, unknown>;
  argument: GraphQLArgument;
  path: string[];
  scalar: 'String' | 'ID';
}

export function textInputs(schema: GraphQLSchema, typeNames?: string[]): TextInput[] {
  const found: TextInput[] = [];
  const walk = (type: GraphQLInputType, path: string[], at: Omit<TextInput, 'path' | 'scalar'>, seen: Set<string>) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return walk(inner.ofType as GraphQLInputType, [...path, '0'], at, seen);
    const named = getNamedType(inner);
    if (named.name === 'String' || named.name === 'ID') found.push({ ...at, path, scalar: named.name });
    else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const f of Object.values(named.getFields())) walk(f.type, [...path, f.name], at, new Set([...seen, named.name]));
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !('getFields' in type) || isInputObjectType(type)) continue;
    if (typeNames && !typeNames.includes(type.name)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      for (const argument of field.args) walk(argument.type, [argument.name], { typeName: type.name, field, argument }, new Set());
    }
  }
  return found;
}

const SAMPLE_SCALARS: Record<string, unknown> = {
  String: 'x',
  ID: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2020-01-01',
  DateTime: '2020-01-01T00:00:00.000Z',
  JSON: {},
};

/**
 * A value of `type` that passes GraphQL's own coercion (every required field present), holding `bad` at
 * `path` (relative to this value); what the platform makes of the other values does not matter, since
 * the string is refused before any resolver runs.
 */
export function sampleWith(type: GraphQLInputType, path: string[], bad: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sampleWith(inner.ofType as GraphQLInputType, path.slice(1), bad)];
  const named = getNamedType(inner);
  if (path.length === 0 && (named.name === 'String' || named.name === 'ID')) return bad;
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isScalarType(named)) return SAMPLE_SCALARS[named.name];
  if (!isInputObjectType(named)) throw new Error(`No sample for ${String(named)}`);
  const value: Record<string, unknown> = {};
  for (const f of Object.values(named.getFields())) {
    if (f.name === path[0]) value[f.name] = sampleWith(f.type, path.slice(1), bad);
    else if (isNonNullType(f.type)) value[f.name] = sampleWith(f.type, [], 'x');
  }
  return value;
}

/** The variables and document that send `bad` at the input's path, every other required argument filled in. */
export function requestWith(input: TextInput, bad: string): { query: string; variables: Record<string, unknown> } {
  const { field, argument, path, typeName } = input;
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  for (const arg of field.args) {
    if (arg !== argument && !isNonNullType(arg.type)) continue;
    variables[arg.name] = sampleWith(arg.type, arg === argument ? path.slice(1) : [], arg === argument ? bad : 'x');
    declared.push(`$${arg.name}: ${String(arg.type)}`);
  }
  const passed = Object.keys(variables).map((name) => `${name}: $${name}`);
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const operation = typeName === 'Mutation' ? 'mutation' : 'query';
  return { query: `${operation}(${declared.join(', ')}) { ${field.name}(${passed.join(', ')})${selection} }`, variables };
}
