import type {
  AssessmentOutcome,
  CohortStatus,
  CurriculumTopic,
  DeclineReason,
  EnrolmentStatus,
  NonCompletionReason,
  PortfolioEntryStatus,
  PortfolioStatus,
  Role,
  SessionDeliverer,
} from '../lib/vocabulary';

/**
 * The demo data: Stirrup et al. (2021), Table 2 and the text of Phase 3, as records. Names and statements
 * are invented; counts, reasons and outcomes are the paper's.
 *
 * - Cohort 1: 18 applications, 12 on the programme, 6 completions; mentors 9 clinical, 3 management, 0 support.
 * - Cohort 2: 20 applications (2 of them deferred from cohort 1), 16 on the programme, 4 completions;
 *   mentors 7 clinical, 4 management, 1 support, some mentoring two trainees.
 * - Non-completion: 10 portfolio (not submitted or incomplete), 8 left the programme (paid employment,
 *   further study, other volunteering, health, personal; health and personal 2 in all).
 */

export interface PaperPerson {
  id: string;
  displayName: string;
  roles: Role[];
}

export interface PaperCohort {
  id: string;
  number: number;
  startDate: string;
  weeks: number;
  capacity: number;
  status: CohortStatus;
  facilitatorIds: string[];
}

export type PaperOutcome =
  | { kind: 'DECLINED'; reason: DeclineReason }
  | { kind: 'DEFERRED'; reason: DeclineReason; toApplicationId: string }
  | { kind: 'ENROLLED'; enrolmentId: string; status: EnrolmentStatus; reason?: NonCompletionReason; mentorId: string };

export interface PaperApplication {
  id: string;
  cohortId: string;
  applicantId: string;
  submittedAt: string;
  decidedAt: string;
  statement: string;
  outcome: PaperOutcome;
  deferredFromApplicationId?: string;
}

export type MentorBackground = 'CLINICAL' | 'MANAGEMENT' | 'SUPPORT';

export interface PaperMentor {
  id: string;
  cohortId: string;
  background: MentorBackground;
}

const TRAINEE_NAMES = [
  'Alex Morgan',
  'Bea Okafor',
  'Callum Reid',
  'Dani Kowalski',
  'Eddie Shah',
  'Fran Doyle',
  'Gita Patel',
  'Harry Lloyd',
  'Imogen Clarke',
  'Jas Dhillon',
  'Kieran Walsh',
  'Lena Nowak',
  'Maya Fraser',
  'Nathan Boateng',
  'Olu Adeyemi',
  'Priya Nair',
  'Quinn Harper',
  'Rosa Martins',
  'Sam Whitfield',
  'Tariq Hussain',
  'Uma Greaves',
  'Vic Chambers',
  'Wes Ofori',
  'Xena Lindqvist',
  'Yusuf Demir',
  'Zara Pike',
  'Aiden Burke',
  'Bella Cruz',
  'Conor Hale',
  'Dee Mensah',
  'Ellis Grant',
  'Faye Moreno',
  'Gabe Sutton',
  'Hana Ito',
  'Isaac Byrne',
  'Jodie Quinn',
];

