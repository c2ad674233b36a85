import { sql } from "drizzle-orm";
import { check, date, doublePrecision, index, integer, jsonb, pgTable, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { productCategories, products } from "./catalog.js";
import { tstz } from "./columns.js";
import { customers } from "./customers.js";

/**
 * The population's repurchase interval per item: a product, or a category whose products replace
 * each other (`product_categories.replaceable`). Log-scale figures of the credibility estimator
 * (src/predictions/README.md): the mean log interval, the within-customer and between-customer
 * variances. Written by the bulk rebuild (`rebuild_repurchase()`), read by every
 * per-customer refresh.
 */
export const repurchasePopulations = pgTable(
  "repurchase_populations",
  {
    /** The product's or the category's id (exactly one of the two columns below holds it). */
    itemId: uuid("item_id").primaryKey(),
    productId: uuid("product_id").references(() => products.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id").references(() => productCategories.id, { onDelete: "cascade" }),
    meanLog: doublePrecision("mean_log").notNull(),
    withinVariance: doublePrecision("within_variance").notNull(),
    betweenVariance: doublePrecision("between_variance").notNull(),
    /** The median interval in days, per unit bought (the naive baseline the evaluation compares with). */
    medianDays: doublePrecision("median_days").notNull(),
    buyers: integer("buyers").notNull(),
    repeatBuyers: integer("repeat_buyers").notNull(),
    intervals: integer("intervals").notNull(),
    /**
     * For a category whose products replace each other: per product id, how much longer (log
     * scale) its pack lasts than the category's usual one, estimated within customers
     * (src/predictions/README.md); products with too few intervals have none (0). Empty for a product.
     */
    packOffsets: jsonb("pack_offsets").$type<Record<string, number>>().notNull().default({}),
    /** c: the mean over the item's repeat buyers of (their mean log interval − mean_log): where the average customer stands. */
    customerDeviation: doublePrecision("customer_deviation").notNull().default(0),
    /**
     * ω²: the variance of a household's pace shared by all its items (the covariance of one customer's
     * deviations in two items), the same on every row; 0 when customers' items do not move together.
     */
    sharedVariance: doublePrecision("shared_variance").notNull().default(0),
    refreshedAt: tstz("refreshed_at").notNull().defaultNow(),
  },
  (t) => [
    index("repurchase_populations_product_idx").on(t.productId),
    index("repurchase_populations_category_idx").on(t.categoryId),
    check("repurchase_populations_item_ck", sql`(${t.productId} IS NULL) <> (${t.categoryId} IS NULL)`),
  ],
);

/**
 * A customer's predicted next purchase of an item, with its evidence; kept by the write triggers
 * (`refresh_repurchase(customer ids)`) in the transaction of every order, line and return.
 */
export const repurchasePredictions = pgTable(
  "repurchase_predictions",
  {
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    itemId: uuid("item_id").notNull(),
    productId: uuid("product_id").references(() => products.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id").references(() => productCategories.id, { onDelete: "cascade" }),
    /** Distinct purchase days (returned and cancelled ones left out). */
    purchases: integer("purchases").notNull(),
    /** The latest purchase days, newest first (up to five). */
    lastPurchases: date("last_purchases", { mode: "string" }).array().notNull(),
    lastQuantity: integer("last_quantity").notNull(),
    /** The customer's own mean interval per unit (geometric), null with no interval yet. */
    ownDays: doublePrecision("own_days"),
    populationDays: doublePrecision("population_days").notNull(),
    /** The credibility of the customer's own intervals, 0–1. */
    weight: doublePrecision("weight").notNull(),
    expectedOn: date("expected_on", { mode: "string" }).notNull(),
    lowOn: date("low_on", { mode: "string" }).notNull(),
    highOn: date("high_on", { mode: "string" }).notNull(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("repurchase_predictions_customer_item_uq").on(t.customerId, t.itemId),
    // dueSoon: a customer's items by due date, keyset-paged.
    index("repurchase_predictions_due_idx").on(t.customerId, t.expectedOn, t.itemId),
    index("repurchase_predictions_product_idx").on(t.productId),
    index("repurchase_predictions_category_idx").on(t.categoryId),
    check("repurchase_predictions_item_ck", sql`(${t.productId} IS NULL) <> (${t.categoryId} IS NULL)`),
  ],
);
