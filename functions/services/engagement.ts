import {
  consentGuardItem,
  contributionItem,
  EngagementActivity,
  EngagementFinding,
  ParticipantConsent,
  type EngagementActivityRecord,
  type EngagementFindingRecord,
  type ParticipantConsentRecord,
} from '../db/coproduction';
import { newId } from '../db/ids';
import { queryAll } from '../db/page';
import { deleteItem, putNew, type TxWrite } from '../db/transact';
import { AppError, badInput, conflict, notEligible } from '../lib/errors';
import type { CoproductionTheme, EngagementKind, ParticipantGroup } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { runMutation } from './idempotency';
import { findMany, get } from './load';
import { intInRange, requiredText, requireId } from './validate';
import { notInFuture } from './workstreams';

/** What each mutation takes: the domain's own shapes (the GraphQL inputs have the same fields). */
type Retryable = { idempotencyKey?: string | null };
export type RecordEngagementActivityInput = Retryable & {
  kind: EngagementKind;
  title: string;
  heldOn: string;
  participantCounts: { group: ParticipantGroup; count: number }[];
};
export type RecordConsentInput = Retryable & { activityId: string; participantName: string; personId?: string | null; givenOn: string };
export type WithdrawConsentInput = Retryable & { consentId: string; withdrawnOn: string };
export type RecordFindingInput = Retryable & {
  activityId: string;
  theme: CoproductionTheme;
  text: string;
  contributorConsentIds?: string[] | null;
};

/** The payload of a withdrawal: the consent record, which keeps what the withdrawal removed. */
export type WithdrawConsentResult = { consent: ParticipantConsentRecord };

export const TITLE_MAX = 200;
export const NAME_MAX = 200;
export const FINDING_MAX = 2_000;
/** A withdrawal is one transaction: the consent plus two writes per finding it touches. */
export const MAX_CONTRIBUTIONS = 49;

export function recordEngagementActivity(ctx: Context, input: RecordEngagementActivityInput) {
  return runMutation(ctx, 'recordEngagementActivity', input, async () => {
    const title = requiredText(input.title, 'input.title', TITLE_MAX);
    const heldOn = notInFuture(ctx, input.heldOn, 'input.heldOn');
    if (input.participantCounts.length === 0) throw badInput('input.participantCounts', 'input.participantCounts needs at least one group');
    const groups = new Set(input.participantCounts.map((c) => c.group));
    if (groups.size !== input.participantCounts.length) throw badInput('input.participantCounts', 'each group may appear once');
    const participantCounts = input.participantCounts.map((c, i) => ({
      group: c.group,
      count: intInRange(c.count, `input.participantCounts.${i}.count`, 1, 10_000),
    }));
    const activity: EngagementActivityRecord = {
      type: 'EngagementActivity',
      id: newId('EngagementActivity'),
      kind: input.kind,
      title,
      heldOn,
      participantCounts,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: EngagementActivity.create(activity), result: { activity } };
  });
}