const MENTOR_NAMES = [
  'Dr Ruth Adler',
  'Mark Ellison',
  'Sister Joan Pryce',
  'Dr Kwame Asante',
  'Helen Marsh',
  'Tom Feeney',
  'Dr Anita Rao',
  'Gary Lomax',
  'Nadia Farouk',
  'Paul Whitmore',
  'Dr Lucy Tan',
  'Owen Pritchard',
  'Carmen Silva',
  'Dr Ian Mercer',
  'Rachel Stone',
  'Dev Malhotra',
  'Judith Keane',
  'Dr Femi Bello',
  'Sian Howells',
  'Neil Armitage',
  'Dr Grace Obi',
  'Karen Blythe',
  'Leo Santos',
  'Martha Quigley',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Staff who run the programme; the Lead LXP is also a cohort-1 trainee (Table 3: Lead LXP, adult mental health). */
export const LEAD_LXP_ID = 'per_lead_lxp';
export const FACILITATOR_ID = 'per_facilitator';
export const INCLUSION_LEAD_ID = 'per_inclusion_lead';
export const HR_ID = 'per_hr';

const trainees: PaperPerson[] = TRAINEE_NAMES.map((displayName, i) => ({
  id: i === 0 ? LEAD_LXP_ID : `per_trainee_${pad(i + 1)}`,
  displayName,
  roles: i === 0 ? ['SERVICE_USER', 'LEAD_LXP'] : ['SERVICE_USER'],
}));

/** Mentors 1–12 mentor cohort 1, 13–24 cohort 2, with Table 2's backgrounds. */
export const MENTORS: PaperMentor[] = MENTOR_NAMES.map((_, i) => {
  const inCohort = i % 12;
  const cohortId = i < 12 ? 'coh_1' : 'coh_2';
  const background: MentorBackground =
    i < 12 ? (inCohort < 9 ? 'CLINICAL' : 'MANAGEMENT') : inCohort < 7 ? 'CLINICAL' : inCohort < 11 ? 'MANAGEMENT' : 'SUPPORT';
  return { id: `per_mentor_${pad(i + 1)}`, cohortId, background };
});

const staff: PaperPerson[] = [
  { id: FACILITATOR_ID, displayName: 'Morag Llewellyn (course facilitator)', roles: ['CLINICIAN'] },
  { id: INCLUSION_LEAD_ID, displayName: 'Dr Sunil Varma (social inclusion lead)', roles: ['CLINICIAN'] },
  { id: HR_ID, displayName: 'Pat Okoro (HR)', roles: ['HR'] },
  ...MENTOR_NAMES.map((displayName, i) => ({ id: MENTORS[i]!.id, displayName, roles: ['CLINICIAN'] as Role[] })),
];

/** Every seeded person: staff first, then trainees. */
export const PEOPLE: PaperPerson[] = [...staff, ...trainees];

/** The person each role's demo token is for (`npm run token -- --role ROLE`). */
export const PERSONAS: Record<Role, string> = {
  SERVICE_USER: 'per_trainee_20',
  CLINICIAN: FACILITATOR_ID,
  HR: HR_ID,
  LEAD_LXP: LEAD_LXP_ID,
};

export const COHORTS: PaperCohort[] = [
  {
    id: 'coh_1',
    number: 1,
    startDate: '2017-09-04',
    weeks: 12,
    capacity: 12,
    status: 'COMPLETED',
    facilitatorIds: [FACILITATOR_ID, INCLUSION_LEAD_ID],
  },
  {
    id: 'coh_2',
    number: 2,
    startDate: '2018-03-05',
    weeks: 12,
    capacity: 16,
    status: 'COMPLETED',
    facilitatorIds: [FACILITATOR_ID, INCLUSION_LEAD_ID],
  },
];

const STATEMENTS = [
  'After years of using mental health services I volunteered on a ward peer group, and I want to use what I learned about my own recovery to support people in crisis.',
  'Living with anxiety and depression taught me how much it matters to be listened to. Volunteering showed me I can offer that hope to others.',
  'My experience of psychosis and of coming through it is something I now talk about openly; I want to help others at the point of leaving hospital.',
  'I have managed bipolar disorder for fifteen years. Training would help me turn that experience into practical, hands-on support.',
];

/** Trainees' outcomes in enrolment order: completions first, then the paper's non-completion reasons. */
const COHORT_1_ENROLMENTS: Array<[EnrolmentStatus, NonCompletionReason?]> = [
  ...Array.from({ length: 6 }, (): [EnrolmentStatus] => ['COMPLETED']),
  ['REFERRED', 'PORTFOLIO_NOT_SUBMITTED'],
  ['REFERRED', 'PORTFOLIO_NOT_SUBMITTED'],
  ['REFERRED', 'PORTFOLIO_INCOMPLETE'],
  ['WITHDRAWN', 'PAID_EMPLOYMENT'],
  ['WITHDRAWN', 'FURTHER_STUDY'],
  ['WITHDRAWN', 'HEALTH'],
];
const COHORT_2_ENROLMENTS: Array<[EnrolmentStatus, NonCompletionReason?]> = [
  ...Array.from({ length: 4 }, (): [EnrolmentStatus] => ['COMPLETED']),
  ['REFERRED', 'PORTFOLIO_NOT_SUBMITTED'],
  ['REFERRED', 'PORTFOLIO_NOT_SUBMITTED'],
  ['REFERRED', 'PORTFOLIO_NOT_SUBMITTED'],
  ['REFERRED', 'PORTFOLIO_NOT_SUBMITTED'],
  ['REFERRED', 'PORTFOLIO_INCOMPLETE'],
  ['REFERRED', 'PORTFOLIO_INCOMPLETE'],
  ['REFERRED', 'PORTFOLIO_INCOMPLETE'],
  ['WITHDRAWN', 'PAID_EMPLOYMENT'],
  ['WITHDRAWN', 'PAID_EMPLOYMENT'],
  ['WITHDRAWN', 'FURTHER_STUDY'],
  ['WITHDRAWN', 'OTHER_VOLUNTEERING'],
  ['WITHDRAWN', 'PERSONAL'],
];

/** Cohort 2's 12 mentors for 16 trainees: mentors 13–16 each take a second trainee. */
const cohort2Mentor = (i: number) => MENTORS[12 + (i < 12 ? i : i - 12)]!.id;

function build(): PaperApplication[] {
  const apps: PaperApplication[] = [];
  const statement = (i: number) => STATEMENTS[i % STATEMENTS.length]!;
  // Cohort 1: applicants 1–18. 1–12 enrolled; 13–14 deferred to cohort 2; 15–18 declined.
  trainees.slice(0, 18).forEach((person, i) => {
    const n = i + 1;
    const base = {
      id: `app_c1_${pad(n)}`,
      cohortId: 'coh_1',
      applicantId: person.id,
      submittedAt: `2017-07-${pad(n + 1)}T10:00:00.000Z`,
      decidedAt: '2017-08-14T09:00:00.000Z',
      statement: statement(i),
    };
    if (n <= 12) {
      const [status, reason] = COHORT_1_ENROLMENTS[i]!;
      apps.push({
        ...base,
        outcome: { kind: 'ENROLLED', enrolmentId: `enr_c1_${pad(n)}`, status, ...(reason ? { reason } : {}), mentorId: MENTORS[i]!.id },
      });
    } else if (n <= 14) {
      apps.push({
        ...base,
        outcome: { kind: 'DEFERRED', reason: 'NEEDS_VOLUNTEERING_EXPERIENCE', toApplicationId: `app_c2_${pad(n - 12)}` },
      });
    } else {
      apps.push({ ...base, outcome: { kind: 'DECLINED', reason: n <= 16 ? 'NOT_YET_READY' : 'NEEDS_VOLUNTEERING_EXPERIENCE' } });
    }
  });
  // Cohort 2: the 2 deferred applicants, then applicants 19–36. The first 16 enrolled; the last 4 declined.
  const cohort2Applicants = [trainees[12]!, trainees[13]!, ...trainees.slice(18, 36)];
  cohort2Applicants.forEach((person, i) => {
    const n = i + 1;
    const base = {
      id: `app_c2_${pad(n)}`,
      cohortId: 'coh_2',
      applicantId: person.id,
      submittedAt: `2018-01-${pad(n + 5)}T10:00:00.000Z`,
      decidedAt: '2018-02-12T09:00:00.000Z',
      statement: statement(i + 1),
      ...(n <= 2 ? { deferredFromApplicationId: `app_c1_${pad(n + 12)}` } : {}),
    };
    if (n <= 16) {
      const [status, reason] = COHORT_2_ENROLMENTS[i]!;
      apps.push({
        ...base,
        outcome: { kind: 'ENROLLED', enrolmentId: `enr_c2_${pad(n)}`, status, ...(reason ? { reason } : {}), mentorId: cohort2Mentor(i) },
      });
    } else {
      apps.push({ ...base, outcome: { kind: 'DECLINED', reason: n <= 19 ? 'NOT_YET_READY' : 'NEEDS_VOLUNTEERING_EXPERIENCE' } });
    }
  });
  return apps;
}

export const APPLICATIONS: PaperApplication[] = build();

/*
 * The twelve weeks after enrolment, person by person: sessions and attendance, portfolios consistent with
 * each outcome, mentors' preparation, meetings (some trainees below the minimum of three) and shadowing.
 */

export interface PaperSession {
  id: string;
  cohortId: string;
  week: number;
  topic: CurriculumTopic;
  title: string;
  deliveredBy: SessionDeliverer;
  date: string;
}

const TOPICS: CurriculumTopic[] = [
  'WORK_READINESS',
  'RECOVERY',
  'SELF_MANAGEMENT',
  'PERSONAL_DEVELOPMENT',
  'SOCIAL_INCLUSION',
  'FOCUS_ON_SELF',
  'PEER_TO_PEER_WORKING',
  'WORKING_IN_SYSTEMS',
];
const TOPIC_TITLES: Record<CurriculumTopic, string> = {
  WORK_READINESS: 'Work readiness: the LXP role, boundaries and the working day',
  RECOVERY: 'Recovery: hope, agency and opportunity',
  SELF_MANAGEMENT: 'Self-management: wellbeing plans at work',
  PERSONAL_DEVELOPMENT: 'Personal development: strengths and goals',
  SOCIAL_INCLUSION: 'Social inclusion: communities, stigma and access',
  FOCUS_ON_SELF: 'Focus on self: when and how to share lived experience',
  PEER_TO_PEER_WORKING: 'Peer-to-peer working: mutuality and shared decisions',
  WORKING_IN_SYSTEMS: 'Working in systems: teams, records and safeguarding',
};
/** Weeks 9–12 return to the topics trainees asked to revisit. */
const REVISITED: CurriculumTopic[] = ['FOCUS_ON_SELF', 'PEER_TO_PEER_WORKING', 'WORKING_IN_SYSTEMS', 'WORK_READINESS'];
const DELIVERERS: SessionDeliverer[] = ['FACILITATOR', 'SERVICE_USER', 'HEALTHCARE_PROFESSIONAL'];

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** One session a week for each cohort's twelve weeks, covering the eight topics. */
export const SESSIONS: PaperSession[] = COHORTS.flatMap((c) =>
  Array.from({ length: c.weeks }, (_, i) => {
    const topic = i < TOPICS.length ? TOPICS[i]! : REVISITED[i - TOPICS.length]!;
    return {
      id: `ses_c${c.number}_w${pad(i + 1)}`,
      cohortId: c.id,
      week: i + 1,
      topic,
      title: i < TOPICS.length ? TOPIC_TITLES[topic] : `Revisited: ${TOPIC_TITLES[topic]}`,
      deliveredBy: DELIVERERS[i % DELIVERERS.length]!,
      date: addDays(c.startDate, i * 7 + 2),
    };
  }),
);

/** Mentors' preparation: the preparatory session before their cohort starts, the support meeting in week 6. */
export const mentorPreparation = (m: PaperMentor) => {
  const start = COHORTS.find((c) => c.id === m.cohortId)!.startDate;
  return { preparatoryTrainingOn: addDays(start, -14), supportMeetingOn: addDays(start, 38) };
};

export interface PaperEntry {
  title: string;
  body: string;
  status: PortfolioEntryStatus;
  sharedWithMentor: boolean;
  /** A facilitator's comment, for entries that were submitted for comment along the way. */
  feedback?: string;
}

export interface PaperAssessment {
  submission: number;
  decisions: Array<{ assessorId: string; outcome: AssessmentOutcome; feedback: string }>;
}

/** What happened to one trainee in the twelve weeks. */
export interface PaperTraining {
  enrolmentId: string;
  traineeId: string;
  cohortId: string;
  mentorId: string;
  status: EnrolmentStatus;
  reason?: NonCompletionReason;
  detail?: string;
  /** The last week attended (leavers stop early). */
  lastWeek: number;
  /** Weeks missed among those attended. */
  missedWeeks: number[];
  portfolioStatus: PortfolioStatus;
  entries: PaperEntry[];
  assessments: PaperAssessment[];
  tutorials: number;
  /** Meetings with the mentor within the weeks (the paper's minimum is three). */
  meetings: number;
  shadowing: string[];
}

const ENTRY_TOPICS = [
  ['What recovery means to me now', 'Looking back at my first admission, I see how much hope mattered…'],
  ['Sharing my story safely', 'In the session on focus on self we practised deciding what to share and why…'],
  ['A day shadowing the crisis team', 'I noticed how the team handed over between shifts, and where a peer could help…'],
  ['Boundaries in peer work', 'Being alongside someone is different from rescuing them; my mentor helped me see…'],
  ['Working in systems', 'Records, safeguarding and team meetings felt daunting at first; now I understand…'],
] as const;

const FINAL_FEEDBACK = 'Clear reflection linking your own recovery to the LXP role, with good use of the session material.';
const LEAVING_DETAIL: Partial<Record<NonCompletionReason, string>> = {
  PAID_EMPLOYMENT: 'Offered a full-time support worker post with another provider.',
  FURTHER_STUDY: 'Started an access course at the local college.',
  OTHER_VOLUNTEERING: 'Took up a volunteering role with a local mental health charity.',
  HEALTH: 'A period of ill health meant stepping back from training for now.',
  PERSONAL: 'Caring responsibilities at home changed during the course.',
};

/** The one trainee whose portfolio was referred and then passed on resubmission. */
export const REFERRED_THEN_PASSED = 'enr_c1_06';

function entriesFor(status: EnrolmentStatus, reason: NonCompletionReason | undefined, n: number): PaperEntry[] {
  const entry = (i: number, s: PortfolioEntryStatus, withFeedback = false): PaperEntry => ({
    title: ENTRY_TOPICS[i]![0],
    body: ENTRY_TOPICS[i]![1],
    status: s,
    sharedWithMentor: (i + n) % 2 === 0,
    ...(withFeedback ? { feedback: i === 0 ? 'A thoughtful start: say more about what changed for you.' : FINAL_FEEDBACK } : {}),
  });
  if (status === 'COMPLETED') return [0, 1, 2, 3].map((i) => entry(i, 'FINAL', i < 2));
  if (reason === 'PORTFOLIO_INCOMPLETE') return [entry(0, 'FINAL', true), entry(1, 'FINAL'), entry(2, 'DRAFT')];
  if (reason === 'PORTFOLIO_NOT_SUBMITTED') return [entry(0, 'SUBMITTED_FOR_COMMENT', true), entry(1, 'DRAFT')];
  return [entry(0, 'DRAFT')];
}

function assessmentsFor(enrolmentId: string, status: EnrolmentStatus, reason: NonCompletionReason | undefined): PaperAssessment[] {
  const pass = (assessorId: string) => ({ assessorId, outcome: 'PASS' as const, feedback: FINAL_FEEDBACK });
  const refer = (assessorId: string, feedback: string) => ({ assessorId, outcome: 'REFERRAL' as const, feedback });
  if (enrolmentId === REFERRED_THEN_PASSED) {
    return [
      {
        submission: 1,
        decisions: [pass(FACILITATOR_ID), refer(INCLUSION_LEAD_ID, 'Link the entries to the assessment criteria on social inclusion.')],
      },
      { submission: 2, decisions: [pass(FACILITATOR_ID), pass(INCLUSION_LEAD_ID)] },
    ];
  }
  if (status === 'COMPLETED') return [{ submission: 1, decisions: [pass(FACILITATOR_ID), pass(INCLUSION_LEAD_ID)] }];
  if (reason === 'PORTFOLIO_INCOMPLETE') {
    const incomplete = 'The portfolio is incomplete: entries on three of the eight topics are missing.';
    return [{ submission: 1, decisions: [refer(FACILITATOR_ID, incomplete), refer(INCLUSION_LEAD_ID, incomplete)] }];
  }
  return [];
}

function trainingFor(a: PaperApplication, n: number): PaperTraining | undefined {
  const o = a.outcome;
  if (o.kind !== 'ENROLLED') return undefined;
  const leaving = o.status === 'WITHDRAWN';
  const assessments = assessmentsFor(o.enrolmentId, o.status, o.reason);
  const portfolioStatus: PortfolioStatus =
    o.status === 'COMPLETED' ? 'PASSED' : o.reason === 'PORTFOLIO_INCOMPLETE' ? 'REFERRED' : 'IN_PROGRESS';
  return {
    enrolmentId: o.enrolmentId,
    traineeId: a.applicantId,
    cohortId: a.cohortId,
    mentorId: o.mentorId,
    status: o.status,
    ...(o.reason ? { reason: o.reason } : {}),
    ...(o.reason && LEAVING_DETAIL[o.reason] ? { detail: LEAVING_DETAIL[o.reason] } : {}),
    lastWeek: leaving ? 4 + (n % 4) : 12,
    missedWeeks: n % 3 === 0 ? [7] : [],
    portfolioStatus,
    entries: entriesFor(o.status, o.reason, n),
    assessments,
    tutorials: o.status === 'COMPLETED' ? 2 : leaving ? 0 : 1,
    // Leavers met once or twice; two trainees whose portfolio was not submitted met twice; everyone else three or four times.
    meetings: leaving ? 1 + (n % 2) : o.reason === 'PORTFOLIO_NOT_SUBMITTED' && n % 2 === 1 ? 2 : 3 + (n % 2),
    shadowing: o.status === 'COMPLETED' ? ['Home treatment team'] : o.reason ? [] : [],
  };
}

/** Every enrolled trainee's twelve weeks, in enrolment order. */
export const TRAINING: PaperTraining[] = APPLICATIONS.flatMap((a, i) => trainingFor(a, i) ?? []);
