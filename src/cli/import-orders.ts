import { Presets, SingleBar } from "cli-progress";
import type { Principal } from "../auth/principal.js";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { readOrderFile } from "../orders/history-file.js";
import { ingestOrders, MAX_ORDERS_PER_BATCH, type OrderIngestSummary } from "../orders/history-ingest.service.js";

const SHOWN = 20;

/**
 * `npm run import -- --orders --source S file`: a source's historical orders, in batches of
 * `batch` through the same service as the ingestOrders mutation, with a progress bar (in order
 * lines) and a summary. Records refused and values set aside are listed by row or line.
 */
export async function importOrderFile(db: Database, operator: Principal, config: Config, source: string, file: string, batch: number): Promise<void> {
  if (batch > MAX_ORDERS_PER_BATCH) throw new Error(`--batch must be 1 to ${MAX_ORDERS_PER_BATCH} for orders`);
  const { orders, lines, unreadable } = readOrderFile(file);
  const totals: OrderIngestSummary = { created: 0, updated: 0, unchanged: 0, pending: 0, quarantined: 0, rejected: unreadable.length };
  const rejections = unreadable.map((u) => `line ${u.position}: ${u.message}`);
  const warnings: string[] = [];
  const unit = file.endsWith(".csv") ? "row" : "line";
  /** row 4 (T-100): BAD_USER_INPUT placedAt */
  const where = (position: number, transactionId: string | null, code: string, field: string) =>
    `${unit} ${position}${transactionId ? ` (${transactionId})` : ""}: ${code} ${field.replace(/^input\.orders\.\d+\.?/, "") || "order"}`;
  const bar = new SingleBar({ format: `importing ${source} orders [{bar}] {percentage}% | {value}/{total} lines | {duration}s` }, Presets.shades_classic);
  const started = Date.now();
  let done = 0;
  try {
    bar.start(lines, 0);
    for (let offset = 0; offset < orders.length; offset += batch) {
      const slice = orders.slice(offset, offset + batch);
      const result = await ingestOrders(db, operator, { source, orders: slice.map((o) => o.order) }, config.ordering);
      for (const key of ["created", "updated", "unchanged", "pending", "quarantined", "rejected"] as const) totals[key] += result.summary[key];
      for (const r of result.rejected) rejections.push(`${where(slice[r.index]!.position, r.transactionId, r.code, r.field)}: ${r.message}`);
      for (const o of result.orders) for (const w of o.warnings) warnings.push(`${where(slice[o.index]!.position, o.transactionId, w.code, w.field)}: ${w.message}`);
      done += slice.reduce((sum, o) => sum + (Array.isArray(o.order.lines) ? o.order.lines.length : 0), 0);
      bar.update(done);
    }
  } finally {
    bar.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${source}: ${orders.length + unreadable.length} orders (${lines} lines) in ${seconds.toFixed(1)} s — created ${totals.created}, updated ${totals.updated}, ` +
      `unchanged ${totals.unchanged}, pending ${totals.pending}, quarantined ${totals.quarantined}, rejected ${totals.rejected}`,
  );
  for (const line of warnings.slice(0, SHOWN)) console.log(`  set aside ${line}`);
  if (warnings.length > SHOWN) console.log(`  ... and ${warnings.length - SHOWN} more set aside`);
  for (const line of rejections.slice(0, SHOWN)) console.log(`  rejected ${line}`);
  if (rejections.length > SHOWN) console.log(`  ... and ${rejections.length - SHOWN} more`);
}
