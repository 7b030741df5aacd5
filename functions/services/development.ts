import { CdpSession, CdpSignUp, DevelopmentPlan } from '../db/entities';
import { newId } from '../db/ids';
import type { CdpSessionRecord, CdpSignUpRecord, DevelopmentPlanRecord } from '../db/records';
import type { TxWrite } from '../db/transact';
import { AppError, badInput, conflict, notEligible } from '../lib/errors';
import type { DevelopmentGoalStatus } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { developmentPlanId } from './employment';
import { runMutation } from './idempotency';
import { find, findMany, get } from './load';
import { idSuffix, notFuture, requireEmployed, today } from './programmeRules';
import { notOnOwn } from './separationOfDuties';
import { intInRange, requiredText, requireId } from './validate';

type Retryable = { idempotencyKey?: string | null };
export type CreateCdpSessionInput = Retryable & { topic: string; date: string; capacity: number };
export type SignUpForCdpSessionInput = Retryable & { sessionId: string };
export type CancelCdpSignUpInput = Retryable & { sessionId: string };
export type RecordCdpAttendanceInput = Retryable & { sessionId: string; attendeeIds: string[] };
export type UpdateDevelopmentGoalsInput = Retryable & {
  lxpId: string;
  goals: { text: string; targetDate?: string | null; status?: DevelopmentGoalStatus | null }[];
  expectedVersion?: number | null;
};
export type AddDevelopmentPlanReviewInput = Retryable & { lxpId: string; reviewedOn: string; notes: string };

/** One sign-up per person per session: its id is derived from both, so a second sign-up finds the first. */
export const signUpId = (sessionId: string, personId: string) => `csu_${idSuffix(sessionId)}-${idSuffix(personId)}`;

/** A session of the Continuing Development Programme, led by the Lead LXP who plans it. */
export function createCdpSession(ctx: Context, input: CreateCdpSessionInput) {
  return runMutation(ctx, 'createCdpSession', input, async () => {
    const session: CdpSessionRecord = {
      type: 'CdpSession',
      id: newId('CdpSession'),
      topic: requiredText(input.topic, 'input.topic', 200),
      date: input.date,
      capacity: intInRange(input.capacity, 'input.capacity', 1, 100),
      leaderId: ctx.viewer.id,
      signedUpCount: 0,
      attendedCount: 0,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: CdpSession.create(session), result: { session } };
  });
}

const capacityReached = (session: CdpSessionRecord) =>
  new AppError('CAPACITY_REACHED', `All ${session.capacity} places on this session are taken`, { capacity: session.capacity });

/**
 * An employed LXP takes a place. The place is counted on the session under the condition that the count is
 * below capacity, in the same transaction as the sign-up: many signing up at once never overfill it.
 */
export function signUpForCdpSession(ctx: Context, input: SignUpForCdpSessionInput) {
  return runMutation(ctx, 'signUpForCdpSession', input, async () => {
    const session = await get(ctx, 'CdpSession', input.sessionId, 'input.sessionId');
    if (session.date < today(ctx)) throw notEligible('SESSION_PAST', 'The session has taken place');
    await requireEmployed(ctx.viewer.id);
    const id = signUpId(session.id, ctx.viewer.id);
    const existing = await find(ctx, 'CdpSignUp', id);
    const already = () => conflict('ALREADY_SIGNED_UP', 'You are already signed up for this session');
    if (existing?.status === 'SIGNED_UP') throw already();
    if (session.signedUpCount >= session.capacity) throw capacityReached(session);
    const signUp: CdpSignUpRecord = existing
      ? { ...existing, status: 'SIGNED_UP', signedUpAt: existing.signedUpAt, version: existing.version + 1, updatedAt: ctx.now }
      : {
          type: 'CdpSignUp',
          id,
          subjectId: ctx.viewer.id,
          sessionId: session.id,
          status: 'SIGNED_UP',
          signedUpAt: ctx.now,
          attended: false,
          version: 1,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        };
    const take: TxWrite[] = existing
      ? [
          CdpSignUp.update(
            existing,
            { status: 'SIGNED_UP', updatedAt: ctx.now },
            { when: CdpSignUp.when.equals('status', 'CANCELLED'), onConditionFailed: already },
          ),
        ]
      : CdpSignUp.create(signUp, already);
    return {
      writes: [
        ...take,
        CdpSession.add(
          session.id,
          { signedUpCount: 1 },
          { when: CdpSession.when.below('signedUpCount', 'capacity'), onConditionFailed: () => capacityReached(session) },
        ),
      ],
      result: { signUp },
    };
  });
}

/** The LXP gives up their place; the session's count frees it in the same transaction. */
export function cancelCdpSignUp(ctx: Context, input: CancelCdpSignUpInput) {
  return runMutation(ctx, 'cancelCdpSignUp', input, async () => {
    const session = await get(ctx, 'CdpSession', input.sessionId, 'input.sessionId');
    const signUp = await find(ctx, 'CdpSignUp', signUpId(session.id, ctx.viewer.id));
    const none = () => conflict('NOT_SIGNED_UP', 'You are not signed up for this session');
    if (signUp?.status !== 'SIGNED_UP') throw none();
    const changes = { status: 'CANCELLED' as const, updatedAt: ctx.now };
    return {
      writes: [
        CdpSignUp.update(signUp, changes, { when: CdpSignUp.when.equals('status', 'SIGNED_UP'), onConditionFailed: none }),
        CdpSession.add(session.id, { signedUpCount: -1 }, { onConditionFailed: none }),
      ],
      result: { signUp: { ...signUp, ...changes, version: signUp.version + 1 } },
    };
  });
}

