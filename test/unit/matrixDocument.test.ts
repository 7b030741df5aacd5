import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMatrix, withMatrix } from '../../functions/graphql/auth/matrixDocument';
import { policy } from '../../functions/graphql/schema';

describe('the role × field document', () => {
  it('is current in docs/ and in the README: `npm run authz:matrix` would change nothing', () => {
    const matrix = renderMatrix(policy);
    expect(readFileSync('docs/authorisation-matrix.md', 'utf8')).toBe(matrix);
    const readme = readFileSync('README.md', 'utf8');
    expect(withMatrix(readme, matrix)).toBe(readme);
  });

  it("shows that only the applicant, the cohort's facilitators and the Lead LXP read a statement", () => {
    expect(renderMatrix(policy)).toContain('| `statement` 🔒 LIVED_EXPERIENCE | SELF | SELF, FACILITATOR | SELF | ✓ |');
  });
});
