import { graphql } from "../generated/index.js";

export const BoughtTogetherQuery = graphql(`
  query BoughtTogether($sku: String!, $first: Int) {
    product(sku: $sku) {
      sku
      boughtTogether(first: $first) {
        product { sku name }
        customers
        support
        confidence
        lift
      }
    }
  }
`);

export const CustomerRecommendationsQuery = graphql(`
  query CustomerRecommendations($id: ID!, $first: Int!, $context: RecommendationContext) {
    customer(id: $id) {
      recommendations(first: $first, context: $context) {
        personalised
        allowed
        basis
        items {
          product { sku name active }
          score
          source
          reason
        }
      }
    }
  }
`);
