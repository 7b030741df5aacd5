import type { CollectionSpec } from '../../db/entity';
import type { ListSource } from '../../db/lists';
import type { Relation } from '../../lib/vocabulary';
import { andThen, type Authorizer } from './authorizer';
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
  const whole = await andThen(auth.decide(rowRule, source.shared), (d) => d.allowed);
  if (whole) return { specs: [source.all], whole: true };
  if (!source.ofSubject) return { specs: [], whole: false };
  const bySubject = rowRule.relations.filter((r: Relation) => RELATIONS[r].anchor === 'subjectId');
  const subjects = new Set((await Promise.all(bySubject.map((r) => auth.anchorsHeld(r)))).flat());
  return { specs: [...subjects].sort().map(source.ofSubject), whole: false };
}
