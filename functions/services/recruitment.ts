import { outcomeWrites } from './outcomes/programmeWrites';
import {
  Employment,
  employedGuardItem,
  employedGuardKey,
  InterviewPanel,
  InterviewSlot,
  JobApplication,
  Post,
  postApplicantGuardItem,
  RecruitmentDay,
  Relation,
  slotGuardItem,
  supervisionDueItem,
} from '../db/entities';
import type { Condition } from '../db/conditions';
import { newId } from '../db/ids';
import { queryAll } from '../db/page';
import type {
  EmploymentRecord,
  InterviewPanelRecord,
  InterviewSlotRecord,
  JobApplicationRecord,
  JobOfferModel,
  ReasonableAdjustmentModel,
  RecruitmentDayRecord,
  RelationRecord,
} from '../db/records';
import { putItem, putNew, type TxWrite } from '../db/transact';
import { badInput, conflict, forbidden, notEligible } from '../lib/errors';
import {
  STAFF_ROLES,
  type AdjustmentKind,
  type InterviewOutcome,
  type NotificationChannel,
  type ShortlistDecision,
} from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { runMutation } from './idempotency';
import { findMany, get } from './load';
import { SUPERVISOR_ROLES, notFuture, passedEnrolment, requireRoles, timeOfDay, today } from './programmeRules';
import { notOnOwn } from './separationOfDuties';
import { intInRange, optionalText, requiredText, requireId } from './validate';

type Retryable = { idempotencyKey?: string | null };
export type ApplyForPostInput = Retryable & {
  postId: string;
  disabilityDisclosure?: string | null;
  reasonableAdjustments?: { kind: AdjustmentKind; detail?: string | null; atInterview?: boolean | null }[] | null;
};
export type WithdrawJobApplicationInput = Retryable & { applicationId: string };
export type ShortlistJobApplicationInput = Retryable & {
  applicationId: string;
  decision: ShortlistDecision;
  expectedVersion?: number | null;
};
export type CreateRecruitmentDayInput = Retryable & { date: string; location: string; postIds: string[]; laterStartFrom?: string | null };
export type AddInterviewPanelInput = Retryable & { recruitmentDayId: string; name: string; memberIds: string[] };
export type ScheduleInterviewInput = Retryable & { applicationId: string; panelId: string; startTime: string };
export type RecordInterviewOutcomeInput = Retryable & {
  applicationId: string;
  outcome: InterviewOutcome;
  startDate?: string | null;
  ftePercent?: number | null;
  supervisorId?: string | null;
};
export type RecordOutcomeNotificationInput = Retryable & { applicationId: string; channel: NotificationChannel; sentOn: string };
export type RespondToOfferInput = Retryable & { applicationId: string; accept: boolean };

export const DISCLOSURE_MAX = 5000;
export const DEFAULT_LATER_START = '10:30';

const postNotOpen = () =>
  notEligible('POST_NOT_OPEN', 'The post is not taking applications (not advertised, or its closing date has passed)');

function adjustmentsOf(input: ApplyForPostInput): ReasonableAdjustmentModel[] {
  const list = input.reasonableAdjustments ?? [];
  if (list.length > 10) throw badInput('input.reasonableAdjustments', 'At most 10 adjustments');
  return list.map((a, i) => {
    const field = `input.reasonableAdjustments.${i}.detail`;
    const detail = optionalText(a.detail, field, 1000);
    if (a.kind === 'OTHER' && !detail) throw badInput(field, `${field} is required for OTHER`);
    return { kind: a.kind, ...(detail ? { detail } : {}), atInterview: a.atInterview ?? true };
  });
}

/**
 * An application for an advertised post, by a person whose training was passed, once per post, up to the
 * closing date. The application, the one-per-post guard and the post's count are one transaction.
 */
