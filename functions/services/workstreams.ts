import {
  memberGuardItem,
  Recommendation,
  WorkstreamMeeting,
  WorkstreamMember,
  type RecommendationRecord,
  type WorkstreamMeetingRecord,
  type WorkstreamMemberRecord,
} from '../db/coproduction';
import { Relation } from '../db/entities';
import { newId } from '../db/ids';
import type { RelationRecord } from '../db/records';
import { putNew } from '../db/transact';
import { badInput, conflict } from '../lib/errors';
import type { MemberBackground, RecommendationDecision } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { runMutation } from './idempotency';
import { get } from './load';
import { intInRange, requiredText, requireId } from './validate';

/** What each mutation takes: the domain's own shapes (the GraphQL inputs have the same fields). */
type Retryable = { idempotencyKey?: string | null };
export type AddWorkstreamMemberInput = Retryable & { workstreamId: string; personId: string; background: MemberBackground };
export type RecordWorkstreamMeetingInput = Retryable & { workstreamId: string; heldOn: string; notes: string };
export type ProposeRecommendationInput = Retryable & { workstreamId: string; text: string };
export type DecideRecommendationInput = Retryable & {
  recommendationId: string;
  decision: RecommendationDecision;
  decidedOn: string;
  expectedVersion?: number | null;
};

export const NOTES_MAX = 10_000;
export const RECOMMENDATION_MAX = 2_000;

const STAFF_BACKGROUNDS = new Set(['CLINICAL', 'MANAGEMENT', 'SUPPORT']);

/** A day (YYYY-MM-DD) that is not after the request's day; BAD_USER_INPUT naming the field otherwise. */
export function notInFuture(ctx: Context, day: string, field: string): string {
  if (day > ctx.now.slice(0, 10)) throw badInput(field, `${field} must not be in the future`);
  return day;
}

/**
 * A seat on a workstream, with the MEMBER relation that lets the person see its members and meetings. The
 * background must match what the person record holds: a SERVICE_USER background only for someone holding
 * that role, a staff background only for someone holding a staff role.
 */
export function addWorkstreamMember(ctx: Context, input: AddWorkstreamMemberInput) {
  return runMutation(ctx, 'addWorkstreamMember', input, async () => {
    const workstream = await get(ctx, 'Workstream', input.workstreamId, 'input.workstreamId');
    const person = await get(ctx, 'Person', input.personId, 'input.personId');
    const staff = person.roles.some((r) => r !== 'SERVICE_USER');
    if (input.background === 'SERVICE_USER' ? !person.roles.includes('SERVICE_USER') : !staff || !STAFF_BACKGROUNDS.has(input.background)) {
      throw badInput('input.background', `${input.background} does not match the roles this person holds`);
    }
    const member: WorkstreamMemberRecord = {
      type: 'WorkstreamMember',
      id: newId('WorkstreamMember'),
      workstreamId: workstream.id,
      subjectId: person.id,
      background: input.background,
      joinedAt: ctx.now,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const relation: RelationRecord = {
      type: 'Relation',
      personId: person.id,
      relation: 'MEMBER',
      anchor: workstream.id,
      createdAt: ctx.now,
    };
    return {
      writes: [
        ...WorkstreamMember.create(member),
        putNew(memberGuardItem(workstream.id, person.id, member.id), () =>
          conflict('ALREADY_A_MEMBER', 'This person already sits on this workstream'),
        ),
        ...Relation.create(relation, () => conflict('ALREADY_A_MEMBER', 'This person already sits on this workstream')),
      ],
      result: { member },
    };
  });
}

export function recordWorkstreamMeeting(ctx: Context, input: RecordWorkstreamMeetingInput) {
  return runMutation(ctx, 'recordWorkstreamMeeting', input, async () => {
    const notes = requiredText(input.notes, 'input.notes', NOTES_MAX);
    const heldOn = notInFuture(ctx, input.heldOn, 'input.heldOn');
    const workstream = await get(ctx, 'Workstream', input.workstreamId, 'input.workstreamId');
    const meeting: WorkstreamMeetingRecord = {
      type: 'WorkstreamMeeting',
      id: newId('WorkstreamMeeting'),
      workstreamId: workstream.id,
      heldOn,
      notes,
      recordedBy: ctx.viewer.id,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: WorkstreamMeeting.create(meeting), result: { meeting } };
  });
}

export function proposeRecommendation(ctx: Context, input: ProposeRecommendationInput) {
  return runMutation(ctx, 'proposeRecommendation', input, async () => {
    const text = requiredText(input.text, 'input.text', RECOMMENDATION_MAX);
    const workstream = await get(ctx, 'Workstream', input.workstreamId, 'input.workstreamId');
    const recommendation: RecommendationRecord = {
      type: 'Recommendation',
      id: newId('Recommendation'),
      workstreamId: workstream.id,
      text,
      status: 'PROPOSED',
      proposedAt: ctx.now,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: Recommendation.create(recommendation), result: { recommendation } };
  });
}

/** PROPOSED → ADOPTED or REJECTED, once, on the day the project management group decided. */
export function decideRecommendation(ctx: Context, input: DecideRecommendationInput) {
  return runMutation(ctx, 'decideRecommendation', input, async () => {
    requireId(input.recommendationId, 'Recommendation', 'input.recommendationId');
    const decidedAt = notInFuture(ctx, input.decidedOn, 'input.decidedOn');
    if (input.expectedVersion != null) intInRange(input.expectedVersion, 'input.expectedVersion', 1, Number.MAX_SAFE_INTEGER);
    const recommendation = await get(ctx, 'Recommendation', input.recommendationId, 'input.recommendationId');
    if (input.expectedVersion != null && input.expectedVersion !== recommendation.version) {
      throw conflict('VERSION_MISMATCH', `The recommendation is at version ${recommendation.version}, not ${input.expectedVersion}`);
    }
    if (recommendation.status !== 'PROPOSED') throw conflict('ALREADY_DECIDED', `The recommendation is already ${recommendation.status}`);
    if (decidedAt < recommendation.proposedAt.slice(0, 10)) throw badInput('input.decidedOn', 'input.decidedOn is before it was proposed');
    const changes: Partial<RecommendationRecord> = {
      status: input.decision === 'ADOPT' ? 'ADOPTED' : 'REJECTED',
      decidedAt,
      decidedBy: ctx.viewer.id,
      updatedAt: ctx.now,
    };
    return {
      writes: [
        Recommendation.update(recommendation, changes, {
          when: Recommendation.when.equals('status', 'PROPOSED'),
          onConditionFailed: () => conflict('ALREADY_DECIDED', 'The recommendation was decided or changed meanwhile'),
        }),
      ],
      result: { recommendation: { ...recommendation, ...changes, version: recommendation.version + 1 } },
    };
  });
}
