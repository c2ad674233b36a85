/**
 * History import speed through the command line, as an operator runs it: a dealer's order
 * history (CSV, one row per order line) for people already in the identity graph is imported
 * into a fresh PostgreSQL database with `npm run import -- --orders` (the production build, plain
 * Node), then the same file again, which must change nothing.
 */
import "reflect-metadata";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { Command } from "commander";
import { sql } from "drizzle-orm";
import type { Principal } from "../../src/auth/principal.js";
import { loadConfig } from "../../src/config.js";
import { rows } from "../../src/db/client.js";
import { ingestSourceRecords, MAX_RECORDS_PER_BATCH } from "../../src/identity/ingest.service.js";
import { reactions } from "../../src/reactions.js";
import { makeProduct } from "../support/factories.js";
import { freshDatabase, machineDescription, writeResultsSection } from "./harness.js";

const options = new Command("bench:import")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--lines <n>", "order lines in the file (three per order)", (v) => Number(v), 100_000)
  .option("--people <n>", "people the orders are spread over", (v) => Number(v), 10_000)
  .option("--no-write", "do not write test/bench/RESULTS.md")
  .parse()
  .opts<{ databaseUrl: string; lines: number; people: number; write: boolean }>();

const DATABASE = "cdp_bench_import";
const SOURCE = "dealer-bench";
const WORK = "test/bench/.work";
const BUILT = `${WORK}/dist`;
const PRODUCTS = 200;
const LINES_PER_ORDER = 3;
const principal: Principal = { role: "ADMIN", subject: "bench:import" };

/** A deterministic order history: order i belongs to person i mod people, a day in 2022–2024, three products. */
function orderFile(path: string, lines: number, people: number) {
  const out: string[] = ["transaction_id,customer_id,date,payment_method,sku,qty,unit_price"];
  const orders = Math.ceil(lines / LINES_PER_ORDER);
  const start = Date.UTC(2022, 0, 1);
  for (let o = 0; o < orders; o++) {
    const day = new Date(start + ((o * 7919) % 1_000) * 86_400_000).toISOString().slice(0, 10);
    for (let l = 0; l < LINES_PER_ORDER && o * LINES_PER_ORDER + l < lines; l++) {
      const product = (o * 31 + l * 7) % PRODUCTS;
      out.push(`B-${o},P-${o % people},${day},${o % 5 === 0 ? "cash_on_delivery" : "card"},BENCH-${product},${1 + ((o + l) % 3)},${(10 + product).toFixed(2)}`);
    }
  }
  writeFileSync(path, `${out.join("\n")}\n`);
  return orders;
}

/** What the import wrote: row counts and the latest change of the tables it touches. */
async function footprint(db: Parameters<typeof rows>[0]) {
  const [row] = await rows<Record<string, string>>(
    db,
    sql`select (select count(*) from source_orders) as records, (select count(*) from orders) as orders, (select count(*) from order_lines) as lines,
               (select count(*) from payments) as payments, (select count(*) from audit_log) as audit, (select count(*) from source_order_revisions) as revisions,
               (select max(updated_at) from source_orders)::text as records_changed, (select max(updated_at) from orders)::text as orders_changed`,
  );
  return row!;
}

function runImport(databaseUrl: string, file: string): { seconds: number; summary: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [`${BUILT}/cli/import.js`, "--orders", "--source", SOURCE, file], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", NODE_ENV: "production", JWT_SECRET: "x".repeat(32) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`import failed (${result.status}): ${result.stderr}`);
  const summary = result.stdout.split("\n").find((l) => l.startsWith(`${SOURCE}:`)) ?? result.stdout;
  return { seconds, summary: summary.trim() };
}

const { handle, url } = await freshDatabase(options.databaseUrl, DATABASE);

// The catalog and the people come first, as they would from the catalog and the people import.
const first0 = await makeProduct(handle.db, { sku: "BENCH-0" });
for (let n = 1; n < PRODUCTS; n++) await makeProduct(handle.db, { sku: `BENCH-${n}`, categoryId: first0.categoryId, supplierId: first0.supplierId, priceMinor: 1000 + n });
const settings = loadConfig({ ...process.env, NODE_ENV: "test", JWT_SECRET: "x".repeat(32) }).identity;
for (let i = 0; i < options.people; i += MAX_RECORDS_PER_BATCH) {
  const records = Array.from({ length: Math.min(MAX_RECORDS_PER_BATCH, options.people - i) }, (_, k) => ({ sourceId: `P-${i + k}`, givenName: "Bench", familyName: `Person${i + k}`, emails: [`p${i + k}@bench.example`] }));
  await ingestSourceRecords(handle.db, principal, { source: SOURCE, records }, settings, reactions.identityRelinked);
}

mkdirSync(WORK, { recursive: true });
const file = `${WORK}/orders-${options.lines}.csv`;
const orders = orderFile(file, options.lines, options.people);
execFileSync(process.execPath, ["scripts/build.mjs", "--out-dir", BUILT], { stdio: "ignore" });

const first = runImport(url, file);
const afterFirst = await footprint(handle.db);
const again = runImport(url, file);
const afterAgain = await footprint(handle.db);
const machine = await machineDescription(url);
await handle.close();

const unchanged = JSON.stringify(afterFirst) === JSON.stringify(afterAgain);
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString("en");
const firstRate = options.lines / first.seconds;
const againRate = orders / again.seconds;
const markdown = `## History import (orders)

Run: ${new Date().toISOString()} with \`npm run bench:import -- --lines ${options.lines} --people ${options.people}\`: ${options.lines.toLocaleString("en")} order lines (${orders.toLocaleString("en")} orders of ${LINES_PER_ORDER} lines, ${PRODUCTS} products by SKU) of ${options.people.toLocaleString("en")} people already in the identity graph, in one CSV, imported into a fresh PostgreSQL database \`${DATABASE}\` with \`npm run import -- --orders\` (the production build, plain Node, batches of 1,000 orders; the times include starting the process and reading the file).

Machine: ${machine}; load average (1/5/15 min) at the end: ${loadavg()
  .map((n) => n.toFixed(1))
  .join(" / ")} — the machine is shared, so the rates are lower bounds.

| run | time | rate | summary |
| --- | ---: | ---: | --- |
| first import | ${first.seconds.toFixed(1)} s | ${rate(options.lines, first.seconds)} lines/s (${rate(orders, first.seconds)} orders/s) | ${first.summary.replace(/^.*? — /, "")} |
| the same file again | ${again.seconds.toFixed(1)} s | ${rate(orders, again.seconds)} records/s (${rate(options.lines, again.seconds)} lines/s) | ${again.summary.replace(/^.*? — /, "")} |

The second run changed nothing: ${unchanged ? "yes" : "NO"} (row counts of source_orders, orders, order_lines, payments, audit_log and source_order_revisions, and the latest updated_at of source_orders and orders, equal before and after: ${afterAgain.records} records, ${afterAgain.orders} orders, ${afterAgain.lines} lines, ${afterAgain.audit} audit rows).

Targets (≥ 5,000 order lines/s on first import, ≥ 20,000 records/s and nothing written for an unchanged re-send): ${[firstRate < 5000 && "first import", (againRate < 20000 || !unchanged) && "unchanged re-send"].filter(Boolean).join(", ") ? `MISSED: ${[firstRate < 5000 && "first import", (againRate < 20000 || !unchanged) && "unchanged re-send"].filter(Boolean).join(", ")}` : "all met"}.`;
console.log(`\n${markdown}\n`);
if (options.write) writeResultsSection("import", markdown);
process.exit(0);
