import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { products } from "./catalog.js";
import { tstz } from "./columns.js";
import { customers } from "./customers.js";

/*
 * The co-purchase model behind Product.boughtTogether and Customer.recommendations
 * (src/recommendations/README.md). No customer is named in these tables but the last one: they
 * hold counts of distinct customers only, so they stay out of a merge's and an erasure's lists.
 */

/** Distinct customers who bought a product (an order not cancelled), kept by a trigger on order lines. */
export const productBuyers = pgTable(
  "product_buyers",
  {
    productId: uuid("product_id")
      .primaryKey()
      .references(() => products.id),
    customers: integer("customers").notNull(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [check("product_buyers_customers_ck", sql`${t.customers} >= 0`)],
);

/** Distinct customers who bought both products (in any orders not cancelled); both directions stored. */
export const productPairs = pgTable(
  "product_pairs",
  {
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    otherProductId: uuid("other_product_id")
      .notNull()
      .references(() => products.id),
    customers: integer("customers").notNull(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.otherProductId] }),
    index("product_pairs_other_idx").on(t.otherProductId),
    // A product's associations strongest first (for one product, confidence follows the count): recommendations walk it with a limit.
    index("product_pairs_rank_idx").on(t.productId, t.customers.desc(), t.otherProductId),
    check("product_pairs_customers_ck", sql`${t.customers} >= 0`),
    check("product_pairs_distinct_ck", sql`${t.productId} <> ${t.otherProductId}`),
  ],
);

/** One row: every customer with a purchase (lift's denominator), kept with product_buyers. */
export const productBuyerTotals = pgTable(
  "product_buyer_totals",
  {
    id: integer("id").primaryKey(),
    customers: integer("customers").notNull(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [check("product_buyer_totals_one_ck", sql`${t.id} = 1`)],
);

/**
 * Recent buyers per product and audience (ALL, or a tier): what is popular, and what a tier buys.
 * Rebuilt by refreshProductAssociations (`npm run models:refresh`, daily): a window in time does
 * not follow single orders.
 */
export const productPopularity = pgTable(
  "product_popularity",
  {
    audience: text("audience").notNull(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    customers: integer("customers").notNull(),
    /** customers ÷ the audience's buyers in the window. */
    share: integer("share_ppm").notNull(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.audience, t.productId] }),
    index("product_popularity_rank_idx").on(t.audience, t.customers),
    index("product_popularity_product_idx").on(t.productId),
    check("product_popularity_audience_ck", sql`${t.audience} in ('ALL', 'VERY_LOYAL', 'REGULAR', 'OCCASIONAL')`),
  ],
);

/**
 * Each product's strongest associations as Customer.recommendations starts from them: the pairs
 * shown by Product.boughtTogether's thresholds, at most PAIRS_PER_SEED, by the pair's count, with
 * their confidence (withdrawn products included: the read leaves them out, so a withdrawal counts
 * at once). Rebuilt with the counts by refreshProductAssociations (daily): the confidences drift
 * with everyone's orders, a day's drift is what a recommendation may lag.
 */
export const productPairTops = pgTable("product_pair_tops", {
  productId: uuid("product_id")
    .primaryKey()
    .references(() => products.id),
  otherProductIds: uuid("other_product_ids").array().notNull(),
  confidences: doublePrecision("confidences").array().notNull(),
  refreshedAt: tstz("refreshed_at").notNull().defaultNow(),
});

/**
 * What Customer.recommendations reads of a customer's own history, kept by write triggers on
 * orders, order lines, returns and return lines in the transaction of the write (so a purchase or
 * a return counts at once) and rebuilt by refreshProductAssociations: the starting points (the
 * SEEDS most recent distinct purchases, returned lines left out, newest first, with the day last
 * bought) and what stays out of the list (everything bought in an order not cancelled or returned
 * on a return not rejected). Derived from the orders: recomputed for both profiles of a merge by
 * the triggers on the rows that move, not moved itself.
 */
export const customerRecommendationSeeds = pgTable("customer_recommendation_seeds", {
  customerId: uuid("customer_id")
    .primaryKey()
    .references(() => customers.id, { onDelete: "cascade" }),
  productIds: uuid("product_ids").array().notNull(),
  boughtAt: tstz("bought_at").array().notNull(),
  leftOut: uuid("left_out").array().notNull(),
  updatedAt: tstz("updated_at").notNull().defaultNow(),
  /*
   * The customer's personal ranking as the request would compute it from these seeds, the tier and the co-purchase
   * models (src/recommendations/README.md, "What is kept"), written with the seeds by the same triggers and rebuild:
   * the best RANKED_KEPT candidates other than what is due, best first, each with its score, its strongest source
   * (1 BOUGHT_TOGETHER, 3 POPULAR, 4 SEGMENT), that source's evidence (a confidence, or a share in ppm) and, for a
   * pair, the index of its seed in product_ids. Valid while ranked_tier is the customer's tier and ranked_models_at
   * the models' stamp (recommendation_models); otherwise the request ranks for itself.
   */
  rankedTier: text("ranked_tier"),
  rankedModels: integer("ranked_models"),
  rankedIds: uuid("ranked_ids").array(),
  rankedScores: doublePrecision("ranked_scores").array(),
  rankedSources: smallint("ranked_sources").array(),
  rankedEvidence: doublePrecision("ranked_evidence").array(),
  rankedSeeds: smallint("ranked_seeds").array(),
  /** Whether every candidate is kept (false: there were more than RANKED_KEPT). */
  rankedComplete: boolean("ranked_complete"),
});

/**
 * One row: when the co-purchase models (product_pair_tops, product_popularity) were last rebuilt. A customer's kept
 * ranking is valid only if it was made from this version of them (customer_recommendation_seeds.ranked_models).
 */
export const recommendationModels = pgTable(
  "recommendation_models",
  {
    id: smallint("id").primaryKey().default(1),
    /** Incremented by each rebuild of the co-purchase models. */
    version: integer("version").notNull().default(1),
    refreshedAt: tstz("refreshed_at").notNull().defaultNow(),
  },
  (t) => [check("recommendation_models_one_row_ck", sql`${t.id} = 1`)],
);
