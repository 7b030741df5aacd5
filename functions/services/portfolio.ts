import { entryIndexKeys, sharedEntryItem, sharedEntryKey } from '../db/deliveryKeys';
import type { EntryFeedbackRecord, PortfolioEntryRecord, PortfolioRecord, TutorialRecord } from '../db/deliveryRecords';
import { newId } from '../db/ids';
import { itemKey, itemOf } from '../db/keys';
import { addToCounters, conditionCheck, putAny, putNew, remove, versionedUpdate, when, type TxWrite } from '../db/transact';
import type { Context } from '../graphql/context';
import type {
  CommentOnPortfolioEntryInput,
  PortfolioEntryStatus,
  RecordTutorialInput,
  UpdatePortfolioEntryInput,
  WritePortfolioEntryInput,
} from '../graphql/resolvers.generated';
import { badInput, conflict, notEligible } from '../lib/errors';
import { runMutation } from './idempotency';
import { get } from './load';
import { notOnOwnEnrolment } from './separationOfDuties';
import { intInRange, optionalText, requiredText } from './validate';

export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;

/** A portfolio takes new writing while it is being written or after a referral, not while assessed or once passed. */
const OPEN: readonly PortfolioRecord['status'][] = ['IN_PROGRESS', 'REFERRED'];
const locked = () => notEligible('PORTFOLIO_LOCKED', 'The portfolio is with the assessors or has passed');
const stillOpen = (portfolioId: string) => conditionCheck(itemKey('Portfolio', portfolioId), when.oneOf('status', OPEN), locked);

const ORDER: readonly PortfolioEntryStatus[] = ['DRAFT', 'SUBMITTED_FOR_COMMENT', 'FINAL'];

/** A new DRAFT entry in the viewer's own portfolio (the rule admits only the trainee). */
export function writePortfolioEntry(ctx: Context, input: WritePortfolioEntryInput) {
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
    const writes: TxWrite[] = [putNew(itemOf(entry)), stillOpen(portfolio.id)];
    if (entry.sharedWithMentor) writes.push(putAny(sharedEntryItem(entry)));
    return { writes, result: { entry } };
  });
}

/** Changes the viewer's own entry: text, a later status, and whether the mentor may read it. */
export function updatePortfolioEntry(ctx: Context, input: UpdatePortfolioEntryInput) {
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
    const writing = changes.title !== undefined || changes.body !== undefined || (changes.status && changes.status !== entry.status);
    if (changes.status && ORDER.indexOf(changes.status) < ORDER.indexOf(entry.status)) {
      throw notEligible('STATUS_ONLY_FORWARDS', `An entry moves forwards only; this one is ${entry.status}`);
    }
    if ((changes.title !== undefined || changes.body !== undefined) && entry.status === 'FINAL') {
      throw notEligible('ENTRY_FINAL', 'A FINAL entry cannot be rewritten');
    }
    const writes: TxWrite[] = [];
    const becomesFinal = changes.status === 'FINAL' && entry.status !== 'FINAL';
    if (writing) {
      const portfolio = await get(ctx, 'Portfolio', entry.portfolioId);
      if (!OPEN.includes(portfolio.status)) throw locked();
      // A transaction touches an item once: the count of FINAL entries carries the same condition.
      if (!becomesFinal) writes.push(stillOpen(portfolio.id));
    }
    const after: PortfolioEntryRecord = { ...entry, ...changes, updatedAt: ctx.now, version: entry.version + 1 };
    const indexChanges = changes.status && changes.status !== entry.status ? entryIndexKeys(after) : {};
    writes.push(versionedUpdate(itemKey('PortfolioEntry', entry.id), entry.version, { ...changes, ...indexChanges, updatedAt: ctx.now }));
    if (after.sharedWithMentor !== entry.sharedWithMentor) {
      writes.push(after.sharedWithMentor ? putAny(sharedEntryItem(after)) : remove(sharedEntryKey(entry.id)));
    }
    if (becomesFinal) {
      writes.push(addToCounters(itemKey('Portfolio', entry.portfolioId), { finalEntryCount: 1 }, when.oneOf('status', OPEN), locked));
    }
    return { writes, result: { entry: after } };
  });
}

/** A facilitator's comment on an entry its trainee submitted for comment. */
export function commentOnPortfolioEntry(ctx: Context, input: CommentOnPortfolioEntryInput) {
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
    const stillSubmitted = conditionCheck(itemKey('PortfolioEntry', entry.id), when.equals('status', 'SUBMITTED_FOR_COMMENT'), () =>
      notEligible('NOT_SUBMITTED_FOR_COMMENT', 'The entry moved on meanwhile'),
    );
    return { writes: [putNew(itemOf(feedback)), stillSubmitted], result: { feedback } };
  });
}

/** An individual tutorial on a trainee's reflective writing. */
export function recordTutorial(ctx: Context, input: RecordTutorialInput) {
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
    return { writes: [putNew(itemOf(tutorial))], result: { tutorial } };
  });
}
