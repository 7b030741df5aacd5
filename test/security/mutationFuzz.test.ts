import '../support/fuzzTable';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableName } from '../../functions/db/client';
import { typeDefs } from '../../functions/graphql/typeDefs.generated';
import { ensureTable } from '../../functions/local/dynamoDbLocal';
import { seedPaperData } from '../../functions/local/seed';
import { as, apply, expectNoErrors, newCohort, newPerson, type Caller, type GqlResponse } from '../support/api';
import {
  FUTURE,
  PAST,
  SHORTLIST,
  TODAY,
  applyFor,
  dayWithPanel,
  draftPost,
  employedLxp,
  interviewed,
  offered,
  openPost,
  passedTrainee,
  vacancy,
} from '../support/programme';
import { relationTarget, reportCount, scanDifference, scanTable } from '../support/security';
import { SUBMIT, cohortWithFacilitators, enrolOn, enrolled, entry, newMentor, withMentor, type Enrolled } from '../support/training';

/**
 * Bad input, every mutation. The mutations are read from the schema, so one added later fails the test
 * until it has a valid input here to start from (BASES). From that input, each case breaks one thing: a
 * field missing or null, of the wrong type, out of range, empty or overlong, an unknown enum value, a
 * malformed id or one of the wrong type, an invalid date, an unknown field. Each is sent through the
 * handler as a caller the mutation's rule admits, and must be refused with BAD_USER_INPUT naming that field
 * (or, for a well-formed id of no record, a business code), never an internal error. The whole table is
 * scanned before and after each mutation's cases (this file has a table of its own): nothing was written.
 * Finally the unbroken input is sent and succeeds, so the cases were near a valid input.
 */

const SEED = 20_261_126;
/** Sampled cases per mutation, besides one "missing", "null" and "wrong type" case per field. */
const SAMPLED = 12;
/** Cases in flight at once. */
const PARALLEL = 6;

const schema = buildSchema(typeDefs);
const MUTATIONS = Object.values(schema.getMutationType()!.getFields()).sort((a, b) => a.name.localeCompare(b.name));

type Input = Record<string, unknown>;
interface Base {
  caller: Caller;
  input: Input;
}

/** Everything the bases refer to, built once through the API. */
interface World {
  lead: Caller;
  hr: Caller;
  /** An enrolment in progress with a mentor, a planned session, a FINAL entry and one submitted for comment. */
  e1: Enrolled & { mentor: Caller; sessionId: string; entryId: string; commentableId: string };
  /** An enrolment whose portfolio is submitted, without a mentor. */
  e2: Enrolled;
  e3: Enrolled;
  e4: Enrolled;
  e5: Enrolled;
  mentorForE2: Caller;
  clinician: Caller;
  openCohortId: string;
  applicant: Caller;
  submittedTrainingAppId: string;
  offeredTrainingAppId: string;
  vacancyId: string;
  draftPostId: string;
  openPostId: string;
  postToWithdraw: string;
  passedApplicant: Caller;
  submittedJobApp: { id: string; applicant: Caller };
  withdrawableJobApp: { id: string; applicant: Caller };
  shortlistedApp: { id: string; panelId: string; dayId: string };
  interviewedApp: { id: string };
  offeredApp: { id: string; applicant: Caller };
  employed: Awaited<ReturnType<typeof employedLxp>>;
  leaving: Awaited<ReturnType<typeof employedLxp>>;
  cdp: { signUp: string; cancel: string; attend: string };
  activityId: string;
  consentId: string;
  recommendationId: string;
}

const ok = async (res: Promise<GqlResponse>) => {
  const r = await res;
  expectNoErrors(r);
  return r.data;
};

