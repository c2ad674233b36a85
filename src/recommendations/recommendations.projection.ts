import { and, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { productScope } from "../catalog/catalog.policy.js";
import { customers, products } from "../db/schema/index.js";
import type { TypeProjection } from "../graphql/compiled/projection.js";
import { productLookup } from "../catalog/catalog.declaration.js";
import { associationRows, checkedAssociations } from "./associations.service.js";
import { checkedFirst, recommendationRow } from "./recommendations.service.js";
import { RecommendationContext } from "./recommendations.types.js";

const r = (column: string) => sql.raw(`recs.${column}`);
const association = (column: string) => sql.raw(`assoc.${column}`);
const item = (column: string) => sql.raw(`rec_item.${column}`);

/**
 * The compiled read path's view of Customer.recommendations: the loader's row for the one
 * customer being read (correlated with `customers.id`), `first` and `context` bound per request
 * (a `first` out of range leaves the request to the resolver's BAD_USER_INPUT), its items
 * unnested in rank order, each product within the catalog's scope: `customer(id:)` with its
 * recommendations is one statement.
 */
export const recommendationProjections: TypeProjection[] = [
  {
    type: "Customer",
    leaves: {},
    relations: {
      recommendations: {
        shape: "one",
        type: "Recommendations",
        tables: [],
        rows: () => ({ from: sql`(select null) recs`, where: sql`false` }),
        arguments: {
          names: ["first", "context"],
          shape: () => "one",
          rows: (principal: Principal, _args, value) => ({
            from: sql`(${recommendationRow(
              principal,
              sql`${customers.id}`,
              sql`${value((args) => checkedFirst(args.first as number))}::int`,
              sql`${value((args) => args.context as RecommendationContext)}::text`,
            )}) recs`,
            where: undefined,
          }),
        },
      },
    },
  },
  {
    type: "Recommendations",
    leaves: { personalised: r("personalised"), allowed: r("allowed"), basis: r("basis") },
    relations: {
      items: {
        shape: "list",
        type: "Recommendation",
        tables: [],
        rows: () => ({ from: sql`unnest(recs.product_ids, recs.scores, recs.sources, recs.reasons) with ordinality as rec_item(product_id, score, source, reason, n)`, where: undefined }),
        orderBy: [item("n")],
      },
    },
  },
  {
    type: "Recommendation",
    leaves: { score: item("score"), source: item("source"), reason: item("reason") },
    relations: {
      product: {
        shape: "one",
        type: "Product",
        tables: [products],
        rows: (principal: Principal) => ({ from: sql`${products}`, where: and(sql`${products.id} = rec_item.product_id`, productScope(principal)) }),
      },
    },
  },
  // Product.boughtTogether: the loader's rows for the product being read (correlated with `products.id`), `first` bound per
  // request (out of range, the resolver's BAD_USER_INPUT); each associated product through the catalog's lookup.
  {
    type: "Product",
    leaves: {},
    relations: {
      boughtTogether: {
        shape: "list",
        type: "ProductAssociation",
        tables: [],
        rows: () => ({ from: sql`(select null) assoc`, where: sql`false` }),
        orderBy: [association("n")],
        arguments: {
          names: ["first"],
          shape: () => "list",
          rows: (principal: Principal, _args, value) => ({
            from: sql`(${associationRows(principal, sql`${products.id}`, sql`${value((args) => checkedAssociations(args.first as number))}::int`)}) assoc`,
            where: undefined,
          }),
        },
      },
    },
  },
  {
    type: "ProductAssociation",
    leaves: { customers: association("customers"), support: association("support"), confidence: association("confidence"), lift: association("lift") },
    relations: { product: productLookup.fromBelowOwnTable(association("product_id")) },
  },
];
