import { createItemLoader } from '../db/itemLoader';
import { AuditLog } from './auth/auditLog';
import { Authorizer } from './auth/authorizer';
import type { Policy } from './auth/policy';
import type { ServiceContext, Viewer } from '../services/context';

/** Everything a resolver may use, built fresh for each request: the services' context plus authorisation. */
export interface Context extends ServiceContext {
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
