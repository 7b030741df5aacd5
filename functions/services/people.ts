import { collections } from '../db/keys';
import type { ListSource } from '../db/lists';
import { forbidden } from '../lib/errors';
import type { Role } from '../graphql/resolvers.generated';
import type { Viewer } from '../graphql/auth/verifyToken';

const SEES_EVERYONE: readonly Role[] = ['HR', 'LEAD_LXP'];

/**
 * The directory a viewer may list. Holding SERVICE_USER reveals use of mental health services, so
 * clinicians list only people with a staff role, and only HR and the Lead LXP may list service users.
 */
export function directory(viewer: Viewer, role: Role | null | undefined): ListSource {
  const everyone = viewer.roles.some((r) => SEES_EVERYONE.includes(r));
  if (role === 'SERVICE_USER' && !everyone) {
    throw forbidden('Only HR and the Lead LXP may list service users', { field: 'role' });
  }
  if (role) return { all: collections.roleMembers(role), shared: {} };
  return { all: everyone ? collections.everyone() : collections.staff(), shared: {} };
}
