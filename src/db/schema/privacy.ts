import { pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { id, tstz } from "./columns.js";

export const suppressionKind = pgEnum("suppression_kind", ["SOURCE_IDENTITY", "EMAIL", "PHONE"]);

/**
 * Identities of erased people, kept only as SHA-256 hashes of their normalized form:
 * ingestion asks whether a record belongs to an erased person before it brings the data back,
 * and nothing here names anyone.
 */
export const erasureSuppressions = pgTable(
  "erasure_suppressions",
  {
    id: id(),
    kind: suppressionKind("kind").notNull(),
    valueHash: text("value_hash").notNull(),
    erasedAt: tstz("erased_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("erasure_suppressions_kind_hash_uq").on(t.kind, t.valueHash)],
);
