import { index, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";

/** A named group of customers treated alike (e.g. "very loyal fleet owners"). */
export const segments = pgTable("segments", {
  id: id(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  description: text("description"),
  /** The rule that selects members, kept for re-evaluation. */
  rule: jsonb("rule").$type<Record<string, unknown>>(),
  ...timestamps(),
});

export const segmentMemberships = pgTable(
  "segment_memberships",
  {
    segmentId: uuid("segment_id").notNull().references(() => segments.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    since: tstz("since").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.segmentId, t.customerId] }),
    index("segment_memberships_customer_idx").on(t.customerId),
  ],
);
