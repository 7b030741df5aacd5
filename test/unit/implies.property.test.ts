import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { implies } from '../../functions/graphql/auth/lintPolicy';
import type { Rule } from '../../functions/graphql/auth/policy';
import { RELATIONS, RELATION_NAMES } from '../../functions/lib/vocabulary';
import { ROLES } from '../../functions/lib/vocabulary';
import type { Relation, Role } from '../../functions/lib/vocabulary';

const rule = fc
  .record({
    roles: fc.subarray([...ROLES]),
    relations: fc.subarray([...RELATION_NAMES]),
  })
  .map((r): Rule => ({ ...r, declaredAt: 'x' }));

/** A viewer: one role, maybe one relation (held to the record or not). */
const viewer = fc.record({ role: fc.constantFrom(...ROLES), relation: fc.option(fc.constantFrom(...RELATION_NAMES), { nil: null }) });

function admits(r: Rule, v: { role: Role; relation: Relation | null }): boolean {
  return (
    r.roles.includes(v.role) || (v.relation !== null && r.relations.includes(v.relation) && RELATIONS[v.relation].heldBy.includes(v.role))
  );
}

describe('the lint\'s "implies" (which decides whether a field can be denied)', () => {
  it('is sound on one record: whenever a implies b, every viewer a admits, b admits', () => {
    fc.assert(
      fc.property(rule, rule, viewer, (a, b, v) => {
        if (implies(a, b, true) && admits(a, v)) expect(admits(b, v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("is sound across records: implied without relying on the other record's relations", () => {
    fc.assert(
      fc.property(rule, rule, viewer, (a, b, v) => {
        // On another record the viewer's relation may not hold: b must admit them by role alone.
        if (implies(a, b, false) && admits(a, v)) expect(b.roles.includes(v.role)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
