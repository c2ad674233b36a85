/**
 * `npm run bench:partitions`: tracking at 100,000 events and at 10 million, on PostgreSQL, with
 * tracking_events partitioned by month (drizzle/0027_partitioned_history.sql). Measures, at each
 * size, the ingestion rate of courier batches over HTTP (as bench:tracking does) and the latency
 * of the per-parcel catch-up read (the statement shipmentTracking sends to resume after a seq),
 * and requires each to stay within 10 % of its figure at 100,000. The two sizes are two databases
 * (`<database>_small` and `<database>`), each with this server on it, measured in rounds: both
 * sizes' ingestion (alternating which goes first), then the catch-up reads alternating between the
 * sizes read by read, so that the shared machine's load drifts over both alike. The rows are filled with
 * INSERT … SELECT generate_series (parcels booked over the last twelve months, ten events each),
 * not through the API. After the rounds, EXPLAIN (ANALYZE, BUFFERS) of the catch-up read at each size
 * says where its time goes (planning, execution, pages hit and read, the index's levels). Figures go to
 * stdout and the "partitions" section of test/bench/RESULTS.md.
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
  .option("--rounds <n>", "alternating rounds per size (the median is kept)", (v) => Number(v), 5)
  .option("--ingest-seconds <s>", "how long each round posts batches", (v) => Number(v), 6)
  .option("--reads <n>", "catch-up reads per round", (v) => Number(v), 1000)
  .option("--database <name>", "the large size's database; the small one is <name>_small", "cdp_bench_partitions")
  .option("--direct", "time the catch-up statement sent to the table directly, as before tracking_catch_up, instead of through the function")
  .option("--reuse", "keep both databases of an earlier run and fill them on to the sizes asked")
  .parse()
  .opts<{ databaseUrl: string; small: number; large: number; rounds: number; ingestSeconds: number; reads: number; reuse?: boolean; direct?: boolean; database: string }>();

const POST = `mutation Post($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { recorded { seq } rejected { message } } }`;
/** The statement tracking.streams.ts sends for a staff subscriber resuming after a seq (drizzle's text). */
/** What the tracking_catch_up function runs (drizzle/0040_tracking_catch_up.sql), and what shipmentTracking sent before it. */
const CATCH_UP_DIRECT = `select "id", "shipment_id", "seq", "courier_event_id", "status", "occurred_at", "lat", "lng", "place", "note", "estimated_arrival", "recorded_at" from "tracking_events" where ("tracking_events"."shipment_id" = $1 and "tracking_events"."seq" > $2) order by "tracking_events"."seq" asc limit $3`;
/** The statement shipmentTracking sends to resume after a seq (src/tracking/catch-up.ts), for staff. */
const CATCH_UP_CALL = `select "id", "shipment_id", "seq", "courier_event_id", "status", "occurred_at", "lat", "lng", "place", "note", "estimated_arrival", "recorded_at" from (select * from tracking_catch_up($1::uuid, $2::integer, $3::integer)) "tracking_events" order by "tracking_events"."seq" asc`;
const CATCH_UP = options.direct ? CATCH_UP_DIRECT : CATCH_UP_CALL;
const EVENTS_PER_PARCEL = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const run = Date.now().toString(36);
const token = await createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" }).sign({ role: "AGENT", sub: "bench" });
/** Parcels ingestion moves on, per database (as many as bench:tracking's world has). */
const ACTIVE = 600;

interface World {
  label: string;
  name: string;
  url: string;
  sql: postgres.Sql;
  endpoint: string;
  active: { tracking_number: string }[];
  fillSeconds: number;
  rates: number[];
  p50: number[];
  p99: number[];
  means: number[];
  recentP50: number[];
  recentP99: number[];
  movingP50: number[];
  movingP99: number[];
}

