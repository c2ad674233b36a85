import { graphql } from "../generated/index.js";

export const TrackEvents = graphql(`
  mutation TrackEvents($events: [TrackEventInput!]!) {
    trackEvents(events: $events) { accepted duplicates }
  }
`);

export const RegisterWithVisit = graphql(`
  mutation RegisterWithVisit($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) { token customer { id } }
  }
`);

export const LoginWithVisit = graphql(`
  mutation LoginWithVisit($input: LoginInput!) {
    login(input: $input) { token customer { id } }
  }
`);

export const ActiveCustomers = graphql(`
  query ActiveCustomers($filter: CustomerFilter) {
    customers(first: 50, filter: $filter) { totalCount edges { node { id } } }
  }
`);
