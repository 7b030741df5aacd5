import type { ItemLoader } from '../db/itemLoader';
import type { Role } from '../lib/vocabulary';

/** Who is asking: the verified token's subject and the programme roles it carries. */
export interface Viewer {
  id: string;
  roles: Role[];
}

/**
 * What every service function takes: who asks, when, and the request's loader. The GraphQL context
 * extends it, so resolvers pass theirs straight through; a script or a test can build one without a server.
 */
export interface ServiceContext {
  viewer: Viewer;
  /** Ties audit events and logs to the request. */
  requestId: string;
  /** The request's time, ISO 8601: every record written by the request carries it. */
  now: string;
  /** Batches and caches item reads for this request only (see functions/db/itemLoader.ts). */
  loader: ItemLoader;
}
