import { sql } from "drizzle-orm";
import { doublePrecision, index, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";

/** A record exactly as a source sent it (web shop, hotline, a dealer's or repair station's system). */
export const sourceRecords = pgTable(
  "source_records",
  {
    id: id(),
    source: text("source").notNull(),
    sourceId: text("source_id").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    /** Hash of the payload: a re-sent identical record is recognised and changes nothing. */
    payloadHash: text("payload_hash").notNull(),
    receivedAt: tstz("received_at").notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("source_records_source_uq").on(t.source, t.sourceId)],
);

export const matchRule = pgEnum("match_rule", ["NEW", "EXACT", "EXACT_NORMALIZED", "FUZZY", "MANUAL"]);

/** The identity graph: which source record belongs to which profile, and by which rule. */
export const identityLinks = pgTable(
  "identity_links",
  {
    id: id(),
    sourceRecordId: uuid("source_record_id")
      .notNull()
      .references(() => sourceRecords.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    rule: matchRule("rule").notNull(),
    confidence: doublePrecision("confidence").notNull().default(1),
    /** The profile the record was first linked to: an unmerge moves the link back there. */
    originalCustomerId: uuid("original_customer_id").notNull().references(() => customers.id),
    linkedAt: tstz("linked_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("identity_links_source_record_uq").on(t.sourceRecordId),
    index("identity_links_customer_idx").on(t.customerId),
    index("identity_links_original_customer_idx").on(t.originalCustomerId),
  ],
);

/** One merge, with what it moved, so that it can be undone exactly. */
export const customerMerges = pgTable(
  "customer_merges",
  {
    id: id(),
    survivorId: uuid("survivor_id").notNull().references(() => customers.id),
    mergedId: uuid("merged_id").notNull().references(() => customers.id),
    performedBy: text("performed_by").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    undoneAt: tstz("undone_at"),
    ...timestamps(),
  },
  (t) => [
    index("customer_merges_survivor_idx").on(t.survivorId),
    index("customer_merges_merged_idx").on(t.mergedId),
  ],
);

export const identityKeyKind = pgEnum("identity_key_kind", ["EMAIL", "PHONE", "VIN", "BIRTHDAY", "POSTCODE", "NAME", "ADDRESS"]);

/**
 * The normalised values of a source record that matching compares (an email in its matching
 * form, an E.164 phone, a VIN, a birthday, a postcode, a name and an address for pg_trgm).
 * Derived from the payload; one indexed lookup per kind finds every record carrying a value.
 */
export const identityKeys = pgTable(
  "identity_keys",
  {
    sourceRecordId: uuid("source_record_id")
      .notNull()
      .references(() => sourceRecords.id, { onDelete: "cascade" }),
    kind: identityKeyKind("kind").notNull(),
    value: text("value").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sourceRecordId, t.kind, t.value] }),
    index("identity_keys_value_idx").on(t.kind, t.value),
    // The words of names (a NAME key is its words sorted): how many profiles carry a word, for the term frequency of rare names (identity/match.ts).
    index("identity_keys_name_words_idx").using("gin", sql`string_to_array(${t.value}, ' ')`).where(sql`${t.kind} = 'NAME'`),
  ],
);
