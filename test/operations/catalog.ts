import { graphql } from "../generated/index.js";

export const ProductsPage = graphql(`
  query ProductsPage($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {
    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id sku name brand brandKind active price { amountMinor currency } category { name parent { name } } supplier { name } } }
    }
  }
`);

export const ProductBySku = graphql(`
  query ProductBySku($sku: String!) {
    product(sku: $sku) { id sku name active }
  }
`);