/** The Lead LXP records who attended; each attendee must hold a place, and nobody records their own attendance. */
export function recordCdpAttendance(ctx: Context, input: RecordCdpAttendanceInput) {
  return runMutation(ctx, 'recordCdpAttendance', input, async () => {
    const attendeeIds = [...new Set(input.attendeeIds)];
    if (attendeeIds.length < 1 || attendeeIds.length > 50)
      throw badInput('input.attendeeIds', 'input.attendeeIds must name 1 to 50 people');
    attendeeIds.forEach((id) => requireId(id, 'Person', 'input.attendeeIds'));
    const session = await get(ctx, 'CdpSession', input.sessionId, 'input.sessionId');
    if (attendeeIds.includes(ctx.viewer.id)) notOnOwn(ctx, ctx.viewer.id, 'OWN_ATTENDANCE', 'record attendance');
    const signUps = await findMany(
      ctx,
      'CdpSignUp',
      attendeeIds.map((p) => signUpId(session.id, p)),
    );
    const without = attendeeIds.filter((p) => !signUps.some((s) => s.subjectId === p && s.status === 'SIGNED_UP'));
    if (without.length) throw badInput('input.attendeeIds', `Not signed up for this session: ${without.join(', ')}`);
    const newly = signUps.filter((s) => !s.attended);
    const changed = () => conflict('VERSION_MISMATCH', 'A sign-up changed meanwhile; read the session again');
    const writes: TxWrite[] = newly.map((s) =>
      CdpSignUp.update(
        s,
        { attended: true, updatedAt: ctx.now },
        {
          when: CdpSignUp.when.all(CdpSignUp.when.equals('status', 'SIGNED_UP'), CdpSignUp.when.equals('attended', false)),
          onConditionFailed: changed,
        },
      ),
    );
    if (newly.length) writes.push(CdpSession.add(session.id, { attendedCount: newly.length }, { onConditionFailed: changed }));
    return { writes, result: { session: { ...session, attendedCount: session.attendedCount + newly.length } } };
  });
}

const emptyPlan = (ctx: Context, lxpId: string): DevelopmentPlanRecord => ({
  type: 'DevelopmentPlan',
  id: developmentPlanId(lxpId),
  subjectId: lxpId,
  goals: [],
  reviews: [],
  version: 1,
  createdAt: ctx.now,
  updatedAt: ctx.now,
});

/** Saves a plan: a new one on condition it is new, an existing one under its version. */
function savePlan(plan: DevelopmentPlanRecord | null, next: DevelopmentPlanRecord, changes: Partial<DevelopmentPlanRecord>): TxWrite {
  const changed = () => conflict('VERSION_MISMATCH', 'The plan changed meanwhile; read it again');
  return plan ? DevelopmentPlan.update(plan, changes, { onConditionFailed: changed }) : DevelopmentPlan.create(next, changed)[0]!;
}

/** The LXP writes their own goals (the rule on the mutation: only SELF), starting the plan if needed. */
export function updateDevelopmentGoals(ctx: Context, input: UpdateDevelopmentGoalsInput) {
  return runMutation(ctx, 'updateDevelopmentGoals', input, async () => {
    if (input.goals.length > 20) throw badInput('input.goals', 'At most 20 goals');
    const goals = input.goals.map((g, i) => ({
      text: requiredText(g.text, `input.goals.${i}.text`, 1000),
      ...(g.targetDate ? { targetDate: g.targetDate } : {}),
      status: g.status ?? ('OPEN' as const),
    }));
    if (input.expectedVersion != null) intInRange(input.expectedVersion, 'input.expectedVersion', 1, Number.MAX_SAFE_INTEGER);
    requireId(input.lxpId, 'Person', 'input.lxpId');
    await requireEmployed(input.lxpId);
    const plan = await find(ctx, 'DevelopmentPlan', developmentPlanId(input.lxpId));
    if (input.expectedVersion != null && input.expectedVersion !== (plan?.version ?? 0)) {
      throw conflict('VERSION_MISMATCH', `The plan is at version ${plan?.version ?? 0}, not ${input.expectedVersion}`);
    }
    const changes = { goals, updatedAt: ctx.now };
    const next = plan ? { ...plan, ...changes, version: plan.version + 1 } : { ...emptyPlan(ctx, input.lxpId), goals };
    return { writes: [savePlan(plan, next, changes)], result: { plan: next } };
  });
}

/** A review by the LXP's supervisor or the Lead LXP, never of one's own plan. */
export function addDevelopmentPlanReview(ctx: Context, input: AddDevelopmentPlanReviewInput) {
  return runMutation(ctx, 'addDevelopmentPlanReview', input, async () => {
    const reviewedOn = notFuture(ctx, input.reviewedOn, 'input.reviewedOn');
    const notes = requiredText(input.notes, 'input.notes', 5000);
    requireId(input.lxpId, 'Person', 'input.lxpId');
    notOnOwn(ctx, input.lxpId, 'OWN_PLAN', 'review a development plan');
    await requireEmployed(input.lxpId);
    const plan = await find(ctx, 'DevelopmentPlan', developmentPlanId(input.lxpId));
    const reviews = [...(plan?.reviews ?? []), { reviewedOn, reviewerId: ctx.viewer.id, notes }];
    const changes = { reviews, updatedAt: ctx.now };
    const next = plan ? { ...plan, ...changes, version: plan.version + 1 } : { ...emptyPlan(ctx, input.lxpId), reviews };
    return { writes: [savePlan(plan, next, changes)], result: { plan: next } };
  });
}
