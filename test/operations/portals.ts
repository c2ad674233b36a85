import { graphql } from "../generated/index.js";

export const DealerPortal = graphql(`
  query DealerPortal($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      ... on Dealer {
        code
        customers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName } } }
        vehicles(first: $first) { totalCount edges { node { vin } } }
        orders(first: $first) { totalCount edges { node { number } } }
        cases(first: $first) { totalCount edges { node { number } } }
      }
    }
  }
`);

export const DealerPortals = graphql(`
  query DealerPortals($first: Int) {
    dealers(first: 10) {
      edges {
        node {
          code
          customers(first: $first) { totalCount pageInfo { hasNextPage } edges { node { displayName } } }
          vehicles(first: $first) { totalCount edges { node { vin } } }
          orders(first: $first) { totalCount edges { node { number } } }
          cases(first: $first) { totalCount edges { node { number } } }
        }
      }
    }
  }
`);

export const ProductOrders = graphql(`
  query ProductOrders($sku: String!, $first: Int) {
    product(sku: $sku) { sku orders(first: $first) { totalCount edges { node { number } } } }
  }
`);

export const ProductsWithOrders = graphql(`
  query ProductsWithOrders($search: String) {
    products(first: 10, filter: { search: $search }) { edges { node { sku orders(first: 1) { totalCount pageInfo { hasNextPage } edges { node { number } } } } } }
  }
`);
