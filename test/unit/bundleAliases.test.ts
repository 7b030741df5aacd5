import { InMemoryLRUCache as Original } from '@apollo/utils.keyvaluecache';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InMemoryLRUCache as Replacement } from '../../infra/constructs/bundleAliases/inMemoryLRUCache';

/**
 * The one replacement in infra/constructs/bundleAliases/ that runs in the function: Apollo Server's document
 * and persisted-query cache. It must behave as the cache it replaces for what Apollo Server uses (get, set with
 * a TTL in seconds, delete), so each case runs the same steps on both and compares what they hold.
 */
describe("the function bundle's InMemoryLRUCache", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  type Value = NonNullable<unknown>;
  const both = (options?: { maxSize: number }) => [new Original<Value>(options), new Replacement<Value>(options)] as const;
  const contents = async (cache: { get(key: string): Promise<unknown> }, keys: string[]) =>
    Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await cache.get(k)] as const)));

  it('evicts the least recently read entry when the size bound is passed, as lru-cache does', async () => {
    const keys = ['a', 'b', 'c', 'd'];
    const results = [];
    for (const cache of both({ maxSize: 30 })) {
      await cache.set('a', 'x'.repeat(10));
      await cache.set('b', 'y'.repeat(10));
      await cache.get('a');
      await cache.set('c', 'z'.repeat(10));
      await cache.set('d', 'w'.repeat(10));
      results.push(await contents(cache, keys));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[1]).toEqual({ a: 'x'.repeat(10), b: undefined, c: 'z'.repeat(10), d: 'w'.repeat(10) });
  });

  it('sizes parsed documents by their JSON, and never stores one larger than the whole cache', async () => {
    const document = parse('query Q { me { id displayName } }', { noLocation: true });
    const size = Buffer.byteLength(JSON.stringify(document), 'utf8');
    const results = [];
    for (const cache of both({ maxSize: size })) {
      await cache.set('fits', document);
      await cache.set('too big', { document, more: true });
      results.push(await contents(cache, ['fits', 'too big']));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[1]).toEqual({ fits: document, 'too big': undefined });
  });

  // lru-cache reads a clock of its own (captured at load, refreshed by timers), so only the replacement runs here.
  it('forgets an entry once its TTL in seconds has passed, and on delete', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    const cache = new Replacement<number>();
    await cache.set('short', 1, { ttl: 1 });
    await cache.set('long', 2, { ttl: 60 });
    await cache.set('forever', 3);
    await cache.set('gone', 4);
    await cache.delete('gone');
    vi.setSystemTime(3_000);
    expect(await contents(cache, ['short', 'long', 'forever', 'gone'])).toEqual({ short: undefined, long: 2, forever: 3, gone: undefined });
    expect(cache.keys()).toEqual(['long', 'forever']);
  });
});
