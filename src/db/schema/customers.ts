import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps, tstz } from "./columns.js";
import { dealers } from "./organisations.js";

export const customerKind = pgEnum("customer_kind", ["PRIVATE", "BUSINESS", "FLEET", "GOVERNMENT"]);
export const lifecycleStage = pgEnum("lifecycle_stage", ["PROSPECT", "LEAD", "CUSTOMER", "OWNER", "LAPSED"]);
export const loyaltyTier = pgEnum("loyalty_tier", ["VERY_LOYAL", "REGULAR", "OCCASIONAL"]);

/** The golden record: one lifelong profile, derived from the source records linked to it. */
export const customers = pgTable(
  "customers",
  {
    id: id(),
    kind: customerKind("kind").notNull().default("PRIVATE"),
    /**
     * The stage and tier by rule, written by `refresh_customer_traits` (drizzle/0013, 0017) whenever the
     * customer's history changes; LAPSED is read against today from `lapsesAt`
     * (customers/traits.rules.ts), so this column holds the stage before silence counts.
     */
    stage: lifecycleStage("stage").notNull().default("PROSPECT"),
    tier: loyaltyTier("tier"),
    /** The latest order, vehicle bought or service visit. */
    lastActivityAt: tstz("last_activity_at"),
    /**
     * When an OWNER or CUSTOMER shows as LAPSED: `lastActivityAt` + the rules' lapse days
     * (trait_rules), written with the stage, so reads compare it with now and need no rules.
     */
    lapsesAt: tstz("lapses_at"),
    givenName: text("given_name"),
    familyName: text("family_name"),
    organisationName: text("organisation_name"),
    displayName: text("display_name").notNull(),
    birthday: date("birthday", { mode: "string" }),
    preferredLanguage: text("preferred_language").notNull().default("zh-CN"),
    preferredDealerId: uuid("preferred_dealer_id").references(() => dealers.id),
    /** Set when this profile was merged into another; reads follow it to the survivor. */
    mergedIntoId: uuid("merged_into_id").references((): any => customers.id),
    passwordHash: text("password_hash"),
    erasedAt: tstz("erased_at"),
    ...timestamps(),
  },
  (t) => [
    index("customers_created_at_idx").on(t.createdAt, t.id),
    index("customers_display_name_idx").on(t.displayName, t.id),
    index("customers_kind_idx").on(t.kind),
    index("customers_stage_idx").on(t.stage),
    index("customers_tier_idx").on(t.tier),
    index("customers_preferred_dealer_idx").on(t.preferredDealerId),
    index("customers_merged_into_idx").on(t.mergedIntoId),
    index("customers_display_name_trgm_idx").using("gin", sql`${t.displayName} gin_trgm_ops`),
  ],
);

export const customerEmails = pgTable(
  "customer_emails",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    address: text("address").notNull(),
    /** Lower-cased and trimmed: the form matching and login compare. */
    normalized: text("normalized").notNull(),
    isPrimary: boolean("is_primary").notNull().default(false),
    verified: boolean("verified").notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index("customer_emails_customer_idx").on(t.customerId),
    index("customer_emails_normalized_idx").on(t.normalized),
    // Customer search finds emails by any part (LIKE '%term%').
    index("customer_emails_normalized_trgm_idx").using("gin", sql`${t.normalized} gin_trgm_ops`),
    uniqueIndex("customer_emails_customer_normalized_uq").on(t.customerId, t.normalized),
  ],
);

export const phoneKind = pgEnum("phone_kind", ["MOBILE", "HOME", "WORK"]);

export const customerPhones = pgTable(
  "customer_phones",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    e164: text("e164").notNull(),
    kind: phoneKind("kind").notNull().default("MOBILE"),
    isPrimary: boolean("is_primary").notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index("customer_phones_customer_idx").on(t.customerId),
    index("customer_phones_e164_idx").on(t.e164),
    index("customer_phones_e164_trgm_idx").using("gin", sql`${t.e164} gin_trgm_ops`),
    uniqueIndex("customer_phones_customer_e164_uq").on(t.customerId, t.e164),
  ],
);

export const addressKind = pgEnum("address_kind", ["HOME", "WORK", "DELIVERY", "BILLING"]);

export const customerAddresses = pgTable(
  "customer_addresses",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    kind: addressKind("kind").notNull().default("HOME"),
    line1: text("line1").notNull(),
    line2: text("line2"),
    city: text("city").notNull(),
    province: text("province").notNull(),
    postcode: text("postcode"),
    country: text("country").notNull().default("CN"),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    isDefaultDelivery: boolean("is_default_delivery").notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index("customer_addresses_customer_idx").on(t.customerId),
    index("customer_addresses_city_idx").on(t.city),
    uniqueIndex("customer_addresses_one_default_uq")
      .on(t.customerId)
      .where(sql`${t.isDefaultDelivery}`),
  ],
);

/** Preferences and settings as key/value, e.g. contact channel, newsletter frequency. */
export const customerPreferences = pgTable(
  "customer_preferences",
  {
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    value: text("value").notNull(),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.key] })],
);

export const consentChannel = pgEnum("consent_channel", ["EMAIL", "SMS", "PHONE", "POST", "APP_PUSH"]);
export const consentPurpose = pgEnum("consent_purpose", ["MARKETING", "SERVICE", "DEALER_SHARING", "PROFILING"]);
export const consentStatus = pgEnum("consent_status", ["GRANTED", "DENIED", "REVOKED"]);

/** Append-only: the current consent per channel and purpose is the latest event. */
export const consentEvents = pgTable(
  "consent_events",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    channel: consentChannel("channel").notNull(),
    purpose: consentPurpose("purpose").notNull(),
    status: consentStatus("status").notNull(),
    /** Where the consent was given: web shop, hotline, a dealer's form. */
    source: text("source").notNull(),
    recordedAt: tstz("recorded_at").notNull().defaultNow(),
    expiresAt: tstz("expires_at"),
  },
  (t) => [index("consent_events_customer_idx").on(t.customerId, t.channel, t.purpose, t.recordedAt)],
);

export const customerTags = pgTable(
  "customer_tags",
  {
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.tag] }), index("customer_tags_tag_idx").on(t.tag)],
);

export const dealerRelationshipBasis = pgEnum("dealer_relationship_basis", [
  "SALE",
  "SERVICE",
  "ORDER",
  "SOURCE",
  "PREFERRED",
  "LEAD",
]);

/**
 * Which dealerships a customer is a customer of, and why. It is the dealer portal's scope: one
 * indexed lookup instead of a search through orders, sales and service visits on every read.
 * Written by every service that creates such a link.
 */
export const dealerRelationships = pgTable(
  "dealer_relationships",
  {
    dealerId: uuid("dealer_id").notNull().references(() => dealers.id),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    basis: dealerRelationshipBasis("basis").notNull(),
    since: tstz("since").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.dealerId, t.customerId, t.basis] }),
    index("dealer_relationships_customer_idx").on(t.customerId),
  ],
);

/** One-time password reset tokens; only a hash is kept, and a token works once before it expires. */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: tstz("expires_at").notNull(),
    usedAt: tstz("used_at"),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [index("password_resets_customer_idx").on(t.customerId)],
);
