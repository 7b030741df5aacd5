import { lists, type ListSource } from '../db/lists';
import { forbidden } from '../lib/errors';
import { STAFF_ROLES, type Role, type RowScope } from '../lib/vocabulary';

/**
 * The directory a viewer lists, given the rows the policy leaves them (`@rows` on `Query.people`): every
 * person, or only staff. A role filter that asks for rows outside the viewer's part is refused, not emptied,
 * so the answer never hints at who holds the role.
 */
export function directory(rows: RowScope | 'ALL', role: Role | null | undefined): ListSource {
  if (rows === 'STAFF' && role && !STAFF_ROLES.includes(role)) {
    throw forbidden(`Listing people by ${role} is for viewers who may list every person`, { field: 'role' });
  }
  if (role) return lists.people(role);
  return lists.people(rows === 'ALL' ? 'everyone' : 'staff');
}