export function applyForPost(ctx: Context, input: ApplyForPostInput) {
  return runMutation(ctx, 'applyForPost', input, async () => {
    const disabilityDisclosure = optionalText(input.disabilityDisclosure, 'input.disabilityDisclosure', DISCLOSURE_MAX);
    const reasonableAdjustments = adjustmentsOf(input);
    const post = await get(ctx, 'Post', input.postId, 'input.postId');
    const passed = await passedEnrolment(ctx.viewer.id);
    if (!passed) throw notEligible('TRAINING_NOT_PASSED', 'Only a person who passed the LXP training may apply for an LXP post');
    if (post.status !== 'ADVERTISED' || !post.closingDate || post.closingDate < today(ctx)) throw postNotOpen();
    const id = newId('JobApplication');
    const application: JobApplicationRecord = {
      type: 'JobApplication',
      id,
      subjectId: ctx.viewer.id,
      jobApplicationId: id,
      postId: post.id,
      status: 'SUBMITTED',
      submittedAt: ctx.now,
      ...(disabilityDisclosure ? { disabilityDisclosure } : {}),
      reasonableAdjustments,
      eligibleThroughCohortId: passed.cohortId,
      notifications: [],
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return {
      writes: [
        ...JobApplication.create(application),
        putNew(postApplicantGuardItem(post.id, ctx.viewer.id, id), () =>
          conflict('ALREADY_APPLIED', 'You have already applied for this post'),
        ),
        Post.add(
          post.id,
          { applicationCount: 1 },
          {
            when: Post.when.all(Post.when.equals('status', 'ADVERTISED'), Post.when.atLeast('closingDate', today(ctx))),
            onConditionFailed: postNotOpen,
          },
        ),
      ],
      result: { application },
    };
  });
}

/** Changes an application from one of `from`, under its version; CONFLICT with `reason` when it moved on. */
function moveApplication(
  application: JobApplicationRecord,
  from: readonly JobApplicationRecord['status'][],
  changes: Partial<JobApplicationRecord>,
  reason: string,
  extra?: Condition<JobApplicationRecord>,
): { write: TxWrite; after: JobApplicationRecord } {
  const refused = () => conflict(reason, `The application is ${application.status}`);
  if (!from.includes(application.status)) throw refused();
  const inStatus = JobApplication.when.oneOf('status', from);
  return {
    write: JobApplication.update(application, changes, {
      when: extra ? JobApplication.when.all(inStatus, extra) : inStatus,
      onConditionFailed: () => conflict(reason, 'The application changed meanwhile; read it again'),
    }),
    after: { ...application, ...changes, version: application.version + 1 },
  };
}

/** The applicant withdraws, at any point before the application is closed. */
export function withdrawJobApplication(ctx: Context, input: WithdrawJobApplicationInput) {
  return runMutation(ctx, 'withdrawJobApplication', input, async () => {
    const application = await get(ctx, 'JobApplication', input.applicationId, 'input.applicationId');
    const { write, after } = moveApplication(
      application,
      ['SUBMITTED', 'SHORTLISTED', 'OFFERED'],
      { status: 'WITHDRAWN', updatedAt: ctx.now },
      'APPLICATION_CLOSED',
    );
    return { writes: [write], result: { application: after } };
  });
}

/** HR shortlists a submitted application, never their own. */
export function shortlistJobApplication(ctx: Context, input: ShortlistJobApplicationInput) {
  return runMutation(ctx, 'shortlistJobApplication', input, async () => {
    if (input.expectedVersion != null) intInRange(input.expectedVersion, 'input.expectedVersion', 1, Number.MAX_SAFE_INTEGER);
    const application = await get(ctx, 'JobApplication', input.applicationId, 'input.applicationId');
    notOnOwn(ctx, application.subjectId, 'OWN_APPLICATION', 'shortlist');
    if (input.expectedVersion != null && input.expectedVersion !== application.version) {
      throw conflict('VERSION_MISMATCH', `The application is at version ${application.version}, not ${input.expectedVersion}`);
    }
    const status = input.decision === 'SHORTLIST' ? 'SHORTLISTED' : 'NOT_SHORTLISTED';
    const { write, after } = moveApplication(
      application,
      ['SUBMITTED'],
      { status, shortlistedBy: ctx.viewer.id, updatedAt: ctx.now },
      'ALREADY_SHORTLISTED',
    );
    return { writes: [write], result: { application: after } };
  });
}

/** A recruitment day for posts still to be filled. */
export function createRecruitmentDay(ctx: Context, input: CreateRecruitmentDayInput) {
  return runMutation(ctx, 'createRecruitmentDay', input, async () => {
    const location = requiredText(input.location, 'input.location', 200);
    const laterStartFrom = timeOfDay(input.laterStartFrom ?? DEFAULT_LATER_START, 'input.laterStartFrom');
    const postIds = [...new Set(input.postIds)];
    if (postIds.length < 1 || postIds.length > 20) throw badInput('input.postIds', 'input.postIds must name 1 to 20 posts');
    postIds.forEach((id) => requireId(id, 'Post', 'input.postIds'));
    const posts = await findMany(ctx, 'Post', postIds);
    const closed = postIds.filter((id) => !posts.some((p) => p.id === id && (p.status === 'DRAFT' || p.status === 'ADVERTISED')));
    if (closed.length) throw badInput('input.postIds', `Not a post still to be filled: ${closed.join(', ')}`);
    const day: RecruitmentDayRecord = {
      type: 'RecruitmentDay',
      id: newId('RecruitmentDay'),
      date: input.date,
      location,
      laterStartFrom,
      postIds,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: RecruitmentDay.create(day), result: { recruitmentDay: day } };
  });
}

/** A panel of staff on a recruitment day. */
export function addInterviewPanel(ctx: Context, input: AddInterviewPanelInput) {
  return runMutation(ctx, 'addInterviewPanel', input, async () => {
    const name = requiredText(input.name, 'input.name', 100);
    const memberIds = [...new Set(input.memberIds)];
    if (memberIds.length < 1 || memberIds.length > 6) throw badInput('input.memberIds', 'input.memberIds must name 1 to 6 people');
    memberIds.forEach((id) => requireId(id, 'Person', 'input.memberIds'));
    const day = await get(ctx, 'RecruitmentDay', input.recruitmentDayId, 'input.recruitmentDayId');
    requireRoles(await findMany(ctx, 'Person', memberIds), memberIds, STAFF_ROLES, 'input.memberIds', 'a member of staff');
    const panel: InterviewPanelRecord = {
      type: 'InterviewPanel',
      id: newId('InterviewPanel'),
      recruitmentDayId: day.id,
      name,
      memberIds,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: InterviewPanel.create(panel), result: { panel } };
  });
}

/**
 * A shortlisted applicant gets a slot with a panel. The slot, its one-per-panel-and-time guard, the
 * application's change and each member's PANEL relation to the application are one transaction, so a panel
 * member sees exactly the applications they interview, from the moment they are scheduled.
 */
export function scheduleInterview(ctx: Context, input: ScheduleInterviewInput) {
  return runMutation(ctx, 'scheduleInterview', input, async () => {
    const startTime = timeOfDay(input.startTime, 'input.startTime');
    const application = await get(ctx, 'JobApplication', input.applicationId, 'input.applicationId');
    const panel = await get(ctx, 'InterviewPanel', input.panelId, 'input.panelId');
    notOnOwn(ctx, application.subjectId, 'OWN_APPLICATION', 'schedule an interview');
    if (panel.memberIds.includes(application.subjectId)) throw notOwnPanel();
    const day = await get(ctx, 'RecruitmentDay', panel.recruitmentDayId);
    if (!day.postIds.includes(application.postId)) throw badInput('input.panelId', 'The panel is not on a recruitment day for this post');
    if (application.interviewSlotId) throw conflict('ALREADY_SCHEDULED', 'The application already has an interview slot');
    if (application.status !== 'SHORTLISTED') throw notEligible('NOT_SHORTLISTED', 'Only a shortlisted application can be interviewed');
    const needsLater = application.reasonableAdjustments.some((a) => a.kind === 'LATER_INTERVIEW_START');
    if (needsLater && startTime < day.laterStartFrom) {
      throw notEligible('NEEDS_LATER_START', `The applicant asked for a later start: choose a slot from ${day.laterStartFrom}`);
    }
    const slot: InterviewSlotRecord = {
      type: 'InterviewSlot',
      id: newId('InterviewSlot'),
      subjectId: application.subjectId,
      jobApplicationId: application.id,
      recruitmentDayId: day.id,
      panelId: panel.id,
      startTime,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const { write } = moveApplication(
      application,
      ['SHORTLISTED'],
      { interviewSlotId: slot.id, panelId: panel.id, panelMemberIds: panel.memberIds, updatedAt: ctx.now },
      'ALREADY_SCHEDULED',
      JobApplication.when.missing('interviewSlotId'),
    );
    const relations: RelationRecord[] = panel.memberIds.map((personId) => ({
      type: 'Relation',
      personId,
      relation: 'PANEL',
      anchor: application.id,
      createdAt: ctx.now,
    }));
    return {
      writes: [
        ...InterviewSlot.create(slot),
        putNew(slotGuardItem(panel.id, startTime, slot.id), () =>
          conflict('SLOT_TAKEN', `The panel already interviews someone at ${startTime}`),
        ),
        write,
        ...relations.map((r) => putItem(Relation.item(r))),
      ],
      result: { interview: slot },
    };
  });
}

const notOwnPanel = () =>
  forbidden('A member of this panel is the applicant: nobody interviews on their own application', { reason: 'PANEL_MEMBER_IS_APPLICANT' });

/** The panel's decision after interview: an offer with its terms, or unsuccessful. Never on one's own application. */
export function recordInterviewOutcome(ctx: Context, input: RecordInterviewOutcomeInput) {
  return runMutation(ctx, 'recordInterviewOutcome', input, async () => {
    const offering = input.outcome === 'OFFER';
    if (offering && !input.startDate) throw badInput('input.startDate', 'input.startDate is required with OFFER');
    if (!offering && (input.startDate || input.ftePercent != null || input.supervisorId)) {
      const field = input.startDate ? 'input.startDate' : input.ftePercent != null ? 'input.ftePercent' : 'input.supervisorId';
      throw badInput(field, `${field} is only for OFFER`);
    }
    const application = await get(ctx, 'JobApplication', input.applicationId, 'input.applicationId');
    notOnOwn(ctx, application.subjectId, 'OWN_APPLICATION', 'decide an interview');
    if (application.status === 'SHORTLISTED' && !application.interviewSlotId) {
      throw notEligible('NOT_INTERVIEWED', 'The application has no interview yet');
    }
    if (!offering) {
      const { write, after } = moveApplication(
        application,
        ['SHORTLISTED'],
        { status: 'UNSUCCESSFUL', outcomeBy: ctx.viewer.id, updatedAt: ctx.now },
        'ALREADY_DECIDED',
      );
      return { writes: [write], result: { application: after } };
    }
    const post = await get(ctx, 'Post', application.postId);
    if (post.status !== 'ADVERTISED') throw conflict('POST_FILLED', `The post is ${post.status}`);
    const ftePercent = input.ftePercent == null ? post.ftePercent : intInRange(input.ftePercent, 'input.ftePercent', 10, 100);
    const supervisorId = input.supervisorId ? requireId(input.supervisorId, 'Person', 'input.supervisorId') : undefined;
    if (supervisorId) {
      if (supervisorId === application.subjectId) throw badInput('input.supervisorId', 'An LXP cannot supervise themselves');
      requireRoles(
        await findMany(ctx, 'Person', [supervisorId]),
        [supervisorId],
        SUPERVISOR_ROLES,
        'input.supervisorId',
        'a clinician or the Lead LXP',
      );
    }
    const offer: JobOfferModel = {
      startDate: input.startDate as string,
      ftePercent,
      ...(supervisorId ? { supervisorId } : {}),
      madeAt: ctx.now,
    };
    const { write, after } = moveApplication(
      application,
      ['SHORTLISTED'],
      { status: 'OFFERED', offer, outcomeBy: ctx.viewer.id, updatedAt: ctx.now },
      'ALREADY_DECIDED',
    );
    return { writes: [write], result: { application: after } };
  });
}

const DECIDED: JobApplicationRecord['status'][] = ['NOT_SHORTLISTED', 'OFFERED', 'UNSUCCESSFUL', 'ACCEPTED', 'OFFER_DECLINED'];

/** Records that the applicant was told the outcome, by phone or by letter, on a day; never one's own. */
export function recordOutcomeNotification(ctx: Context, input: RecordOutcomeNotificationInput) {
  return runMutation(ctx, 'recordOutcomeNotification', input, async () => {
    const sentOn = notFuture(ctx, input.sentOn, 'input.sentOn');
    const application = await get(ctx, 'JobApplication', input.applicationId, 'input.applicationId');
    notOnOwn(ctx, application.subjectId, 'OWN_APPLICATION', 'record the outcome notification');
    if (!DECIDED.includes(application.status)) throw notEligible('NOT_DECIDED', 'There is no outcome to tell yet');
    const notifications = [...application.notifications, { channel: input.channel, sentOn, recordedBy: ctx.viewer.id }];
    const changes = { notifications, updatedAt: ctx.now };
    return {
      writes: [JobApplication.update(application, changes)],
      result: { application: { ...application, ...changes, version: application.version + 1 } },
    };
  });
}

/**
 * The applicant answers an offer. Accepting is one transaction: the employment (with its supervisor's
 * relation and its place in the supervision-due index), the post FILLED (on condition it is still
 * advertised, so of two acceptances for one post one wins), the application closed, and the cohort's
 * employedCount when this is the person's first employment, and the employment's outcome row.
 */
export function respondToOffer(ctx: Context, input: RespondToOfferInput) {
  return runMutation<{ application: JobApplicationRecord; employment?: EmploymentRecord }>(ctx, 'respondToOffer', input, async () => {
    const application = await get(ctx, 'JobApplication', input.applicationId, 'input.applicationId');
    if (application.status !== 'OFFERED') {
      if (application.status === 'ACCEPTED' || application.status === 'OFFER_DECLINED') {
        throw conflict('ALREADY_RESPONDED', `The offer was already answered (${application.status})`);
      }
      throw notEligible('NOT_OFFERED', 'There is no offer on this application');
    }
    if (!input.accept) {
      const { write, after } = moveApplication(
        application,
        ['OFFERED'],
        { status: 'OFFER_DECLINED', updatedAt: ctx.now },
        'ALREADY_RESPONDED',
      );
      return { writes: [write], result: { application: after } };
    }
    const post = await get(ctx, 'Post', application.postId);
    const filled = () => conflict('POST_FILLED', 'The post has been filled');
    if (post.status !== 'ADVERTISED') throw filled();
    const offer = application.offer!;
    const employment: EmploymentRecord = {
      type: 'Employment',
      id: newId('Employment'),
      subjectId: application.subjectId,
      postId: post.id,
      cohortId: application.eligibleThroughCohortId,
      applicationId: application.id,
      startDate: offer.startDate,
      ftePercent: offer.ftePercent,
      status: 'ACTIVE',
      workplaceAdjustments: [],
      ...(offer.supervisorId ? { supervisorId: offer.supervisorId } : {}),
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const { write, after } = moveApplication(
      application,
      ['OFFERED'],
      { status: 'ACCEPTED', employmentId: employment.id, updatedAt: ctx.now },
      'ALREADY_RESPONDED',
    );
    const counted = await ctx.loader.load(employedGuardKey(employment.cohortId, employment.subjectId));
    return {
      writes: [
        Post.update(
          post,
          { status: 'FILLED', employmentId: employment.id, updatedAt: ctx.now },
          { when: Post.when.equals('status', 'ADVERTISED'), onConditionFailed: filled },
        ),
        write,
        ...Employment.create(employment),
        ...outcomeWrites.employmentStarted(employment, post),
        putItem(supervisionDueItem(employment)),
        ...(employment.supervisorId
          ? [putItem(Relation.item(supervisorRelation(employment.supervisorId, employment.subjectId, ctx.now)))]
          : []),
        ...(counted ? [] : countEmployed(employment)),
      ],
      result: { application: after, employment },
    };
  });
}

export const supervisorRelation = (supervisorId: string, lxpId: string, at: string): RelationRecord => ({
  type: 'Relation',
  personId: supervisorId,
  relation: 'SUPERVISOR',
  anchor: lxpId,
  createdAt: at,
});

/** A person's first employment counts once in their cohort's employedCount, with a guard so it never counts twice. */
function countEmployed(employment: EmploymentRecord): TxWrite[] {
  const raced = () => conflict('CONCURRENT_WRITE', 'Another employment for this person was recorded at the same time; retry');
  return [
    putNew(employedGuardItem(employment.cohortId, employment.subjectId, employment.id), raced),
    ...outcomeWrites.countInCohort(employment.cohortId, { employedCount: 1 }, { onConditionFailed: raced }),
  ];
}

/** A recruitment day's panels (a handful: read whole). */
export const panelsOfDay = (dayId: string) => queryAll<InterviewPanelRecord>(InterviewPanel.collections.ofDay(dayId));

/** A panel's interviews, earliest first (a day's worth: read whole, then each checked against its rule). */
export const interviewsOfPanel = (panelId: string) => queryAll<InterviewSlotRecord>(InterviewSlot.collections.ofPanel(panelId));

/** The adjustments the panel must know to run the interview. */
export const interviewAdjustments = (application: JobApplicationRecord) => application.reasonableAdjustments.filter((a) => a.atInterview);
