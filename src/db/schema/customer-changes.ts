import { bigint, index, pgEnum, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { segments } from "./analytics.js";
import { tstz } from "./columns.js";
import { customers } from "./customers.js";

/** What about a profile changed (customerChanged, src/analytics/README.md). */
export const customerChangeKind = pgEnum("customer_change_kind", ["PROFILE", "TRAITS", "SEGMENT"]);

/**
 * Each profile's changes in order, written by triggers in the changing transaction
 * (drizzle/0023_customer_changes.sql): `seq` counts per customer from the head row below, whose
 * row lock makes the seqs of one customer commit in order — what lets a subscriber resume after
 * the last seq it has without a gap.
 */
export const customerChanges = pgTable(
  "customer_changes",
  {
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    seq: bigint("seq", { mode: "number" }).notNull(),
    kind: customerChangeKind("kind").notNull(),
    /** A SEGMENT change's segment: who may hear of it follows the segment's scope. */
    segmentId: uuid("segment_id").references(() => segments.id, { onDelete: "cascade" }),
    at: tstz("at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.seq] }), index("customer_changes_segment_idx").on(t.segmentId), index("customer_changes_at_idx").on(t.at)],
);

/** The last seq handed out per customer. */
export const customerChangeHeads = pgTable("customer_change_heads", {
  customerId: uuid("customer_id")
    .primaryKey()
    .references(() => customers.id, { onDelete: "cascade" }),
  lastSeq: bigint("last_seq", { mode: "number" }).notNull(),
  changedAt: tstz("changed_at").notNull().defaultNow(),
});
