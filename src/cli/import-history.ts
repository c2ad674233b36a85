import { Presets, SingleBar } from "cli-progress";
import type { Principal } from "../auth/principal.js";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { readInteractionFile } from "../interactions/interaction-history-file.js";
import { ingestInteractions, MAX_INTERACTIONS_PER_BATCH } from "../interactions/interaction-history.service.js";
import type { SourceInteractionData } from "../interactions/interaction-history-record.js";
import { readOrderFile } from "../orders/history-file.js";
import type { SourceOrderData } from "../orders/history-record.js";
import type { SourceVisitData } from "../service/visit-history-record.js";
import type { SourceVehicleSaleData } from "../vehicles/sale-history-record.js";
import { ingestOrders, MAX_ORDERS_PER_BATCH } from "../orders/history-ingest.service.js";
import { readVisitFile } from "../service/visit-history-file.js";
import { ingestServiceVisits, MAX_VISITS_PER_BATCH } from "../service/visit-history.service.js";
import { readSaleFile } from "../vehicles/sale-history-file.js";
import { ingestVehicleSales, MAX_SALES_PER_BATCH } from "../vehicles/sale-history.service.js";

const SHOWN = 20;
/** Batches sent at once. */
const LANES = 2;
const COUNTS = ["created", "updated", "unchanged", "pending", "quarantined", "rejected"] as const;
type Summary = Record<(typeof COUNTS)[number], number>;

/** What one kind of history needs to be imported from a file: its records, how to send a batch, and what to call things. */
interface HistoryKind<T> {
  noun: string;
  unit: string;
  max: number;
  read(file: string): { records: { position: number; data: T; size: number }[]; total: number; unreadable: { position: number; message: string }[] };
  ingest(batch: T[]): Promise<{ summary: Summary; stored: { index: number; key: string; warnings: { code: string; field: string; message: string }[] }[]; rejected: { index: number; key: string | null; code: string; field: string; message: string }[] }>;
}

/**
 * `npm run import -- --orders|--visits|--interactions|--vehicle-sales --source S file`: a source's history, in batches through
 * the same service as the mutation, with a progress bar (in order lines or visit items) and a
 * summary; records refused and values set aside are listed by row or line.
 */
async function importHistory<T>(kind: HistoryKind<T>, source: string, file: string, batch: number): Promise<void> {
  if (batch > kind.max) throw new Error(`--batch must be 1 to ${kind.max} for ${kind.noun}`);
  const { records, total, unreadable } = kind.read(file);
  const totals: Summary = { created: 0, updated: 0, unchanged: 0, pending: 0, quarantined: 0, rejected: unreadable.length };
  const rejections = unreadable.map((u) => `line ${u.position}: ${u.message}`);
  const warnings: string[] = [];
  const unit = file.endsWith(".csv") ? "row" : "line";
  /** row 4 (T-100): BAD_USER_INPUT placedAt */
  const where = (position: number, key: string | null, code: string, field: string) => `${unit} ${position}${key ? ` (${key})` : ""}: ${code} ${field.replace(/^input\.\w+\.\d+\.?/, "") || "record"}`;
  const bar = new SingleBar({ format: `importing ${source} ${kind.noun} [{bar}] {percentage}% | {value}/{total} ${kind.unit} | {duration}s` }, Presets.shades_classic);
  const started = Date.now();
  let done = 0;
  // Lines of each batch, listed in file order at the end whatever order the batches finish in.
  const rejectedOf: string[][] = [];
  const warnedOf: string[][] = [];
  let next = 0;
  const lane = async () => {
    for (let n = next++; n * batch < records.length; n = next++) {
      const slice = records.slice(n * batch, (n + 1) * batch);
      const result = await kind.ingest(slice.map((r) => r.data));
      for (const key of COUNTS) totals[key] += result.summary[key];
      rejectedOf[n] = result.rejected.map((r) => `${where(slice[r.index]!.position, r.key, r.code, r.field)}: ${r.message}`);
      warnedOf[n] = result.stored.flatMap((o) => o.warnings.map((w) => `${where(slice[o.index]!.position, o.key, w.code, w.field)}: ${w.message}`));
      done += slice.reduce((sum, r) => sum + r.size, 0);
      bar.update(done);
    }
  };
  try {
    bar.start(total, 0);
    // Two batches in flight: one's checks and hashing in this process overlap the other's statements
    // in the database. Batches that write take the source's lock in turn; re-sent records need none.
    await Promise.all(Array.from({ length: LANES }, lane));
  } finally {
    bar.stop();
  }
  for (const lines of rejectedOf) rejections.push(...(lines ?? []));
  for (const lines of warnedOf) warnings.push(...(lines ?? []));
  const seconds = (Date.now() - started) / 1000;
  // Records of one row each (interactions, sales) need no second count.
  const parts = kind.unit === kind.noun ? "" : ` (${total} ${kind.unit})`;
  console.log(`${source}: ${records.length + unreadable.length} ${kind.noun}${parts} in ${seconds.toFixed(1)} s — ${COUNTS.map((key) => `${key} ${totals[key]}`).join(", ")}`);
  for (const line of warnings.slice(0, SHOWN)) console.log(`  set aside ${line}`);
  if (warnings.length > SHOWN) console.log(`  ... and ${warnings.length - SHOWN} more set aside`);
  for (const line of rejections.slice(0, SHOWN)) console.log(`  rejected ${line}`);
  if (rejections.length > SHOWN) console.log(`  ... and ${rejections.length - SHOWN} more`);
}

