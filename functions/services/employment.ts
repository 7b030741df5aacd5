import { outcomeWrites } from './outcomes/programmeWrites';
import { Employment, Relation, relationKey, SupervisionRecord, supervisionDueItem, supervisionDueKey } from '../db/entities';
import { newId } from '../db/ids';
import { lists, type ListSource } from '../db/lists';
import type { EmploymentRecord, SupervisionRecordRecord } from '../db/records';
import { deleteItem, putItem, setFields, type TxWrite } from '../db/transact';
import { config } from '../lib/config';
import { badInput, conflict, notEligible } from '../lib/errors';
import type { LeavingReason } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { runMutation } from './idempotency';
import { notOnOwn } from './separationOfDuties';
import { findMany, get } from './load';
import { SUPERVISOR_ROLES, activeEmployments, daysBefore, idSuffix, notFuture, requireRoles, today } from './programmeRules';
import { supervisorRelation } from './recruitment';
import { intInRange, requiredText, requireId } from './validate';

type Retryable = { idempotencyKey?: string | null };
export type AssignSupervisorInput = Retryable & { employmentId: string; supervisorId: string };
export type SetWorkplaceAdjustmentsInput = Retryable & { employmentId: string; adjustments: string[]; expectedVersion?: number | null };
export type RecordLeavingInput = Retryable & { employmentId: string; leftOn: string; reason: LeavingReason };
export type RecordSupervisionInput = Retryable & { lxpId: string; heldOn: string; notes: string };

const alreadyLeft = () => conflict('ALREADY_LEFT', 'The LXP has left this post');

/** Moves the SUPERVISOR relation with the employment's supervisor, in one transaction. */
export function assignSupervisor(ctx: Context, input: AssignSupervisorInput) {
  return runMutation(ctx, 'assignSupervisor', input, async () => {
    const supervisorId = requireId(input.supervisorId, 'Person', 'input.supervisorId');
    const employment = await get(ctx, 'Employment', input.employmentId, 'input.employmentId');
    notOnOwn(ctx, employment.subjectId, 'OWN_EMPLOYMENT', 'assign a supervisor');
    if (employment.status !== 'ACTIVE') throw alreadyLeft();
    if (supervisorId === employment.subjectId) throw badInput('input.supervisorId', 'An LXP cannot supervise themselves');
    requireRoles(
      await findMany(ctx, 'Person', [supervisorId]),
      [supervisorId],
      SUPERVISOR_ROLES,
      'input.supervisorId',
      'a clinician or the Lead LXP',
    );
    const changes = { supervisorId, updatedAt: ctx.now };
    const previous = employment.supervisorId;
    return {
      writes: [
        Employment.update(employment, changes, { when: Employment.when.equals('status', 'ACTIVE') }),
        ...(previous && previous !== supervisorId ? [deleteItem(relationKey(previous, 'SUPERVISOR', employment.subjectId))] : []),
        putItem(Relation.item(supervisorRelation(supervisorId, employment.subjectId, ctx.now))),
      ],
      result: { employment: { ...employment, ...changes, version: employment.version + 1 } },
    };
  });
}

/** HR records the workplace adjustments agreed with the LXP. */
export function setWorkplaceAdjustments(ctx: Context, input: SetWorkplaceAdjustmentsInput) {
  return runMutation(ctx, 'setWorkplaceAdjustments', input, async () => {
    if (input.adjustments.length > 20) throw badInput('input.adjustments', 'At most 20 adjustments');
    const workplaceAdjustments = input.adjustments.map((a, i) => requiredText(a, `input.adjustments.${i}`, 500));
    if (input.expectedVersion != null) intInRange(input.expectedVersion, 'input.expectedVersion', 1, Number.MAX_SAFE_INTEGER);
    const employment = await get(ctx, 'Employment', input.employmentId, 'input.employmentId');
    notOnOwn(ctx, employment.subjectId, 'OWN_EMPLOYMENT', 'agree workplace adjustments');
    if (input.expectedVersion != null && input.expectedVersion !== employment.version) {
      throw conflict('VERSION_MISMATCH', `The employment is at version ${employment.version}, not ${input.expectedVersion}`);
    }
    const changes = { workplaceAdjustments, updatedAt: ctx.now };
    return {
      writes: [Employment.update(employment, changes)],
      result: { employment: { ...employment, ...changes, version: employment.version + 1 } },
    };
  });
}

