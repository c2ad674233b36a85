/**
 * `npm run bench:tracking`: live tracking on PostgreSQL — ingestion rate of courier batches and
 * the latency from posting an event to a subscriber receiving it, with 1,000 subscribed parcels.
 * Figures go to stdout and the "tracking" section of test/bench/RESULTS.md.
 */
import "reflect-metadata";
import { Command } from "commander";
import { createClient, type Client } from "graphql-ws";
import postgres from "postgres";
import WebSocket from "ws";
import { createTokenService } from "../../src/auth/tokens.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { BENCH_SECRET, machineDescription, prepareDatabase, startPlatform, writeResultsSection } from "./harness.js";

const options = new Command("bench:tracking")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--customers <n>", "customers to seed when the database is made", (v) => Number(v), 1000)
  .option("--orders <n>", "orders per customer", (v) => Number(v), 10)
  .option("--lines <n>", "lines per order", (v) => Number(v), 3)
  .option("--fresh", "seed a new cdp_bench database even if one exists")
  .option("--ingest-seconds <s>", "how long to post batches", (v) => Number(v), 10)
  .option("--workers <n>", "concurrent posting clients", (v) => Number(v), 4)
  .option("--subscriptions <n>", "subscribed parcels", (v) => Number(v), 1000)
  .option("--rate <n>", "events per second during the latency test", (v) => Number(v), 200)
  .option("--latency-seconds <s>", "how long the latency test runs", (v) => Number(v), 10)
  .parse()
  .opts<{ databaseUrl: string; customers: number; orders: number; lines: number; fresh?: boolean; ingestSeconds: number; workers: number; subscriptions: number; rate: number; latencySeconds: number }>();

const PORT = 4203;
const ENDPOINT = `http://127.0.0.1:${PORT}/graphql`;
const POST = `mutation Post($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { recorded { courierEventId seq duplicate } rejected { message } } }`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function post(token: string, events: unknown[]) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: POST, variables: { input: { events } } }),
  });
  const body = (await response.json()) as { data?: { recordTrackingEvents: { recorded: { courierEventId: string; seq: number; duplicate: boolean }[]; rejected: { message: string }[] } }; errors?: unknown[] };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.recordTrackingEvents;
}

const databaseUrl = await prepareDatabase({ ...options, reuse: !options.fresh });
const sql = postgres(databaseUrl, { max: 1 });
const active = (await sql`select id, tracking_number from shipments where status not in ('DELIVERED', 'RETURNED', 'FAILED') order by id`) as unknown as { id: string; tracking_number: string }[];
const any = (await sql`select id, tracking_number from shipments order by id limit ${options.subscriptions}`) as unknown as { id: string; tracking_number: string }[];
await sql.end();
await startPlatform(databaseUrl, PORT);
const token = await createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" }).sign({ role: "AGENT", sub: "bench" });
const run = Date.now().toString(36);

// 1. Ingestion: batches of 100 events from several workers, each event moving an active parcel on.
let ingested = 0;
let rejected = 0;
let clock = Date.now() - 3_600_000;
const ingestUntil = Date.now() + options.ingestSeconds * 1000;
const ingestStarted = performance.now();
await Promise.all(
  Array.from({ length: options.workers }, async (_, worker) => {
    for (let batch = 0; Date.now() < ingestUntil; batch++) {
      const events = Array.from({ length: 100 }, (_, i) => {
        const parcel = active[(worker * 7919 + batch * 100 + i) % active.length]!;
        clock += 10;
        return { trackingNumber: parcel.tracking_number, courierEventId: `bench-${run}-${worker}-${batch}-${i}`, status: "IN_TRANSIT", occurredAt: new Date(Math.min(clock, Date.now())).toISOString(), lat: 31, lng: 121 };
      });
      const result = await post(token, events);
      ingested += result.recorded.length;
      rejected += result.rejected.length;
    }
  }),
);
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
const eventsPerSecond = ingested / ingestSeconds;
console.log(`ingestion: ${ingested} events in ${ingestSeconds.toFixed(1)} s = ${eventsPerSecond.toFixed(0)} events/s (${rejected} rejected)`);

