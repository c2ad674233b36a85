/**
 * `npm run bench:traits`: customer traits at scale on PostgreSQL. A database of its own is filled
 * set-based (customers, orders in batches as an import sends them, complaint cases, surveys) with
 * the write triggers keeping the traits as it goes; then the full refresh (`npm run
 * traits:refresh`'s refreshAllTraits) runs round after round. Figures go to stdout and the
 * "traits" section of test/bench/RESULTS.md, with the latency of previewSegment on that database
 * and of the incremental segment memberships (segment-latency.ts: commit → membership visible,
 * commit → segmentMembershipChanged received, with our server running as its own process).
 */
import "reflect-metadata";
import { Command } from "commander";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { previewSegment } from "../../src/analytics/segments.service.js";
import { refreshAllTraits } from "../../src/analytics/traits.service.js";
import { RfmGroup } from "../../src/customers/customers.types.js";
import { openDatabase, rows } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { machineDescription, writeResultsSection } from "./harness.js";
import { measureSegmentLatency } from "./segment-latency.js";

const options = new Command("bench:traits")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--customers <n>", "customers", (v) => Number(v), 100_000)
  .option("--orders <n>", "orders in all", (v) => Number(v), 1_000_000)
  .option("--batch <n>", "orders per INSERT statement (an import's batch)", (v) => Number(v), 1_000)
  .option("--rounds <n>", "full refreshes", (v) => Number(v), 3)
  .option("--previews <n>", "previewSegment calls", (v) => Number(v), 50)
  .option("--changes <n>", "orders placed one by one, timed from commit to segment membership and subscription event", (v) => Number(v), 200)
  .option("--background <n>", "concurrent writers placing other orders meanwhile", (v) => Number(v), 2)
  .option("--database <name>", "the bench's own database (made anew unless --reuse)", "cdp_bench_traits")
  .option("--reuse", "keep the database when it holds the same numbers of customers and orders")
  .parse()
  .opts<{ databaseUrl: string; customers: number; orders: number; batch: number; rounds: number; previews: number; changes: number; background: number; database: string; reuse?: boolean }>();

const DATABASE = options.database;
const seconds = (since: number) => (performance.now() - since) / 1000;

async function main() {
  const url = new URL(options.databaseUrl);
  url.pathname = `/${DATABASE}`;
  const admin = postgres(options.databaseUrl, { max: 1, onnotice: () => undefined });
  const [exists] = await admin`select 1 from pg_database where datname = ${DATABASE}`;
  let fill: string | null = null;
  if (!options.reuse || !exists || !(await holdsTheSame(url.toString()))) {
    await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
    await admin.unsafe(`create database ${DATABASE}`);
    fill = await fillDatabase(url.toString());
  }
  await admin.end();

  const handle = await openDatabase({ url: url.toString() });
  const rounds: number[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const started = performance.now();
    const refreshed = await refreshAllTraits(handle.db);
    rounds.push(seconds(started));
    console.log(`round ${round}: ${refreshed} customers refreshed in ${rounds.at(-1)!.toFixed(1)} s`);
  }
  // previewSegment of a 3-condition rule, as staff call it (count and newest ten), round after round.
  const rule = {
    all: [{ where: { rfmGroups: [RfmGroup.AT_RISK, RfmGroup.CANNOT_LOSE] } }, { where: { churnRiskAtLeast: 0.5 } }, { not: { where: { hasOpenCase: true } } }],
  };
  const previews: number[] = [];
  let selected = 0;
  for (let i = 0; i < options.previews; i++) {
    const started = performance.now();
    selected = (await previewSegment(handle.db, { role: "ADMIN", subject: "bench" }, rule)).size;
    previews.push(performance.now() - started);
  }
  previews.sort((a, b) => a - b);
  const previewP50 = previews[Math.floor(previews.length / 2)]!;
  const previewP99 = previews[Math.min(previews.length - 1, Math.floor(previews.length * 0.99))]!;
  console.log(`previewSegment: ${selected} customers, p50 ${previewP50.toFixed(0)} ms, p99 ${previewP99.toFixed(0)} ms over ${previews.length}`);
  const segmentLines = await measureSegmentLatency(handle, url.toString(), { changes: options.changes, background: options.background });
  const [shape] = await rows<{ customers: number; orders: number; cases: number; surveys: number }>(
    handle.db,
    sql`select (select count(*) from customers)::int as customers, (select count(*) from orders)::int as orders,
      (select count(*) from cases)::int as cases, (select count(*) from survey_responses)::int as surveys`,
  );
  await handle.close();

  const best = Math.min(...rounds);
  const section = [
    "## Customer traits at scale",
    "",
    `Run: ${new Date().toISOString()} with \`npm run bench:traits${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\` on database \`${DATABASE}\`: ${shape!.customers} customers, ${shape!.orders} orders, ${shape!.cases} complaint cases, ${shape!.surveys} survey answers.`,
    "",
    `Machine: ${await machineDescription(options.databaseUrl)}.`,
    "",
    fill ?? "The database was reused (`--reuse`): no fill this run.",
    "",
    "| round | full refresh (s) |",
    "| ---: | ---: |",
    ...rounds.map((r, i) => `| ${i + 1} | ${r.toFixed(1)} |`),
    "",
    `previewSegment of a 3-condition rule (RFM group AT_RISK or CANNOT_LOSE, churn risk ≥ 0.5, no open case; ${selected} customers), ${previews.length} calls one after another: p50 ${previewP50.toFixed(0)} ms, **p99 ${previewP99.toFixed(0)} ms** (target ≤ 300 ms).`,
    "",
    `Full refresh of every customer's traits: best **${best.toFixed(1)} s**, mean ${(rounds.reduce((a, b) => a + b, 0) / rounds.length).toFixed(1)} s (target ≤ 30 s for 100,000 customers and 1,000,000 orders). Incremental: the triggers write the traits in the transaction of the change, so they are visible when it commits.`,
    "",
    ...segmentLines,
  ].join("\n");
  console.log(`\n${section}`);
  writeResultsSection("traits", section);
}