/** The LXP leaves with a coded reason: out of the supervision-due index, and the supervisor's relation ends. */
export function recordLeaving(ctx: Context, input: RecordLeavingInput) {
  return runMutation(ctx, 'recordLeaving', input, async () => {
    const employment = await get(ctx, 'Employment', input.employmentId, 'input.employmentId');
    notOnOwn(ctx, employment.subjectId, 'OWN_EMPLOYMENT', 'record leaving');
    if (employment.status !== 'ACTIVE') throw alreadyLeft();
    if (input.leftOn < employment.startDate) throw badInput('input.leftOn', 'input.leftOn must be on or after the start date');
    const changes = { status: 'LEFT' as const, leftOn: input.leftOn, leavingReason: input.reason, updatedAt: ctx.now };
    const stillSupervised = (await activeEmployments(employment.subjectId)).some(
      (e) => e.id !== employment.id && e.supervisorId === employment.supervisorId,
    );
    return {
      writes: [
        Employment.update(employment, changes, { when: Employment.when.equals('status', 'ACTIVE'), onConditionFailed: alreadyLeft }),
        deleteItem(supervisionDueKey(employment.id)),
        ...outcomeWrites.left(employment, input.leftOn),
        ...(employment.supervisorId && !stillSupervised
          ? [deleteItem(relationKey(employment.supervisorId, 'SUPERVISOR', employment.subjectId))]
          : []),
      ],
      result: { employment: { ...employment, ...changes, version: employment.version + 1 } },
    };
  });
}

/**
 * A supervision session with an LXP, by their supervisor. The employment's `lastSupervisionAt` and its
 * place in the supervision-due index move in the same transaction, only ever forward in time.
 */
export function recordSupervision(ctx: Context, input: RecordSupervisionInput) {
  return runMutation(ctx, 'recordSupervision', input, async () => {
    const heldOn = notFuture(ctx, input.heldOn, 'input.heldOn');
    const notes = requiredText(input.notes, 'input.notes', 10_000);
    requireId(input.lxpId, 'Person', 'input.lxpId');
    notOnOwn(ctx, input.lxpId, 'OWN_EMPLOYMENT', 'record supervision');
    const employment = (await activeEmployments(input.lxpId)).find((e) => e.supervisorId === ctx.viewer.id);
    if (!employment) throw notEligible('NOT_SUPERVISING', 'You do not supervise this LXP in an active employment');
    if (heldOn < employment.startDate) throw badInput('input.heldOn', 'input.heldOn must be on or after the start date');
    const record: SupervisionRecordRecord = {
      type: 'SupervisionRecord',
      id: newId('SupervisionRecord'),
      subjectId: employment.subjectId,
      employmentId: employment.id,
      supervisorId: ctx.viewer.id,
      heldOn,
      notes,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const writes: TxWrite[] = [...SupervisionRecord.create(record)];
    if (!employment.lastSupervisionAt || employment.lastSupervisionAt < heldOn) {
      writes.push(
        setFields<EmploymentRecord>(
          Employment.keyOf(employment),
          { lastSupervisionAt: heldOn },
          {
            when: Employment.when.any(Employment.when.missing('lastSupervisionAt'), Employment.when.atMost('lastSupervisionAt', heldOn)),
            onConditionFailed: () => conflict('CONCURRENT_WRITE', 'A later supervision was recorded meanwhile; retry'),
          },
        ),
        putItem(supervisionDueItem({ ...employment, lastSupervisionAt: heldOn })),
        ...outcomeWrites.supervised(employment, heldOn),
      );
    }
    return { writes, result: { record } };
  });
}

/** The configured interval, or the one asked for. */
export function supervisionInterval(intervalDays: number | null | undefined): number {
  return intervalDays == null ? config().supervisionIntervalDays : intInRange(intervalDays, 'intervalDays', 1, 365);
}

/** Active employments whose last supervision (or start) is before today minus the interval: a key condition, not a filter. */
export function overdueSupervision(ctx: Context, intervalDays: number | null | undefined): ListSource {
  return lists.supervisionDue(daysBefore(today(ctx), supervisionInterval(intervalDays)));
}

/** The development plan of an LXP is one record, found from the person. */
export const developmentPlanId = (lxpId: string) => `dvp_${idSuffix(lxpId)}`;
