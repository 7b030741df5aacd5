import type { EntryFeedbackRecord, PortfolioEntryRecord, PortfolioRecord, TutorialRecord } from '../db/deliveryRecords';
import { EntryFeedback, Portfolio, PortfolioEntry, sharedEntryItem, sharedEntryKey, Tutorial } from '../db/entities';
import { newId } from '../db/ids';
import { putAny, remove, type TxWrite } from '../db/transact';
import { badInput, conflict, notEligible } from '../lib/errors';
import type { PortfolioEntryStatus } from '../lib/vocabulary';
import type { ServiceContext } from './context';
import { runMutation } from './idempotency';
import { get } from './load';
import { notOnOwnEnrolment } from './separationOfDuties';
import { intInRange, optionalText, requiredText } from './validate';

type Retryable = { idempotencyKey?: string | null };
export type WritePortfolioEntryInput = Retryable & { portfolioId: string; title: string; body: string; sharedWithMentor?: boolean | null };
export type UpdatePortfolioEntryInput = Retryable & {
  entryId: string;
  title?: string | null;
  body?: string | null;
  status?: PortfolioEntryStatus | null;
  sharedWithMentor?: boolean | null;
  expectedVersion?: number | null;
};
export type CommentOnPortfolioEntryInput = Retryable & { entryId: string; body: string };
export type RecordTutorialInput = Retryable & { portfolioId: string; date: string; durationMinutes: number; notes?: string | null };

export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;

/** A portfolio takes new writing while it is being written or after a referral, not while assessed or once passed. */
const OPEN: readonly PortfolioRecord['status'][] = ['IN_PROGRESS', 'REFERRED'];
const locked = () => notEligible('PORTFOLIO_LOCKED', 'The portfolio is with the assessors or has passed');
const stillOpen = (portfolioId: string) => Portfolio.check(portfolioId, Portfolio.when.oneOf('status', OPEN), locked);

const ORDER: readonly PortfolioEntryStatus[] = ['DRAFT', 'SUBMITTED_FOR_COMMENT', 'FINAL'];

/** A new DRAFT entry in the viewer's own portfolio (the rule admits only the trainee). */
export function writePortfolioEntry(ctx: ServiceContext, input: WritePortfolioEntryInput) {
  return runMutation(ctx, 'writePortfolioEntry', input, async () => {
    const title = requiredText(input.title, 'input.title', TITLE_MAX);
    const body = requiredText(input.body, 'input.body', BODY_MAX);
    const portfolio = await get(ctx, 'Portfolio', input.portfolioId, 'input.portfolioId');
    if (!OPEN.includes(portfolio.status)) throw locked();
    const entry: PortfolioEntryRecord = {
      type: 'PortfolioEntry',
      id: newId('PortfolioEntry'),
      subjectId: portfolio.subjectId,
      cohortId: portfolio.cohortId,
      portfolioId: portfolio.id,
      title,
      body,
      status: 'DRAFT',
      sharedWithMentor: input.sharedWithMentor ?? false,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: [...PortfolioEntry.create(entry), stillOpen(portfolio.id)], result: { entry } };
  });
}

