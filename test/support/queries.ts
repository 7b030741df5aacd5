/** The query the README promises a front end: five cohorts, up to 100 applications each, with the applicants' names. */
export const LEAD_LXP_APPLICANTS = `query LeadLxpApplicants {
  cohorts(first: 5) {
    edges {
      node {
        id
        number
        applications(first: 100) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id status applicant { id displayName } } }
        }
      }
    }
  }
}`;
