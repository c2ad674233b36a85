import { graphql } from "../generated/index.js";

export const ProductReviews = graphql(`
  query ProductReviews($sku: String!, $first: Int, $after: String, $orderBy: ReviewOrder) {
    product(sku: $sku) {
      sku
      rating { average count distribution }
      reviews(first: $first, after: $after, orderBy: $orderBy) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id stars title body reviewer helpfulCount createdAt } }
      }
    }
  }
`);

export const ProductReviewsDefault = graphql(`
  query ProductReviewsDefault($sku: String!) {
    product(sku: $sku) { rating { average count distribution } reviews(first: 10) { edges { cursor node { id stars reviewer helpfulCount } } } }
  }
`);

export const WriteNamedReview = graphql(`
  mutation WriteNamedReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars shownAs } } }
`);

export const HideReview = graphql(`mutation HideReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt } } }`);

export const MarkHelpful = graphql(`
  mutation MarkHelpful($input: MarkReviewHelpfulInput!) { markReviewHelpful(input: $input) { review { id helpfulCount } } }
`);

export const ProductsRanked = graphql(`
  query ProductsRanked($filter: ProductFilter, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {
    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { sku rating { average count } } }
    }
  }
`);

export const SupplierPortal = graphql(`
  query SupplierPortal($supplierId: ID!) {
    products(first: 100, filter: { supplierId: $supplierId }) { totalCount edges { node { sku supplier { id } } } }
    supplierSalesReport(filter: { groupBy: [REGION] }) { totalUnits rows { region units customerCount } }
  }
`);
