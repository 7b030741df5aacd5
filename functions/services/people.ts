import { lists, type ListSource } from '../db/lists';
import { forbidden } from '../lib/errors';
import { SEES_EVERYONE, type Role } from '../lib/vocabulary';
import type { Viewer } from './context';

/**
 * The directory a viewer may list. Holding SERVICE_USER reveals use of mental health services, so
 * clinicians list only people with a staff role, and only the roles in SEES_EVERYONE may list service users.
 */
export function directory(viewer: Viewer, role: Role | null | undefined): ListSource {
  const everyone = viewer.roles.some((r) => SEES_EVERYONE.includes(r));
  if (role === 'SERVICE_USER' && !everyone) {
    throw forbidden('Only HR and the Lead LXP may list service users', { field: 'role' });
  }
  if (role) return lists.people(role);
  return lists.people(everyone ? 'everyone' : 'staff');
}
