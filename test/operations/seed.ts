import { graphql } from "../generated/index.js";

export const DemoCheck = graphql(`
  query DemoCheck {
    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }
    products(first: 1) { totalCount }
    dealers(first: 1) { totalCount }
  }
`);

export const DemoIntelligence = graphql(`
  query DemoIntelligence {
    customers(first: 100) {
      totalCount
      edges { node { id stage tier traits { rfmGroup categoryCells { categoryId categoryName brandPreference usage } } } }
    }
  }
`);

export const DemoRfmGroup = graphql(`
  query DemoRfmGroup($groups: [RfmGroup!]) { customers(first: 1, filter: { rfmGroups: $groups }) { totalCount } }
`);
