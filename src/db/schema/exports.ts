import { bigint, index, integer, jsonb, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, tstz } from "./columns.js";
import { segments } from "./analytics.js";

export const bulkExportKind = pgEnum("bulk_export_kind", ["CUSTOMERS", "SEGMENT_MEMBERS", "ORDERS"]);
export const bulkExportFormat = pgEnum("bulk_export_format", ["NDJSON", "CSV"]);
export const bulkExportStatus = pgEnum("bulk_export_status", ["QUEUED", "RUNNING", "COMPLETED", "FAILED", "CANCELLED"]);

/**
 * A bulk export (src/exports/): what was asked, by whom, and how far its background run got. The
 * requester's role and tenant id are kept so that a run (also one retried after a crash) reads
 * with the scope of the person who asked, never more.
 */
export const bulkExports = pgTable(
  "bulk_exports",
  {
    id: id(),
    kind: bulkExportKind("kind").notNull(),
    format: bulkExportFormat("format").notNull(),
    status: bulkExportStatus("status").notNull().default("QUEUED"),
    actorRole: text("actor_role").notNull(),
    actorId: text("actor_id").notNull(),
    /** The requester's dealership (or other tenant id); null for staff. */
    tenantId: uuid("tenant_id"),
    segmentId: uuid("segment_id").references(() => segments.id, { onDelete: "set null" }),
    /** The filter as given (dates as `{ "$date": iso }`), re-applied by every run. */
    filter: jsonb("filter").$type<Record<string, unknown>>(),
    /** Rows in scope when the export started: the denominator of its progress. */
    totalRows: integer("total_rows"),
    rowCount: integer("row_count").notNull().default(0),
    /**
     * Where a run stands: the last key written and the file's length after it. A retried run
     * cuts the file back to `bytes` and goes on after `resumeAfter`.
     */
    resumeAfter: uuid("resume_after"),
    bytes: bigint("bytes", { mode: "number" }).notNull().default(0),
    attempts: integer("attempts").notNull().default(0),
    /** Written by the running process with every batch: a RUNNING export without it for long was left by a crash. */
    heartbeatAt: tstz("heartbeat_at"),
    error: text("error"),
    startedAt: tstz("started_at"),
    finishedAt: tstz("finished_at"),
    ...timestamps(),
  },
  (t) => [
    index("bulk_exports_actor_idx").on(t.actorId, t.createdAt),
    index("bulk_exports_status_idx").on(t.status),
    index("bulk_exports_segment_idx").on(t.segmentId),
  ],
);
