import type { AuditEventRecord } from '../db/records';
import { isStaff, type Role } from '../lib/vocabulary';
import type { ServiceContext as Context, Viewer } from './context';
import { find } from './load';

/** The actor of events written by the retention job rather than by a person. */
export const RETENTION_ACTOR = 'system:retention';

/**
 * The roles of an event's actor as the viewer may know them. Holding SERVICE_USER is a health fact about the
 * actor: a subject reading their own trail sees the staff roles their readers acted with, never that a
 * reader is also a service user. HR, who may see everyone's roles, and actors reading their own events see all.
 */
export function auditRolesShownTo(viewer: Viewer, event: Pick<AuditEventRecord, 'actorId' | 'roles'>): Role[] {
  const roles = event.roles ?? [];
  if (viewer.roles.includes('HR') || event.actorId === viewer.id) return roles;
  return roles.filter((r) => r !== 'SERVICE_USER');
}

const sorted = (values: Iterable<string> | undefined) => [...new Set(values ?? [])].sort();

/** Every field an event's request (or aggregated requests) asked for, allowed or refused, as Type.field. */
export const askedFields = (event: AuditEventRecord) => sorted([...(event.fields ?? []), ...(event.deniedFields ?? [])]);

/** The fields refused. */
export const refusedFields = (event: AuditEventRecord) => sorted(event.deniedFields);

/**
 * An event as the viewer may read it, in the shape the API gives it: every field asked for, the refused
 * ones, how many attempts it stands for, and the actor's roles as the viewer may know them.
 */
export function auditEventShownTo(viewer: Viewer, event: AuditEventRecord) {
  return {
    ...event,
    fields: askedFields(event),
    deniedFields: refusedFields(event),
    attempts: event.attempts ?? 1,
    roles: auditRolesShownTo(viewer, event),
  };
}

/**
 * Who read: the actor by name when they are staff or the viewer; another service user stays unnamed for
 * anyone but HR (their name would tell the subject who else uses services). Null for the retention job.
 */
export async function auditActor(ctx: Context, event: AuditEventRecord) {
  if (event.actorId === RETENTION_ACTOR) return null;
  const actor = await find(ctx, 'Person', event.actorId);
  if (!actor) return null;
  return actor.id === ctx.viewer.id || isStaff(actor.roles) || ctx.viewer.roles.includes('HR') ? actor : null;
}
