import { collectionsAbout } from '../db/entities';
import { typeOfId } from '../db/ids';
import { queryAll } from '../db/page';
import type { AuditEventRecord } from '../db/records';
import { isStaff } from '../lib/vocabulary';
import { auditEventShownTo } from './auditTrail';
import type { ServiceContext } from './context';
import { findMany } from './load';
import { DEFAULT_RETENTION, RETENTION_SCHEDULE } from './retentionSchedule';

/** Stands in for another person who is not staff: nothing about them leaves in someone else's export. */
export const ANOTHER_PERSON = '(another person)';

/** Stored bookkeeping that is about other people (who contributed to a finding), never exported. */
const INTERNAL = new Set(['contributorConsentIds']);

/** Person ids anywhere in a value (records refer to people by id: who decided, who recorded, who read). */
function personIds(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === 'string' && typeOfId(value) === 'Person') found.add(value);
  else if (Array.isArray(value)) value.forEach((v) => personIds(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => personIds(v, found));
  return found;
}

/** The value with internal bookkeeping dropped and every id in `hidden` replaced. */
function redact(value: unknown, hidden: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return hidden.has(value) ? ANOTHER_PERSON : value;
  if (Array.isArray(value)) return value.map((v) => redact(v, hidden));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (INTERNAL.has(k) ? [] : [[k, redact(v, hidden)]])));
  return value;
}

/**
 * Everything held about the viewer (UK GDPR Article 15), as plain JSON: for every record type in the
 * registry (functions/db/entities.ts), every record its `about` collections list for the viewer, so a
 * record type added later is exported without a change here. Other people appear only as staff display
 * names (who decided, who read); any other person's id is replaced, and the audit events show readers'
 * roles as the subject may know them. (The resolver audits the export.)
 */
export async function exportMyData(ctx: ServiceContext): Promise<Record<string, unknown>> {
  const me = ctx.viewer.id;
  const records: Record<string, Record<string, unknown>[]> = {};
  await Promise.all(
    collectionsAbout(me).map(async ({ type, specs }) => {
      const rows = (await Promise.all(specs.map((spec) => queryAll<Record<string, unknown>>(spec)))).flat();
      records[type] = type === 'AuditEvent' ? rows.map((e) => auditEventShownTo(ctx.viewer, e as unknown as AuditEventRecord)) : rows;
    }),
  );

  const referenced = personIds(records, new Set());
  referenced.delete(me);
  const others = await findMany(ctx, 'Person', [...referenced]);
  const staff = new Map(others.filter((p) => isStaff(p.roles)).map((p) => [p.id, p.displayName]));
  const hidden = new Set([...referenced].filter((id) => !staff.has(id)));

  return redact(
    {
      format: 'lxp-subject-access-export/1',
      exportedAt: ctx.now,
      subjectId: me,
      records,
      people: Object.fromEntries([...staff].map(([id, displayName]) => [id, { displayName }])),
      retention: [...RETENTION_SCHEDULE, DEFAULT_RETENTION],
    },
    hidden,
  ) as Record<string, unknown>;
}
