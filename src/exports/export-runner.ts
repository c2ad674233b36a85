import { mkdir, open, rename, rm, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { and, eq, inArray, isNull, lt, or, Param, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Logger } from "pino";
import { principalOfRole, type Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import { rows, type Database, type DatabaseHandle } from "../db/client.js";
import { auditLog, bulkExports } from "../db/schema/index.js";
import { DomainError } from "../errors.js";
import { countStatement, exportSource, type ExportFormat, type ExportKind, type ExportSource } from "./export-rows.js";
import { extensionOf, headerOf, lineOf } from "./export-format.js";
import { exportRing } from "./export-signal.js";
import { auditedFilter, revivedFilter } from "./stored-request.js";

const dialect = new PgDialect();

/** Rows read and written per batch: one progress update, one audit statement and one write each. */
export const EXPORT_BATCH = 10_000;
/** Runs an export may take; one interrupted more often than this (a crash each time) fails. */
export const MAX_ATTEMPTS = 3;
/** A RUNNING export whose heartbeat is older than this was left by a process that is gone. */
export const STALE_AFTER_SECONDS = 120;

type ExportRow = typeof bulkExports.$inferSelect;

export interface RunOptions {
  /** Where files are written (EXPORT_DIR). */
  dir: string;
  /** Told after every batch has been recorded: rows written so far (awaited). */
  onProgress?: (rowCount: number) => void | Promise<void>;
  /** Rows per batch (default EXPORT_BATCH). */
  batchSize?: number;
  /** Aborted when the process shuts down: the export goes back to QUEUED, to resume. */
  signal?: AbortSignal;
  log?: Logger;
}

export const fileOf = (dir: string, row: Pick<ExportRow, "id" | "format">): string => join(dir, `${row.id}.${extensionOf(row.format)}`);

/** The principal the export was asked by: its scope is the only one a run reads with. */
export const requesterOf = (row: Pick<ExportRow, "actorRole" | "actorId" | "tenantId">): Principal =>
  principalOfRole(row.actorRole as Principal["role"], row.actorId, row.tenantId ?? "");

export function sourceOf(row: ExportRow): ExportSource {
  return exportSource(row.kind as ExportKind, requesterOf(row), revivedFilter(row.filter ?? null), row.segmentId);
}

class Stopped extends Error {
  constructor(readonly why: "CANCELLED" | "INTERRUPTED") {
    super(why);
  }
}

/**
 * Runs one export from where it stands to its file: claims it (QUEUED → RUNNING; another process
 * or a cancel that came first wins), streams the rows in the requester's scope in key order
 * (PostgreSQL: a server-side cursor; PGlite: keyset batches) and appends them to `<id>.part`,
 * recording after each batch the last key, the rows and the file's length, so that a run after a
 * crash cuts the file back and goes on. Personal data is audited per customer as it is written
 * (READ_PII), in the same transaction as the batch's progress. A job of the queue runs it
 * (export-jobs.ts); it needs only the database, the id and a directory.
 */
export async function runBulkExport(database: DatabaseHandle, id: string, options: RunOptions): Promise<ExportRow["status"] | "NOT_CLAIMED"> {
  const db = database.db;
  const [row] = await db
    .update(bulkExports)
    .set({ status: "RUNNING", attempts: sql`${bulkExports.attempts} + 1`, startedAt: sql`coalesce(${bulkExports.startedAt}, now())`, heartbeatAt: sql`now()`, updatedAt: new Date() })
    .where(and(eq(bulkExports.id, id), eq(bulkExports.status, "QUEUED")))
    .returning();
  if (!row) return "NOT_CLAIMED";
  await ring(db, id);
  const partial = `${fileOf(options.dir, row)}.part`;
  let file: FileHandle | undefined;
  try {
    const source = sourceOf(row);
    if (row.totalRows === null) {
      const [counted] = await rows<{ n: number }>(db, countStatement(source));
      row.totalRows = Number(counted!.n);
      await db.update(bulkExports).set({ totalRows: row.totalRows }).where(eq(bulkExports.id, id));
    }
    await mkdir(options.dir, { recursive: true });
    // A resume point without its file (EXPORT_DIR emptied, another machine's disk), or with less of it than
    // recorded (the machine crashed before the disk had it), starts over.
    file = row.resumeAfter ? await open(partial, "r+").catch(() => undefined) : undefined;
    if (file && (await file.stat()).size < row.bytes) {
      await file.close();
      file = undefined;
    }
    if (!file) {
      row.resumeAfter = null;
      file = await open(partial, "w");
    }
    let bytes = row.resumeAfter ? row.bytes : 0;
    let rowCount = row.resumeAfter ? row.rowCount : 0;
    await file.truncate(bytes);
    if (!row.resumeAfter) bytes += await append(file, bytes, headerOf(row.format as ExportFormat, source.columns));
    const requester = requesterOf(row);

    const batch = async (read: Record<string, unknown>[]) => {
      if (options.signal?.aborted) throw new Stopped("INTERRUPTED");
      if (read.length === 0) return;
      let text = "";
      for (const r of read) text += lineOf(row.format as ExportFormat, source.columns, source.cells(r));
      bytes += await append(file!, bytes, text);
      rowCount += read.length;
      const last = source.key(read[read.length - 1]!);
      const still = await db.transaction(async (tx) => {
        // A lost progress commit only repeats a batch on resume (the file is cut back to the recorded length): no need to wait for the disk.
        await tx.execute(sql`set local synchronous_commit = off`);
        const [updated] = await tx
          .update(bulkExports)
          .set({ rowCount, resumeAfter: last, bytes, heartbeatAt: sql`now()`, updatedAt: new Date() })
          .where(and(eq(bulkExports.id, id), eq(bulkExports.status, "RUNNING")))
          .returning({ id: bulkExports.id });
        if (!updated) return false;
        if (source.personalData) await auditPersonalData(tx, requester, read.map((r) => source.key(r)));
        await ring(tx, id);
        return true;
      });
      if (!still) throw new Stopped("CANCELLED");
      await options.onProgress?.(rowCount);
    };

    await streamRows(database, source, row.resumeAfter, options.batchSize ?? EXPORT_BATCH, batch);
    await file.sync();
    await file.close();
    file = undefined;
    await rename(partial, fileOf(options.dir, row));
    const done = await db.transaction(async (tx) => {
      const [finished] = await tx
        .update(bulkExports)
        .set({ status: "COMPLETED", rowCount, bytes, finishedAt: sql`now()`, heartbeatAt: sql`now()`, updatedAt: new Date() })
        .where(and(eq(bulkExports.id, id), eq(bulkExports.status, "RUNNING")))
        .returning({ id: bulkExports.id });
      if (!finished) return false;
      await audit(tx, requester, exportAudit(row, { rowCount }));
      await ring(tx, id);
      return true;
    });
    if (!done) {
      await rm(fileOf(options.dir, row), { force: true });
      return "CANCELLED";
    }
    return "COMPLETED";
  } catch (error) {
    await file?.close().catch(() => undefined);
    if (error instanceof Stopped && error.why === "INTERRUPTED") {
      // Where it stands is recorded: the next run (this process's next start, or another's) goes on from there.
      await db.update(bulkExports).set({ status: "QUEUED", updatedAt: new Date() }).where(and(eq(bulkExports.id, id), eq(bulkExports.status, "RUNNING")));
      return "QUEUED";
    }
    await rm(partial, { force: true });
    if (error instanceof Stopped) return "CANCELLED";
    options.log?.error({ err: error instanceof Error ? { type: error.name, message: error.message } : String(error), exportId: id }, "bulk export failed");
    const message = error instanceof DomainError ? error.message : "The export could not be written; the server log has the details";
    await failExport(db, row, message);
    return "FAILED";
  }
}

async function append(file: FileHandle, position: number, text: string): Promise<number> {
  if (!text) return 0;
  const buffer = Buffer.from(text, "utf8");
  await file.write(buffer, 0, buffer.length, position);
  return buffer.length;
}

/**
 * Hands the rows after `after` to `batch`, EXPORT_BATCH at a time, in key order. PostgreSQL: one
 * statement read through a server-side cursor inside a transaction of its own (no statement
 * timeout: an export outlives any request); PGlite (one connection, no cursors across awaits): a
 * keyset statement per batch of `size`. Memory stays one batch either way.
 */
async function streamRows(database: DatabaseHandle, source: ExportSource, after: string | null, size: number, batch: (rows: Record<string, unknown>[]) => Promise<void>): Promise<void> {
  if (database.client) {
    const { sql: text, params } = dialect.sqlToQuery(source.statement(after));
    await database.client.begin("read only", async (tx) => {
      await tx.unsafe("set local statement_timeout = 0");
      // Iterated, not a callback: an error of `batch` (a cancel, the shutdown) ends the loop and closes the cursor.
      for await (const read of tx.unsafe(text, params as never[]).cursor(size)) await batch(read as unknown as Record<string, unknown>[]);
    });
    return;
  }
  let key = after;
  for (;;) {
    const read = await rows<Record<string, unknown>>(database.db, source.statement(key, size));
    await batch(read);
    if (read.length < size) return;
    key = source.key(read[read.length - 1]!);
  }
}

/** One READ_PII row per customer exported, as every read of personal data by staff or a dealer leaves (src/audit/). */
async function auditPersonalData(tx: Parameters<Parameters<Database["transaction"]>[0]>[0], requester: Principal, customerIds: string[]): Promise<void> {
  await tx.execute(sql`insert into ${auditLog} (id, actor_role, actor_id, action, target_type, target_id, operation, outcome, details)
    select gen_random_uuid(), ${requester.role}, ${requester.subject}, 'READ_PII', 'Customer', customer_id, 'startBulkExport', 'SUCCESS',
      ${JSON.stringify({ fields: ["addresses", "emails", "phones", "profile"], via: "bulkExport" })}::jsonb
    from unnest(${new Param(customerIds)}::text[]) as customer_id`);
}

const exportAudit = (row: ExportRow, extra: Record<string, unknown>, outcome: "SUCCESS" | "FAILED" = "SUCCESS") => ({
  action: "EXPORT",
  targetType: "BulkExport",
  targetId: row.id,
  operation: "startBulkExport",
  outcome,
  details: { kind: row.kind, format: row.format, segmentId: row.segmentId, filter: auditedFilter(row.filter ?? null), ...extra },
});

async function failExport(db: Database, row: ExportRow, message: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [failed] = await tx
      .update(bulkExports)
      .set({ status: "FAILED", error: message, finishedAt: sql`now()`, updatedAt: new Date() })
      .where(and(eq(bulkExports.id, row.id), inArray(bulkExports.status, ["QUEUED", "RUNNING"])))
      .returning({ rowCount: bulkExports.rowCount });
    if (!failed) return;
    await audit(tx, requesterOf(row), exportAudit(row, { rowCount: failed.rowCount, error: message }, "FAILED"));
    await ring(tx, row.id);
  });
}