// 2. Latency: 1,000 subscribed parcels over 10 sockets, events posted at a steady rate.
const clients: Client[] = Array.from({ length: 10 }, () =>
  createClient({ url: ENDPOINT.replace("http", "ws"), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 }),
);
const sentAt = new Map<string, number>();
const receivedAt = new Map<string, number>();
const seqOf = new Map<string, string>();
any.forEach((parcel, i) => {
  clients[i % clients.length]!.subscribe(
    { query: `subscription S($id: ID!) { shipmentTracking(shipmentId: $id) { seq } }`, variables: { id: toGlobalId("Shipment", parcel.id) } },
    {
      next: (result) => {
        const seq = (result.data as { shipmentTracking: { seq: number } } | undefined)?.shipmentTracking.seq;
        if (seq !== undefined) receivedAt.set(`${parcel.id}:${seq}`, performance.now());
      },
      error: (error) => console.error("subscription error", error),
      complete: () => undefined,
    },
  );
});
await new Promise((r) => setTimeout(r, 3000));
const perTick = Math.max(1, Math.round(options.rate / 10));
let posted = 0;
const latencyUntil = Date.now() + options.latencySeconds * 1000;
const inflight: Promise<void>[] = [];
for (let tick = 0; Date.now() < latencyUntil; tick++) {
  const events = Array.from({ length: perTick }, (_, i) => {
    const parcel = any[(tick * perTick + i) % any.length]!;
    // Back-dated: stored as history, so any parcel can take one whatever its state.
    return { parcel, event: { trackingNumber: parcel.tracking_number, courierEventId: `lat-${run}-${tick}-${i}`, status: "IN_TRANSIT", occurredAt: "2020-01-01T00:00:00Z" } };
  });
  const started = performance.now();
  inflight.push(
    post(token, events.map((e) => e.event)).then((result) => {
      result.recorded.forEach((r, i) => {
        const key = `${events[i]!.parcel.id}:${r.seq}`;
        sentAt.set(key, started);
        seqOf.set(r.courierEventId, key);
      });
    }),
  );
  posted += events.length;
  await new Promise((r) => setTimeout(r, 100));
}
await Promise.all(inflight);
await new Promise((r) => setTimeout(r, 2000));
const latencies = [...sentAt].flatMap(([key, t0]) => (receivedAt.has(key) ? [receivedAt.get(key)! - t0] : [])).sort((a, b) => a - b);
const delivered = latencies.length / sentAt.size;
await Promise.all(clients.map((c) => c.dispose()));
const p50 = percentile(latencies, 50);
const p99 = percentile(latencies, 99);
console.log(`latency: ${posted} events to ${any.length} subscribed parcels at ${options.rate}/s: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, delivered ${(delivered * 100).toFixed(2)} %`);

const machine = await machineDescription(databaseUrl);
writeResultsSection(
  "tracking",
  `## Live tracking

Run: ${new Date().toISOString()} with \`npm run bench:tracking\` on \`cdp_bench\` (${active.length} parcels on their way). Machine: ${machine}.

| measure | result | target |
| --- | ---: | ---: |
| ingestion, batches of 100 over HTTP, ${options.workers} concurrent posters | ${eventsPerSecond.toFixed(0)} events/s | ≥ 3,000 events/s |
| post → subscriber latency p50 (${any.length} subscribed parcels, ${options.rate} events/s) | ${p50.toFixed(1)} ms | |
| post → subscriber latency p99 | ${p99.toFixed(1)} ms | ≤ 50 ms |
| delivered share | ${(delivered * 100).toFixed(2)} % | 100 % |

Latency is measured from sending the mutation (so it includes the HTTP request and the commit)
to the subscriber receiving the event: an upper bound of commit → client. The broadcast to 5,000
dashboards and heap per idle subscription: \`npm run bench:broadcast\` (next section).
`,
);
process.exit(0);