/** A named participant's written consent, given before the activity; one per known person per activity. */
export function recordConsent(ctx: Context, input: RecordConsentInput) {
  return runMutation(ctx, 'recordConsent', input, async () => {
    const participantName = requiredText(input.participantName, 'input.participantName', NAME_MAX);
    if (input.personId) requireId(input.personId, 'Person', 'input.personId');
    const activity = await get(ctx, 'EngagementActivity', input.activityId, 'input.activityId');
    if (input.givenOn > activity.heldOn)
      throw badInput('input.givenOn', 'Written consent is given before taking part: input.givenOn is after the activity');
    const person = input.personId ? await get(ctx, 'Person', input.personId, 'input.personId') : undefined;
    const consent: ParticipantConsentRecord = {
      type: 'ParticipantConsent',
      id: newId('ParticipantConsent'),
      activityId: activity.id,
      participantName,
      ...(person ? { subjectId: person.id } : {}),
      status: 'GIVEN',
      givenOn: input.givenOn,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const writes: TxWrite[] = [...ParticipantConsent.create(consent)];
    if (person) {
      writes.push(
        putNew(consentGuardItem(activity.id, person.id, consent.id), () =>
          conflict('CONSENT_ALREADY_RECORDED', 'This person already has a consent record for this activity'),
        ),
      );
    }
    return { writes, result: { consent } };
  });
}

const folded = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether the text names a participant: their full name, or any part of it of three letters or more, as a
 * whole word (case and accents ignored). Deliberately cautious: a first name alone identifies someone in a
 * group of five.
 */
export function namesAnyone(text: string, names: readonly string[]): boolean {
  const words = ` ${folded(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return names.some((name) => {
    const parts = folded(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const whole = parts.join(' ');
    return (whole && words.includes(` ${whole} `)) || parts.some((p) => p.length >= 3 && words.includes(` ${p} `));
  });
}

/** An anonymised finding, tagged to a theme; refused when it names a participant the activity holds. */
export function recordFinding(ctx: Context, input: RecordFindingInput) {
  return runMutation(ctx, 'recordFinding', input, async () => {
    const text = requiredText(input.text, 'input.text', FINDING_MAX);
    const contributorIds = [...new Set(input.contributorConsentIds ?? [])];
    contributorIds.forEach((id) => requireId(id, 'ParticipantConsent', 'input.contributorConsentIds'));
    const activity = await get(ctx, 'EngagementActivity', input.activityId, 'input.activityId');
    const participants = await queryAll<ParticipantConsentRecord>(ParticipantConsent.collections.ofActivity(activity.id));
    if (
      namesAnyone(
        text,
        participants.map((p) => p.participantName),
      )
    ) {
      throw new AppError('BAD_USER_INPUT', 'A finding must be anonymised: input.text names a participant of this activity', {
        field: 'input.text',
        reason: 'NAMES_PARTICIPANT',
      });
    }
    const contributors = await findMany(ctx, 'ParticipantConsent', contributorIds);
    if (contributors.length !== contributorIds.length || contributors.some((c) => c.activityId !== activity.id)) {
      throw badInput('input.contributorConsentIds', 'Every contributor must have a consent record for this activity');
    }
    const consentNotGiven = () => notEligible('CONSENT_NOT_GIVEN', 'A contributor has withdrawn their consent');
    if (contributors.some((c) => c.status !== 'GIVEN')) throw consentNotGiven();
    const finding: EngagementFindingRecord = {
      type: 'EngagementFinding',
      id: newId('EngagementFinding'),
      activityId: activity.id,
      theme: input.theme,
      text,
      recordedAt: ctx.now,
      contributorConsentIds: contributorIds,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return {
      writes: [
        // With a contribution pointer per contributor, found again if they withdraw.
        ...EngagementFinding.create(finding),
        // Consent withdrawn meanwhile refuses the whole finding, so no contribution outlives its consent.
        ...contributorIds.map((id) => ParticipantConsent.check(id, ParticipantConsent.when.equals('status', 'GIVEN'), consentNotGiven)),
      ],
      result: { finding },
    };
  });
}

/**
 * Withdraws consent and, in the same transaction, takes the participant's contributions out of every
 * finding: a finding others contributed to stays without them; one only they contributed is deleted.
 */
export function withdrawConsent(ctx: Context, input: WithdrawConsentInput) {
  return runMutation(ctx, 'withdrawConsent', input, async () => {
    const consent = await get(ctx, 'ParticipantConsent', input.consentId, 'input.consentId');
    const withdrawnOn = notInFuture(ctx, input.withdrawnOn, 'input.withdrawnOn');
    if (withdrawnOn < consent.givenOn) throw badInput('input.withdrawnOn', 'input.withdrawnOn is before consent was given');
    if (consent.status === 'WITHDRAWN') throw conflict('ALREADY_WITHDRAWN', 'Consent is already withdrawn');
    const pointers = await queryAll<{ ref: string }>(EngagementFinding.collections.contributionsOf(consent.id));
    if (pointers.length > MAX_CONTRIBUTIONS) {
      throw conflict('TOO_MANY_CONTRIBUTIONS', `More than ${MAX_CONTRIBUTIONS} findings cite this participant; ask an administrator`);
    }
    const findings = await findMany(
      ctx,
      'EngagementFinding',
      pointers.map((p) => p.ref),
    );
    const changedMeanwhile = () => conflict('CONCURRENT_WRITE', 'A finding changed meanwhile; retry');
    const writes: TxWrite[] = [];
    let removed = 0;
    for (const finding of findings) {
      const others = finding.contributorConsentIds.filter((id) => id !== consent.id);
      if (others.length === 0) {
        removed += 1;
        writes.push(EngagementFinding.remove(finding, changedMeanwhile));
      } else {
        writes.push(
          EngagementFinding.update(finding, { contributorConsentIds: others, updatedAt: ctx.now }, { onConditionFailed: changedMeanwhile }),
        );
      }
      const { PK, SK } = contributionItem(consent.id, finding.id);
      writes.push(deleteItem({ PK, SK }));
    }
    // What the withdrawal removed is kept on the consent record, so a retry answers the same.
    const changes = {
      status: 'WITHDRAWN' as const,
      withdrawnOn,
      findingsAffected: findings.length,
      findingsRemoved: removed,
      updatedAt: ctx.now,
    };
    writes.unshift(
      ParticipantConsent.update(consent, changes, {
        onConditionFailed: () => conflict('ALREADY_WITHDRAWN', 'Consent was withdrawn or changed meanwhile'),
      }),
    );
    return { writes, result: { consent: { ...consent, ...changes, version: consent.version + 1 } } };
  });
}
