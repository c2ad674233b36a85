import { graphql } from "../generated/index.js";

export const DueSoonQuery = graphql(`
  query DueSoon($id: ID!, $within: Int, $first: Int, $after: String) {
    customer(id: $id) {
      dueSoon(within: $within, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            product { sku }
            category { slug }
            expectedOn
            lowOn
            highOn
            overdue
            evidence { purchases lastPurchases lastQuantity ownIntervalDays populationIntervalDays ownWeight }
          }
        }
      }
    }
  }
`);

export const NextServiceDueQuery = graphql(`
  query NextServiceDue($vin: String!) {
    vehicle(vin: $vin) {
      nextServiceDue { date mileage projectedMileage overdue reason lastServiceOn }
    }
  }
`);

export const OwnersDueForServiceQuery = graphql(`
  query OwnersDueForService($id: ID!, $within: Int, $first: Int, $after: String) {
    node(id: $id) {
      ... on Dealer {
        ownersDueForService(within: $within, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { date reason overdue mileage owner { displayName } vehicle { vin } } }
        }
      }
    }
  }
`);
