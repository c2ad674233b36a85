/**
 * History import speed through the command line, as an operator runs it: a dealer's order
 * history (CSV, one row per order line) and a station's service visits (one row per item) for
 * people already in the identity graph are imported into a fresh PostgreSQL database with
 * `npm run import -- --orders` / `--visits` (the production build, plain Node with the script's flags), then the same
 * files again, which must change nothing.
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
import * as schema from "../../src/db/schema/index.js";
import { withCheckDigit } from "../../src/validation/vin.js";
import { makeDealer, makeProduct } from "../support/factories.js";
import { freshDatabase, machineDescription, writeResultsSection } from "./harness.js";

const options = new Command("bench:import")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--lines <n>", "order lines in the orders file (three per order)", (v) => Number(v), 100_000)
  .option("--items <n>", "items in the visits file (three per visit; 0: no visits)", (v) => Number(v), 100_000)
  .option("--people <n>", "people the orders and visits are spread over (one vehicle each)", (v) => Number(v), 10_000)
  .option("--database <name>", "the database to (re)create, so that two runs on one server do not drop each other's", "cdp_bench_import")
  .option("--no-write", "do not write test/bench/RESULTS.md")
  .parse()
  .opts<{ databaseUrl: string; lines: number; items: number; people: number; database: string; write: boolean }>();

const DATABASE = options.database;
const SOURCE = "dealer-bench";
const WORK = "test/bench/.work";
const BUILT = `${WORK}/dist`;
const PRODUCTS = 200;
const PER_RECORD = 3;
const principal: Principal = { role: "ADMIN", subject: "bench:import" };
const vinOf = (person: number) => withCheckDigit(`LBV${String(person).padStart(14, "0")}`);
const dayOf = (n: number) => new Date(Date.UTC(2022, 0, 1) + ((n * 7919) % 1_000) * 86_400_000).toISOString().slice(0, 10);

/** Writes a CSV of `rows` rows, PER_RECORD to a record: record r belongs to person r mod people. */
function writeCsv(path: string, header: string, rows: number, row: (record: number, item: number) => string) {
  const out: string[] = [header];
  const records = Math.ceil(rows / PER_RECORD);
  for (let r = 0; r < records; r++) for (let i = 0; i < PER_RECORD && r * PER_RECORD + i < rows; i++) out.push(row(r, i));
  writeFileSync(path, `${out.join("\n")}\n`);
  return records;
}

interface Kind {
  flag: string;
  noun: string;
  unit: string;
  rows: number;
  write(path: string): number;
  /** Row counts and the latest change of the tables the import touches. */
  footprint: ReturnType<typeof sql>;
}

const KINDS: Kind[] = [
  {
    flag: "--orders",
    noun: "orders",
    unit: "lines",
    rows: options.lines,
    write: (path) =>
      writeCsv(path, "transaction_id,customer_id,date,payment_method,sku,qty,unit_price", options.lines, (o, l) => {
        const product = (o * 31 + l * 7) % PRODUCTS;
        return `B-${o},P-${o % options.people},${dayOf(o)},${o % 5 === 0 ? "cash_on_delivery" : "card"},BENCH-${product},${1 + ((o + l) % 3)},${(10 + product).toFixed(2)}`;
      }),
    footprint: sql`select (select count(*) from source_orders) as records, (select count(*) from orders) as built, (select count(*) from order_lines) as children,
      (select count(*) from payments) as payments, (select count(*) from audit_log) as audit, (select count(*) from source_order_revisions) as revisions,
      (select max(updated_at) from source_orders)::text as records_changed, (select max(updated_at) from orders)::text as built_changed`,
  },
  {
    flag: "--visits",
    noun: "visits",
    unit: "items",
    rows: options.items,
    write: (path) =>
      writeCsv(path, "visit_id,customer_id,vin,station,date,odometer,item_kind,sku,description,qty,unit_price", options.items, (v, i) => {
        const person = v % options.people;
        const item = i === PER_RECORD - 1 ? "LABOUR,,Labour,1,120.00" : `PART,BENCH-${(v * 17 + i) % PRODUCTS},,${1 + (i % 2)},${(20 + i).toFixed(2)}`;
        return `W-${v},P-${person},${vinOf(person)},BENCH-ST,${dayOf(v)},${10_000 + Math.floor(v / options.people) * 5_000},${item}`;
      }),
    footprint: sql`select (select count(*) from source_service_visits) as records, (select count(*) from service_records) as built, (select count(*) from service_items) as children,
      (select count(*) from audit_log) as audit, (select count(*) from source_service_visit_revisions) as revisions,
      (select max(updated_at) from source_service_visits)::text as records_changed, (select max(updated_at) from service_records)::text as built_changed,
      (select max(updated_at) from vehicles)::text as vehicles_changed`,
  },
];

function runImport(databaseUrl: string, flag: string, file: string): { seconds: number; summary: string; load: string } {
  const started = process.hrtime.bigint();
  // Node's flags as `npm run import` sets them (package.json, src/cli/README.md), then the bench's own.
  const nodeArgs = ["--max-semi-space-size=64", ...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [])];
  const result = spawnSync(process.execPath, [...nodeArgs, `${BUILT}/cli/import.js`, flag, "--source", SOURCE, file], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", NODE_ENV: "production", JWT_SECRET: "x".repeat(32) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`import failed (${result.status}): ${result.stderr}`);
  const summary = result.stdout.split("\n").find((l) => l.startsWith(`${SOURCE}:`)) ?? result.stdout;
  return { seconds, summary: summary.trim().replace(/^.*? — /, ""), load: loadavg()[0]!.toFixed(1) };
}

