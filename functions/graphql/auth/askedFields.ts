import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

/** Whether @skip/@include leave a selection in, for this request's variables. */
function included(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/**
 * The `Type.field` coordinates a query asks for beneath a field, at any depth, through named and inline
 * fragments, leaving out what @skip/@include remove (it was not asked for). `wanted` picks which to keep
 * (the special-category ones), so a refusal above them on the path can still be audited as theirs.
 */
export function askedBeneath(info: GraphQLResolveInfo, wanted: (coordinate: string) => boolean): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, type: GraphQLNamedType, depth: number) => {
    if (!set || !isObjectType(type) || depth > 20) return;
    for (const sel of set.selections) {
      if (!included(sel, info.variableValues)) continue;
      if (sel.kind === Kind.FIELD) {
        const field = type.getFields()[sel.name.value];
        if (!field) continue;
        const coordinate = `${type.name}.${field.name}`;
        if (wanted(coordinate)) found.add(coordinate);
        visit(sel.selectionSet, getNamedType(field.type), depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (!sel.typeCondition || sel.typeCondition.name.value === type.name) visit(sel.selectionSet, type, depth);
      } else {
        const fragment = info.fragments[sel.name.value];
        const key = `${sel.name.value}@${type.name}@${depth}`;
        if (fragment && fragment.typeCondition.name.value === type.name && !seen.has(key)) {
          seen.add(key);
          visit(fragment.selectionSet, type, depth);
        }
      }
    }
  };
  const returned = getNamedType(info.returnType);
  for (const node of info.fieldNodes) visit(node.selectionSet, returned, 0);
  return [...found];
}
