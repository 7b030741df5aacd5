import { getArgumentValues, getNamedType, isObjectType, Kind, type GraphQLResolveInfo } from 'graphql';
import { relationKey } from '../db/entities';
import type { ListSource } from '../db/lists';
import type { Anchors } from '../db/records';
import { canHold, RELATIONS, type Relation } from '../lib/vocabulary';
import { decodeCursor, InvalidCursorError, listId } from '../db/cursor';
import { countRows, queryPage, type Page } from '../db/page';
import { badInput } from '../lib/errors';
import { nodeRule } from './auth/policy';
import type { Rule } from './auth/policy';
import { scopeList, type ListScope } from './auth/scopeList';
import type { Context } from './context';

/**
 * The model behind every *Connection type, shaped like the GraphQL type so default resolvers serve it.
 * Each part is fetched only when asked for: `{ totalCount }` alone reads no page.
 */
export interface ConnectionModel<T> {
  edges: () => Promise<EdgeModel<T>[]>;
  pageInfo: () => Promise<PageInfoModel>;
  totalCount: () => number | Promise<number>;
}

export interface EdgeModel<T> {
  cursor: string;
  node: T;
}

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

const notThisListsCursor = () => badInput('after', 'after is not a cursor this API returned for this list');

/**
 * One page of a list, holding only rows the viewer may see (by the rule of the list's node type, read from
 * the schema through `info`), with a full page whenever more such rows exist.
 */
export async function connection<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  source: ListSource,
  args: PageArgs,
): Promise<ConnectionModel<T>> {
  const first = pageSize(args.first);
  const list = listId(source.all);
  // A cursor that is not this list's is refused at the field, before anything is read, naming the argument.
  if (args.after) {
    try {
      decodeCursor(args.after, list);
    } catch {
      throw notThisListsCursor();
    }
  }
  const after = args.after ?? undefined;
  const rowRule = nodeRule(ctx.policy, info.returnType);
  let scope: Promise<ListScope> | undefined;
  let page: Promise<Page<T>> | undefined;
  const scoped = () => (scope ??= scopeList(ctx.auth, rowRule, source));
  const loadPage = () =>
    (page ??= (
      (takePrefetched(ctx, pageKey(source, first, after)) as Promise<Page<T>> | undefined) ??
      scoped().then((s) => queryPage<T>(s.specs, { first, after, list }, ctx.loader))
    ).catch((error: unknown) => {
      throw error instanceof InvalidCursorError ? notThisListsCursor() : error;
    }));
  return {
    edges: async () => (await loadPage()).rows.map((r) => ({ cursor: r.cursor, node: r.record })),
    pageInfo: async () => {
      const { rows, hasNextPage } = await loadPage();
      // Forward pages only: a page asked for after a cursor has rows before it.
      return { hasNextPage, hasPreviousPage: Boolean(after), startCursor: rows[0]?.cursor ?? null, endCursor: rows.at(-1)?.cursor ?? null };
    },
    totalCount: async () => {
      const s = await scoped();
      return s.whole && source.allCount !== undefined ? source.allCount : countRows(s.specs);
    },
  };
}

/** Pages started before their parent record was read, by request (see {@link prefetchPages}). */
const prefetched = new WeakMap<Context, Map<string, Promise<Page<unknown>>>>();

const pageKey = (source: ListSource, first: number, after: string | undefined) => JSON.stringify([source.all, first, after ?? null]);

function takePrefetched(ctx: Context, key: string): Promise<Page<unknown>> | undefined {
  const pages = prefetched.get(ctx);
  const page = pages?.get(key);
  pages?.delete(key);
  return page;
}

/**
 * A record and its first page in one round trip: called by a root field that reads one record by id
 * (`cohort(id)`), it starts reading the pages of the record's lists that the query selects (`applications`),
 * whose key conditions need only the id, while the record itself is read. The page goes through the same
 * scoping as {@link connection} (the viewer's rule decides the key condition; while a relation to the
 * parent is being looked up, the whole list is read alongside and kept only if the relation admits it), and
 * it is served only by the list field, after the record and its rule have been checked as usual: a record
 * the viewer may not see wastes a read, never shows a row. Fragments and unusual arguments are left to the
 * ordinary path.
 */
export function prefetchPages(ctx: Context, info: GraphQLResolveInfo, lists: Record<string, ListSource>): void {
  const parent = getNamedType(info.returnType);
  if (!isObjectType(parent)) return;
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) continue;
      const source = lists[selection.name.value];
      const field = parent.getFields()[selection.name.value];
      if (!source || !field) continue;
      let args: PageArgs;
      try {
        args = getArgumentValues(field, selection, info.variableValues) as PageArgs;
        pageSize(args.first);
        if (args.after) decodeCursor(args.after, listId(source.all));
      } catch {
        continue; // the list field refuses these arguments itself
      }
      const first = pageSize(args.first);
      const after = args.after ?? undefined;
      const key = pageKey(source, first, after);
      const pages = prefetched.get(ctx) ?? new Map<string, Promise<Page<unknown>>>();
      prefetched.set(ctx, pages);
      if (pages.has(key)) continue;
      warmRelations(ctx, source.shared);
      const page = speculativePage(ctx, nodeRule(ctx.policy, field.type), source, first, after);
      page.catch(() => undefined); // a read that fails is reported by the list field that takes it, or by no one
      pages.set(key, page);
    }
  }
}

/**
 * Starts the lookups of the viewer's stored relations to what a list's rows share (FACILITATOR of the
 * cohort): the rules of the rows' fields ask for them once the rows arrive, and the request's loader then
 * answers from these, read in the same batch as the parent record instead of a round trip of their own.
 */
function warmRelations(ctx: Context, shared: Anchors): void {
  for (const relation of Object.keys(RELATIONS) as Relation[]) {
    const definition = RELATIONS[relation];
    const anchor = shared[definition.anchor];
    if (!definition.stored || !anchor || !canHold(relation, ctx.viewer.roles)) continue;
    ctx.loader.load(relationKey(ctx.viewer.id, relation, anchor)).catch(() => undefined);
  }
}

async function speculativePage(
  ctx: Context,
  rowRule: Rule,
  source: ListSource,
  first: number,
  after: string | undefined,
): Promise<Page<unknown>> {
  const decided = ctx.auth.decide(rowRule, source.shared);
  // Decided at once (by a role): the key condition is known now.
  const list = listId(source.all);
  if (!(decided instanceof Promise))
    return queryPage((await scopeList(ctx.auth, rowRule, source)).specs, { first, after, list }, ctx.loader);
  // A relation to the parent is being looked up: read the whole list alongside, kept only if it admits the whole list.
  const wholePage = queryPage<unknown>([source.all], { first, after, list }, ctx.loader);
  wholePage.catch(() => undefined);
  const scope = await scopeList(ctx.auth, rowRule, source);
  return scope.whole ? wholePage : queryPage(scope.specs, { first, after, list }, ctx.loader);
}