/** Changes the viewer's own entry: text, a later status, and whether the mentor may read it. */
export function updatePortfolioEntry(ctx: ServiceContext, input: UpdatePortfolioEntryInput) {
  return runMutation(ctx, 'updatePortfolioEntry', input, async () => {
    const changes: Partial<PortfolioEntryRecord> = {};
    if (input.title != null) changes.title = requiredText(input.title, 'input.title', TITLE_MAX);
    if (input.body != null) changes.body = requiredText(input.body, 'input.body', BODY_MAX);
    if (input.status != null) changes.status = input.status;
    if (input.sharedWithMentor != null) changes.sharedWithMentor = input.sharedWithMentor;
    if (Object.keys(changes).length === 0) throw badInput('input', 'Give at least one of title, body, status or sharedWithMentor');
    if (input.expectedVersion != null) intInRange(input.expectedVersion, 'input.expectedVersion', 1, Number.MAX_SAFE_INTEGER);

    const entry = await get(ctx, 'PortfolioEntry', input.entryId, 'input.entryId');
    if (input.expectedVersion != null && input.expectedVersion !== entry.version) {
      throw conflict('VERSION_MISMATCH', `The entry is at version ${entry.version}, not ${input.expectedVersion}`);
    }
    if (changes.status && ORDER.indexOf(changes.status) < ORDER.indexOf(entry.status)) {
      throw notEligible('STATUS_ONLY_FORWARDS', `An entry moves forwards only; this one is ${entry.status}`);
    }
    const rewriting = changes.title !== undefined || changes.body !== undefined;
    if (rewriting && entry.status === 'FINAL') throw notEligible('ENTRY_FINAL', 'A FINAL entry cannot be rewritten');
    const writes: TxWrite[] = [];
    const becomesFinal = changes.status === 'FINAL' && entry.status !== 'FINAL';
    if (rewriting || (changes.status && changes.status !== entry.status)) {
      const portfolio = await get(ctx, 'Portfolio', entry.portfolioId);
      if (!OPEN.includes(portfolio.status)) throw locked();
      // A transaction touches an item once: the count of FINAL entries carries the same condition.
      writes.push(
        becomesFinal
          ? Portfolio.add(portfolio.id, { finalEntryCount: 1 }, { when: Portfolio.when.oneOf('status', OPEN), onConditionFailed: locked })
          : stillOpen(portfolio.id),
      );
    }
    const after: PortfolioEntryRecord = { ...entry, ...changes, updatedAt: ctx.now, version: entry.version + 1 };
    writes.push(PortfolioEntry.update(entry, { ...changes, updatedAt: ctx.now }));
    if (after.sharedWithMentor !== entry.sharedWithMentor) {
      writes.push(after.sharedWithMentor ? putAny(sharedEntryItem(after)) : remove(sharedEntryKey(entry.id)));
    }
    return { writes, result: { entry: after } };
  });
}

/** A facilitator's comment on an entry its trainee submitted for comment. */
export function commentOnPortfolioEntry(ctx: ServiceContext, input: CommentOnPortfolioEntryInput) {
  return runMutation(ctx, 'commentOnPortfolioEntry', input, async () => {
    const body = requiredText(input.body, 'input.body', 5000);
    const entry = await get(ctx, 'PortfolioEntry', input.entryId, 'input.entryId');
    notOnOwnEnrolment(ctx, entry.subjectId, 'comment on entries');
    if (entry.status !== 'SUBMITTED_FOR_COMMENT') {
      throw notEligible('NOT_SUBMITTED_FOR_COMMENT', `Only an entry submitted for comment takes comments; this one is ${entry.status}`);
    }
    const feedback: EntryFeedbackRecord = {
      type: 'EntryFeedback',
      id: newId('EntryFeedback'),
      subjectId: entry.subjectId,
      cohortId: entry.cohortId,
      entryId: entry.id,
      authorId: ctx.viewer.id,
      body,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const stillSubmitted = PortfolioEntry.check(entry.id, PortfolioEntry.when.equals('status', 'SUBMITTED_FOR_COMMENT'), () =>
      notEligible('NOT_SUBMITTED_FOR_COMMENT', 'The entry moved on meanwhile'),
    );
    return { writes: [...EntryFeedback.create(feedback), stillSubmitted], result: { feedback } };
  });
}

/** An individual tutorial on a trainee's reflective writing. */
export function recordTutorial(ctx: ServiceContext, input: RecordTutorialInput) {
  return runMutation(ctx, 'recordTutorial', input, async () => {
    const durationMinutes = intInRange(input.durationMinutes, 'input.durationMinutes', 5, 480);
    const notes = optionalText(input.notes, 'input.notes', 5000);
    const portfolio = await get(ctx, 'Portfolio', input.portfolioId, 'input.portfolioId');
    notOnOwnEnrolment(ctx, portfolio.subjectId, 'record tutorials');
    const tutorial: TutorialRecord = {
      type: 'Tutorial',
      id: newId('Tutorial'),
      subjectId: portfolio.subjectId,
      cohortId: portfolio.cohortId,
      portfolioId: portfolio.id,
      facilitatorId: ctx.viewer.id,
      date: input.date,
      durationMinutes,
      ...(notes ? { notes } : {}),
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: Tutorial.create(tutorial), result: { tutorial } };
  });
}
