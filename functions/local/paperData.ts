import type { CohortStatus, DeclineReason, EnrolmentStatus, NonCompletionReason, Role } from '../lib/vocabulary';

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
