import { graphql } from "../generated/index.js";

export const CustomersPage = graphql(`
  query CustomersPage($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id displayName kind stage tier createdAt } }
    }
  }
`);

export const CustomersCount = graphql(`
  query CustomersCount($filter: CustomerFilter) {
    customers(first: 100, filter: $filter) { totalCount edges { node { id displayName } } }
  }
`);

export const CustomerById = graphql(`
  query CustomerById($id: ID!) {
    customer(id: $id) {
      id
      displayName
      givenName
      familyName
      birthday
      emails { address isPrimary }
      phones { e164 kind }
      addresses { city isDefaultDelivery }
      preferredDealer { id name }
    }
  }
`);
