/**
 * Replaces `@apollo/utils.keyvaluecache`'s `InMemoryLRUCache` (and the 19 KB `lru-cache` package under it)
 * in the function bundle. Unlike most files here this one runs (as apolloExecuteGraphql16.ts does): Apollo
 * Server keeps its parsed and validated documents (and automatic persisted queries) in two such caches. It
 * uses only `get`, `set` with an optional TTL in seconds, and `delete`; this is the same
 * least-recently-used cache, bounded by the same approximate size (30 MiB by default, items sized as the
 * original sizes them), on a `Map`, whose order is its recency. lru-cache's other features (fetching,
 * disposal, stale reads, timers) are never used by Apollo Server.
 */
interface Entry {
  value: unknown;
  size: number;
  /** Milliseconds since the epoch; 0 is no expiry. */
  expires: number;
}

export class InMemoryLRUCache<V = unknown> {
  private readonly entries = new Map<string, Entry>();
  private readonly maxSize: number;
  private readonly sizeOf: (item: V) => number;
  private size = 0;

  constructor(options: { maxSize?: number; sizeCalculation?: (item: V) => number } = {}) {
    this.maxSize = options.maxSize ?? 30 * 2 ** 20;
    this.sizeOf = options.sizeCalculation ?? InMemoryLRUCache.sizeCalculation;
  }

  static sizeCalculation(item: unknown): number {
    if (typeof item === 'string') return item.length;
    if (typeof item === 'object') return Buffer.byteLength(JSON.stringify(item), 'utf8');
    return 1;
  }

  async set(key: string, value: V, options?: { ttl?: number | null }): Promise<void> {
    this.remove(key);
    const size = this.sizeOf(value);
    // As lru-cache: an item larger than the whole cache is not stored.
    if (size > this.maxSize) return;
    this.entries.set(key, { value, size, expires: options?.ttl ? Date.now() + options.ttl * 1000 : 0 });
    this.size += size;
    for (const [oldest, entry] of this.entries) {
      if (this.size <= this.maxSize) break;
      this.entries.delete(oldest);
      this.size -= entry.size;
    }
  }

  async get(key: string): Promise<V | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires !== 0 && entry.expires <= Date.now()) {
      this.size -= entry.size;
      return undefined;
    }
    // Read again, so it becomes the most recently used.
    this.entries.set(key, entry);
    return entry.value as V;
  }

  async delete(key: string): Promise<boolean> {
    return this.remove(key);
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  private remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.size -= entry.size;
    return true;
  }
}
