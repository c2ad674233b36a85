import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, bulkExports, segmentMemberships, segments } from "../../src/db/schema/index.js";
import PgBoss from "pg-boss";
import { EXPORT_SWEEP_QUEUE } from "../../src/exports/export-jobs.js";
import { MAX_ATTEMPTS, recoverBulkExports, runBulkExport } from "../../src/exports/export-runner.js";
import { driverSql } from "../../src/jobs/queue.js";
import { exportLinks } from "../../src/exports/export-url.js";
import { fromGlobalId, toGlobalId } from "../../src/graphql/global-id.js";
import { BulkExportState, BulkExportUpdated, CancelBulkExport, StartBulkExport } from "../operations/bulk-exports.js";
import { makeCustomer, makeDealer, makeOrder, makeSupplier } from "../support/factories.js";
import { TEST_SECRET } from "../support/server.js";
import { describePlatform, firstError } from "../support/suite.js";
import { eventually } from "../support/webhook-receiver.js";
import { subscribe, wsClient } from "../support/ws.js";
import type { StartBulkExportInput } from "../generated/graphql.js";

const exportDir = mkdtempSync(join(tmpdir(), "cdp-exports-test-"));
const c = (id: string) => toGlobalId("Customer", id);
const o = (id: string) => toGlobalId("Order", id);

