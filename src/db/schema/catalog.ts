import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, tstz } from "./columns.js";
import { suppliers } from "./organisations.js";

/** A tree of categories; each may set its own return window. */
export const productCategories = pgTable(
  "product_categories",
  {
    id: id(),
    parentId: uuid("parent_id").references((): any => productCategories.id),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    returnWindowDays: integer("return_window_days"),
    /**
     * Its products replace each other (brands and pack sizes of one consumable): repurchase is
     * predicted for the category, whichever of them the customer buys.
     */
    replaceable: boolean("replaceable").notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index("product_categories_parent_idx").on(t.parentId),
    check("product_categories_return_window_ck", sql`${t.returnWindowDays} IS NULL OR ${t.returnWindowDays} >= 0`),
  ],
);

/** National brands are the makers' own; store brands are sold under the platform owner's label. */
export const brandKind = pgEnum("brand_kind", ["NATIONAL", "STORE"]);

export const products = pgTable(
  "products",
  {
    id: id(),
    sku: text("sku").notNull().unique(),
    name: text("name").notNull(),
    description: text("description"),
    brand: text("brand").notNull(),
    brandKind: brandKind("brand_kind").notNull(),
    categoryId: uuid("category_id").notNull().references(() => productCategories.id),
    supplierId: uuid("supplier_id").notNull().references(() => suppliers.id),
    priceMinor: integer("price_minor").notNull(),
    currency: text("currency").notNull().default("CNY"),
    active: boolean("active").notNull().default(true),
    /** When it can leave the warehouse; null: in stock now. Orders split on it at confirmation. */
    availableFrom: tstz("available_from"),
    /** The GTIN/EAN-13 printed on the package, by which source systems may name it. */
    ean: text("ean").unique(),
    ...timestamps(),
  },
  (t) => [
    index("products_category_idx").on(t.categoryId),
    index("products_supplier_idx").on(t.supplierId),
    index("products_name_idx").on(t.name, t.id),
    index("products_brand_idx").on(t.brand),
    index("products_available_from_idx").on(t.availableFrom),
    // Product search is ILIKE '%term%' on each of these: trigram indexes serve it (a BitmapOr).
    index("products_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("products_sku_trgm_idx").using("gin", sql`${t.sku} gin_trgm_ops`),
    index("products_brand_trgm_idx").using("gin", sql`${t.brand} gin_trgm_ops`),
    check("products_price_ck", sql`${t.priceMinor} >= 0`),
  ],
);

/** A source system's own code for a product (a dealer's part number), so that its history can name it. */
export const sourceProductCodes = pgTable(
  "source_product_codes",
  {
    source: text("source").notNull(),
    code: text("code").notNull(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.source, t.code] }), index("source_product_codes_product_idx").on(t.productId)],
);

export const vehicleModels = pgTable(
  "vehicle_models",
  {
    id: id(),
    code: text("code").notNull().unique(),
    make: text("make").notNull(),
    name: text("name").notNull(),
    bodyType: text("body_type").notNull(),
    powertrain: text("powertrain").notNull(),
    firstYear: integer("first_year").notNull(),
    basePriceMinor: integer("base_price_minor").notNull(),
    currency: text("currency").notNull().default("CNY"),
    warrantyMonths: integer("warranty_months").notNull().default(36),
    /** Maintenance is due every this many months or this many km, whichever comes first. */
    serviceIntervalMonths: integer("service_interval_months").notNull().default(12),
    serviceIntervalKm: integer("service_interval_km").notNull().default(15000),
    ...timestamps(),
  },
  (t) => [
    check("vehicle_models_price_ck", sql`${t.basePriceMinor} >= 0`),
    check("vehicle_models_service_interval_ck", sql`${t.serviceIntervalMonths} > 0 AND ${t.serviceIntervalKm} > 0`),
  ],
);