const { handle, url } = await freshDatabase(options.databaseUrl, DATABASE);

// The catalog, a repair station and the people with their vehicles come first, as they would from the catalog, the people and the vehicle imports.
const first0 = await makeProduct(handle.db, { sku: "BENCH-0" });
for (let n = 1; n < PRODUCTS; n++) await makeProduct(handle.db, { sku: `BENCH-${n}`, categoryId: first0.categoryId, supplierId: first0.supplierId, priceMinor: 1000 + n });
await makeDealer(handle.db, { code: "BENCH-ST", repairs: true });
const [model] = await handle.db
  .insert(schema.vehicleModels)
  .values({ code: "BENCH-M", make: "Meridian", name: "Bench", bodyType: "SEDAN", powertrain: "BEV", firstYear: 2020, basePriceMinor: 1 })
  .returning();
for (let i = 0; i < options.people; i += 5_000) {
  const vins = Array.from({ length: Math.min(5_000, options.people - i) }, (_, k) => ({ vin: vinOf(i + k), modelId: model!.id, modelYear: 2021 }));
  await handle.db.insert(schema.vehicles).values(vins);
}
const settings = loadConfig({ ...process.env, NODE_ENV: "test", JWT_SECRET: "x".repeat(32) }).identity;
for (let i = 0; i < options.people; i += MAX_RECORDS_PER_BATCH) {
  const records = Array.from({ length: Math.min(MAX_RECORDS_PER_BATCH, options.people - i) }, (_, k) => ({ sourceId: `P-${i + k}`, givenName: "Bench", familyName: `Person${i + k}`, emails: [`p${i + k}@bench.example`] }));
  await ingestSourceRecords(handle.db, principal, { source: SOURCE, records }, settings, reactions.identityRelinked);
}
mkdirSync(WORK, { recursive: true });
execFileSync(process.execPath, ["scripts/build.mjs", "--out-dir", BUILT], { stdio: "ignore" });

const rate = (n: number, s: number) => Math.round(n / s).toLocaleString("en");
const table: string[] = [];
const missed: string[] = [];
const notes: string[] = [];
for (const kind of KINDS.filter((k) => k.rows > 0)) {
  const file = `${WORK}/${kind.noun}-${kind.rows}.csv`;
  const records = kind.write(file);
  const first = runImport(url, kind.flag, file);
  const [afterFirst] = await rows<Record<string, string>>(handle.db, kind.footprint);
  const again = runImport(url, kind.flag, file);
  const [afterAgain] = await rows<Record<string, string>>(handle.db, kind.footprint);
  const unchanged = JSON.stringify(afterFirst) === JSON.stringify(afterAgain);
  table.push(
    `| ${kind.noun}: first import | ${first.seconds.toFixed(1)} s | ${rate(kind.rows, first.seconds)} ${kind.unit}/s (${rate(records, first.seconds)} ${kind.noun}/s) | ${first.load} | ${first.summary} |`,
    `| ${kind.noun}: the same file again | ${again.seconds.toFixed(1)} s | ${rate(records, again.seconds)} records/s (${rate(kind.rows, again.seconds)} ${kind.unit}/s) | ${again.load} | ${again.summary} |`,
  );
  notes.push(`${kind.noun}: ${unchanged ? "yes" : "NO"} (${Object.entries(afterAgain!).flatMap(([k, v]) => (k.endsWith("_changed") ? [] : [`${Number(v).toLocaleString("en")} ${k}`])).join(", ")})`);
  if (kind.rows / first.seconds < 5000) missed.push(`${kind.noun} first import`);
  if (records / again.seconds < 20000 || !unchanged) missed.push(`${kind.noun} unchanged re-send`);
}
const machine = await machineDescription(url);
await handle.close();

const markdown = `## History import (orders, service visits)

Run: ${new Date().toISOString()} with \`npm run bench:import -- --lines ${options.lines} --items ${options.items} --people ${options.people}\`: ${options.lines.toLocaleString("en")} order lines (orders of ${PER_RECORD} lines, ${PRODUCTS} products by SKU) and ${options.items.toLocaleString("en")} service items (visits of two parts and labour, at one station, on the person's vehicle) of ${options.people.toLocaleString("en")} people already in the identity graph, one CSV each, imported into a fresh PostgreSQL database \`${DATABASE}\` with \`npm run import -- --orders\` and \`--visits\` (the production build, plain Node with \`npm run import\`'s 64 MB young generation, batches of 1,000 records; the times include starting the process and reading the file).

Machine: ${machine}; load average (1/5/15 min) at the end: ${loadavg()
  .map((n) => n.toFixed(1))
  .join(" / ")} — the machine is shared, so the rates are lower bounds.

| run | time | rate | load (1 min) after | summary |
| --- | ---: | ---: | ---: | --- |
${table.join("\n")}

The CLI keeps two batches in flight; a batch of records stored as sent is settled by one round trip of reads, without locks or a transaction (\`src/organisations/README.md\`).

The second run changed nothing — ${notes.join("; ")}: row counts and the latest updated_at of the tables the import touches, equal before and after it.

Targets (≥ 5,000 lines or items/s on first import, ≥ 20,000 records/s and nothing written for an unchanged re-send): ${missed.length ? `MISSED: ${missed.join(", ")}` : "all met"}.`;
console.log(`\n${markdown}\n`);
if (options.write) writeResultsSection("import", markdown);
process.exit(0);
