import type { CollectionSpec } from '../../db/entity';
import type { ListSource } from '../../db/lists';
import type { Relation } from '../../lib/vocabulary';
import type { Authorizer } from './authorizer';
import type { Rule } from './policy';
import { RELATIONS } from '../../lib/vocabulary';

/** The key conditions of the rows a viewer may see in a list; `whole` when that is every row. */
export interface ListScope {
  specs: CollectionSpec[];
  whole: boolean;
}

/**
 * Turns the rows' rule into key conditions, so lists are filtered before `Limit`, never after:
 * - a role in the rule, or a relation to what all rows share (e.g. FACILITATOR of the cohort): every row;
 * - otherwise, for relations anchored on the person a row is about (SELF, MENTOR, SUPERVISOR): one key
 *   condition per person the viewer is so related to (themselves; the trainees they mentor);
 * - otherwise nothing. A relation the list's keys cannot express narrows the list, never widens it.
 */
export async function scopeList(auth: Authorizer, rowRule: Rule, source: ListSource): Promise<ListScope> {
  const decision = await auth.decide(rowRule, source.shared);
  if (decision.allowed) {
    const narrower = decision.by.startsWith('relation:') ? source.byRelation?.[decision.by.slice(9) as Relation] : undefined;
    return narrower ? { specs: [narrower], whole: false } : { specs: [source.all], whole: true };
  }
  if (!source.ofSubject) return { specs: [], whole: false };
  const bySubject = rowRule.relations.filter((r: Relation) => RELATIONS[r].anchor === 'subjectId');
  const subjects = new Set((await Promise.all(bySubject.map((r) => auth.anchorsHeld(r)))).flat());
  return { specs: [...subjects].sort().map(source.ofSubject), whole: false };
}
