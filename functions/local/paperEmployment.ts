import { employedGuardItem, itemOf, postApplicantGuardItem, slotGuardItem, supervisionDueItem } from '../db/entities';
import type {
  CdpSessionRecord,
  CdpSignUpRecord,
  DevelopmentPlanRecord,
  EmploymentRecord,
  HcaVacancyRecord,
  InterviewPanelRecord,
  InterviewSlotRecord,
  JobApplicationRecord,
  PostRecord,
  RecruitmentDayRecord,
  RelationRecord,
  StoredRecord,
} from '../db/records';
import type { PostRole, ServiceArea } from '../lib/vocabulary';
import { signUpId } from '../services/development';
import { developmentPlanId } from '../services/employment';
import { BAND_OF_ROLE } from '../services/posts';
import { HR_ID, INCLUSION_LEAD_ID, LEAD_LXP_ID } from './paperData';

/**
 * The paper's Table 3 as records: seven LXP posts converted from HCA vacancies and filled by people who
 * passed cohort 1 or 2, all still in post 24 months after appointment; the recruitment day that appointed
 * them (two panels of service representatives, one applicant with adjustments, one unsuccessful); their
 * supervisors (mentors, as in the paper) and supervision, some overdue; the Lead LXP's Continuing
 * Development Programme with attendance; development plans. Plus one post advertised now and two vacancies
 * still to convert, so the recruitment journey can be tried. Names and notes are invented.
 *
 * Dates before 2019 are the paper's; "now" is the time of seeding, so the open post closes in the future and
 * the overdue list has something in it whenever the data is first loaded.
 */

interface Table3Row {
  n: number;
  role: PostRole;
  area: ServiceArea;
  ftePercent: number;
  holderId: string;
  /** The cohort of the holder's completed enrolment (functions/local/paperData.ts). */
  cohortId: string;
  supervisorId: string;
  panel: 'A' | 'B';
  startTime: string;
}

export const TABLE_3: Table3Row[] = [
  {
    n: 1,
    role: 'LEAD_LXP',
    area: 'ADULT_MENTAL_HEALTH',
    ftePercent: 100,
    holderId: LEAD_LXP_ID,
    cohortId: 'coh_1',
    supervisorId: 'per_mentor_07',
    panel: 'A',
    startTime: '09:30',
  },
  {
    n: 2,
    role: 'LXP_HCA',
    area: 'ADULT_MENTAL_HEALTH',
    ftePercent: 80,
    holderId: 'per_trainee_02',
    cohortId: 'coh_1',
    supervisorId: 'per_mentor_02',
    panel: 'A',
    startTime: '10:00',
  },
  {
    n: 3,
    role: 'LXP_HCA',
    area: 'ADULT_MENTAL_HEALTH',
    ftePercent: 80,
    holderId: 'per_trainee_03',
    cohortId: 'coh_1',
    supervisorId: 'per_mentor_02',
    panel: 'A',
    startTime: '11:00',
  },
  {
    n: 4,
    role: 'LXP_HCA',
    area: 'ADULT_COMMUNITY',
    ftePercent: 70,
    holderId: 'per_trainee_04',
    cohortId: 'coh_1',
    supervisorId: 'per_mentor_03',
    panel: 'B',
    startTime: '09:30',
  },
  {
    n: 5,
    role: 'LXP_HCA',
    area: 'ADULT_COMMUNITY',
    ftePercent: 40,
    holderId: 'per_trainee_05',
    cohortId: 'coh_1',
    supervisorId: 'per_mentor_03',
    panel: 'B',
    startTime: '10:00',
  },
  {
    n: 6,
    role: 'LXP_HCA',
    area: 'HOME_TREATMENT',
    ftePercent: 100,
    holderId: 'per_trainee_13',
    cohortId: 'coh_2',
    supervisorId: 'per_mentor_13',
    panel: 'B',
    startTime: '10:30',
  },
  {
    n: 7,
    role: 'LXP_HCA',
    area: 'DAY_TREATMENT',
    ftePercent: 50,
    holderId: 'per_trainee_19',
    cohortId: 'coh_2',
    supervisorId: 'per_mentor_13',
    panel: 'B',
    startTime: '11:00',
  },
];

