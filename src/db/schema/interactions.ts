import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, pgEnum, pgSequence, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { products } from "./catalog.js";
import { id, sourceHistory, sourceRevision, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";
import { orderLines, orders } from "./orders.js";
import { dealers } from "./organisations.js";
import { serviceRecords } from "./service.js";
import { shipments } from "./tracking.js";
import { vehicles } from "./vehicles.js";

export const interactionChannel = pgEnum("interaction_channel", ["PHONE", "EMAIL", "CHAT", "VISIT", "SMS", "POST", "WEB", "APP"]);
export const interactionDirection = pgEnum("interaction_direction", ["INBOUND", "OUTBOUND"]);
export const interactionType = pgEnum("interaction_type", [
  "INQUIRY",
  "COMPLAINT",
  "FEEDBACK",
  "GREETING",
  "CAMPAIGN",
  "SERVICE_CALLBACK",
  "NOTIFICATION",
]);

export const caseKind = pgEnum("case_kind", ["COMPLAINT", "REPAIR", "INQUIRY"]);
export const caseStatus = pgEnum("case_status", ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"]);
export const casePriority = pgEnum("case_priority", ["LOW", "NORMAL", "HIGH", "URGENT"]);
/** What an entry of a case's thread is: a comment everyone on the case reads, a staff-only note, or a change of status. */
export const caseEntryKind = pgEnum("case_entry_kind", ["COMMENT", "INTERNAL_NOTE", "STATUS_CHANGE"]);
/** How a public review names its author: the customer's display name or only its initials. */
export const reviewerShownAs = pgEnum("reviewer_shown_as", ["DISPLAY_NAME", "INITIALS"]);

/** A complaint or repair handled to its end; may be raised against a dealer or repair station. */
/** Feeds case numbers, like `order_number_seq` does order numbers. */
export const caseNumberSeq = pgSequence("case_number_seq", { startWith: 1, minValue: 1, maxValue: 16777215, cycle: true });

export const cases = pgTable(
  "cases",
  {
    id: id(),
    number: text("number").notNull().unique(),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    kind: caseKind("kind").notNull(),
    status: caseStatus("status").notNull().default("OPEN"),
    priority: casePriority("priority").notNull().default("NORMAL"),
    subject: text("subject").notNull(),
    description: text("description"),
    againstDealerId: uuid("against_dealer_id").references(() => dealers.id),
    orderId: uuid("order_id").references(() => orders.id),
    vehicleId: uuid("vehicle_id").references(() => vehicles.id),
    /** What else the case is about (a customer opening it names one thing: an order, a shipment, a vehicle, a visit, a product). */
    shipmentId: uuid("shipment_id").references(() => shipments.id),
    serviceRecordId: uuid("service_record_id").references(() => serviceRecords.id),
    productId: uuid("product_id").references(() => products.id),
    assignee: text("assignee"),
    resolution: text("resolution"),
    openedAt: tstz("opened_at").notNull(),
    dueAt: tstz("due_at"),
    resolvedAt: tstz("resolved_at"),
    closedAt: tstz("closed_at"),
    ...timestamps(),
  },
  (t) => [
    index("cases_customer_idx").on(t.customerId, t.openedAt),
    index("cases_dealer_idx").on(t.againstDealerId, t.openedAt),
    index("cases_status_idx").on(t.status, t.openedAt),
    index("cases_order_idx").on(t.orderId),
    index("cases_vehicle_idx").on(t.vehicleId),
    index("cases_product_idx").on(t.productId),
    // Deleting or erasing a parcel or a service visit checks the cases that name it.
    index("cases_shipment_idx").on(t.shipmentId).where(sql`${t.shipmentId} is not null`),
    index("cases_service_record_idx").on(t.serviceRecordId).where(sql`${t.serviceRecordId} is not null`),
  ],
);

export const caseComments = pgTable(
  "case_comments",
  {
    id: id(),
    caseId: uuid("case_id").notNull().references(() => cases.id, { onDelete: "cascade" }),
    author: text("author").notNull(),
    /** Who wrote it as the thread shows it: the role, and a name safe to show (an agent's handle, the dealership, the customer's display name). */
    authorRole: text("author_role").notNull().default("AGENT"),
    authorName: text("author_name").notNull().default(""),
    kind: caseEntryKind("kind").notNull().default("COMMENT"),
    /** The status a STATUS_CHANGE entry moved the case to. */
    status: caseStatus("status"),
    body: text("body"),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [index("case_comments_case_idx").on(t.caseId, t.createdAt)],
);

/**
 * Every touch point with a customer, in either direction. Range-partitioned by `id`, a
 * time-ordered UUID (v7): by the month the row was recorded, so the primary key, the foreign key
 * from source_interactions and the imports' upsert on id stay as they were (src/db/partitions.ts).
 */
export const interactions = pgTable(
  "interactions",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    channel: interactionChannel("channel").notNull(),
    direction: interactionDirection("direction").notNull(),
    type: interactionType("type").notNull(),
    subject: text("subject").notNull(),
    notes: text("notes"),
    agent: text("agent"),
    outcome: text("outcome"),
    dealerId: uuid("dealer_id").references(() => dealers.id),
    orderId: uuid("order_id").references(() => orders.id),
    vehicleId: uuid("vehicle_id").references(() => vehicles.id),
    caseId: uuid("case_id").references(() => cases.id),
    occurredAt: tstz("occurred_at").notNull(),
    /** The source system a historical interaction was imported from, with its id there; null for one logged on the platform. */
    source: text("source"),
    sourceInteractionId: text("source_interaction_id"),
    ...timestamps(),
  },
  (t) => [
    // Not unique: a partitioned table's unique index must include its partition key (id). One
    // interaction per source record is kept by source_interactions (its key is unique, and the
    // record's interaction_id is reused on every rebuild).
    index("interactions_source_idx").on(t.source, t.sourceInteractionId),
    index("interactions_customer_occurred_idx").on(t.customerId, t.occurredAt, t.id),
    index("interactions_dealer_idx").on(t.dealerId, t.occurredAt),
    index("interactions_order_idx").on(t.orderId),
    index("interactions_vehicle_idx").on(t.vehicleId),
    index("interactions_case_idx").on(t.caseId),
    index("interactions_type_idx").on(t.type, t.channel),
  ],
);

/**
 * A historical interaction (a call, an email, a visit, a complaint) as a source system sent it
 * (`ingestInteractions`), keyed by the source's own id; like `source_orders`: the interaction row
 * it becomes hangs on the profile the person's source record belongs to now, and is built only
 * once that record is known.
 */
export const sourceInteractions = pgTable(
  "source_interactions",
  {
    id: id(),
    sourceInteractionId: text("source_interaction_id").notNull(),
    interactionId: uuid("interaction_id").references(() => interactions.id, { onDelete: "set null" }),
    ...sourceHistory(),
  },
  (t) => [
    uniqueIndex("source_interactions_key_uq").on(t.source, t.sourceInteractionId),
    index("source_interactions_person_idx").on(t.source, t.personSourceId),
    index("source_interactions_interaction_idx").on(t.interactionId),
  ],
);

/** Earlier versions of a source's interaction, kept when it sends a change or deletes it. */
export const sourceInteractionRevisions = pgTable(
  "source_interaction_revisions",
  {
    recordId: uuid("record_id")
      .notNull()
      .references(() => sourceInteractions.id, { onDelete: "cascade" }),
    ...sourceRevision(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.revision] })],
);

