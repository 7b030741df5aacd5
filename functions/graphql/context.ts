import { createItemLoader, type ItemLoader } from '../db/itemLoader';
import { AuditLog } from './auth/auditLog';
import { Authorizer } from './auth/authorizer';
import type { Policy } from './auth/policy';
import type { Viewer } from './auth/verifyToken';

/** Everything a resolver may use, built fresh for each request. */
export interface Context {
  viewer: Viewer;
  requestId: string;
  /** The request's time, ISO 8601: every record written by the request carries it. */
  now: string;
  /** Batches and caches item reads for this request only. */
  loader: ItemLoader;
  auth: Authorizer;
  audit: AuditLog;
  policy: Policy;
}

export function createContext(viewer: Viewer, requestId: string, policy: Policy, now = new Date()): Context {
  const loader = createItemLoader();
  const at = now.toISOString();
  return {
    viewer,
    requestId,
    now: at,
    loader,
    auth: new Authorizer(viewer, loader),
    audit: new AuditLog(viewer, requestId, at),
    policy,
  };
}
