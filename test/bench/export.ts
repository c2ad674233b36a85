/**
 * Bulk export speed and memory: a fresh PostgreSQL database with `--orders` orders over
 * `--people` customers, exported by `runBulkExport` (the seam the server's runner and a job queue
 * call) as NDJSON and as CSV, with the process's resident memory sampled every 50 ms. The target
 * (issue 19): 1,000,000 orders in at most 60 s, with memory that does not grow with the rows.
 */
import "reflect-metadata";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { eq } from "drizzle-orm";
import { bulkExports } from "../../src/db/schema/index.js";
import { fileOf, runBulkExport } from "../../src/exports/export-runner.js";
import { freshDatabase, machineDescription, writeResultsSection } from "./harness.js";

const options = new Command("bench:export")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--orders <n>", "orders to export", (v) => Number(v), 1_000_000)
  .option("--people <n>", "customers the orders belong to", (v) => Number(v), 20_000)
  .option("--no-write", "do not write test/bench/RESULTS.md")
  .parse()
  .opts<{ databaseUrl: string; orders: number; people: number; write: boolean }>();

const DATABASE = "cdp_bench_export";
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const { handle, url } = await freshDatabase(options.databaseUrl, DATABASE);
const fillStarted = Date.now();
// Plain rows: the traits and segment triggers are not what is measured (replica role skips them).
await handle.client!.begin(async (tx) => {
  await tx.unsafe("set local session_replication_role = replica");
  await tx.unsafe(`insert into customers (id, display_name, created_at, updated_at)
    select gen_random_uuid(), 'Bench customer ' || g, now(), now() from generate_series(1, ${options.people}) g`);
  await tx.unsafe(`insert into orders (id, number, customer_id, dealer_id, channel, status, payment_method, delivery_option, subtotal_minor, total_minor, placed_at, created_at, updated_at)
    select gen_random_uuid(), 'BX' || lpad(g::text, 9, '0'), c.id, null, 'WEB', 'DELIVERED', 'CARD', 'STANDARD', 1000 + g % 9000, 1000 + g % 9000,
      timestamptz '2022-01-01' + (g % 1000) * interval '1 day', now(), now()
    from generate_series(1, ${options.orders}) g
    join (select id, row_number() over (order by id) - 1 as n from customers) c on c.n = g % ${options.people}`);
});
await handle.client!.unsafe("analyze");
const fillSeconds = (Date.now() - fillStarted) / 1000;

const dir = mkdtempSync(join(tmpdir(), "cdp-bench-export-"));
const results: string[] = [];
for (const format of ["NDJSON", "CSV"] as const) {
  const [row] = await handle.db.insert(bulkExports).values({ kind: "ORDERS", format, actorRole: "ADMIN", actorId: "bench:export" }).returning();
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  // Resident memory as the rows go by: constant memory means it levels off instead of growing with them.
  const quarters: string[] = [];
  const outcome = await runBulkExport(handle, row!.id, {
    dir,
    onProgress: (written) => {
      if (written >= ((quarters.length + 1) * options.orders) / 4) quarters.push(mib(process.memoryUsage().rss));
    },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const [done] = await handle.db.select().from(bulkExports).where(eq(bulkExports.id, row!.id));
  const size = statSync(fileOf(dir, done!)).size;
  const line = `| ${format} | ${outcome} | ${done!.rowCount.toLocaleString("en")} | ${seconds.toFixed(1)} s | ${Math.round(done!.rowCount / seconds).toLocaleString("en")} rows/s | ${mib(size)} | ${mib(baseline)} → ${mib(peak)} (+${mib(peak - baseline)}) | ${quarters.join(", ")} |`;
  console.log(line);
  results.push(line);
}
rmSync(dir, { recursive: true, force: true });
const machine = await machineDescription(url);
await handle.close();

const markdown = `## Bulk export (\`npm run bench:export\`)

Run: ${new Date().toISOString()} with \`npm run bench:export -- --orders ${options.orders} --people ${options.people}\`: ${options.orders.toLocaleString("en")} orders of ${options.people.toLocaleString("en")} customers written into a fresh PostgreSQL database (${fillSeconds.toFixed(0)} s), then exported by \`runBulkExport\` (an administrator's ORDERS export, no filter) through a server-side cursor in batches of 10,000, each batch recorded (progress, resume point, NOTIFY) before the next.
Machine: ${machine}.

| format | outcome | rows | time | rate | file | resident memory: before → peak | after ¼, ½, ¾, all rows |
| --- | --- | ---: | ---: | ---: | ---: | --- | --- |
${results.join("\n")}

Target (≤ 60 s for 1,000,000 orders, memory not growing with the rows): ${results.every((r) => Number(r.split("|")[4]!.trim().replace(" s", "")) <= 60) ? "met" : "MISSED"}.`;
if (options.write) writeResultsSection("export", markdown);
console.log(markdown);
