import type { FieldPermission, OperationPermission, Role } from '../resolvers.generated';
import { accessFor } from './access';
import { rowScopeFor, type Policy } from './policy';
import type { Viewer } from './verifyToken';

/** The stored shape behind ViewerPermissions (`fields` takes the type filter). */
export interface ViewerPermissionsModel {
  viewerId: string;
  roles: Role[];
  operations: OperationPermission[];
  fields: (args: { type?: string | null }) => FieldPermission[];
}

/** What the viewer may use, derived from the same policy that enforces it. */
export function viewerPermissions(policy: Policy, viewer: Viewer): ViewerPermissionsModel {
  const operations: OperationPermission[] = [];
  const fields: FieldPermission[] = [];
  for (const field of policy.fields.values()) {
    const summary = accessFor(field.rule, viewer.roles);
    if (!summary) continue;
    if (field.root) {
      const rows = rowScopeFor(field, viewer.roles);
      operations.push({
        name: field.fieldName,
        kind: field.typeName === 'Mutation' ? 'MUTATION' : 'QUERY',
        ...summary,
        rows: rows === 'ALL' ? null : rows,
      });
    } else if (accessFor(policy.types.get(field.typeName), viewer.roles)) {
      fields.push({ type: field.typeName, field: field.fieldName, ...summary, specialCategory: field.specialCategory ?? null });
    }
  }
  return {
    viewerId: viewer.id,
    roles: viewer.roles,
    operations,
    fields: ({ type }) => (type ? fields.filter((f) => f.type === type) : fields),
  };
}
