import { integer, jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { newId } from "../ids.js";

export const id = () => uuid("id").primaryKey().$defaultFn(newId);

/**
 * Milliseconds, like the JavaScript Date every timestamp becomes: keyset cursors carry the value
 * as read, and a stored microsecond (now() has them) would not survive the round trip, so paging
 * would skip or repeat rows.
 */
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: "date", precision: 3 });

export const timestamps = () => ({
  createdAt: tstz("created_at").notNull().defaultNow(),
  updatedAt: tstz("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdateFn(() => new Date()),
});

/**
 * The columns every table of imported history records shares (source_orders,
 * source_service_visits, ...; organisations/source-history-store.ts writes them all): besides
 * these, the source's key column and the id of the row the record was built into.
 */
export const sourceHistory = () => ({
  source: text("source").notNull(),
  /** The person, by their id in the same source: the built row hangs on the profile that record is linked to now. */
  personSourceId: text("person_source_id").notNull(),
  /** The record as sent (trimmed), and how its references were resolved when it came. */
  payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
  resolved: jsonb("resolved").$type<Record<string, unknown>>().notNull(),
  /** Hash of payload and resolution: the same record sent again changes nothing. */
  payloadHash: text("payload_hash").notNull(),
  /** The hash the built row was last built from: differs from payload_hash until it is rebuilt. */
  builtHash: text("built_hash"),
  revision: integer("revision").notNull().default(1),
  /** The source deleted the record: its built row is gone, the record and its history stay. */
  deletedAt: tstz("deleted_at"),
  receivedAt: tstz("received_at").notNull().defaultNow(),
  ...timestamps(),
});

/** The columns of a history table's earlier versions, besides the one naming the record. */
export const sourceRevision = () => ({
  revision: integer("revision").notNull(),
  payload: jsonb("payload").$type<Record<string, unknown>>(),
  payloadHash: text("payload_hash"),
  receivedAt: tstz("received_at").notNull(),
  /** When this version stopped being current, and whether a change (UPDATE) or a deletion (DELETE) ended it. */
  replacedAt: tstz("replaced_at").notNull().defaultNow(),
  replacedBy: text("replaced_by").notNull(),
});
