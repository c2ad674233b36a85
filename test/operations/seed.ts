import { graphql } from "../generated/index.js";

export const DemoCheck = graphql(`
  query DemoCheck {
    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }
    products(first: 1) { totalCount }
    dealers(first: 1) { totalCount }
  }
`);
