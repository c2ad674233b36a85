/**
 * `npm run bench:partitions`: tracking at 100,000 events and at 10 million, on PostgreSQL, with
 * tracking_events partitioned by month (drizzle/0027_partitioned_history.sql). Measures, at each
 * size, the ingestion rate of courier batches over HTTP (as bench:tracking does) and the latency
 * of the per-parcel catch-up read (the statement shipmentTracking sends to resume after a seq),
 * and requires each to stay within 10 % of its figure at 100,000. The rows are filled with
 * INSERT … SELECT generate_series (parcels booked over the last twelve months, ten events each),
 * not through the API. Figures go to stdout and the "partitions" section of test/bench/RESULTS.md.
 */
import "reflect-metadata";
import { Command } from "commander";
import { loadavg } from "node:os";
import postgres from "postgres";
import { createTokenService } from "../../src/auth/tokens.js";
import { BENCH_SECRET, machineDescription, prepareDatabase, startPlatform, writeResultsSection } from "./harness.js";

const options = new Command("bench:partitions")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--small <n>", "tracking events of the first measurement", (v) => Number(v), 100_000)
  .option("--large <n>", "tracking events of the second measurement", (v) => Number(v), 10_000_000)
  .option("--rounds <n>", "measurements per size (the median is kept)", (v) => Number(v), 3)
  .option("--ingest-seconds <s>", "how long each round posts batches", (v) => Number(v), 6)
  .option("--reads <n>", "catch-up reads per round", (v) => Number(v), 1000)
  .option("--database <name>", "the bench database", "cdp_bench_partitions")
  .option("--small-only", "measure the small size only and print its figures (for --small-figures of a run on another database)")
  .option("--reuse", "keep the filled database of an earlier run and go on from its size (with --small-figures)")
  .option("--small-figures <json>", "the small size's figures as an earlier run printed them (the line after 'small'), instead of measuring them again")
  .parse()
  .opts<{ databaseUrl: string; small: number; large: number; rounds: number; ingestSeconds: number; reads: number; reuse?: boolean; smallFigures?: string; database: string; smallOnly?: boolean }>();

const DATABASE = options.database;
const PORT = 4207;
const ENDPOINT = `http://127.0.0.1:${PORT}/graphql`;
const POST = `mutation Post($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { recorded { seq } rejected { message } } }`;
/** The statement tracking.streams.ts sends for a staff subscriber resuming after a seq (drizzle's text). */
const CATCH_UP = `select "id", "shipment_id", "seq", "courier_event_id", "status", "occurred_at", "lat", "lng", "place", "note", "estimated_arrival", "recorded_at" from "tracking_events" where ("tracking_events"."shipment_id" = $1 and "tracking_events"."seq" > $2) order by "tracking_events"."seq" asc limit $3`;
const EVENTS_PER_PARCEL = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const databaseUrl = await prepareDatabase({ databaseUrl: options.databaseUrl, database: DATABASE, customers: 300, orders: 3, lines: 2, reuse: options.reuse });
const sql = postgres(databaseUrl, { max: 2, onnotice: () => undefined });
// A partition for each of the last twelve months (the platform's job makes the ones ahead).
await sql`select history_partition_create('tracking_events', now() - make_interval(months => g)) from generate_series(0, 12) g`;
const [carrier] = (await sql`select id from carriers order by id limit 1`) as unknown as [{ id: string }];
const run = Date.now().toString(36);
// The parcels ingestion moves on: booked now, on their way (as many as bench:tracking's world has).
const ACTIVE = 600;
// The parcels ingestion moves on: booked now, on their way, each on an order of its own (as many
// as bench:tracking's world has). Their own orders: the filled parcels hang on the seeded orders,
// and an order's status follows all its parcels, which would measure that instead.
const active = (await sql.unsafe(
  `with o as (
    insert into orders (id, number, customer_id, channel, status, payment_method, delivery_option, subtotal_minor, total_minor, placed_at)
    select (lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5('o' || g || random()::text), 1, 19))::uuid,
      'MO-BENCH-${run}-' || g, c.id, 'WEB', 'SHIPPED', 'CARD', 'STANDARD', 1000, 1000, now()
    from generate_series(1, ${ACTIVE}) g, lateral (select id from customers order by id offset g % 300 limit 1) c
    returning id, customer_id
  )
  insert into shipments (id, order_id, customer_id, carrier_id, tracking_number, status, departed_at)
  select (lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(o.id::text || random()::text), 1, 19))::uuid,
    o.id, o.customer_id, $1, 'PA${run}' || row_number() over (), 'IN_TRANSIT', now()
  from o
  returning tracking_number`,
  [carrier.id],
)) as unknown as { tracking_number: string }[];
await startPlatform(databaseUrl, PORT);
// The platform's first partition maintenance (moving the seeded history out of DEFAULT) runs before any measurement.
for (let i = 0; ; i++) {
  const [{ done }] = (await sql`select count(*)::int as done from pgboss.job where name = 'history-partitions' and state = 'completed'`) as unknown as [{ done: number }];
  if (done > 0) break;
  if (i > 600) throw new Error("the partition maintenance did not run");
  await new Promise((r) => setTimeout(r, 500));
}
const token = await createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" }).sign({ role: "AGENT", sub: "bench" });
let filledParcels = 0;

