import { graphql } from "../generated/index.js";

export const CaptureLead = graphql(`
  mutation CaptureLead($input: CaptureLeadInput!) {
    captureLead(input: $input) { reference lead { id status source dealer { id } customer { id stage } } }
  }
`);

export const Leads = graphql(`
  query Leads($filter: LeadFilter) {
    leads(first: 50, filter: $filter) {
      totalCount
      edges { node { id source status message lostReason testDriveAt model { id name } dealer { id } customer { id displayName stage } history { status changedBy note } } }
    }
  }
`);

export const UpdateLeadStatus = graphql(`
  mutation UpdateLeadStatus($input: UpdateLeadStatusInput!) {
    updateLeadStatus(input: $input) { lead { id status testDriveAt lostReason customer { id stage vehicles { vin } } history { status changedBy } } }
  }
`);

export const AssignLead = graphql(`
  mutation AssignLead($input: AssignLeadInput!) {
    assignLead(input: $input) { lead { id dealer { id } } }
  }
`);

export const LeadConversion = graphql(`
  query LeadConversion {
    leadConversion { dealer { id } source leads contacted testDrives won lost conversionRate medianHoursToContact }
  }
`);

export const ChangeLeadInterest = graphql(`
  mutation ChangeLeadInterest($input: ChangeLeadInterestInput!) {
    changeLeadInterest(input: $input) { lead { id model { id name } } }
  }
`);
