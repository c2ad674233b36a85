import { graphql } from "../generated/index.js";

export const OpenOwnCase = graphql(`
  mutation OpenOwnCase($input: OpenCaseInput!) {
    openCase(input: $input) { case { id number kind status priority subject againstDealer { id } customer { id } } }
  }
`);

export const CommentCase = graphql(`mutation CommentCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { id status } } }`);
export const TakeCase = graphql(`mutation TakeCase($input: CaseActionInput!) { assignCase(input: $input) { case { id status assignee } } }`);
export const SolveCase = graphql(`mutation SolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { id status resolution } } }`);
export const ShutCase = graphql(`mutation ShutCase($input: CaseActionInput!) { closeCase(input: $input) { case { id status closedAt } } }`);

export const RateCase = graphql(`
  mutation RateCase($input: RateCaseInput!) {
    rateCase(input: $input) { case { id status } surveyResponse { overallSatisfaction comment } }
  }
`);

export const CaseThread = graphql(`
  query CaseThread($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      ... on Case {
        number status overdue dueAt closedAt
        thread(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { kind status body authorRole authorName createdAt } }
        }
      }
    }
  }
`);

export const MyCaseNotices = graphql(`
  query MyCaseNotices($id: ID!) {
    customer(id: $id) {
      interactions(first: 20, filter: { types: [NOTIFICATION] }) { edges { node { subject channel direction } } }
      timeline(first: 20) { edges { node { kind title } } }
      traits { latestCsat }
    }
  }
`);

export const CaseUpdated = graphql(`
  subscription CaseUpdated($caseId: ID) { caseUpdated(caseId: $caseId) { id number status } }
`);

export const DealerComplaints = graphql(`
  query DealerComplaints($id: ID!) {
    node(id: $id) {
      ... on Dealer {
        cases(first: 10) { edges { node { number status overdue dueAt openedAt thread { edges { node { kind authorRole body } } } } } }
      }
    }
  }
`);

export const ComplaintStatsOf = graphql(`
  query ComplaintStatsOf($id: ID!, $period: ReportPeriod) {
    node(id: $id) {
      ... on Dealer {
        complaintStats(period: $period) {
          complaintCount customerCount ratePer100Customers openCount overdueCount medianResolutionHours meanResolutionHours
        }
      }
    }
  }
`);
