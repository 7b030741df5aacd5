import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkSchema,
  compareContracts,
  deprecations,
  printContract,
  readSnapshot,
  renderDeprecations,
  withDeprecations,
} from '../../scripts/schema/guard';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'schema-guard', `${name}.graphql`), 'utf8');
const README_WITH = (list: string) => `# x\n<!-- deprecations:start -->\n${list}\n<!-- deprecations:end -->\n`;

describe('the schema-change guard', () => {
  it('passes on this repository: the schema matches schema.snapshot.graphql and the README lists its deprecations', async () => {
    const report = await checkSchema();
    expect(report.messages).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('names every client-breaking change in the fixture: changed type, output made nullable, narrowed argument, removed enum value', async () => {
    const { breaking } = await compareContracts(fixture('before'), fixture('breaking'));
    const paths = breaking.map((c) => c.path).sort();
    expect(paths).toEqual(['Cohort.applications.first', 'Cohort.number', 'Cohort.startDate', 'CohortStatus.RUNNING']);
  });

  it('fails the check on the breaking fixture and tells the developer how to accept it on purpose', async () => {
    const report = await checkSchema({
      contract: fixture('breaking'),
      snapshot: fixture('before'),
      readme: README_WITH('Nothing in the schema is deprecated.'),
    });
    expect(report.ok).toBe(false);
    expect(report.messages[0]).toMatch(/breaks clients/);
    expect(report.messages[0]).toContain('npm run schema:snapshot');
  });

  it('fails when a field is removed from the real schema', async () => {
    const contract = printContract();
    const withoutCapacity = contract.replace('  """How many places may be offered."""\n  capacity: Int!\n', '');
    expect(withoutCapacity).not.toBe(contract);
    const { breaking } = await compareContracts(contract, withoutCapacity);
    expect(breaking.map((c) => c.type)).toContain('FIELD_REMOVED');
  });

  it('treats additions, a new optional argument and an output made non-null as safe, but still asks for the snapshot to follow', async () => {
    const { breaking, safe, dangerous } = await compareContracts(fixture('before'), fixture('safe'));
    expect(breaking).toEqual([]);
    expect([...safe, ...dangerous].map((c) => c.path)).toEqual(
      expect.arrayContaining(['Cohort.capacity', 'Cohort.applications.after', 'Cohort.placesLeft', 'CohortStatus.CANCELLED']),
    );
    const report = await checkSchema({ contract: fixture('safe'), snapshot: fixture('before'), readme: README_WITH('') });
    expect(report.ok).toBe(false);
    expect(report.messages.join('\n')).toMatch(/behind the schema \(no break\)/);
  });

  it('refuses a deprecation without a written reason, and lists the ones with a reason', () => {
    expect(deprecations(fixture('safe'))).toEqual([
      { coordinate: 'Cohort.size', reason: 'Use capacity' },
      { coordinate: 'CohortStatus.CANCELLED', reason: undefined },
    ]);
  });

  it('fails when the README does not list the deprecations, and passes once it does', async () => {
    const safe = fixture('safe');
    const stale = await checkSchema({ contract: safe, snapshot: safe, readme: README_WITH('Nothing in the schema is deprecated.') });
    expect(stale.readmeStale).toBe(true);
    const listed = withDeprecations(README_WITH(''), renderDeprecations(deprecations(safe)));
    expect(listed).toContain('| `Cohort.size` | Use capacity |');
    const fresh = await checkSchema({ contract: safe, snapshot: safe, readme: listed });
    expect(fresh.readmeStale).toBe(false);
    expect(fresh.unexplained.map((d) => d.coordinate)).toEqual(['CohortStatus.CANCELLED']);
  });

  it('snapshots without the authorisation rules, which clients never see', () => {
    expect(readSnapshot()).not.toMatch(/@auth\(roles/);
  });
});
