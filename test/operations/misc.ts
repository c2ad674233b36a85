import { graphql } from "../generated/index.js";

export const CatalogCount = graphql(`
  query CatalogCount {
    products(first: 1) { totalCount }
  }
`);

export const CustomerTotal = graphql(`
  query CustomerTotal {
    customers(first: 1) { totalCount }
  }
`);
