import { lists } from '../../db/lists';
import { find, findMany } from '../../services/load';
import { advertisePost, convertVacancyToPost, recordHcaVacancy, withdrawPost } from '../../services/posts';
import {
  addInterviewPanel,
  applyForPost,
  createRecruitmentDay,
  interviewAdjustments,
  interviewsOfPanel,
  panelsOfDay,
  recordInterviewOutcome,
  recordOutcomeNotification,
  respondToOffer,
  scheduleInterview,
  shortlistJobApplication,
  withdrawJobApplication,
} from '../../services/recruitment';
import { connection } from '../connection';
import type { Resolvers } from '../resolvers.generated';

export const postsResolvers: Resolvers = {
  Query: {
    hcaVacancies: (_, args, ctx, info) => connection(ctx, info, lists.hcaVacancies(), args),
    posts: (_, args, ctx, info) => connection(ctx, info, lists.posts(), args),
    post: (_, { id }, ctx) => find(ctx, 'Post', id),
    jobApplication: (_, { id }, ctx) => find(ctx, 'JobApplication', id),
    recruitmentDays: (_, args, ctx, info) => connection(ctx, info, lists.recruitmentDays(), args),
    recruitmentDay: (_, { id }, ctx) => find(ctx, 'RecruitmentDay', id),
  },
  Mutation: {
    recordHcaVacancy: (_, { input }, ctx) => recordHcaVacancy(ctx, input),
    convertVacancyToPost: (_, { input }, ctx) => convertVacancyToPost(ctx, input),
    advertisePost: (_, { input }, ctx) => advertisePost(ctx, input),
    withdrawPost: (_, { input }, ctx) => withdrawPost(ctx, input),
    applyForPost: (_, { input }, ctx) => applyForPost(ctx, input),
    withdrawJobApplication: (_, { input }, ctx) => withdrawJobApplication(ctx, input),
    shortlistJobApplication: (_, { input }, ctx) => shortlistJobApplication(ctx, input),
    createRecruitmentDay: (_, { input }, ctx) => createRecruitmentDay(ctx, input),
    addInterviewPanel: (_, { input }, ctx) => addInterviewPanel(ctx, input),
    scheduleInterview: (_, { input }, ctx) => scheduleInterview(ctx, input),
    recordInterviewOutcome: (_, { input }, ctx) => recordInterviewOutcome(ctx, input),
    recordOutcomeNotification: (_, { input }, ctx) => recordOutcomeNotification(ctx, input),
    respondToOffer: (_, { input }, ctx) => respondToOffer(ctx, input),
  },
  HcaVacancy: {
    post: (vacancy, _, ctx) => (vacancy.postId ? find(ctx, 'Post', vacancy.postId) : null),
  },
  Post: {
    vacancy: (post, _, ctx) => find(ctx, 'HcaVacancy', post.vacancyId),
    applications: (post, args, ctx, info) => connection(ctx, info, lists.jobApplicationsOfPost(post), args),
  },
  JobApplication: {
    applicant: (app, _, ctx) => find(ctx, 'Person', app.subjectId),
    post: (app, _, ctx) => find(ctx, 'Post', app.postId),
    interviewAdjustments: (app) => interviewAdjustments(app),
    panel: (app, _, ctx) => (app.panelMemberIds ? findMany(ctx, 'Person', app.panelMemberIds) : null),
    interview: (app, _, ctx) => (app.interviewSlotId ? find(ctx, 'InterviewSlot', app.interviewSlotId) : null),
    offer: (app) => app.offer ?? null,
    employment: (app, _, ctx) => (app.employmentId ? find(ctx, 'Employment', app.employmentId) : null),
  },
  OutcomeNotification: {
    recordedBy: (n, _, ctx) => find(ctx, 'Person', n.recordedBy),
  },
  JobOffer: {
    supervisor: (offer, _, ctx) => (offer.supervisorId ? find(ctx, 'Person', offer.supervisorId) : null),
  },
  RecruitmentDay: {
    posts: (day, _, ctx) => findMany(ctx, 'Post', day.postIds),
    panels: (day) => panelsOfDay(day.id),
  },
  InterviewPanel: {
    members: (panel, _, ctx) => findMany(ctx, 'Person', panel.memberIds),
    interviews: (panel) => interviewsOfPanel(panel.id),
  },
  InterviewSlot: {
    recruitmentDay: (slot, _, ctx) => find(ctx, 'RecruitmentDay', slot.recruitmentDayId),
    panel: (slot, _, ctx) => find(ctx, 'InterviewPanel', slot.panelId),
    application: (slot, _, ctx) => find(ctx, 'JobApplication', slot.jobApplicationId),
  },
  Person: {
    jobApplications: (person, args, ctx, info) => connection(ctx, info, lists.jobApplicationsOfPerson(person), args),
  },
};
