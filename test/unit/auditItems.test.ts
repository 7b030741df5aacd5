import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { auditItems } from '../../functions/db/auditWrites';
import { auditAggregateKey } from '../../functions/db/entities';
import { itemSize, WRITE_UNIT_BYTES } from '../../functions/db/itemSize';
import type { AuditEventRecord } from '../../functions/db/records';
import { policy } from '../../functions/graphql/schema';
import { ROLES } from '../../functions/lib/vocabulary';

/**
 * The audit trail's write layout, for every audited special-category field of every area: each item a
 * request writes fits one write unit (1 KB), and an aggregate of refused attempts stays within one too.
 * Ids as long as the platform makes them (a prefix and a ULID), a request id as long as API Gateway's.
 */
const SPECIAL = [...[...policy.fields.values()].filter((f) => f.specialCategory).map((f) => f.coordinate), 'Query.exportMyData'];
const personId = () => `per_${ulid()}`;
const recordId = () => `ent_${ulid()}`;

function event(fields: string[], denied: string[], recordIds: string[]): AuditEventRecord {
  return {
    type: 'AuditEvent',
    id: ulid(),
    at: new Date().toISOString(),
    actorId: personId(),
    roles: [...ROLES],
    subjectId: personId(),
    fields,
    deniedFields: denied,
    decision: denied.length ? 'DENIED' : 'ALLOWED',
    rule: 'deny,relation:FACILITATOR,relation:MENTOR,relation:SELF,role:HR,role:LEAD_LXP',
    requestId: crypto.randomUUID(),
    recordIds,
    attempts: 1,
  };
}

describe('audit items fit one write unit', () => {
  it('covers the special-category fields of every area', () => {
    const types = new Set(SPECIAL.map((c) => c.split('.')[0]));
    for (const type of [
      'TrainingApplication',
      'PortfolioEntry',
      'MentoringMeeting',
      'JobApplication',
      'SupervisionRecord',
      'DevelopmentPlan',
    ])
      expect(types).toContain(type);
  });

  it.each(SPECIAL)('writes a read of %s, allowed or refused, on ten records, as one item of 1 KB at most', (coordinate) => {
    for (const denied of [[], [coordinate]]) {
      const items = auditItems(event([coordinate], denied, Array.from({ length: 10 }, recordId)), ulid);
      expect(items).toHaveLength(1);
      expect(itemSize(items[0]!)).toBeLessThanOrEqual(WRITE_UNIT_BYTES);
    }
  });

  it('spreads a request that read every field of a hundred records over items of 1 KB each, losing nothing', () => {
    const denied = SPECIAL.filter((_, i) => i % 2 === 0);
    const recordIds = Array.from({ length: 100 }, recordId);
    const whole = event(SPECIAL, denied, recordIds);
    const items = auditItems(whole, ulid);
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) {
      expect(itemSize(item)).toBeLessThanOrEqual(WRITE_UNIT_BYTES);
      expect(item).toMatchObject({ requestId: whole.requestId, actorId: whole.actorId, decision: 'DENIED', rule: whole.rule });
      for (const f of item.deniedFields as string[]) expect(item.fields).toContain(f);
    }
    expect(items.flatMap((i) => i.fields as string[]).sort()).toEqual([...SPECIAL].sort());
    expect(items.flatMap((i) => i.deniedFields as string[]).sort()).toEqual([...denied].sort());
    expect(items.flatMap((i) => i.recordIds as string[])).toEqual(recordIds);
    expect(new Set(items.map((i) => i.SK)).size).toBe(items.length);
  });

  it("keeps an actor's hour of refused attempts at every special-category field of one area within 1 KB", () => {
    const byType = new Map<string, string[]>();
    for (const c of SPECIAL) byType.set(c.split('.')[0]!, [...(byType.get(c.split('.')[0]!) ?? []), c]);
    for (const [, fields] of byType) {
      const e = event([], fields, Array.from({ length: 5 }, recordId));
      const hour = `${e.at.slice(0, 13)}:00:00.000Z`;
      // The item addRefusedAttempt (functions/db/auditWrites.ts) leaves after many attempts.
      const aggregate = {
        ...auditAggregateKey(e.subjectId, e.actorId, hour),
        type: 'AuditEvent',
        id: e.id,
        at: hour,
        actorId: e.actorId,
        subjectId: e.subjectId,
        roles: e.roles,
        decision: 'DENIED',
        rule: 'deny',
        requestId: e.requestId,
        recordIds: e.recordIds,
        lastAt: e.at,
        lastRequestId: crypto.randomUUID(),
        attempts: 123456,
        deniedFields: new Set(fields),
      };
      expect(itemSize(aggregate)).toBeLessThanOrEqual(WRITE_UNIT_BYTES);
    }
  });
});
