import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionNode, type SelectionSetNode } from 'graphql';

/** How large an operation is, with its fragments expanded wherever they are spread. */
export interface QueryShape {
  /** Fields in the deepest path (a top-level field is depth 1); introspection is exempt. */
  depth: number;
  /** Fields, fragment spreads and inline fragments. */
  selections: number;
  aliases: number;
  directives: number;
}

const isIntrospection = (sel: SelectionNode) => sel.kind === Kind.FIELD && (sel.name.value === '__schema' || sel.name.value === '__type');

/**
 * Measures the operation. Each fragment is measured once and reused wherever it is spread, so fragments
 * spread within fragments are measured in linear time however large their expansion. Runs after
 * validation, which has refused fragment cycles and unknown fragments.
 */
export function measureShape(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): QueryShape {
  const measured = new Map<string, QueryShape>();
  const fragmentShape = (name: string): QueryShape | undefined => {
    const fragment = fragments[name];
    if (!fragment) return undefined;
    if (!measured.has(name)) {
      const own = measure(fragment.selectionSet);
      measured.set(name, { ...own, directives: own.directives + (fragment.directives?.length ?? 0) });
    }
    return measured.get(name);
  };
  const measure = (set: SelectionSetNode): QueryShape => {
    const shape: QueryShape = { depth: 0, selections: 0, aliases: 0, directives: 0 };
    for (const sel of set.selections) {
      const inner =
        sel.kind === Kind.FRAGMENT_SPREAD ? fragmentShape(sel.name.value) : sel.selectionSet ? measure(sel.selectionSet) : undefined;
      const innerDepth = inner?.depth ?? 0;
      // Introspection is exempt from depth (GraphiQL's own query is deep); production refuses it outright.
      const depth = sel.kind !== Kind.FIELD ? innerDepth : isIntrospection(sel) ? 0 : 1 + innerDepth;
      shape.depth = Math.max(shape.depth, depth);
      shape.selections += 1 + (inner?.selections ?? 0);
      shape.aliases += (sel.kind === Kind.FIELD && sel.alias ? 1 : 0) + (inner?.aliases ?? 0);
      shape.directives += (sel.directives?.length ?? 0) + (inner?.directives ?? 0);
    }
    return shape;
  };
  const shape = measure(operation.selectionSet);
  return { ...shape, directives: shape.directives + (operation.directives?.length ?? 0) };
}