export const reviews = pgTable(
  "reviews",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    productId: uuid("product_id").notNull().references(() => products.id),
    orderLineId: uuid("order_line_id").notNull().references(() => orderLines.id),
    stars: integer("stars").notNull(),
    title: text("title"),
    body: text("body"),
    /** Set when staff hide the review from public display (moderation); the author still sees it. */
    hiddenAt: tstz("hidden_at"),
    moderationNote: text("moderation_note"),
    shownAs: reviewerShownAs("shown_as").notNull().default("INITIALS"),
    /**
     * The author as the public sees them, from their display name as they chose (shown_as); kept
     * by triggers (hand-written in its migration) when the choice, the name or the owner changes.
     */
    reviewerName: text("reviewer_name").notNull().default(""),
    /** How many customers marked it helpful (review_helpful_votes, kept by the same transaction). */
    helpfulCount: integer("helpful_count").notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("reviews_order_line_uq").on(t.orderLineId),
    index("reviews_customer_idx").on(t.customerId, t.createdAt),
    index("reviews_product_idx").on(t.productId, t.createdAt),
    index("reviews_product_helpful_idx").on(t.productId, t.helpfulCount, t.createdAt),
    check("reviews_stars_ck", sql`${t.stars} BETWEEN 1 AND 5`),
  ],
);

