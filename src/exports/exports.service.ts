import { and, eq, inArray, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { tenantIdOf } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import { rows, type Database, type Transaction } from "../db/client.js";
import { bulkExports, segments } from "../db/schema/index.js";
import { segmentMembersScope } from "../customers/customers.policy.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { countStatement, exportSource } from "./export-rows.js";
import { exportRing } from "./export-signal.js";
import type { ExportLinks } from "./export-url.js";
import { exportScope, mayExport } from "./exports.policy.js";
import type { BulkExport, StartBulkExportInput } from "./exports.types.js";
import { auditedFilter, storedFilter } from "./stored-request.js";

type ExportRow = typeof bulkExports.$inferSelect;

export function toBulkExport(row: ExportRow, links: ExportLinks): BulkExport {
  const completed = row.status === "COMPLETED";
  const link = completed ? links.sign(row.id) : null;
  return {
    id: toGlobalId("BulkExport", row.id),
    dbId: row.id,
    kind: row.kind,
    format: row.format,
    status: row.status,
    rowCount: row.rowCount,
    totalRows: row.totalRows,
    progress: completed ? 1 : row.totalRows ? Math.min(1, row.rowCount / row.totalRows) : 0,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    url: link?.url ?? null,
    expiresAt: link?.expiresAt ?? null,
    error: row.error,
  };
}

/** The kind's filter, and a filter given for another kind refused (it would silently select more than asked). */
function requestOf(input: StartBulkExportInput): { filter: object | null; segmentGlobalId: string | null } {
  const { kind } = input;
  if (input.customerFilter && kind !== "CUSTOMERS") throw badInput("input.customerFilter", "customerFilter belongs to kind CUSTOMERS");
  if (input.orderFilter && kind !== "ORDERS") throw badInput("input.orderFilter", "orderFilter belongs to kind ORDERS");
  if (input.segmentId && kind !== "SEGMENT_MEMBERS") throw badInput("input.segmentId", "segmentId belongs to kind SEGMENT_MEMBERS");
  if (kind === "SEGMENT_MEMBERS" && !input.segmentId) throw badInput("input.segmentId", "Give the segment whose members to export");
  return { filter: kind === "CUSTOMERS" ? (input.customerFilter ?? null) : kind === "ORDERS" ? (input.orderFilter ?? null) : null, segmentGlobalId: input.segmentId ?? null };
}

/**
 * Accepts an export: checks the role, the input and the filter (the same errors as the lists,
 * with fields under `input.customerFilter` / `input.orderFilter`), counts the rows in scope, and
 * records it QUEUED with the job that runs it (`enqueue`, in the same transaction; without the job
 * queue in this process, JOB_QUEUE=false, it waits for a process that runs one). A refusal is
 * audited (DENIED).
 */
export async function startBulkExport(
  db: Database,
  principal: Principal,
  input: StartBulkExportInput,
  operation?: string,
  enqueue?: (tx: Transaction, id: string) => Promise<void>,
): Promise<ExportRow> {
  if (!mayExport(principal)) {
    await audit(db, principal, { action: "EXPORT", targetType: "BulkExport", operation, outcome: "DENIED", details: { kind: input.kind, format: input.format } });
    throw forbidden(`The ${principal.role} role may not export in bulk`);
  }
  const { filter, segmentGlobalId } = requestOf(input);
  let segmentId: string | null = null;
  if (segmentGlobalId) {
    segmentId = expectGlobalId(segmentGlobalId, "Segment", "input.segmentId");
    const [segment] = await db.select({ id: segments.id }).from(segments).where(and(eq(segments.id, segmentId), segmentMembersScope(principal, segments.dealerId)));
    if (!segment) {
      await audit(db, principal, { action: "EXPORT", targetType: "Segment", targetId: segmentId, operation, outcome: "DENIED", details: { kind: input.kind, format: input.format } });
      throw notFound("Segment", "input.segmentId");
    }
  }
  const stored = storedFilter(filter);
  let counted: { n: number } | undefined;
  try {
    [counted] = await rows<{ n: number }>(db, countStatement(exportSource(input.kind, principal, filter as Record<string, unknown> | null, segmentId)));
  } catch (error) {
    // The lists' conditions name their argument `filter`; here it is the input's field.
    if (error instanceof DomainError && error.field?.startsWith("filter")) {
      const at = input.kind === "ORDERS" ? "input.orderFilter" : "input.customerFilter";
      throw new DomainError(error.code, error.message, at + error.field.slice("filter".length), error.details);
    }
    throw error;
  }
  const [row] = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(bulkExports)
      .values({
        kind: input.kind,
        format: input.format,
        actorRole: principal.role,
        actorId: principal.subject!,
        tenantId: tenantIdOf(principal) ?? null,
        segmentId,
        filter: stored,
        totalRows: Number(counted!.n),
      })
      .returning();
    if (enqueue) await enqueue(tx, inserted[0]!.id);
    return inserted;
  });
  return row!;
}

async function visibleExport(db: Database, principal: Principal, globalId: string, field: string): Promise<ExportRow> {
  const id = expectGlobalId(globalId, "BulkExport", field);
  const [row] = await db.select().from(bulkExports).where(and(eq(bulkExports.id, id), exportScope(principal)));
  if (!row) throw notFound("BulkExport", field);
  return row;
}

export const bulkExport = (db: Database, principal: Principal, globalId: string) => visibleExport(db, principal, globalId, "id");

/** Cancels a QUEUED or RUNNING export (its run stops after its current batch and deletes the partial file); a finished one is CONFLICT. */
export async function cancelBulkExport(db: Database, principal: Principal, globalId: string, operation?: string): Promise<ExportRow> {
  const found = await visibleExport(db, principal, globalId, "input.id");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bulkExports)
      .set({ status: "CANCELLED", finishedAt: sql`now()`, updatedAt: new Date() })
      .where(and(eq(bulkExports.id, found.id), inArray(bulkExports.status, ["QUEUED", "RUNNING"])))
      .returning();
    if (!row) throw new DomainError("CONFLICT", `The export is ${found.status} already`, "input.id");
    await audit(tx, principal, {
      action: "EXPORT",
      targetType: "BulkExport",
      targetId: row.id,
      operation,
      outcome: "FAILED",
      details: { kind: row.kind, format: row.format, segmentId: row.segmentId, filter: auditedFilter(row.filter ?? null), rowCount: row.rowCount, cancelled: true },
    });
    await tx.execute(sql`select ${exportRing(row.id)}`);
    return row;
  });
}