async function openWorld(label: string, name: string, port: number, target: number): Promise<World> {
  const url = await prepareDatabase({ databaseUrl: options.databaseUrl, database: name, customers: 300, orders: 3, lines: 2, reuse: options.reuse });
  // One connection: the catch-up read's prepared statement, and PostgreSQL's count of how it planned it, live on one backend.
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  // A partition for each of the last twelve months (the platform's job makes the ones ahead).
  await sql`select history_partition_create('tracking_events', now() - make_interval(months => g)) from generate_series(0, 12) g`;
  const started = performance.now();
  await fill(sql, label, target);
  return { label, name, url, sql, endpoint: `http://127.0.0.1:${port}/graphql`, active: [], fillSeconds: (performance.now() - started) / 1000, rates: [], p50: [], p99: [], means: [], recentP50: [], recentP99: [], movingP50: [], movingP99: [] };
}

/** Parcels booked at random times over the last year (v7 ids of that time), ten events each, until the table holds `target` events. */
async function fill(sql: postgres.Sql, label: string, target: number): Promise<void> {
  const [carrier] = (await sql`select id from carriers order by id limit 1`) as unknown as [{ id: string }];
  const started = performance.now();
  let filled = 0;
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
      [carrier.id, filled, parcels],
    );
    filled += parcels;
    process.stdout.write(`\r${label}: filled ${filled} parcels (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  // What autovacuum leaves an insert-only table in within minutes: statistics, and the visibility map that lets the
  // catch-up read stay in its covering index (right after a bulk fill every row would still be checked in the heap).
  await sql`vacuum (analyze) shipments`;
  await sql`vacuum (analyze) tracking_events`;
  process.stdout.write(`\n`);
}

/**
 * The parcels ingestion moves on: booked now, on their way, each on an order of its own. Their
 * own orders: the filled parcels hang on the seeded orders, and an order's status follows all its
 * parcels, which would measure that instead.
 */
async function activeParcels(world: World): Promise<void> {
  const [carrier] = (await world.sql`select id from carriers order by id limit 1`) as unknown as [{ id: string }];
  world.active = (await world.sql.unsafe(
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
}

/** The platform's first partition maintenance (moving the seeded history out of DEFAULT) runs before any measurement. */
async function maintained(world: World): Promise<void> {
  for (let i = 0; ; i++) {
    const [{ done }] = (await world.sql`select count(*)::int as done from pgboss.job where name = 'history-partitions' and state = 'completed'`) as unknown as [{ done: number }];
    if (done > 0) return;
    if (i > 600) throw new Error(`${world.name}: the partition maintenance did not run`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function post(world: World, events: unknown[]) {
  const response = await fetch(world.endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: POST, variables: { input: { events } } }),
  });
  const body = (await response.json()) as { data?: { recordTrackingEvents: { recorded: unknown[] } }; errors?: unknown[] };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.recordTrackingEvents.recorded.length;
}

/** Events/s over HTTP: batches of 100 from 4 posters, each event moving an active parcel on (as bench:tracking). */
async function ingest(world: World, round: number): Promise<number> {
  let ingested = 0;
  const until = Date.now() + options.ingestSeconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async (_, worker) => {
      for (let batch = 0; Date.now() < until; batch++) {
        const events = Array.from({ length: 100 }, (_, i) => ({
          trackingNumber: world.active[(worker * 7919 + batch * 100 + i) % world.active.length]!.tracking_number,
          courierEventId: `bench-${run}-${round}-${worker}-${batch}-${i}`,
          status: "IN_TRANSIT",
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          lat: 31,
          lng: 121,
        }));
        ingested += await post(world, events);
      }
    }),
  );
  return ingested / ((performance.now() - started) / 1000);
}

/**
 * Parcels for one round's catch-up reads: random filled ones of the year (mostly out of
 * PostgreSQL's buffers at 10 million), or of those booked in the last two weeks (the parcels
 * subscribers follow: on their way or just delivered).
 */
async function parcelsToRead(world: World, recent: boolean): Promise<Resume[]> {
  const found = (await world.sql`select id from shipments where tracking_number like 'PB%' ${recent ? world.sql`and created_at > now() - interval '14 days'` : world.sql``}
    order by random() limit ${options.reads}`) as unknown as { id: string }[];
  return Array.from({ length: options.reads }, (_, i) => ({ id: found[i % found.length]!.id, after: 2, expect: EVENTS_PER_PARCEL - 2 }));
}

/** A catch-up read: the parcel, the seq it resumes after, and the events it must return. */
interface Resume {
  id: string;
  after: number;
  expect: number;
}

async function readOnce(world: World, { id, after, expect }: Resume): Promise<number> {
  const started = performance.now();
  const found = await world.sql.unsafe(CATCH_UP, [id, after, 100], { prepare: true });
  const took = performance.now() - started;
  if (found.length !== expect) throw new Error(`parcel ${id}: ${found.length} events after ${after}, not ${expect}`);
  return took;
}

/**
 * The parcels on their way (those ingestion moves), each resuming eight events before its last:
 * what a live tracking subscriber that lost its socket for a moment reads. Their events were
 * written in this round, at either size.
 */
async function movingParcels(world: World): Promise<Resume[]> {
  const moving = (await world.sql`select s.id, max(e.seq)::int as last from shipments s join tracking_events e on e.shipment_id = s.id
    where s.tracking_number = any(${world.active.map((a) => a.tracking_number)}) group by s.id order by random()`) as unknown as { id: string; last: number }[];
  return moving.map(({ id, last }) => ({ id, after: Math.max(0, last - 8), expect: Math.min(8, last) }));
}

/**
 * Milliseconds of the catch-up read (each resuming after seq 2) at every size, one read at a
 * time and alternating between the sizes read by read (which goes first alternating too): a
 * shared machine's load changes within a second, and rounds a size at a time gave one size's
 * p50 from 0.08 to 0.27 ms between rounds; paired reads put the same drift on both.
 */
async function catchUpPaired(worlds: World[], parcels: Resume[][]): Promise<number[][]> {
  const took: number[][] = worlds.map(() => []);
  for (let i = 0; i < Math.min(...parcels.map((p) => p.length)); i++) {
    const order = i % 2 === 0 ? worlds.map((_, w) => w) : worlds.map((_, w) => worlds.length - 1 - w);
    for (const w of order) took[w]!.push(await readOnce(worlds[w]!, parcels[w]![i]!));
  }
  return took.map((reads) => reads.sort((a, b) => a - b));
}

async function readRound(worlds: World[]): Promise<void> {
  const moving = await catchUpPaired(worlds, await Promise.all(worlds.map(movingParcels)));
  const reads = await catchUpPaired(worlds, await Promise.all(worlds.map((world) => parcelsToRead(world, false))));
  const recent = await catchUpPaired(worlds, await Promise.all(worlds.map((world) => parcelsToRead(world, true))));
  worlds.forEach((world, w) => {
    world.p50.push(percentile(reads[w]!, 50));
    world.p99.push(percentile(reads[w]!, 99));
    world.means.push(reads[w]!.reduce((a, b) => a + b, 0) / reads[w]!.length);
    world.recentP50.push(percentile(recent[w]!, 50));
    world.recentP99.push(percentile(recent[w]!, 99));
    world.movingP50.push(percentile(moving[w]!, 50));
    world.movingP99.push(percentile(moving[w]!, 99));
  });
}

/** Where a catch-up read's time goes (EXPLAIN (ANALYZE, BUFFERS) after the rounds). */
interface Anatomy {
  planningMs: number;
  executionMs: number;
  /** Shared buffers per read: found in PostgreSQL's buffer pool, and fetched from the OS. */
  hit: number;
  read: number;
  /** Milliseconds per read spent waiting for those pages (track_io_timing): the OS cache answers in microseconds, a disk in tenths of a millisecond. */
  ioMs: number;
  /** Levels above the leaves of the read partition's (shipment_id, seq) index (bt_metap; null without pageinspect). */
  levels: number | null;
}

/**
 * The statement tracking_catch_up runs, for 300 random filled parcels under EXPLAIN (ANALYZE,
 * BUFFERS), planned for its parameters as a direct read is: planning (what the function's kept
 * plan saves) and execution medians, the buffers each read touches and the time waiting for
 * them. At 10 million the (shipment_id, seq) index of a month has one more level, and its pages
 * are mostly outside shared_buffers, which the small size never sees.
 */
async function anatomy(world: World): Promise<Anatomy> {
  const found = (await world.sql`select id from shipments where tracking_number like 'PB%' order by random() limit 300`) as unknown as { id: string }[];
  const planning: number[] = [];
  const execution: number[] = [];
  let hit = 0;
  let read = 0;
  let ioMs = 0;
  let index = "";
  // Superuser only (the bench's admin connection): the time spent waiting for pages from outside PostgreSQL.
  await world.sql`set track_io_timing = on`;
  for (const { id } of found) {
    const [row] = (await world.sql.unsafe(`explain (analyze, buffers, format json) ${CATCH_UP_DIRECT}`, [id, 2, 100])) as unknown as [{ "QUERY PLAN": [ExplainJson] }];
    const plan = row["QUERY PLAN"][0];
    planning.push(plan["Planning Time"]);
    execution.push(plan["Execution Time"]);
    hit += plan.Plan["Shared Hit Blocks"];
    read += plan.Plan["Shared Read Blocks"];
    ioMs += plan.Plan["I/O Read Time"] ?? 0;
    index ||= /"Index Name":"([^"]+)"/.exec(JSON.stringify(plan))?.[1] ?? "";
  }
  let levels: number | null = null;
  try {
    await world.sql`create extension if not exists pageinspect`;
    [{ levels }] = (await world.sql`select level::int as levels from bt_metap(${index})`) as unknown as [{ levels: number }];
  } catch {
    // pageinspect is a contrib module: a server without it reports no depth.
  }
  return { planningMs: median(planning), executionMs: median(execution), hit: hit / found.length, read: read / found.length, ioMs: ioMs / found.length, levels };
}

interface ExplainJson {
  "Planning Time": number;
  "Execution Time": number;
  Plan: { "Shared Hit Blocks": number; "Shared Read Blocks": number; "I/O Read Time"?: number };
}

interface Figures {
  events: number;
  partitions: number;
  partitionsRead: number;
  eventsPerSecond: number;
  readP50: number;
  readP99: number;
  readMean: number;
  recentP50: number;
  recentP99: number;
  movingP50: number;
  movingP99: number;
}

/**
 * How PostgreSQL planned the catch-up reads of the rounds on this connection: after five runs a
 * prepared statement keeps its generic plan (run-time pruning, no planning) when that costs no
 * more than the custom plans so far, otherwise it plans every run for its parameters.
 */
async function planKinds(world: World): Promise<string> {
  const [row] = (await world.sql`select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where statement = ${CATCH_UP}`) as unknown as [{ generic: number; custom: number }?];
  return row ? `${row.generic.toLocaleString("en")} generic / ${row.custom.toLocaleString("en")} custom` : "not prepared";
}

async function figures(world: World): Promise<Figures> {
  const [{ n }] = (await world.sql`select count(*)::bigint as n from tracking_events`) as unknown as [{ n: string }];
  const [{ parts }] = (await world.sql`select count(*)::int as parts from pg_inherits where inhparent = 'tracking_events'::regclass`) as unknown as [{ parts: number }];
  const [sample] = (await world.sql`select id from shipments where tracking_number like 'PB%' limit 1`) as unknown as [{ id: string }];
  const plan = JSON.stringify(await world.sql.unsafe(`explain (format json) ${CATCH_UP_DIRECT}`, [sample.id, 2, 100]));
  const result = {
    events: Number(n),
    partitions: parts,
    partitionsRead: new Set(plan.match(/tracking_events_(p\d{6}|default)/g) ?? []).size,
    eventsPerSecond: median(world.rates),
    readP50: median(world.p50),
    readP99: median(world.p99),
    readMean: median(world.means),
    recentP50: median(world.recentP50),
    recentP99: median(world.recentP99),
    movingP50: median(world.movingP50),
    movingP99: median(world.movingP99),
  };
  console.log(world.label, JSON.stringify(result), "rates", world.rates.map((r) => r.toFixed(0)).join(" "), "p50s", world.p50.map((r) => r.toFixed(3)).join(" "));
  return result;
}

const smallWorld = await openWorld("small", `${options.database}_small`, 4207, options.small);
const largeWorld = await openWorld("large", options.database, 4208, options.large);
const worlds = [smallWorld, largeWorld];
for (const world of worlds) {
  await activeParcels(world);
  await startPlatform(world.url, Number(new URL(world.endpoint).port));
  await maintained(world);
}
const loads: number[] = [];
for (let n = 0; n < options.rounds; n++) {
  // Alternating which goes first, so that neither always follows the other's writes; the reads
  // come after both sizes' ingestion, so that neither reads in the wake of its own writes alone.
  for (const world of n % 2 === 0 ? worlds : [...worlds].reverse()) world.rates.push(await ingest(world, n));
  await readRound(worlds);
  loads.push(loadavg()[0]!);
}
const [smallPlans, largePlans] = [await planKinds(smallWorld), await planKinds(largeWorld)];
const small = await figures(smallWorld);
const large = await figures(largeWorld);
const [smallAnatomy, largeAnatomy] = [await anatomy(smallWorld), await anatomy(largeWorld)];
console.log("anatomy", JSON.stringify({ small: smallAnatomy, large: largeAnatomy }));
const machine = await machineDescription(largeWorld.url);
const [{ shared_buffers: buffers }] = (await largeWorld.sql`show shared_buffers`) as unknown as [{ shared_buffers: string }];
await Promise.all(worlds.map((w) => w.sql.end()));
const load = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
const change = (a: number, b: number) => `${b >= a ? "+" : ""}${(((b - a) / a) * 100).toFixed(1)} %`;
const within = (a: number, b: number, higherIsBetter: boolean) => ((higherIsBetter ? b >= a * 0.9 : b <= a * 1.1) ? "met" : "missed");

writeResultsSection(
  "partitions",
  `## Partitioned history at 10 million tracking events

Run: ${new Date().toISOString()} with \`npm run bench:partitions\`: tracking_events partitioned by month of the parcel (shipment_id, a v7 id), filled with INSERT … SELECT generate_series (parcels booked over the last twelve months, ten events each) in \`${smallWorld.name}\` and \`${largeWorld.name}\` (this run's fill: ${smallWorld.fillSeconds.toFixed(0)} s and ${largeWorld.fillSeconds.toFixed(0)} s), this server (production build) on each, measured in ${options.rounds} rounds (ingestion alternating which size goes first; then the catch-up reads, alternating between the sizes read by read), medians kept. Ingestion: batches of 100 over HTTP from 4 posters to ${ACTIVE} parcels on their way for ${options.ingestSeconds} s (as bench:tracking). Catch-up read: ${options.direct ? "the statement shipmentTracking sent to the table before tracking_catch_up (`--direct`)" : "the statement shipmentTracking sends to resume after a seq (through tracking_catch_up)"}, one at a time: for the ${ACTIVE} parcels on their way (resuming eight events before each one's last), and for ${options.reads} random filled parcels a size and round of the whole year (at 10 million mostly outside PostgreSQL's shared_buffers of ${buffers}, read through the OS cache) and of the last two weeks (the parcels subscribers follow). Load average ${load} during the rounds. Machine: ${machine}. The machine is shared with other agents' tests: every figure is a lower bound, rounds of one size differ by more than 10 % among themselves, and the sign of the changes below flips between runs at this load: compare several runs, or run it on a quiet machine, before reading 10 % into one. What does not depend on the load: the catch-up read's plan names one partition at both sizes. Where the read's time goes is measured after the rounds (EXPLAIN (ANALYZE, BUFFERS) of 300 random filled parcels per size, the last three rows); why it grows at 10 million: the section "Partitions: why the catch-up read grows at 10 million" below.

| measure | ${small.events.toLocaleString("en")} events | ${large.events.toLocaleString("en")} events | change | within 10 % |
| --- | ---: | ---: | ---: | ---: |
| ingestion | ${small.eventsPerSecond.toFixed(0)} events/s | ${large.eventsPerSecond.toFixed(0)} events/s | ${change(small.eventsPerSecond, large.eventsPerSecond)} | ${within(small.eventsPerSecond, large.eventsPerSecond, true)} |
| catch-up read p50, parcels on their way (what a live subscriber resumes on) | ${small.movingP50.toFixed(3)} ms | ${large.movingP50.toFixed(3)} ms | ${change(small.movingP50, large.movingP50)} | ${within(small.movingP50, large.movingP50, false)} |
| catch-up read p99, parcels on their way | ${small.movingP99.toFixed(3)} ms | ${large.movingP99.toFixed(3)} ms | ${change(small.movingP99, large.movingP99)} | |
| catch-up read p50, any parcel of the year | ${small.readP50.toFixed(3)} ms | ${large.readP50.toFixed(3)} ms | ${change(small.readP50, large.readP50)} | ${within(small.readP50, large.readP50, false)} |
| catch-up read p99, any parcel of the year | ${small.readP99.toFixed(3)} ms | ${large.readP99.toFixed(3)} ms | ${change(small.readP99, large.readP99)} | |
| catch-up read mean, any parcel of the year | ${small.readMean.toFixed(3)} ms | ${large.readMean.toFixed(3)} ms | ${change(small.readMean, large.readMean)} | ${within(small.readMean, large.readMean, false)} |
| catch-up read p50, parcels of the last two weeks | ${small.recentP50.toFixed(3)} ms | ${large.recentP50.toFixed(3)} ms | ${change(small.recentP50, large.recentP50)} | ${within(small.recentP50, large.recentP50, false)} |
| catch-up read p99, parcels of the last two weeks | ${small.recentP99.toFixed(3)} ms | ${large.recentP99.toFixed(3)} ms | ${change(small.recentP99, large.recentP99)} | |
| partitions of tracking_events / read by the catch-up's statement | ${small.partitions} / ${small.partitionsRead} | ${large.partitions} / ${large.partitionsRead} | | |
| catch-up reads of the rounds: plans PostgreSQL used | ${smallPlans} | ${largePlans} | | |
| the catch-up's statement under EXPLAIN ANALYZE, planned for its parameters: planning / execution, median | ${smallAnatomy.planningMs.toFixed(3)} / ${smallAnatomy.executionMs.toFixed(3)} ms | ${largeAnatomy.planningMs.toFixed(3)} / ${largeAnatomy.executionMs.toFixed(3)} ms | | |
| catch-up read: shared buffers hit / read from the OS, per read | ${smallAnatomy.hit.toFixed(2)} / ${smallAnatomy.read.toFixed(2)} | ${largeAnatomy.hit.toFixed(2)} / ${largeAnatomy.read.toFixed(2)} | | |
| catch-up read: waiting for those reads (track_io_timing), per read | ${smallAnatomy.ioMs.toFixed(3)} ms | ${largeAnatomy.ioMs.toFixed(3)} ms | | |
| levels above the leaves of the read partition's (shipment_id, seq) index | ${smallAnatomy.levels ?? "n/a"} | ${largeAnatomy.levels ?? "n/a"} | | |

Per round (ingestion events/s; catch-up p50 ms): ${smallWorld.label} ${smallWorld.rates.map((r) => r.toFixed(0)).join(", ")}; ${smallWorld.p50.map((r) => r.toFixed(3)).join(", ")} — ${largeWorld.label} ${largeWorld.rates.map((r) => r.toFixed(0)).join(", ")}; ${largeWorld.p50.map((r) => r.toFixed(3)).join(", ")}.
`,
);
process.exit(0);