async function buildWorld(): Promise<World> {
  const lead = as('LEAD_LXP');
  const hr = as('HR');
  const { cohortId, facilitators } = await cohortWithFacilitators();
  const t1 = await newPerson(['SERVICE_USER']);
  const base1: Enrolled = { cohortId, facilitators, trainee: t1, ...(await enrolOn(cohortId, t1)) };
  const mentor = await withMentor(base1);
  const entryId = await entry(base1, 'FINAL');
  const commentableId = await entry(base1, 'SUBMITTED_FOR_COMMENT');
  const session = await ok(
    facilitators[0].query(`mutation($input: PlanTrainingSessionInput!) { planTrainingSession(input: $input) { session { id } } }`, {
      input: { cohortId, week: 1, topic: 'WORK_READINESS', title: 'The LXP role', deliveredBy: 'FACILITATOR' },
    }),
  );
  const e2 = await enrolled();
  await entry(e2, 'FINAL');
  await ok(e2.trainee.query(SUBMIT, { id: e2.portfolioId }));
  const e3 = await enrolled();
  const e4 = await enrolled();
  await withMentor(e4);
  const e5 = await enrolled();
  await entry(e5, 'FINAL');

  const openCohort = await newCohort({ capacity: 50 });
  const applicant = await newPerson(['SERVICE_USER']);
  const submittedTrainingAppId = (await apply(await newPerson(['SERVICE_USER']), openCohort.id)).id;
  const offeredTrainingAppId = (await apply(await newPerson(['SERVICE_USER']), openCohort.id)).id;
  await ok(
    lead.query(`mutation($id: ID!) { decideTrainingApplication(input: { applicationId: $id, decision: OFFER }) { __typename } }`, {
      id: offeredTrainingAppId,
    }),
  );

  const openPostId = await openPost();
  const postToWithdraw = (await draftPost()).id;
  const passedApplicant = await passedTrainee();
  const jobApplicant = await passedTrainee();
  const submittedJobApp = { id: await applyFor(jobApplicant, openPostId), applicant: jobApplicant };
  const withdrawer = await passedTrainee();
  const withdrawableJobApp = { id: await applyFor(withdrawer, openPostId), applicant: withdrawer };
  const shortlister = await passedTrainee();
  const shortlistedId = await applyFor(shortlister, openPostId);
  await ok(hr.query(SHORTLIST, { input: { applicationId: shortlistedId, decision: 'SHORTLIST' } }));
  const { panelId, dayId } = await dayWithPanel(openPostId);
  const interviewedApp = { id: (await interviewed()).applicationId };
  const offeredState = await offered();

  const employed = await employedLxp();
  const leaving = await employedLxp();
  const createSession = async () =>
    (
      await ok(
        lead.query(`mutation($input: CreateCdpSessionInput!) { createCdpSession(input: $input) { session { id } } }`, {
          input: { topic: 'Boundaries', date: FUTURE(7), capacity: 20 },
        }),
      )
    ).createCdpSession.session.id as string;
  const signUp = `mutation($input: SignUpForCdpSessionInput!) { signUpForCdpSession(input: $input) { __typename } }`;
  const cdp = { signUp: await createSession(), cancel: await createSession(), attend: await createSession() };
  await ok(employed.lxp.query(signUp, { input: { sessionId: cdp.cancel } }));
  await ok(employed.lxp.query(signUp, { input: { sessionId: cdp.attend } }));

  const activity = await ok(
    lead.query(`mutation($input: RecordEngagementActivityInput!) { recordEngagementActivity(input: $input) { activity { id } } }`, {
      input: { kind: 'ROUND_TABLE', title: 'Fuzz round table', heldOn: PAST(30), participantCounts: [{ group: 'MIXED', count: 9 }] },
    }),
  );
  const activityId = activity.recordEngagementActivity.activity.id as string;
  const consent = await ok(
    lead.query(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }`, {
      input: { activityId, participantName: 'Ada Fuzz', givenOn: PAST(40) },
    }),
  );
  const recommendation = await ok(
    lead.query(`mutation($input: ProposeRecommendationInput!) { proposeRecommendation(input: $input) { recommendation { id } } }`, {
      input: { workstreamId: 'wst_training', text: 'Shorter sessions in the first weeks.' },
    }),
  );

  return {
    lead,
    hr,
    e1: { ...base1, mentor, sessionId: session.planTrainingSession.session.id, entryId, commentableId },
    e2,
    e3,
    e4,
    e5,
    mentorForE2: await newMentor(),
    clinician: await newPerson(['CLINICIAN']),
    openCohortId: openCohort.id,
    applicant,
    submittedTrainingAppId,
    offeredTrainingAppId,
    vacancyId: await vacancy(),
    draftPostId: (await draftPost()).id,
    openPostId,
    postToWithdraw,
    passedApplicant,
    submittedJobApp,
    withdrawableJobApp,
    shortlistedApp: { id: shortlistedId, panelId, dayId },
    interviewedApp,
    offeredApp: { id: offeredState.applicationId, applicant: offeredState.applicant },
    employed,
    leaving,
    cdp,
    activityId,
    consentId: consent.recordConsent.consent.id,
    recommendationId: recommendation.proposeRecommendation.recommendation.id,
  };
}

/** A valid input for every mutation, and a caller its rule admits. */
const BASES: Record<string, (w: World) => Base> = {
  addDevelopmentPlanReview: (w) => ({ caller: w.lead, input: { lxpId: w.employed.lxp.id, reviewedOn: TODAY(), notes: 'On track.' } }),
  addInterviewPanel: (w) => ({
    caller: w.hr,
    input: { recruitmentDayId: w.shortlistedApp.dayId, name: 'Panel B', memberIds: [w.clinician.id] },
  }),
  addWorkstreamMember: (w) => ({
    caller: w.lead,
    input: { workstreamId: 'wst_training', personId: w.clinician.id, background: 'CLINICAL' },
  }),
  advertisePost: (w) => ({ caller: w.hr, input: { postId: w.draftPostId, nhsJobsReference: 'NHSJ-FUZZ', closingDate: FUTURE(20) } }),
  applyForPost: (w) => ({
    caller: w.passedApplicant,
    input: {
      postId: w.openPostId,
      disabilityDisclosure: 'Dyslexia',
      reasonableAdjustments: [{ kind: 'OTHER', detail: 'Extra time', atInterview: true }],
    },
  }),
  applyToCohort: (w) => ({ caller: w.applicant, input: { cohortId: w.openCohortId, statement: 'My recovery.' } }),
  assessPortfolio: (w) => ({ caller: w.e2.facilitators[0], input: { portfolioId: w.e2.portfolioId, outcome: 'PASS', feedback: 'Clear.' } }),
  assignMentor: (w) => ({ caller: w.e2.facilitators[0], input: { enrolmentId: w.e2.enrolmentId, mentorId: w.mentorForE2.id } }),
  assignSupervisor: (w) => ({ caller: w.hr, input: { employmentId: w.employed.employmentId, supervisorId: w.employed.supervisor.id } }),
  cancelCdpSignUp: (w) => ({ caller: w.employed.lxp, input: { sessionId: w.cdp.cancel } }),
  commentOnPortfolioEntry: (w) => ({ caller: w.e1.facilitators[0], input: { entryId: w.e1.commentableId, body: 'Say more.' } }),
  convertVacancyToPost: (w) => ({
    caller: w.hr,
    input: { vacancyId: w.vacancyId, role: 'LXP_HCA', area: 'ADULT_MENTAL_HEALTH', ftePercent: 60 },
  }),
  createCdpSession: (w) => ({ caller: w.lead, input: { topic: 'Self-care', date: FUTURE(10), capacity: 12 } }),
  createCohort: (w) => ({
    caller: w.lead,
    input: {
      number: 900_000 + Math.floor(Math.random() * 99_999),
      startDate: '2031-01-06',
      capacity: 12,
      weeks: 12,
      facilitatorIds: [w.clinician.id],
    },
  }),
  createRecruitmentDay: (w) => ({
    caller: w.hr,
    input: { date: FUTURE(21), location: 'Room 2', postIds: [w.openPostId], laterStartFrom: '10:30' },
  }),
  decideRecommendation: (w) => ({
    caller: w.lead,
    input: { recommendationId: w.recommendationId, decision: 'ADOPT', decidedOn: TODAY(), expectedVersion: 1 },
  }),
  decideTrainingApplication: (w) => ({
    caller: w.lead,
    input: { applicationId: w.submittedTrainingAppId, decision: 'DECLINE', declineReason: 'NOT_YET_READY', expectedVersion: 1 },
  }),
  endEnrolment: (w) => ({
    caller: w.lead,
    input: { enrolmentId: w.e3.enrolmentId, reason: 'HEALTH', detail: 'Unwell.', expectedVersion: 1 },
  }),
  endMentorAssignment: (w) => ({ caller: w.e4.facilitators[0], input: { enrolmentId: w.e4.enrolmentId } }),
  enrol: (w) => ({ caller: w.lead, input: { applicationId: w.offeredTrainingAppId } }),
  planTrainingSession: (w) => ({
    caller: w.e1.facilitators[0],
    input: { cohortId: w.e1.cohortId, week: 2, topic: 'WORK_READINESS', title: 'Week two', deliveredBy: 'FACILITATOR', date: '2030-01-14' },
  }),
  proposeRecommendation: (w) => ({ caller: w.lead, input: { workstreamId: 'wst_training', text: 'More peer support.' } }),
  recordAttendance: (w) => ({
    caller: w.e1.facilitators[0],
    input: { sessionId: w.e1.sessionId, enrolmentId: w.e1.enrolmentId, attended: true },
  }),
  recordCdpAttendance: (w) => ({ caller: w.lead, input: { sessionId: w.cdp.attend, attendeeIds: [w.employed.lxp.id] } }),
  recordConsent: (w) => ({
    caller: w.lead,
    input: { activityId: w.activityId, participantName: 'Bea Fuzz', givenOn: PAST(40), personId: w.clinician.id },
  }),
  recordEngagementActivity: (w) => ({
    caller: w.lead,
    input: { kind: 'ROUND_TABLE', title: 'Another round table', heldOn: PAST(5), participantCounts: [{ group: 'MIXED', count: 4 }] },
  }),
  recordFinding: (w) => ({
    caller: w.lead,
    input: { activityId: w.activityId, theme: 'TRAINING', text: 'Sessions felt short.', contributorConsentIds: [w.consentId] },
  }),
  recordHcaVacancy: (w) => ({ caller: w.hr, input: { reference: 'HCA-FUZZ-1', area: 'ADULT_MENTAL_HEALTH', ftePercent: 80 } }),
  recordInterviewOutcome: (w) => ({
    caller: w.hr,
    input: { applicationId: w.interviewedApp.id, outcome: 'OFFER', startDate: FUTURE(40), ftePercent: 80 },
  }),
  recordLeaving: (w) => ({ caller: w.hr, input: { employmentId: w.leaving.employmentId, leftOn: TODAY(), reason: 'HEALTH' } }),
  recordMentor: (w) => ({
    caller: w.lead,
    input: { personId: w.clinician.id, background: 'CLINICAL', preparatoryTrainingOn: PAST(10), supportMeetingOn: PAST(5) },
  }),
  recordMentoringMeeting: (w) => ({
    caller: w.e1.mentor,
    input: { enrolmentId: w.e1.enrolmentId, date: '2030-01-14', durationMinutes: 60, notes: 'Reviewed progress.' },
  }),
  recordOutcomeNotification: (w) => ({ caller: w.hr, input: { applicationId: w.offeredApp.id, channel: 'PHONE', sentOn: TODAY() } }),
  recordShadowing: (w) => ({
    caller: w.e1.mentor,
    input: { enrolmentId: w.e1.enrolmentId, date: '2030-01-20', service: 'Crisis team', hours: 4 },
  }),
  recordSupervision: (w) => ({ caller: w.employed.supervisor, input: { lxpId: w.employed.lxp.id, heldOn: TODAY(), notes: 'Going well.' } }),
  recordTutorial: (w) => ({
    caller: w.e1.facilitators[0],
    input: { portfolioId: w.e1.portfolioId, date: '2030-01-21', durationMinutes: 30, notes: 'Structure.' },
  }),
  recordWorkstreamMeeting: (w) => ({ caller: w.lead, input: { workstreamId: 'wst_training', heldOn: PAST(3), notes: 'Agreed the plan.' } }),
  respondToOffer: (w) => ({ caller: w.offeredApp.applicant, input: { applicationId: w.offeredApp.id, accept: true } }),
  scheduleInterview: (w) => ({
    caller: w.hr,
    input: { applicationId: w.shortlistedApp.id, panelId: w.shortlistedApp.panelId, startTime: '11:00' },
  }),
  setWorkplaceAdjustments: (w) => ({ caller: w.hr, input: { employmentId: w.employed.employmentId, adjustments: ['A quiet room'] } }),
  shortlistJobApplication: (w) => ({
    caller: w.hr,
    input: { applicationId: w.submittedJobApp.id, decision: 'SHORTLIST', expectedVersion: 1 },
  }),
  signUpForCdpSession: (w) => ({ caller: w.employed.lxp, input: { sessionId: w.cdp.signUp } }),
  submitPortfolio: (w) => ({ caller: w.e5.trainee, input: { portfolioId: w.e5.portfolioId } }),
  updateDevelopmentGoals: (w) => ({
    caller: w.employed.lxp,
    input: { lxpId: w.employed.lxp.id, goals: [{ text: 'Lead a group', targetDate: FUTURE(90), status: 'OPEN' }] },
  }),
  updatePortfolioEntry: (w) => ({
    caller: w.e1.trainee,
    input: { entryId: w.e1.commentableId, title: 'A new title', sharedWithMentor: true },
  }),
  withdrawConsent: (w) => ({ caller: w.lead, input: { consentId: w.consentId, withdrawnOn: PAST(1) } }),
  withdrawJobApplication: (w) => ({ caller: w.withdrawableJobApp.applicant, input: { applicationId: w.withdrawableJobApp.id } }),
  withdrawPost: (w) => ({ caller: w.hr, input: { postId: w.postToWithdraw } }),
  writePortfolioEntry: (w) => ({
    caller: w.e1.trainee,
    input: { portfolioId: w.e1.portfolioId, title: 'Week one', body: 'What I learnt.', sharedWithMentor: false },
  }),
};

/** One broken input: what was broken (a path under `input`), and whether a business code may answer it. */
interface Case {
  path: string;
  label: string;
  /** Remove the value at `path` instead of setting it. */
  remove?: boolean;
  value?: unknown;
  /** A well-formed id of no record: NOT_FOUND (or FORBIDDEN where a relation to it is required) may answer. */
  wellFormed?: boolean;
  /** A well-formed id of another type of record. */
  otherType?: boolean;
}

const OVERLONG = 50_001;
const ALL_ROUND = fc.oneof(fc.boolean(), fc.constant({ a: 1 }), fc.constant([[1]]));
const idOf = (prefix: string, suffix: string) => `${prefix}_${suffix}`;

/** Invalid values for a value of `type` whose valid example is `example`, as arbitraries. */
function invalidValues(type: GraphQLInputType, example: unknown, name: string): fc.Arbitrary<Omit<Case, 'path'>>[] {
  const required = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const out: fc.Arbitrary<Omit<Case, 'path'>>[] = [];
  const bad = (label: string, arb: fc.Arbitrary<unknown>) => out.push(arb.map((value) => ({ label, value })));
  if (isListType(inner)) {
    const item = Array.isArray(example) ? example[0] : undefined;
    bad('list with a null item', fc.constant([null]));
    bad('list of the wrong type', fc.constant([{ a: 1 }]));
    if (typeof item === 'string' && /^[a-z]{3}_/.test(item)) {
      bad('list of 101 ids of no record', fc.constant(Array.from({ length: 101 }, (_, i) => idOf(item.slice(0, 3), `NONE${i}`))));
    } else if (item !== undefined) {
      bad('list of 101 items', fc.constant(Array.from({ length: 101 }, () => item)));
    }
    return out;
  }
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    bad('an object of the wrong type', fc.oneof(fc.string(), fc.integer()));
    return out;
  }
  if (isEnumType(named)) {
    const values = new Set(named.getValues().map((v) => v.name));
    bad(
      'an unknown enum value',
      fc.oneof(
        fc.string().filter((s) => !values.has(s)),
        fc.constantFrom('UNKNOWN', 'pass', ''),
      ),
    );
    bad('an enum of the wrong type', fc.oneof(fc.integer(), ALL_ROUND));
    return out;
  }
  switch (named.name) {
    case 'Int':
      bad('a fraction', fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }));
      bad('beyond 32 bits', fc.oneof(fc.integer({ min: 2 ** 31, max: 2 ** 52 }), fc.integer({ min: -(2 ** 52), max: -(2 ** 31) - 1 })));
      bad('zero or negative', fc.integer({ min: -(2 ** 31), max: 0 }));
      if (name !== 'expectedVersion') bad('out of range', fc.integer({ min: 1_000_000, max: 2 ** 31 - 1 }));
      bad('a number as text', fc.string());
      break;
    case 'Boolean':
      bad('a boolean of the wrong type', fc.oneof(fc.string(), fc.integer(), fc.constant({ a: 1 })));
      break;
    case 'Date':
      bad(
        'an invalid date',
        fc.oneof(
          fc.constantFrom('2030-02-30', '2030-13-01', '2030-1-1', '01/02/2030', 'tomorrow', '', '2030-01-01T00:00:00Z'),
          fc.integer(),
        ),
      );
      break;
    case 'ID': {
      const prefix = typeof example === 'string' ? example.slice(0, 3) : 'per';
      bad(
        'a malformed id',
        fc.oneof(fc.constantFrom('', ' ', 'x', `${prefix}_`, `${prefix}-1`, `${prefix}_a b`, 'zzz_abc'), fc.string({ maxLength: 3 })),
      );
      bad(
        'an overlong id',
        fc.integer({ min: 65, max: 300 }).map((n) => idOf(prefix, 'a'.repeat(n))),
      );
      if (typeof example === 'string') {
        out.push(
          fc
            .constantFrom('per', 'coh', 'app', 'pst', 'emp')
            .filter((p) => p !== prefix)
            .map((p) => ({ label: 'an id of another type', value: idOf(p, 'X1'), otherType: true })),
        );
      }
      bad('an id of the wrong type', fc.oneof(fc.double(), ALL_ROUND));
      if (typeof example === 'string' && /^[a-z]{3}_/.test(example) && example !== 'wst_training') {
        out.push(
          fc.stringMatching(/^[A-Z0-9]{26}$/).map((s) => ({ label: 'an id of no record', value: idOf(prefix, s), wellFormed: true })),
        );
      }
      break;
    }
    case 'String':
      if (name === 'idempotencyKey') {
        bad(
          'a short or overlong key',
          fc.oneof(
            fc.string({ minLength: 1, maxLength: 7 }).filter((s) => s.trim() !== ''),
            fc.string({ minLength: 65, maxLength: 200 }),
          ),
        );
        bad('a key with other characters', fc.constantFrom('has spaces in it', 'semi;colon;key', 'ünïcödé-key'));
      } else if (name === 'startTime' || name === 'laterStartFrom') {
        bad('an invalid time', fc.constantFrom('25:00', '9am', '11', '11:60', '', '1100'));
      } else {
        if (required) bad('empty or blank text', fc.constantFrom('', ' ', '\n\t '));
        bad(
          'overlong text',
          fc.integer({ min: OVERLONG, max: OVERLONG + 100 }).map((n) => 'x'.repeat(n)),
        );
      }
      bad('text of the wrong type', fc.oneof(fc.integer(), fc.double(), ALL_ROUND));
      break;
    default:
      bad('a scalar of the wrong type', ALL_ROUND);
  }
  return out;
}

/** Every case for an input object: a fixed few per field, and arbitraries to sample from. */
function casesOf(type: GraphQLInputObjectType, example: Input, path: string): { fixed: Case[]; sampled: fc.Arbitrary<Case>[] } {
  const fixed: Case[] = [{ path: `${path}.zzUnknown`, label: 'an unknown field', value: 1 }];
  const sampled: fc.Arbitrary<Case>[] = [];
  for (const field of Object.values(type.getFields())) {
    const at = `${path}.${field.name}`;
    const value = example[field.name];
    if (isNonNullType(field.type)) {
      fixed.push({ path: at, label: 'missing', remove: true }, { path: at, label: 'null', value: null });
    }
    const named = getNamedType(field.type);
    // An optional field left out of the valid input is broken too, when breaking it needs no example.
    if (value === undefined && (isInputObjectType(named) || isListType(isNonNullType(field.type) ? field.type.ofType : field.type)))
      continue;
    sampled.push(...invalidValues(field.type, value, field.name).map((arb) => arb.map((c) => ({ ...c, path: at }))));
    const item = Array.isArray(value) ? value[0] : value;
    if (isInputObjectType(named) && item && typeof item === 'object') {
      const nested = casesOf(named, item as Input, Array.isArray(value) ? `${at}.0` : at);
      fixed.push(...nested.fixed);
      sampled.push(...nested.sampled);
    }
  }
  return { fixed, sampled };
}

/** The input with one thing broken. */
function broken(input: Input, c: Case): unknown {
  if (c.path === 'input') return c.value;
  const copy = structuredClone(input);
  const keys = c.path.split('.').slice(1);
  let node: any = copy;
  for (const key of keys.slice(0, -1)) node = node[key];
  const last = keys[keys.length - 1]!;
  if (c.remove) delete node[last];
  else node[last] = c.value;
  return copy;
}

/** A refusal names the broken field, a field inside it, or the list it is in (never just "input" for a field). */
function namesField(field: unknown, path: string): boolean {
  if (typeof field !== 'string') return false;
  if (field === path || field.startsWith(`${path}.`)) return true;
  return field !== 'input' && path.startsWith(`${field}.`);
}

const BUSINESS = new Set(['NOT_FOUND', 'FORBIDDEN', 'NOT_ELIGIBLE', 'CONFLICT', 'CAPACITY_REACHED', 'BAD_USER_INPUT']);

function problem(res: GqlResponse, name: string, c: Case): string | undefined {
  if (res.status >= 500) return `HTTP ${res.status}`;
  const errors = res.errors ?? [];
  if (errors.length === 0) return 'accepted';
  if (res.data?.[name]) return 'returned data';
  const codes = errors.map((e) => e.extensions?.code);
  if (codes.includes('INTERNAL_SERVER_ERROR')) return `internal error: ${errors[0]!.message}`;
  const first = errors[0]!;
  if (c.wellFormed) return BUSINESS.has(String(first.extensions?.code)) ? undefined : `code ${first.extensions?.code}`;
  if (first.extensions?.code !== 'BAD_USER_INPUT')
    return `code ${first.extensions?.code} (${first.extensions?.reason ?? first.message.slice(0, 120)})`;
  if (!namesField(first.extensions?.field, c.path)) return `field ${String(first.extensions?.field)}: ${first.message.slice(0, 160)}`;
  return undefined;
}

let world: World;
let total = 0;

beforeAll(async () => {
  await ensureTable(process.env.DYNAMODB_ENDPOINT!, tableName());
  await seedPaperData();
  world = await buildWorld();
}, 180_000);

afterAll(() => reportCount('fuzzCases', total));

describe('every mutation refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', () => {
  it('has a valid input to start from for every mutation in the schema', () => {
    expect(MUTATIONS.map((m) => m.name).filter((name) => !(name in BASES))).toEqual([]);
  });

  it.each(MUTATIONS.map((m) => [m.name, m] as const))('%s', async (name, mutation) => {
    const make = BASES[name];
    if (!make) throw new Error(`No valid input for ${name}: add one to BASES`);
    const base = make(world);
    const inputType = getNamedType(mutation.args[0]!.type) as GraphQLInputObjectType;
    const { fixed, sampled } = casesOf(inputType, base.input, 'input');
    // An id of another type at the relation's target names no record the viewer is related to: FORBIDDEN,
    // exactly as for an id of no record (no existence oracle).
    const target = relationTarget(mutation);
    const cases: Case[] = [
      { path: 'input', label: 'no input', value: null },
      { path: 'input', label: 'input of the wrong type', value: 'x' },
      ...fixed,
      ...fc.sample(fc.oneof(...sampled), { seed: SEED + name.length, numRuns: SAMPLED }),
    ].map((c) => (c.otherType && c.path === target ? { ...c, wellFormed: true } : c));
    const query = `mutation($input: ${inputType.name}!) { ${name}(input: $input) { __typename } }`;

    const before = await scanTable();
    const failures: string[] = [];
    for (let i = 0; i < cases.length; i += PARALLEL) {
      await Promise.all(
        cases.slice(i, i + PARALLEL).map(async (c) => {
          const res = await base.caller.query(query, { input: broken(base.input, c) });
          const wrong = problem(res, name, c);
          if (wrong) failures.push(`${c.path} (${c.label}): ${wrong}`);
        }),
      );
    }
    total += cases.length;
    expect(failures).toEqual([]);
    expect(scanDifference(before, await scanTable())).toEqual([]);

    const valid = await base.caller.query(query, { input: base.input });
    expect(valid.errors ?? []).toEqual([]);
  });
});