export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    orderId: uuid("order_id").references(() => orders.id),
    serviceRecordId: uuid("service_record_id"),
    /** The case this answers (CSAT asked when a case closes): once per case. */
    caseId: uuid("case_id").references(() => cases.id),
    overallSatisfaction: integer("overall_satisfaction").notNull(),
    deliveryRating: integer("delivery_rating"),
    intendsToBuyWithin3Months: boolean("intends_to_buy_within_3_months"),
    wouldRecommend: integer("would_recommend"),
    comment: text("comment"),
    respondedAt: tstz("responded_at").notNull(),
    ...timestamps(),
  },
  (t) => [
    index("survey_responses_customer_idx").on(t.customerId, t.respondedAt),
    // One survey per order; NULLs (surveys about a service visit) stay distinct.
    uniqueIndex("survey_responses_order_uq").on(t.orderId),
    uniqueIndex("survey_responses_case_uq").on(t.caseId),
    check("survey_overall_ck", sql`${t.overallSatisfaction} BETWEEN 1 AND 5`),
    check("survey_delivery_ck", sql`${t.deliveryRating} IS NULL OR ${t.deliveryRating} BETWEEN 1 AND 5`),
    check("survey_recommend_ck", sql`${t.wouldRecommend} IS NULL OR ${t.wouldRecommend} BETWEEN 0 AND 10`),
  ],
);

export const wishlistItems = pgTable(
  "wishlist_items",
  {
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    productId: uuid("product_id").notNull().references(() => products.id),
    addedAt: tstz("added_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.productId] }), index("wishlist_items_product_idx").on(t.productId)],
);

export const productViews = pgTable(
  "product_views",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    productId: uuid("product_id").notNull().references(() => products.id),
    viewedAt: tstz("viewed_at").notNull(),
  },
  (t) => [
    index("product_views_customer_idx").on(t.customerId, t.viewedAt),
    // Browsing history keeps one row per product: a repeat view moves it to the top.
    uniqueIndex("product_views_customer_product_uq").on(t.customerId, t.productId),
    index("product_views_product_idx").on(t.productId),
  ],
);

/** One customer's "helpful" mark on a review, once per customer. */
export const reviewHelpfulVotes = pgTable(
  "review_helpful_votes",
  {
    reviewId: uuid("review_id").notNull().references(() => reviews.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    votedAt: tstz("voted_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.customerId] }), index("review_helpful_votes_customer_idx").on(t.customerId)],
);

/**
 * Each product's rating over its shown reviews (not hidden), kept by a trigger on reviews
 * (hand-written in its migration): the catalogue reads and sorts by it without aggregating.
 */
export const productRatings = pgTable("product_ratings", {
  productId: uuid("product_id")
    .primaryKey()
    .references(() => products.id, { onDelete: "cascade" }),
  count: integer("count").notNull(),
  /** Mean stars, rounded to two decimals; null when no review is shown. */
  average: doublePrecision("average"),
  /** Shown reviews with 1..5 stars, in that order. */
  distribution: integer("distribution").array().notNull(),
}, (t) => [index("product_ratings_average_idx").on(t.average, t.productId)]);
