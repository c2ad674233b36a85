import { graphql } from "../generated/index.js";

export const ExportCustomerData = graphql(`query ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }`);

export const EraseCustomer = graphql(`
  mutation EraseCustomer($input: EraseCustomerInput!) {
    eraseCustomer(input: $input) { customerId erasedAt profiles suppressedIdentities }
  }
`);

export const AuditLog = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at actorRole actorId action targetType targetId operation outcome details } }
    }
  }
`);

export const CustomerWithPii = graphql(`
  query CustomerWithPii($id: ID!) { customer(id: $id) { id displayName birthday emails { address } phones { e164 } addresses { line1 city } } }
`);

export const CustomersWithEmails = graphql(`
  query CustomersWithEmails($first: Int) { customers(first: $first) { edges { node { id displayName emails { address } } } } }
`);

export const CustomerNamesOnly = graphql(`
  query CustomerNamesOnly($first: Int) { customers(first: $first) { edges { node { id displayName } } } }
`);