/** The applicant who asked for adjustments (a hard-copy pack and a later start), interviewed at 11:00. */
export const ADJUSTED_APPLICANT_ID = 'per_trainee_03';
/** Passed cohort 1, interviewed for post 2, unsuccessful. */
export const UNSUCCESSFUL_APPLICANT_ID = 'per_trainee_06';
/** Advertised at seeding time, closing six weeks later: the post to try the journey on. */
export const OPEN_POST_ID = 'pst_open';
/** Still vacant: for HR to convert. */
export const VACANT_IDS = ['vac_hca_09', 'vac_hca_10'];
export const RECRUITMENT_DAY_ID = 'rdy_2018';
export const PANEL_IDS = { A: 'pnl_2018_a', B: 'pnl_2018_b' } as const;
export const PANEL_MEMBERS = { A: [INCLUSION_LEAD_ID, 'per_mentor_05'], B: ['per_mentor_14', 'per_mentor_15'] } as const;
/** Supervision more than the default 28 days ago (or never since the first month): on the overdue list. */
export const OVERDUE_LXP_IDS = [LEAD_LXP_ID, 'per_trainee_03', 'per_trainee_05', 'per_trainee_19'];
export const UPCOMING_CDP_ID = 'cdp_upcoming';

const pad = (n: number) => String(n).padStart(2, '0');
const at = (date: string) => `${date}T09:00:00.000Z`;
const base = (createdAt: string) => ({ version: 1, createdAt, updatedAt: createdAt });
const dayOffset = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
const relation = (personId: string, rel: RelationRecord['relation'], anchor: string): RelationRecord => ({
  type: 'Relation',
  personId,
  relation: rel,
  anchor,
  createdAt: at('2018-06-20'),
});

const CONVERTED = '2018-05-01';
const ADVERTISED = '2018-05-14T09:00:00.000Z';
const CLOSING = '2018-06-08';
const DAY = '2018-06-27';
const START = '2018-09-03';