async function holdsTheSame(databaseUrl: string): Promise<boolean> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    const [found] = await sql`select (select count(*) from customers)::int as customers, (select count(*) from orders)::int as orders`;
    return found!.customers === options.customers && found!.orders === options.orders;
  } catch {
    return false;
  } finally {
    await sql.end();
  }
}

/** Fills the database set-based; returns the paragraph saying how fast the triggers let it go. */
async function fillDatabase(databaseUrl: string): Promise<string> {
  const handle = await openDatabase({ url: databaseUrl });
  await runMigrations(handle);
  const db = handle.db;
  await db.execute(sql`create table bench_customer_numbers (n int primary key, id uuid not null)`);
  await db.execute(sql`insert into bench_customer_numbers select g, gen_random_uuid() from generate_series(0, ${options.customers - 1}::int) g`);
  await db.execute(sql`insert into customers (id, display_name, created_at) select id, 'Customer ' || n, now() - interval '3 years' from bench_customer_numbers`);

  // Each customer's orders spread over three years, the gaps varying by customer, so every RFM group appears.
  // The first tenth goes in with the traits trigger off, to show what it costs (the refresh rounds mend those customers).
  const tenth = Math.floor(options.orders / 10 / options.batch) * options.batch;
  let started = performance.now();
  let untriggeredSeconds = 0;
  await db.execute(sql`alter table orders disable trigger orders_traits_insert`);
  for (let from = 0; from < options.orders; from += options.batch) {
    if (from === tenth) {
      untriggeredSeconds = seconds(started);
      await db.execute(sql`alter table orders enable trigger orders_traits_insert`);
      started = performance.now();
    }
    const to = Math.min(options.orders, from + options.batch) - 1;
    await db.execute(sql`insert into orders (id, number, customer_id, channel, status, payment_method, delivery_option, subtotal_minor, total_minor, placed_at)
      select gen_random_uuid(), 'BT-' || g, c.id, (array['WEB','MOBILE','DEALER','CALL_CENTER'])[1 + g % 4]::order_channel,
        (case when g % 23 = 0 then 'CANCELLED' else 'DELIVERED' end)::order_status, 'CARD', 'STANDARD',
        1000 + ((g::bigint * 7919) % 200000)::int, 1000 + ((g::bigint * 7919) % 200000)::int,
        now() - make_interval(days => (((g / ${options.customers}::int) * (5 + c.n % 120) + c.n % 400) % 1095)::int)
      from generate_series(${from}::int, ${to}::int) g join bench_customer_numbers c on c.n = g % ${options.customers}::int`);
  }
  const orderSeconds = seconds(started);
  const casesStarted = performance.now();
  await db.execute(sql`insert into cases (id, number, customer_id, kind, status, subject, opened_at)
    select gen_random_uuid(), 'BC-' || c.n, c.id, 'COMPLAINT', (case when c.n % 3 = 0 then 'OPEN' else 'CLOSED' end)::case_status, 'Bench complaint', now() - make_interval(days => c.n % 365)
    from bench_customer_numbers c where c.n % 10 = 0`);
  await db.execute(sql`insert into survey_responses (id, customer_id, overall_satisfaction, would_recommend, responded_at)
    select gen_random_uuid(), c.id, 1 + c.n % 5, c.n % 11, now() - make_interval(days => c.n % 200)
    from bench_customer_numbers c where c.n % 4 = 0`);
  const otherSeconds = seconds(casesStarted);
  await db.execute(sql`analyze`);
  await handle.close();
  const triggered = options.orders - tenth;
  return (
    `Filled in INSERTs of ${options.batch} orders: the first ${tenth} with the traits trigger off in ${untriggeredSeconds.toFixed(1)} s ` +
    `(${Math.round(tenth / untriggeredSeconds)} orders/s), the other ${triggered} with it on in ${orderSeconds.toFixed(1)} s ` +
    `(${Math.round(triggered / orderSeconds)} orders/s, each statement refreshing its customers' traits); the complaint cases and survey answers (one INSERT each) ${otherSeconds.toFixed(1)} s.`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
