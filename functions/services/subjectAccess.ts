import { coproductionCollections } from '../db/coproduction';
import { typeOfId } from '../db/ids';
import { collections, isStaff, type CollectionSpec } from '../db/keys';
import { queryAll } from '../db/page';
import type { AuditEventRecord } from '../db/records';
import type { Context } from '../graphql/context';
import { auditRolesShownTo } from './auditTrail';
import { findMany, get } from './load';
import { RETENTION_SCHEDULE, DEFAULT_RETENTION } from './retentionSchedule';

/** The record types held about a person, each with the collection that lists one person's records of it. */
export const ABOUT_A_PERSON: ReadonlyArray<{ type: string; ofPerson: (personId: string) => CollectionSpec }> = [
  { type: 'TrainingApplication', ofPerson: (id) => collections.applicationsOfPerson(id) },
  { type: 'Enrolment', ofPerson: (id) => collections.enrolmentsOfPerson(id) },
  { type: 'WorkstreamMember', ofPerson: (id) => coproductionCollections.membershipsOfPerson(id) },
  { type: 'ParticipantConsent', ofPerson: (id) => coproductionCollections.consentsOfPerson(id) },
];

/** Stored bookkeeping that says nothing about the person. */
const INTERNAL = new Set(['contributorConsentIds']);

/** Stands in for another person who is not staff: nothing about them leaves in someone else's export. */
export const ANOTHER_PERSON = '(another person)';

function strip(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !INTERNAL.has(k)));
}

/** Person ids anywhere in a value (records refer to people by id: who decided, who recorded). */
function personIds(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === 'string' && typeOfId(value) === 'Person') found.add(value);
  else if (Array.isArray(value)) value.forEach((v) => personIds(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => personIds(v, found));
  return found;
}

/** The value with every id of a person in `hidden` replaced, so another service user's id never leaves. */
function redact(value: unknown, hidden: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return hidden.has(value) ? ANOTHER_PERSON : value;
  if (Array.isArray(value)) return value.map((v) => redact(v, hidden));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, hidden)]));
  return value;
}

/**
 * Everything held about the viewer (UK GDPR Article 15): their person record, every record about them in
 * every area, and the audit events about them, as plain JSON. Other people appear only as staff display
 * names (who decided, who read); any other person's id is replaced. The export itself is audited.
 */
export async function exportMyData(ctx: Context): Promise<Record<string, unknown>> {
  const me = ctx.viewer.id;
  const person = await get(ctx, 'Person', me);
  const records: Record<string, Record<string, unknown>[]> = {};
  await Promise.all(
    ABOUT_A_PERSON.map(async ({ type, ofPerson }) => {
      const rows = await queryAll<Record<string, unknown> & { subjectId?: string }>(ofPerson(me));
      records[type] = rows.filter((r) => r.subjectId === me).map(strip);
    }),
  );
  const audit = await queryAll<AuditEventRecord>(collections.auditTrail(me));
  const auditEvents = audit.map((e) => ({ ...e, roles: auditRolesShownTo(ctx.viewer, e) }));

  const referenced = personIds([records, audit.map((e) => e.actorId)], new Set());
  referenced.delete(me);
  const others = await findMany(ctx, 'Person', [...referenced]);
  const staff = new Map(others.filter((p) => isStaff(p.roles)).map((p) => [p.id, p.displayName]));
  const hidden = new Set([...referenced].filter((id) => !staff.has(id)));

  ctx.audit.record('Query.exportMyData', { subjectId: me, id: me }, { allowed: true, by: 'relation:SELF' });
  return redact(
    {
      format: 'lxp-subject-access-export/1',
      exportedAt: ctx.now,
      subject: { id: person.id, displayName: person.displayName, roles: person.roles, createdAt: person.createdAt },
      records,
      auditEvents,
      people: Object.fromEntries([...staff].map(([id, displayName]) => [id, { displayName }])),
      retention: [...RETENTION_SCHEDULE, DEFAULT_RETENTION],
    },
    hidden,
  ) as Record<string, unknown>;
}
