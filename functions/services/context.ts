import type { ItemLoader } from '../db/itemLoader';
import type { Role } from '../lib/vocabulary';

/**
 * Who is asking: the person the verified token's subject maps to, and the programme roles they act with.
 * For a request, `roles` starts as the roles the token claims and is reconciled with the person's stored
 * record before anything executes (functions/graphql/auth/reconcileViewer.ts).
 */
export interface Viewer {
  id: string;
  roles: Role[];
  /** The token's `sub` as the identity provider spelt it (a stored person accepts exactly one). */
  subject?: string;
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