/** A file of records of one row each: the progress bar counts records. */
const oneRowEach = <T>(readFile: (path: string) => { records: { position: number; data: T }[]; unreadable: { position: number; message: string }[] }) => (path: string) => {
  const { records, unreadable } = readFile(path);
  return { records: records.map((r) => ({ ...r, size: 1 })), total: records.length, unreadable };
};

type Run = { db: Database; operator: Principal; config: Config; source: string };

/** Each kind of history file: its list in the mutation's input, what the bar counts, and how a batch is sent. */
const KINDS = {
  orders: (run: Run): HistoryKind<SourceOrderData> => ({
    noun: "orders",
    unit: "lines",
    max: MAX_ORDERS_PER_BATCH,
    read: (path) => {
      const { orders, lines, unreadable } = readOrderFile(path);
      return { records: orders.map((o) => ({ ...o, size: Array.isArray(o.data.lines) ? o.data.lines.length : 0 })), total: lines, unreadable };
    },
    ingest: async (orders) => {
      const r = await ingestOrders(run.db, run.operator, { source: run.source, orders }, run.config.ordering);
      return { summary: r.summary, stored: r.orders.map((o) => ({ ...o, key: o.transactionId })), rejected: r.rejected.map((x) => ({ ...x, key: x.transactionId })) };
    },
  }),
  visits: (run: Run): HistoryKind<SourceVisitData> => ({
    noun: "visits",
    unit: "items",
    max: MAX_VISITS_PER_BATCH,
    read: (path) => {
      const { visits, items, unreadable } = readVisitFile(path);
      return { records: visits.map((v) => ({ ...v, size: Array.isArray(v.data.items) ? v.data.items.length : 0 })), total: items, unreadable };
    },
    ingest: async (visits) => {
      const r = await ingestServiceVisits(run.db, run.operator, { source: run.source, visits }, run.config.ordering);
      return { summary: r.summary, stored: r.visits.map((v) => ({ ...v, key: v.visitId })), rejected: r.rejected.map((x) => ({ ...x, key: x.visitId })) };
    },
  }),
  interactions: (run: Run): HistoryKind<SourceInteractionData> => ({
    noun: "interactions",
    unit: "interactions",
    max: MAX_INTERACTIONS_PER_BATCH,
    read: oneRowEach(readInteractionFile),
    ingest: async (interactions) => {
      const r = await ingestInteractions(run.db, run.operator, { source: run.source, interactions }, run.config.ordering);
      return { summary: r.summary, stored: r.records, rejected: r.rejected.map((x) => ({ ...x, key: x.interactionId })) };
    },
  }),
  sales: (run: Run): HistoryKind<SourceVehicleSaleData> => ({
    noun: "sales",
    unit: "sales",
    max: MAX_SALES_PER_BATCH,
    read: oneRowEach(readSaleFile),
    ingest: async (sales) => {
      const r = await ingestVehicleSales(run.db, run.operator, { source: run.source, sales }, run.config.ordering);
      return { summary: r.summary, stored: r.records, rejected: r.rejected.map((x) => ({ ...x, key: x.saleId })) };
    },
  }),
};

export type HistoryFileKind = keyof typeof KINDS;

/** `npm run import -- --orders|--visits|--interactions|--vehicle-sales`: one file of a source's history, as an administrator. */
export function importHistoryFile(kind: HistoryFileKind, run: Run, file: string, batch: number): Promise<void> {
  return importHistory(KINDS[kind](run) as HistoryKind<unknown>, run.source, file, batch);
}
