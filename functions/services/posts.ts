import { HcaVacancy, Post } from '../db/entities';
import { newId } from '../db/ids';
import type { HcaVacancyRecord, PostRecord } from '../db/records';
import { badInput, conflict } from '../lib/errors';
import type { PostRole, ServiceArea } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { runMutation } from './idempotency';
import { get } from './load';
import { today } from './programmeRules';
import { intInRange, requiredText } from './validate';

type Retryable = { idempotencyKey?: string | null };
export type RecordHcaVacancyInput = Retryable & { reference: string; area: ServiceArea; ftePercent: number };
export type ConvertVacancyToPostInput = Retryable & {
  vacancyId: string;
  role: PostRole;
  area?: ServiceArea | null;
  ftePercent?: number | null;
};
export type AdvertisePostInput = Retryable & {
  postId: string;
  nhsJobsReference: string;
  closingDate: string;
  expectedVersion?: number | null;
};
export type WithdrawPostInput = Retryable & { postId: string };

/** Agenda for Change bands of the LXP roles (the paper: HCA posts at band 3, the Lead LXP at band 5). */
export const BAND_OF_ROLE: Readonly<Record<PostRole, number>> = { LXP_HCA: 3, LEAD_LXP: 5 };

const fte = (value: number, field: string) => intInRange(value, field, 10, 100);

/** A vacant HCA post, as the establishment holds it. */
export function recordHcaVacancy(ctx: Context, input: RecordHcaVacancyInput) {
  return runMutation(ctx, 'recordHcaVacancy', input, async () => {
    const vacancy: HcaVacancyRecord = {
      type: 'HcaVacancy',
      id: newId('HcaVacancy'),
      reference: requiredText(input.reference, 'input.reference', 40),
      area: input.area,
      ftePercent: fte(input.ftePercent, 'input.ftePercent'),
      status: 'VACANT',
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: HcaVacancy.create(vacancy), result: { vacancy } };
  });
}

/** A vacancy becomes a DRAFT LXP post, once: the vacancy's change and the new post are one transaction. */
export function convertVacancyToPost(ctx: Context, input: ConvertVacancyToPostInput) {
  return runMutation(ctx, 'convertVacancyToPost', input, async () => {
    const ftePercent = input.ftePercent == null ? undefined : fte(input.ftePercent, 'input.ftePercent');
    const vacancy = await get(ctx, 'HcaVacancy', input.vacancyId, 'input.vacancyId');
    const alreadyConverted = () => conflict('ALREADY_CONVERTED', 'This vacancy has already been converted into an LXP post');
    if (vacancy.status !== 'VACANT') throw alreadyConverted();
    const post: PostRecord = {
      type: 'Post',
      id: newId('Post'),
      role: input.role,
      band: BAND_OF_ROLE[input.role],
      area: input.area ?? vacancy.area,
      ftePercent: ftePercent ?? vacancy.ftePercent,
      status: 'DRAFT',
      vacancyId: vacancy.id,
      applicationCount: 0,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return {
      writes: [
        HcaVacancy.update(
          vacancy,
          { status: 'CONVERTED', postId: post.id, updatedAt: ctx.now },
          { when: HcaVacancy.when.equals('status', 'VACANT'), onConditionFailed: alreadyConverted },
        ),
        ...Post.create(post),
      ],
      result: { post },
    };
  });
}

/** A draft post goes on NHS Jobs with a closing date; `advertisedAt` starts the time-to-hire clock. */
export function advertisePost(ctx: Context, input: AdvertisePostInput) {
  return runMutation(ctx, 'advertisePost', input, async () => {
    const nhsJobsReference = requiredText(input.nhsJobsReference, 'input.nhsJobsReference', 40);
    if (input.closingDate < today(ctx)) throw badInput('input.closingDate', 'input.closingDate must be today or later');
    if (input.expectedVersion != null) intInRange(input.expectedVersion, 'input.expectedVersion', 1, Number.MAX_SAFE_INTEGER);
    const post = await get(ctx, 'Post', input.postId, 'input.postId');
    if (input.expectedVersion != null && input.expectedVersion !== post.version) {
      throw conflict('VERSION_MISMATCH', `The post is at version ${post.version}, not ${input.expectedVersion}`);
    }
    const notDraft = () => conflict('NOT_DRAFT', 'Only a draft post can be advertised');
    if (post.status !== 'DRAFT') throw notDraft();
    const changes = {
      status: 'ADVERTISED' as const,
      nhsJobsReference,
      closingDate: input.closingDate,
      advertisedAt: ctx.now,
      updatedAt: ctx.now,
    };
    return {
      writes: [Post.update(post, changes, { when: Post.when.equals('status', 'DRAFT'), onConditionFailed: notDraft })],
      result: { post: { ...post, ...changes, version: post.version + 1 } },
    };
  });
}

/** A post no longer to be filled. */
export function withdrawPost(ctx: Context, input: WithdrawPostInput) {
  return runMutation(ctx, 'withdrawPost', input, async () => {
    const post = await get(ctx, 'Post', input.postId, 'input.postId');
    const closed = () => conflict('POST_CLOSED', `The post is already ${post.status}`);
    if (post.status !== 'DRAFT' && post.status !== 'ADVERTISED') throw closed();
    const changes = { status: 'WITHDRAWN' as const, updatedAt: ctx.now };
    return {
      writes: [Post.update(post, changes, { when: Post.when.oneOf('status', ['DRAFT', 'ADVERTISED']), onConditionFailed: closed })],
      result: { post: { ...post, ...changes, version: post.version + 1 } },
    };
  });
}