async function ring(db: Pick<Database, "execute">, id: string): Promise<void> {
  await db.execute(sql`select ${exportRing(id)}`);
}

/**
 * Exports a crashed process left RUNNING (no heartbeat for STALE_AFTER_SECONDS) go back to QUEUED,
 * to resume where their last batch ended, or FAILED after MAX_ATTEMPTS runs. Returns the ids to
 * give a job: those just queued again, and those QUEUED without a change for `idleSeconds` (a
 * fresh one has its job already; an idle one was started where no queue runs, or lost its job).
 */
export async function recoverBulkExports(db: Database, idleSeconds = 0): Promise<string[]> {
  const stale = and(eq(bulkExports.status, "RUNNING"), or(isNull(bulkExports.heartbeatAt), lt(bulkExports.heartbeatAt, sql`now() - make_interval(secs => ${STALE_AFTER_SECONDS})`)));
  const abandoned = await db.select().from(bulkExports).where(stale);
  const requeued: string[] = [];
  for (const row of abandoned) {
    if (row.attempts >= MAX_ATTEMPTS) {
      await db.update(bulkExports).set({ status: "QUEUED" }).where(and(eq(bulkExports.id, row.id), eq(bulkExports.status, "RUNNING")));
      await failExport(db, row, `The export was interrupted ${row.attempts} times and was given up`);
    } else {
      const [back] = await db
        .update(bulkExports)
        .set({ status: "QUEUED", updatedAt: new Date() })
        .where(and(eq(bulkExports.id, row.id), eq(bulkExports.status, "RUNNING")))
        .returning({ id: bulkExports.id });
      if (back) requeued.push(back.id);
    }
  }
  const idle = and(eq(bulkExports.status, "QUEUED"), lt(bulkExports.updatedAt, sql`now() - make_interval(secs => ${idleSeconds})`));
  const waiting = await db.select({ id: bulkExports.id }).from(bulkExports).where(idle).orderBy(bulkExports.createdAt);
  return [...new Set([...requeued, ...waiting.map((w) => w.id)])];
}