/** Every item of the recruitment, employment and development data, built with the API's key functions. */
export function employmentItems(now = new Date()): Record<string, unknown>[] {
  const records: StoredRecord[] = [];
  const extra: Record<string, unknown>[] = [];
  const day: RecruitmentDayRecord = {
    type: 'RecruitmentDay',
    id: RECRUITMENT_DAY_ID,
    date: DAY,
    location: 'Trust headquarters, training rooms 1 and 2',
    laterStartFrom: '10:30',
    postIds: TABLE_3.map((r) => `pst_table3_${r.n}`),
    ...base(at('2018-06-11')),
  };
  records.push(day);
  for (const key of ['A', 'B'] as const) {
    const panel: InterviewPanelRecord = {
      type: 'InterviewPanel',
      id: PANEL_IDS[key],
      recruitmentDayId: day.id,
      name: `Room ${key === 'A' ? 1 : 2}`,
      memberIds: [...PANEL_MEMBERS[key]],
      ...base(at('2018-06-11')),
    };
    records.push(panel);
  }

  const applicants = [...TABLE_3.map((r) => ({ row: r, personId: r.holderId })), { row: TABLE_3[1]!, personId: UNSUCCESSFUL_APPLICANT_ID }];
  const applicationCounts = new Map<string, number>();
  applicants.forEach(({ row, personId }, i) => {
    const postId = `pst_table3_${row.n}`;
    const id = `job_2018_${pad(i + 1)}`;
    const hired = personId === row.holderId;
    const panelKey = hired ? row.panel : 'A';
    const startTime = hired ? row.startTime : '12:00';
    const slotId = `slt_2018_${pad(i + 1)}`;
    applicationCounts.set(postId, (applicationCounts.get(postId) ?? 0) + 1);
    const adjusted = personId === ADJUSTED_APPLICANT_ID;
    const application: JobApplicationRecord = {
      type: 'JobApplication',
      id,
      subjectId: personId,
      jobApplicationId: id,
      postId,
      status: hired ? 'ACCEPTED' : 'UNSUCCESSFUL',
      submittedAt: `2018-05-${pad(20 + (i % 8))}T10:00:00.000Z`,
      ...(adjusted ? { disabilityDisclosure: 'I have dyslexia and anxiety that is worse early in the day.' } : {}),
      reasonableAdjustments: adjusted
        ? [
            { kind: 'HARD_COPY_PACK', atInterview: true },
            { kind: 'LATER_INTERVIEW_START', atInterview: true },
            { kind: 'OTHER', detail: 'Written instructions for new tasks once in post', atInterview: false },
          ]
        : [],
      eligibleThroughCohortId: personId === UNSUCCESSFUL_APPLICANT_ID ? 'coh_1' : row.cohortId,
      shortlistedBy: HR_ID,
      interviewSlotId: slotId,
      panelId: PANEL_IDS[panelKey],
      panelMemberIds: [...PANEL_MEMBERS[panelKey]],
      outcomeBy: HR_ID,
      ...(hired
        ? {
            offer: { startDate: START, ftePercent: row.ftePercent, supervisorId: row.supervisorId, madeAt: at(DAY) },
            employmentId: `emp_table3_${row.n}`,
          }
        : {}),
      notifications: [
        { channel: 'PHONE', sentOn: '2018-06-28', recordedBy: HR_ID },
        { channel: 'LETTER', sentOn: '2018-07-02', recordedBy: HR_ID },
      ],
      ...base(`2018-05-${pad(20 + (i % 8))}T10:00:00.000Z`),
    };
    records.push(application);
    extra.push(postApplicantGuardItem(postId, personId, id));
    const slot: InterviewSlotRecord = {
      type: 'InterviewSlot',
      id: slotId,
      subjectId: personId,
      jobApplicationId: id,
      recruitmentDayId: day.id,
      panelId: PANEL_IDS[panelKey],
      startTime,
      ...base(at('2018-06-20')),
    };
    records.push(slot);
    extra.push(slotGuardItem(slot.panelId, startTime, slotId));
    for (const member of PANEL_MEMBERS[panelKey]) records.push(relation(member, 'PANEL', id));
  });

  TABLE_3.forEach((row, i) => {
    records.push({
      type: 'HcaVacancy',
      id: `vac_hca_${pad(row.n)}`,
      reference: `HCA-${row.area.replace(/_/g, '-')}-${pad(row.n)}`,
      area: row.area,
      ftePercent: row.ftePercent,
      status: 'CONVERTED',
      postId: `pst_table3_${row.n}`,
      ...base(at('2018-04-03')),
    } satisfies HcaVacancyRecord);
    const post: PostRecord = {
      type: 'Post',
      id: `pst_table3_${row.n}`,
      role: row.role,
      band: BAND_OF_ROLE[row.role],
      area: row.area,
      ftePercent: row.ftePercent,
      status: 'FILLED',
      vacancyId: `vac_hca_${pad(row.n)}`,
      nhsJobsReference: `338-LXP-18-${pad(i + 1)}`,
      closingDate: CLOSING,
      advertisedAt: ADVERTISED,
      employmentId: `emp_table3_${row.n}`,
      applicationCount: applicationCounts.get(`pst_table3_${row.n}`) ?? 0,
      ...base(at(CONVERTED)),
    };
    records.push(post);
  });

  // Supervision: everyone had one in their first month; those not overdue had one a week before seeding
  // (per_trainee_05 forty days before: overdue at 28 days, not at 60).
  const lastSupervised: Record<string, string> = {
    per_trainee_02: dayOffset(now, -7),
    per_trainee_04: dayOffset(now, -7),
    per_trainee_13: dayOffset(now, -7),
    per_trainee_05: dayOffset(now, -40),
  };
  TABLE_3.forEach((row) => {
    const employmentId = `emp_table3_${row.n}`;
    const latest = lastSupervised[row.holderId];
    const employment: EmploymentRecord = {
      type: 'Employment',
      id: employmentId,
      subjectId: row.holderId,
      postId: `pst_table3_${row.n}`,
      cohortId: row.cohortId,
      applicationId: `job_2018_${pad(row.n)}`,
      startDate: START,
      ftePercent: row.ftePercent,
      status: 'ACTIVE',
      workplaceAdjustments:
        row.holderId === ADJUSTED_APPLICANT_ID ? ['Written instructions for new tasks', 'Shifts starting no earlier than 10:00'] : [],
      supervisorId: row.supervisorId,
      lastSupervisionAt: latest ?? '2018-10-01',
      ...base(at('2018-07-02')),
    };
    records.push(employment);
    extra.push(supervisionDueItem(employment), employedGuardItem(row.cohortId, row.holderId, employmentId));
    records.push(relation(row.supervisorId, 'SUPERVISOR', row.holderId));
    const sessions = ['2018-10-01', ...(latest ? [latest] : [])];
    sessions.forEach((heldOn, k) =>
      records.push({
        type: 'SupervisionRecord',
        id: `svr_table3_${row.n}_${k + 1}`,
        subjectId: row.holderId,
        employmentId,
        supervisorId: row.supervisorId,
        heldOn,
        notes:
          k === 0
            ? 'First month in post: settling into the team, boundaries when sharing lived experience, who to go to on shift.'
            : 'Reflected on a difficult conversation with a service user; agreed to bring it to the CDP peer session.',
        ...base(at(heldOn)),
      }),
    );
  });

  // The open post and the vacancies still to convert.
  records.push({
    type: 'HcaVacancy',
    id: 'vac_hca_08',
    reference: 'HCA-HOME-TREATMENT-08',
    area: 'HOME_TREATMENT',
    ftePercent: 60,
    status: 'CONVERTED',
    postId: OPEN_POST_ID,
    ...base(now.toISOString()),
  } satisfies HcaVacancyRecord);
  records.push({
    type: 'Post',
    id: OPEN_POST_ID,
    role: 'LXP_HCA',
    band: BAND_OF_ROLE.LXP_HCA,
    area: 'HOME_TREATMENT',
    ftePercent: 60,
    status: 'ADVERTISED',
    vacancyId: 'vac_hca_08',
    nhsJobsReference: `338-LXP-${now.toISOString().slice(2, 4)}-08`,
    closingDate: dayOffset(now, 42),
    advertisedAt: now.toISOString(),
    applicationCount: 0,
    ...base(now.toISOString()),
  } satisfies PostRecord);
  VACANT_IDS.forEach((id, i) =>
    records.push({
      type: 'HcaVacancy',
      id,
      reference: `HCA-${i ? 'DAY-TREATMENT' : 'ADULT-COMMUNITY'}-${pad(9 + i)}`,
      area: i ? 'DAY_TREATMENT' : 'ADULT_COMMUNITY',
      ftePercent: i ? 50 : 100,
      status: 'VACANT',
      ...base(now.toISOString()),
    } satisfies HcaVacancyRecord),
  );

  // The Continuing Development Programme, led by the Lead LXP.
  const lxps = TABLE_3.filter((r) => r.role === 'LXP_HCA').map((r) => r.holderId);
  const cdp = (id: string, topic: string, date: string, capacity: number, signedUp: string[], attended: string[]) => {
    records.push({
      type: 'CdpSession',
      id,
      topic,
      date,
      capacity,
      leaderId: LEAD_LXP_ID,
      signedUpCount: signedUp.length,
      attendedCount: attended.length,
      ...base(at(date < now.toISOString() ? '2018-11-01' : now.toISOString().slice(0, 10))),
    } satisfies CdpSessionRecord);
    signedUp.forEach((personId) =>
      records.push({
        type: 'CdpSignUp',
        id: signUpId(id, personId),
        subjectId: personId,
        sessionId: id,
        status: 'SIGNED_UP',
        signedUpAt: at(date < now.toISOString() ? '2018-11-05' : now.toISOString().slice(0, 10)),
        attended: attended.includes(personId),
        ...base(at('2018-11-05')),
      } satisfies CdpSignUpRecord),
    );
  };
  cdp('cdp_2019_01', 'Sharing your story safely: purposeful disclosure', '2019-01-15', 12, lxps, lxps.slice(0, 5));
  cdp('cdp_2019_04', 'Working in systems: being heard in the multidisciplinary team', '2019-04-10', 10, lxps.slice(0, 4), lxps.slice(0, 4));
  cdp(
    UPCOMING_CDP_ID,
    'Peer supervision: bringing a difficult conversation',
    dayOffset(now, 21),
    8,
    ['per_trainee_02', 'per_trainee_04'],
    [],
  );

  // Development plans, with goals the LXPs wrote and a review by their supervisor.
  for (const row of TABLE_3.filter((r) => ['per_trainee_02', 'per_trainee_03', 'per_trainee_13'].includes(r.holderId))) {
    records.push({
      type: 'DevelopmentPlan',
      id: developmentPlanId(row.holderId),
      subjectId: row.holderId,
      goals: [
        { text: 'Co-facilitate a recovery group on the ward', targetDate: '2019-03-31', status: 'ACHIEVED' },
        { text: 'Complete the Trust safeguarding level 2 course', targetDate: '2019-06-30', status: 'OPEN' },
      ],
      reviews: [{ reviewedOn: '2019-03-04', reviewerId: row.supervisorId, notes: 'Good progress; group co-facilitation went well.' }],
      ...base(at('2018-10-01')),
    } satisfies DevelopmentPlanRecord);
  }

  return [...records.map(itemOf), ...extra];
}

/** Distinct people employed from each cohort, as the Cohort records' `employedCount` holds it. */
export const EMPLOYED_BY_COHORT: Readonly<Record<string, number>> = TABLE_3.reduce<Record<string, number>>(
  (counts, r) => ({ ...counts, [r.cohortId]: (counts[r.cohortId] ?? 0) + 1 }),
  {},
);
