import type { Access, Relation, Role } from '../../lib/vocabulary';
import type { Rule } from './policy';
import { canHold } from '../../lib/vocabulary';

/** How a viewer with these roles may use something under a rule, or null when never. */
export interface AccessSummary {
  access: Access;
  relations: Relation[];
}

export function accessFor(rule: Rule | undefined, roles: readonly Role[]): AccessSummary | null {
  if (!rule) return null;
  if (rule.roles.some((r) => roles.includes(r))) return { access: 'ALWAYS', relations: [] };
  const relations = rule.relations.filter((rel) => canHold(rel, roles));
  return relations.length ? { access: 'WITH_RELATION', relations } : null;
}
