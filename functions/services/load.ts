import type { MentorRecord } from '../db/deliveryRecords';
import { Mentor, type IdentifiedType, type RecordOf } from '../db/entities';
import { itemKey } from '../db/entity';
import { notFound } from '../lib/errors';
import type { ServiceContext } from './context';
import { requireId } from './validate';

/**
 * A record by id through the request's batching loader; null when there is none. `field` names the
 * argument for a malformed id. Every single-record read (a query by id, a field following an id) comes here.
 */
export async function find<K extends IdentifiedType>(ctx: ServiceContext, type: K, id: string, field = 'id'): Promise<RecordOf<K> | null> {
  requireId(id, type, field);
  return (await ctx.loader.load(itemKey(type, id))) as RecordOf<K> | null;
}

/** As `find`, but NOT_FOUND when there is none. */
export async function get<K extends IdentifiedType>(ctx: ServiceContext, type: K, id: string, field = 'id'): Promise<RecordOf<K>> {
  const record = await find(ctx, type, id, field);
  if (!record) throw notFound(type, id);
  return record;
}

/** Many records by id in one batch, in order, leaving out ids with no record. */
export async function findMany<K extends IdentifiedType>(ctx: ServiceContext, type: K, ids: readonly string[]): Promise<RecordOf<K>[]> {
  const found: unknown[] = await ctx.loader.loadMany(ids.map((id) => itemKey(type, id)));
  return found.filter((r): r is RecordOf<K> => Boolean(r) && !(r instanceof Error));
}

/** A person's mentor record (keyed by their person id), or null when they are not registered as a mentor. */
export async function findMentor(ctx: ServiceContext, personId: string, field = 'id'): Promise<MentorRecord | null> {
  requireId(personId, 'Person', field);
  return (await ctx.loader.load(Mentor.keyOf({ id: personId } as MentorRecord))) as MentorRecord | null;
}
