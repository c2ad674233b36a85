import { graphql } from "../generated/index.js";

export const Directory = graphql(`
  query Directory($dealerFilter: DealerFilter, $first: Int) {
    dealers(filter: $dealerFilter, first: $first) { totalCount edges { node { id code name city sells repairs } } }
    suppliers(first: $first) { totalCount edges { node { id code name } } }
    carriers(first: $first) { totalCount edges { node { id code name } } }
  }
`);

export const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Customer { displayName }
      ... on Dealer { code }
      ... on Product { sku }
    }
  }
`);

export const NodesByIds = graphql(`
  query NodesByIds($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id }
  }
`);
