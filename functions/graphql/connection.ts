import type { GraphQLResolveInfo } from 'graphql';
import type { ListSource } from '../db/lists';
import { decodeCursor, InvalidCursorError, listId } from '../db/cursor';
import { countRows, queryPage, type Page } from '../db/page';
import { badInput } from '../lib/errors';
import { nodeRule } from './auth/policy';
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
    (page ??= scoped().then((s) =>
      queryPage<T>(s.specs, { first, after, list }, ctx.loader).catch((error: unknown) => {
        throw error instanceof InvalidCursorError ? notThisListsCursor() : error;
      }),
    ));
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