/** Parcels booked at random times over the last year (v7 ids of that time), ten events each, until the table holds `target` events. */
async function fill(target: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    const [{ n }] = (await sql`select count(*)::bigint as n from tracking_events`) as unknown as [{ n: string }];
    const missing = target - Number(n);
    if (missing <= 0) break;
    const parcels = Math.min(50_000, Math.ceil(missing / EVENTS_PER_PARCEL));
    await sql.unsafe(
      `with picked as (select array_agg(id) as ids, array_agg(customer_id) as customers, count(*)::int as n from orders),
      made as (
        insert into shipments (id, order_id, customer_id, carrier_id, tracking_number, status, last_seq, created_at, updated_at, delivered_at)
        select (lpad(to_hex((extract(epoch from t.at) * 1000)::bigint), 12, '0') || '7' || substr(md5(g::text || random()::text), 1, 19))::uuid,
          p.ids[1 + g % p.n], p.customers[1 + g % p.n], $1, 'PB${run}' || ($2 + g), 'DELIVERED', ${EVENTS_PER_PARCEL}, t.at, t.at, t.at + interval '3 days'
        from picked p, generate_series(1, $3) g, lateral (select now() - random() * interval '360 days' + g * interval '0' as at) t
        returning id, created_at
      )
      insert into tracking_events (id, shipment_id, seq, courier_event_id, status, occurred_at, lat, lng, place, recorded_at)
      select (lpad(to_hex((extract(epoch from m.created_at) * 1000)::bigint + e * 3600000), 12, '0') || '7' || substr(md5(m.id::text || e), 1, 19))::uuid,
        m.id, e, 'fill-' || e, (case when e = ${EVENTS_PER_PARCEL} then 'DELIVERED' else 'IN_TRANSIT' end)::shipment_status,
        m.created_at + make_interval(hours => e * 6), 31.2, 121.4, 'Shanghai', m.created_at + make_interval(hours => e * 6)
      from made m, generate_series(1, ${EVENTS_PER_PARCEL}) e
      -- In key order: each partition's indexes grow at their ends rather than at random pages.
      order by m.id, e`,
      [carrier.id, filledParcels, parcels],
    );
    filledParcels += parcels;
    process.stdout.write(`\rfilled ${filledParcels} parcels (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await sql`analyze shipments`;
  await sql`analyze tracking_events`;
  process.stdout.write(`\n`);
}

async function post(events: unknown[]) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: POST, variables: { input: { events } } }),
  });
  const body = (await response.json()) as { data?: { recordTrackingEvents: { recorded: unknown[] } }; errors?: unknown[] };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.recordTrackingEvents.recorded.length;
}

/** Events/s over HTTP: batches of 100 from 4 posters, each event moving an active parcel on (as bench:tracking). */
async function ingest(label: string, round: number): Promise<number> {
  let ingested = 0;
  const until = Date.now() + options.ingestSeconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async (_, worker) => {
      for (let batch = 0; Date.now() < until; batch++) {
        const events = Array.from({ length: 100 }, (_, i) => ({
          trackingNumber: active[(worker * 7919 + batch * 100 + i) % active.length]!.tracking_number,
          courierEventId: `bench-${run}-${label}-${round}-${worker}-${batch}-${i}`,
          status: "IN_TRANSIT",
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          lat: 31,
          lng: 121,
        }));
        ingested += await post(events);
      }
    }),
  );
  return ingested / ((performance.now() - started) / 1000);
}

/** Milliseconds of the catch-up read of random filled parcels (each resuming after seq 2), one at a time. */
async function catchUp(): Promise<number[]> {
  const parcels = (await sql`select id from shipments where tracking_number like 'PB%' order by random() limit ${options.reads}`) as unknown as { id: string }[];
  const took: number[] = [];
  for (const { id } of parcels) {
    const started = performance.now();
    const found = await sql.unsafe(CATCH_UP, [id, 2, 100], { prepare: true });
    took.push(performance.now() - started);
    if (found.length !== EVENTS_PER_PARCEL - 2) throw new Error(`parcel ${id}: ${found.length} events`);
  }
  return took.sort((a, b) => a - b);
}

interface Figures {
  events: number;
  partitions: number;
  eventsPerSecond: number;
  readP50: number;
  readP99: number;
  readMean: number;
  partitionsRead: number;
  load: string;
}

async function measure(label: string): Promise<Figures> {
  const rates: number[] = [];
  const p50: number[] = [];
  const p99: number[] = [];
  const means: number[] = [];
  const loads: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    rates.push(await ingest(label, round));
    const reads = await catchUp();
    p50.push(percentile(reads, 50));
    p99.push(percentile(reads, 99));
    means.push(reads.reduce((a, b) => a + b, 0) / reads.length);
    loads.push(loadavg()[0]!);
  }
  const [{ n }] = (await sql`select count(*)::bigint as n from tracking_events`) as unknown as [{ n: string }];
  const [{ parts }] = (await sql`select count(*)::int as parts from pg_inherits where inhparent = 'tracking_events'::regclass`) as unknown as [{ parts: number }];
  const [sample] = (await sql`select id from shipments where tracking_number like 'PB%' limit 1`) as unknown as [{ id: string }];
  const plan = JSON.stringify(await sql.unsafe(`explain (format json) ${CATCH_UP}`, [sample.id, 2, 100]));
  const figures: Figures = {
    events: Number(n),
    partitions: parts,
    eventsPerSecond: median(rates),
    readP50: median(p50),
    readP99: median(p99),
    readMean: median(means),
    partitionsRead: new Set(plan.match(/tracking_events_(p\d{6}|default)/g) ?? []).size,
    load: `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
  };
  console.log(label, JSON.stringify(figures), "rates", rates.map((r) => r.toFixed(0)).join(" "), "p50s", p50.map((r) => r.toFixed(3)).join(" "));
  return figures;
}

