import { graphql } from "../generated/index.js";

export const CustomerChanged = graphql(`
  subscription CustomerChanged($customerId: ID!, $after: Int) {
    customerChanged(customerId: $customerId, after: $after) { customerId seq kind segmentId customer { id displayName } }
  }
`);

export const CustomersChanged = graphql(`
  subscription CustomersChanged {
    customersChanged { customerId seq kind segmentId }
  }
`);