/** RFC 4180 records of a CSV text (quoted fields with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") record.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") record.push(field), records.push(record), (record = []), (field = ""), i++;
    else field += ch;
  }
  return records;
}

describePlatform(
  "bulk exports",
  (platform) => {
    const db = () => platform().database.db;
    let admin: string;
    let agent: string;
    let dealer: string;
    let supplier: string;
    let customer: string;
    let dealerAId: string;
    let city: string;
    let mine: { id: string }[];
    let theirs: { id: string };
    let segmentId: string;
    const orderIds: { a: string[]; b: string[]; old: string } = { a: [], b: [], old: "" };

    beforeAll(async () => {
      city = `Exportville-${Date.now().toString(36)}`;
      const [dealerA, dealerB] = [await makeDealer(db()), await makeDealer(db())];
      dealerAId = dealerA.id;
      // A name with a comma and a quote: the CSV must quote it, NDJSON escape it.
      mine = [
        await makeCustomer(db(), { displayName: 'Wang, "Lao" Li', email: `wang.${city}@example.cn`, phone: "+8613800000001", city, dealerIds: [dealerA.id] }),
        await makeCustomer(db(), { displayName: "Zhao Min", city, dealerIds: [dealerA.id] }),
      ];
      theirs = await makeCustomer(db(), { displayName: "Qian Bo", city, dealerIds: [dealerB.id] });
      for (const who of mine) orderIds.a.push((await makeOrder(db(), who.id, { dealerId: dealerA.id, placedAt: new Date("2031-03-05T10:00:00Z") })).id);
      orderIds.b.push((await makeOrder(db(), theirs.id, { dealerId: dealerB.id, placedAt: new Date("2031-03-06T10:00:00Z") })).id);
      orderIds.old = (await makeOrder(db(), theirs.id, { dealerId: dealerB.id, placedAt: new Date("2031-01-06T10:00:00Z") })).id;
      const [segment] = await db().insert(segments).values({ code: `export-${city}`, name: "Export test" }).returning();
      segmentId = segment!.id;
      await db().insert(segmentMemberships).values([{ segmentId, customerId: mine[0]!.id }, { segmentId, customerId: theirs.id }]);
      admin = await platform().token({ role: "ADMIN", sub: "admin.exports" });
      agent = await platform().token({ role: "AGENT", sub: "agent.exports" });
      dealer = await platform().token({ role: "DEALER", sub: "dealer.exports", dealerId: dealerA.id });
      supplier = await platform().token({ role: "SUPPLIER", sub: "supplier.exports", supplierId: (await makeSupplier(db())).id });
      customer = await platform().token({ role: "CUSTOMER", sub: "customer.exports", customerId: mine[0]!.id });
    });

    /** Starts an export and follows it by subscription until it is finished; returns its final state, as polled. */
    async function exported(input: StartBulkExportInput, token: string) {
      const started = await platform().data(StartBulkExport, { input }, token);
      const id = started.startBulkExport.bulkExport.id;
      const client = wsClient(platform().url, token);
      try {
        const updates = subscribe(client, BulkExportUpdated, { id });
        await Promise.race([updates.done, new Promise((_, reject) => setTimeout(() => reject(new Error(`export not finished: ${JSON.stringify(updates.results)}`)), 10_000))]);
        expect(updates.error).toBeUndefined();
        const states = updates.results.map((r) => r.data!.bulkExportUpdated);
        expect(states.at(-1)).toMatchObject({ status: "COMPLETED", progress: 1 });
        // Progress only grows on the way.
        const progress = states.map((s) => s.progress);
        expect([...progress].sort((x, y) => x - y)).toEqual(progress);
      } finally {
        await client.dispose();
      }
      const { bulkExport } = await platform().data(BulkExportState, { id }, token);
      return bulkExport;
    }

    async function download(url: string) {
      const response = await fetch(`${platform().url}${url}`);
      return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
    }

    it("exports customers as NDJSON with progress to COMPLETED, downloads them through the signed url, and audits the export and each customer read", async () => {
      const done = await exported({ kind: "CUSTOMERS", format: "NDJSON", customerFilter: { city } }, admin);
      expect(done).toMatchObject({ kind: "CUSTOMERS", status: "COMPLETED", rowCount: 3, totalRows: 3, progress: 1, error: null });
      expect(done.url).toMatch(/^\/exports\/[0-9a-f-]{36}\?expires=\d+&signature=/);
      expect(new Date(done.expiresAt!).getTime()).toBeGreaterThan(Date.now());
      const file = await download(done.url!);
      expect(file).toMatchObject({ status: 200, type: "application/x-ndjson" });
      const lines = file.text.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.map((l) => l.id).sort()).toEqual([...mine, theirs].map((x) => c(x.id)).sort());
      expect(lines.find((l) => l.id === c(mine[0]!.id))).toMatchObject({ displayName: 'Wang, "Lao" Li', email: `wang.${city}@example.cn`, phone: "+8613800000001", city, kind: "PRIVATE" });

      const exportId = fromGlobalId(done.id).id;
      const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, "EXPORT"), eq(auditLog.targetId, exportId)));
      expect(entry).toMatchObject({ actorRole: "ADMIN", actorId: "admin.exports", outcome: "SUCCESS", targetType: "BulkExport" });
      expect(entry!.details).toMatchObject({ kind: "CUSTOMERS", format: "NDJSON", rowCount: 3, filter: { city } });
      const reads = await db().select({ targetId: auditLog.targetId }).from(auditLog).where(and(eq(auditLog.action, "READ_PII"), eq(auditLog.actorId, "admin.exports")));
      expect(reads.map((r) => r.targetId).sort()).toEqual([...mine, theirs].map((x) => x.id).sort());
    });

    it("exports a period of orders as CSV and a segment's members, both matching the rows", async () => {
      const orders = await exported({ kind: "ORDERS", format: "CSV", orderFilter: { placedAfter: "2031-03-01T00:00:00Z", placedBefore: "2031-04-01T00:00:00Z" } }, agent);
      const file = await download(orders.url!);
      expect(file.type).toBe("text/csv; charset=utf-8");
      const [header, ...records] = parseCsv(file.text);
      expect(header).toEqual(["id", "number", "customerId", "dealerId", "channel", "status", "paymentMethod", "totalMinor", "currency", "placedAt", "source", "sourceTransactionId"]);
      // Other tests' orders fall outside the period; the old one of this file too.
      expect(records.map((r) => r[0]).sort()).toEqual([...orderIds.a, ...orderIds.b].map(o).sort());
      const first = records.find((r) => r[0] === o(orderIds.a[0]!))!;
      expect(first.slice(2)).toEqual([c(mine[0]!.id), toGlobalId("Dealer", dealerAId), "WEB", "CONFIRMED", "CARD", "1000", "CNY", "2031-03-05T10:00:00.000Z", "", ""]);
      expect(orders.rowCount).toBe(3);

      const members = await exported({ kind: "SEGMENT_MEMBERS", format: "CSV", segmentId: toGlobalId("Segment", segmentId) }, admin);
      const [, ...rows] = parseCsv((await download(members.url!)).text);
      expect(rows.map((r) => r[0]).sort()).toEqual([mine[0]!, theirs].map((x) => c(x.id)).sort());
      expect(rows.find((r) => r[0] === c(mine[0]!.id))![2]).toBe('Wang, "Lao" Li');
    });

    it("refuses a tampered, foreign or expired link with 403, and shows an export only to its requester and administrators", async () => {
      const done = await exported({ kind: "CUSTOMERS", format: "CSV", customerFilter: { city } }, agent);
      const url = new URL(done.url!, platform().url);
      const id = url.pathname.split("/").pop()!;
      const tampered = await download(`${url.pathname}?expires=${url.searchParams.get("expires")}&signature=${"A".repeat(43)}`);
      expect(tampered.status).toBe(403);
      expect(JSON.parse(tampered.text)).toMatchObject({ error: { code: "FORBIDDEN" } });
      const later = await download(`${url.pathname}?expires=${Number(url.searchParams.get("expires")) + 60}&signature=${url.searchParams.get("signature")}`);
      expect(later.status).toBe(403);
      const other = await download(`/exports/${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}${url.search}`);
      expect(other.status).toBe(403);
      // Signed with the server's secret, but an hour ago: expired.
      const expired = await download(exportLinks(TEST_SECRET, 900).sign(id, Date.now() - 3_600_000).url);
      expect(expired.status).toBe(403);
      expect(JSON.parse(expired.text).error.message).toMatch(/expired/);
      expect((await download(exportLinks(TEST_SECRET, 900).sign(id).url)).status).toBe(200);

      expect((await platform().data(BulkExportState, { id: done.id }, admin)).bulkExport.status).toBe("COMPLETED");
      for (const token of [dealer, supplier, customer, await platform().token({ role: "AGENT", sub: "another.agent" })]) {
        expect(firstError((await platform().gql(BulkExportState, { id: done.id }, token)).body)).toEqual({ code: "NOT_FOUND", field: "id" });
      }
    });

    it("scopes a dealer's exports to its own customers and orders; refuses suppliers and customers (audited) and another's segment", async () => {
      const customers = await exported({ kind: "CUSTOMERS", format: "NDJSON", customerFilter: { city } }, dealer);
      const lines = (await download(customers.url!)).text.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string });
      expect(lines.map((l) => l.id).sort()).toEqual(mine.map((x) => c(x.id)).sort());
      const orders = await exported({ kind: "ORDERS", format: "NDJSON", orderFilter: { placedAfter: "2031-01-01T00:00:00Z", placedBefore: "2032-01-01T00:00:00Z" } }, dealer);
      const orderLines = (await download(orders.url!)).text.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string });
      expect(orderLines.map((l) => l.id).sort()).toEqual(orderIds.a.map(o).sort());

      const staffSegment = await platform().gql(StartBulkExport, { input: { kind: "SEGMENT_MEMBERS", format: "CSV", segmentId: toGlobalId("Segment", segmentId) } }, dealer);
      expect(firstError(staffSegment.body)).toEqual({ code: "NOT_FOUND", field: "input.segmentId" });
      for (const [token, sub] of [[supplier, "supplier.exports"], [customer, "customer.exports"]] as const) {
        const refused = await platform().gql(StartBulkExport, { input: { kind: "ORDERS", format: "CSV" } }, token);
        expect(firstError(refused.body).code).toBe("FORBIDDEN");
        const denied = await db().select().from(auditLog).where(and(eq(auditLog.action, "EXPORT"), eq(auditLog.actorId, sub), eq(auditLog.outcome, "DENIED")));
        expect(denied).toHaveLength(1);
      }
      expect(firstError((await platform().gql(StartBulkExport, { input: { kind: "ORDERS", format: "CSV" } })).body).code).toBe("UNAUTHENTICATED");
    });

    it("answers bad input with a code and the field, and records nothing", async () => {
      const before = (await db().select({ n: sql<number>`count(*)::int` }).from(bulkExports))[0]!.n;
      const cases: [StartBulkExportInput, string, string][] = [
        [{ kind: "SEGMENT_MEMBERS", format: "CSV", segmentId: toGlobalId("Segment", "7b0c3f5e-1c1d-4c51-9d2b-0c6d3b1f9a11") }, "NOT_FOUND", "input.segmentId"],
        [{ kind: "SEGMENT_MEMBERS", format: "CSV" }, "BAD_USER_INPUT", "input.segmentId"],
        [{ kind: "SEGMENT_MEMBERS", format: "CSV", segmentId: c(mine[0]!.id) }, "BAD_USER_INPUT", "input.segmentId"],
        [{ kind: "CUSTOMERS", format: "CSV", orderFilter: {} }, "BAD_USER_INPUT", "input.orderFilter"],
        [{ kind: "CUSTOMERS", format: "NDJSON", customerFilter: { dealerId: "not-an-id" } }, "BAD_USER_INPUT", "input.customerFilter.dealerId"],
        [{ kind: "ORDERS", format: "NDJSON", orderFilter: { placedAfter: "2031-02-01T00:00:00Z", placedBefore: "2031-01-01T00:00:00Z" } }, "BAD_USER_INPUT", "input.orderFilter.placedBefore"],
      ];
      for (const [input, code, field] of cases) {
        expect(firstError((await platform().gql(StartBulkExport, { input }, admin)).body), JSON.stringify(input)).toEqual({ code, field });
      }
      expect((await db().select({ n: sql<number>`count(*)::int` }).from(bulkExports))[0]!.n).toBe(before);
    });

    it("cancels a queued export, resumes an interrupted one without repeating rows, and stops a running one when cancelled", async () => {
      const queue = async () =>
        (await db().insert(bulkExports).values({ kind: "CUSTOMERS", format: "NDJSON", actorRole: "ADMIN", actorId: "admin.exports", filter: { city } }).returning())[0]!;
      // Left queued by a process that went away: not in this process's runner.
      const waiting = await queue();
      const cancelled = await platform().data(CancelBulkExport, { input: { id: toGlobalId("BulkExport", waiting.id) } }, admin);
      expect(cancelled.cancelBulkExport.bulkExport).toMatchObject({ status: "CANCELLED", url: null });
      const again = await platform().gql(CancelBulkExport, { input: { id: toGlobalId("BulkExport", waiting.id) } }, admin);
      expect(firstError(again.body)).toEqual({ code: "CONFLICT", field: "input.id" });
      expect(firstError((await platform().gql(CancelBulkExport, { input: { id: toGlobalId("BulkExport", waiting.id) } }, dealer)).body)).toEqual({ code: "NOT_FOUND", field: "input.id" });

      // Interrupted (the process shutting down) after its first batch of two, then run again.
      const interrupted = await queue();
      const stop = new AbortController();
      const first = await runBulkExport(platform().database, interrupted.id, { dir: exportDir, batchSize: 2, onProgress: () => stop.abort(), signal: stop.signal });
      expect(first).toBe("QUEUED");
      expect((await db().select().from(bulkExports).where(eq(bulkExports.id, interrupted.id)))[0]).toMatchObject({ status: "QUEUED", rowCount: 2 });
      expect(await runBulkExport(platform().database, interrupted.id, { dir: exportDir, batchSize: 2 })).toBe("COMPLETED");
      const { bulkExport } = await platform().data(BulkExportState, { id: toGlobalId("BulkExport", interrupted.id) }, admin);
      expect(bulkExport).toMatchObject({ status: "COMPLETED", rowCount: 3 });
      const ids = (await download(bulkExport.url!)).text.trimEnd().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids.sort()).toEqual([...mine, theirs].map((x) => c(x.id)).sort());

      // Interrupted, and its partial file gone (another machine's disk): the next run starts over.
      const lost = await queue();
      const halt = new AbortController();
      expect(await runBulkExport(platform().database, lost.id, { dir: exportDir, batchSize: 2, onProgress: () => halt.abort(), signal: halt.signal })).toBe("QUEUED");
      rmSync(join(exportDir, `${lost.id}.ndjson.part`));
      expect(await runBulkExport(platform().database, lost.id, { dir: exportDir, batchSize: 2 })).toBe("COMPLETED");
      const again2 = (await platform().data(BulkExportState, { id: toGlobalId("BulkExport", lost.id) }, admin)).bulkExport;
      expect(again2.rowCount).toBe(3);
      expect((await download(again2.url!)).text.trimEnd().split("\n")).toHaveLength(3);

      // Cancelled while running: the run stops and leaves no file.
      const running = await queue();
      const outcome = await runBulkExport(platform().database, running.id, {
        dir: exportDir,
        batchSize: 2,
        onProgress: async () => void (await platform().data(CancelBulkExport, { input: { id: toGlobalId("BulkExport", running.id) } }, admin)),
      });
      expect(outcome).toBe("CANCELLED");
      expect(readdirSync(exportDir).filter((name) => name.startsWith(running.id))).toEqual([]);
    });

    it("runs on the job queue an export a process without the queue accepted, once the sweep finds it idle", async () => {
      // Accepted a minute ago by a process with JOB_QUEUE=false: a row, no job.
      const [left] = await db()
        .insert(bulkExports)
        .values({ kind: "CUSTOMERS", format: "CSV", actorRole: "ADMIN", actorId: "admin.exports", filter: { city }, updatedAt: new Date(Date.now() - 60_000) })
        .returning();
      // The scheduler's minutely sweep, sent now by another client of the queue.
      await new PgBoss({ db: driverSql(platform().database), schema: "pgboss" } as PgBoss.ConstructorOptions).send(EXPORT_SWEEP_QUEUE, {});
      const done = await eventually("the swept export", async () => {
        const [row] = await db().select().from(bulkExports).where(eq(bulkExports.id, left!.id));
        return row!.status === "COMPLETED" && row;
      });
      expect(done).toMatchObject({ rowCount: 3, attempts: 1 });
    });

    it("on start, re-queues an export a crashed process left RUNNING, and fails one interrupted too often (audited)", async () => {
      const left = async (attempts: number, heartbeatAt: Date) =>
        (await db().insert(bulkExports).values({ kind: "ORDERS", format: "CSV", status: "RUNNING", actorRole: "AGENT", actorId: "agent.exports", attempts, heartbeatAt }).returning())[0]!;
      const crashed = await left(1, new Date(Date.now() - 600_000));
      const alive = await left(1, new Date());
      const hopeless = await left(MAX_ATTEMPTS, new Date(Date.now() - 600_000));
      const waiting = await recoverBulkExports(db());
      expect(waiting).toContain(crashed.id);
      expect(waiting).not.toContain(alive.id);
      const state = async (id: string) => (await db().select().from(bulkExports).where(eq(bulkExports.id, id)))[0]!;
      expect((await state(crashed.id)).status).toBe("QUEUED");
      expect((await state(alive.id)).status).toBe("RUNNING");
      expect(await state(hopeless.id)).toMatchObject({ status: "FAILED", error: `The export was interrupted ${MAX_ATTEMPTS} times and was given up` });
      const [failed] = await db().select().from(auditLog).where(and(eq(auditLog.action, "EXPORT"), eq(auditLog.targetId, hopeless.id)));
      expect(failed).toMatchObject({ outcome: "FAILED", actorId: "agent.exports" });
      expect((await platform().data(BulkExportState, { id: toGlobalId("BulkExport", hopeless.id) }, agent)).bulkExport).toMatchObject({ status: "FAILED", url: null, error: expect.stringMatching(/interrupted/) });
      await db().update(bulkExports).set({ status: "CANCELLED" }).where(eq(bulkExports.id, alive.id));
    });
  },
  // The exports run on the job queue, off in tests unless asked for.
  { EXPORT_DIR: exportDir, JOB_QUEUE: "true" },
);