let small: Figures;
if (options.smallFigures) small = JSON.parse(options.smallFigures) as Figures;
else {
  await fill(options.small);
  small = await measure("small");
}
if (options.smallOnly) {
  console.log(`--small-figures '${JSON.stringify(small)}'`);
  process.exit(0);
}
const fillStarted = performance.now();
await fill(options.large);
const fillSeconds = (performance.now() - fillStarted) / 1000;
const large = await measure("large");
const change = (a: number, b: number) => `${b >= a ? "+" : ""}${(((b - a) / a) * 100).toFixed(1)} %`;
const within = (a: number, b: number, higherIsBetter: boolean) => (higherIsBetter ? b >= a * 0.9 : b <= a * 1.1) ? "met" : "missed";
const machine = await machineDescription(databaseUrl);
await sql.end();

writeResultsSection(
  "partitions",
  `## Partitioned history at 10 million tracking events

Run: ${new Date().toISOString()} with \`npm run bench:partitions\` on \`${DATABASE}\`: tracking_events partitioned by month of the parcel (shipment_id, a v7 id), filled with INSERT … SELECT generate_series to ${small.events.toLocaleString("en")} and then ${large.events.toLocaleString("en")} events (parcels booked over the last twelve months, ten events each; the fill took ${fillSeconds.toFixed(0)} s). Each figure is the median of ${options.rounds} rounds; ingestion is batches of 100 over HTTP from 4 posters to ${active.length} parcels on their way (as bench:tracking), the catch-up read is the statement shipmentTracking sends to resume after a seq, for ${options.reads} random filled parcels one at a time. Machine: ${machine}. The machine is shared with other agents' tests: every figure is a lower bound.

| measure | ${small.events.toLocaleString("en")} events | ${large.events.toLocaleString("en")} events | change | target (within 10 %) |
| --- | ---: | ---: | ---: | ---: |
| ingestion | ${small.eventsPerSecond.toFixed(0)} events/s | ${large.eventsPerSecond.toFixed(0)} events/s | ${change(small.eventsPerSecond, large.eventsPerSecond)} | ${within(small.eventsPerSecond, large.eventsPerSecond, true)} |
| catch-up read p50 | ${small.readP50.toFixed(3)} ms | ${large.readP50.toFixed(3)} ms | ${change(small.readP50, large.readP50)} | ${within(small.readP50, large.readP50, false)} |
| catch-up read p99 | ${small.readP99.toFixed(3)} ms | ${large.readP99.toFixed(3)} ms | ${change(small.readP99, large.readP99)} | |
| catch-up read mean | ${small.readMean.toFixed(3)} ms | ${large.readMean.toFixed(3)} ms | ${change(small.readMean, large.readMean)} | |
| partitions of tracking_events / read by the catch-up | ${small.partitions} / ${small.partitionsRead} | ${large.partitions} / ${large.partitionsRead} | | |
| load average during the rounds | ${small.load} | ${large.load} | | |
`,
);
process.exit(0);
