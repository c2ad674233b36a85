/**
 * `npm run bench:broadcast`: one tracking event broadcast to 5,000 dashboard subscribers
 * (deliveryFeed) against a bare graphql-ws server broadcasting a message of the same size to the
 * same number of subscriptions, in the same run. Reports p50/p99 arrival time and delivered share.
 *
 * `-- --processes 2`: the same subscribers spread over two server processes on one database as
 * well (the mutation sent to the first, NOTIFY carrying the event to the others), in rounds
 * interleaved with the one-process server's. The group has a database of its own (`<name>_pair`,
 * a copy): NOTIFY is per database, so one audience's broadcast never runs in the other's processes.
 */
import "reflect-metadata";
import { cpus, loadavg } from "node:os";
import { Command } from "commander";
import { createClient, type Client } from "graphql-ws";
import postgres from "postgres";
import WebSocket from "ws";
import { createTokenService } from "../../src/auth/tokens.js";
import { BENCH_SECRET, benchUrl, machineDescription, prepareDatabase, start, startPlatform, writeResultsSection } from "./harness.js";

const options = new Command("bench:broadcast")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--subscribers <n>", "dashboard subscriptions", (v) => Number(v), 5000)
  .option("--sockets <n>", "WebSocket connections carrying them", (v) => Number(v), 50)
  .option("--rounds <n>", "broadcasts per server", (v) => Number(v), 10)
  .option("--processes <n>", "also spread the subscribers over this many server processes (1: only the one-process server)", (v) => Number(v), 1)
  .option("--database <name>", "the bench database (with --processes, also <name>_pair)", "cdp_bench")
  .parse()
  .opts<{ databaseUrl: string; subscribers: number; sockets: number; rounds: number; processes: number; database: string }>();

const OUR_PORT = 4204;
const BARE_PORT = 4205;
/** The group's processes listen from here on. */
const GROUP_PORT = 4206;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Round {
  p50: number;
  p99: number;
  /** First arrival: the fixed cost before the fan-out starts. */
  first: number;
  delivered: number;
  /** The same, timed from the moment the NOTIFY reached another listener (ours only). */
  fromNotify?: { p50: number; p99: number; first: number };
}

/** The lowest of a few heap samples: garbage not yet collected only ever adds to a sample. */
async function settledHeap(read: () => Promise<number>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 500));
    samples.push(await read());
  }
  return Math.min(...samples);
}

/** /metrics needs a token in production (the bench runs the production build). */
const METRICS_TOKEN = "bench-metrics-token-bench-metrics";
/** The heap our processes on these ports use, together. */
const ourHeap = (ports: number[]) => async () => {
  let total = 0;
  for (const port of ports) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    total += Number(/^nodejs_heap_size_used_bytes (\d+)/m.exec(text)![1]);
  }
  return total;
};
const bareHeap = async () => ((await (await fetch(`http://127.0.0.1:${BARE_PORT}/heap`)).json()) as { heapUsed: number }).heapUsed;

interface Audience {
  heapPerSubscription: number;
  rounds: Round[];
  /** Triggers one broadcast and times every arrival. */
  round(round: number): Promise<void>;
  close(): Promise<void>;
}

/** Opens the subscriptions of one server (or a group: sockets spread over its URLs) and measures the heap they hold. */
async function openAudience(
  urls: string[],
  query: string,
  params: Record<string, unknown>,
  trigger: (round: number) => Promise<void>,
  heap: () => Promise<number>,
  notifiedAt?: () => number | null,
): Promise<Audience> {
  const heapBefore = await settledHeap(heap);
  const clients: Client[] = Array.from({ length: options.sockets }, (_, i) => createClient({ url: urls[i % urls.length]!, webSocketImpl: WebSocket, connectionParams: params, retryAttempts: 0 }));
  let arrivals: number[] = [];
  for (let i = 0; i < options.subscribers; i++) {
    clients[i % clients.length]!.subscribe({ query }, { next: () => void arrivals.push(performance.now()), error: (e) => console.error(e), complete: () => undefined });
  }
  await new Promise((r) => setTimeout(r, 4000));
  const heapPerSubscription = ((await settledHeap(heap)) - heapBefore) / options.subscribers;
  const rounds: Round[] = [];
  return {
    heapPerSubscription,
    rounds,
    async round(round) {
      arrivals = [];
      const started = performance.now();
      await trigger(round);
      const deadline = Date.now() + 5000;
      while (arrivals.length < options.subscribers && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const times = arrivals.map((t) => t - started).sort((a, b) => a - b);
      const notified = notifiedAt?.();
      const sinceNotify = notified ? times.map((t) => t - (notified - started)) : null;
      rounds.push({
        p50: percentile(times, 50),
        p99: percentile(times, 99),
        first: times[0] ?? NaN,
        delivered: arrivals.length / options.subscribers,
        ...(sinceNotify ? { fromNotify: { p50: percentile(sinceNotify, 50), p99: percentile(sinceNotify, 99), first: sinceNotify[0] ?? NaN } } : {}),
      });
      await new Promise((r) => setTimeout(r, 300));
    },
    close: () => Promise.all(clients.map((c) => c.dispose())).then(() => undefined),
  };
}

const databaseUrl = await prepareDatabase({ databaseUrl: options.databaseUrl, customers: 1000, orders: 10, lines: 3, reuse: true, database: options.database });
const grouped = options.processes > 1;
const groupUrl = grouped ? await copyDatabase(options.database, `${options.database}_pair`) : undefined;
const groupPorts = grouped ? Array.from({ length: options.processes }, (_, i) => GROUP_PORT + i) : [];

/** The same seeded database under another name (kept between runs, like the bench database). */
async function copyDatabase(from: string, to: string): Promise<string> {
  const admin = postgres(options.databaseUrl, { max: 1, onnotice: () => undefined });
  if ((await admin`select 1 from pg_database where datname = ${to}`).length === 0) await admin.unsafe(`create database ${to} template ${from}`);
  await admin.end();
  return benchUrl(options.databaseUrl, to);
}

/** Our side of one database: a parcel to record events on, and a listener of our own on the tracking channel (when the doorbell rings, i.e. after the commit). */
async function doorbell(url: string) {
  const sql = postgres(url, { max: 1 });
  const [parcel] = (await sql`select tracking_number from shipments order by id limit 1`) as unknown as [{ tracking_number: string }];
  const bell = { sql, parcel: parcel.tracking_number, notifiedAt: null as number | null };
  await sql.listen("tracking_events", () => (bell.notifiedAt ??= performance.now()));
  return bell;
}
const single = await doorbell(databaseUrl);
const group = groupUrl ? await doorbell(groupUrl) : undefined;
await Promise.all([
  startPlatform(databaseUrl, OUR_PORT, false, { METRICS_TOKEN }),
  ...groupPorts.map((port) => startPlatform(groupUrl!, port, false, { METRICS_TOKEN })),
  start(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "test/bench/bare-ws-server.mjs", String(BARE_PORT)], {}, `http://127.0.0.1:${BARE_PORT}/`),
]);
const token = await createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" }).sign({ role: "ADMIN", sub: "bench" });
const run = Date.now().toString(36);

const FEED = "subscription { deliveryFeed { shipment { trackingNumber status lastPosition { lat lng } estimatedArrival } event { seq status occurredAt place } } }";
/** Our audience on these ports: the mutation goes to the first, the event reaches every process by NOTIFY. */
const platformAudience = (ports: number[], bell: Awaited<ReturnType<typeof doorbell>>) =>
  openAudience(
    ports.map((port) => `ws://127.0.0.1:${port}/graphql`),
    FEED,
    { authorization: `Bearer ${token}` },
    async (round) => {
      bell.notifiedAt = null;
      const response = await fetch(`http://127.0.0.1:${ports[0]}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: "mutation P($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { recorded { seq } } }",
          // Back-dated: stored as history whatever the parcel's state, so every round is accepted.
          variables: { input: { events: [{ trackingNumber: bell.parcel, courierEventId: `bc-${run}-${round}`, status: "IN_TRANSIT", occurredAt: "2020-01-01T00:00:00Z", lat: 31.2, lng: 121.4, place: "Broadcast hub" }] } },
        }),
      });
      await response.json();
    },
    ourHeap(ports),
    () => bell.notifiedAt,
  );
const ours = await platformAudience([OUR_PORT], single);
const spread = group ? await platformAudience(groupPorts, group) : undefined;
const samplePayload = JSON.stringify({ shipment: { trackingNumber: "SF1234567890", status: "IN_TRANSIT", lastPosition: { lat: 31.2, lng: 121.4 }, estimatedArrival: new Date().toISOString() }, event: { seq: 1, status: "IN_TRANSIT", occurredAt: new Date().toISOString(), place: "Broadcast hub" } });
const bare = await openAudience([`ws://127.0.0.1:${BARE_PORT}/graphql`], "subscription { feed }", {}, async () => {
  await (await fetch(`http://127.0.0.1:${BARE_PORT}/publish`, { method: "POST", body: samplePayload })).text();
}, bareHeap);
// Rounds alternate between the servers, so that load from elsewhere on the machine hits all alike.
for (let round = 0; round < options.rounds; round++) {
  await ours.round(round);
  await spread?.round(round);
  await bare.round(round);
}
await Promise.all([ours.close(), spread?.close(), bare.close()]);
await Promise.all([single.sql.end(), group?.sql.end()]);

const summary = (rounds: Round[]) => ({
  p50: median(rounds.map((r) => r.p50)),
  p99: median(rounds.map((r) => r.p99)),
  first: median(rounds.map((r) => r.first)),
  delivered: Math.min(...rounds.map((r) => r.delivered)),
});
const notifySummary = (rounds: Round[]) => ({
  p50: median(rounds.map((r) => r.fromNotify!.p50)),
  p99: median(rounds.map((r) => r.fromNotify!.p99)),
  first: median(rounds.map((r) => r.fromNotify!.first)),
});
const o = summary(ours.rounds);
const b = summary(bare.rounds);
const n = ours.rounds.every((r) => r.fromNotify) ? notifySummary(ours.rounds) : null;
const g = spread ? summary(spread.rounds) : null;
const gn = spread?.rounds.every((r) => r.fromNotify) ? notifySummary(spread.rounds) : null;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const machine = await machineDescription(databaseUrl);
const servers = spread ? `the one-process server, the ${options.processes}-process group and the bare server` : "the two servers";
const groupRows =
  g && spread
    ? `| ${options.processes} processes, one database (deliveryFeed, ${options.subscribers / options.processes} each), from sending the mutation to the first | ${g.first.toFixed(1)} | ${g.p50.toFixed(1)} | ${g.p99.toFixed(1)} | ${(g.delivered * 100).toFixed(2)} % | ${kib(spread.heapPerSubscription)} |\n` +
      (gn ? `| ${options.processes} processes, from the NOTIFY (after commit) | ${gn.first.toFixed(1)} | ${gn.p50.toFixed(1)} | ${gn.p99.toFixed(1)} | | |\n` : "")
    : "";
const table = `| server | first ms | p50 ms | p99 ms | delivered (worst round) | heap per idle subscription |
| --- | ---: | ---: | ---: | ---: | ---: |
| this platform (deliveryFeed), from sending the mutation | ${o.first.toFixed(1)} | ${o.p50.toFixed(1)} | ${o.p99.toFixed(1)} | ${(o.delivered * 100).toFixed(2)} % | ${kib(ours.heapPerSubscription)} |
${n ? `| this platform (deliveryFeed), from the NOTIFY (after commit) | ${n.first.toFixed(1)} | ${n.p50.toFixed(1)} | ${n.p99.toFixed(1)} | | |\n` : ""}${groupRows}| bare graphql-ws, from sending the publish request | ${b.first.toFixed(1)} | ${b.p50.toFixed(1)} | ${b.p99.toFixed(1)} | ${(b.delivered * 100).toFixed(2)} % | ${kib(bare.heapPerSubscription)} |`;
const runLine = `Run: ${new Date().toISOString()} with \`npm run bench:broadcast${spread ? ` -- --processes ${options.processes}` : ""}\`: ${options.subscribers} subscriptions over ${options.sockets} sockets, ${options.rounds} broadcasts each, alternating between ${servers}, medians over rounds. Machine: ${machine}.`;
/** More runnable work than cores: figures are then shares of a contended machine. */
const loaded = loadavg()[0]! > cpus().length;
/** Round by round, which met the same moment's load: the group's p99 over the one-process server's. */
const paired = spread ? median(spread.rounds.map((round, i) => round.p99 / ours.rounds[i]!.p99)) : NaN;
if (spread && g) {
  const lines = `## Broadcast to dashboards from ${options.processes} processes

${runLine}

${table}

p99 ${options.processes} processes / one process = **${(g.p99 / o.p99).toFixed(2)}×** from the mutation${gn && n ? `, **${(gn.p99 / n.p99).toFixed(2)}×** from the NOTIFY` : ""} (medians over rounds; the median of each round's ratio to the one-process round just before it: ${paired.toFixed(2)}× from the mutation), with ${(g.delivered * 100).toFixed(2)} % delivered in the worst round (target ≤ 1.2× with 100 % delivered).${loaded ? ` **A loaded run** (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the end): the ratio compares rounds that met the same load, but it is no evidence that the target holds on a machine of one's own; rerun on a quiet one.` : ""}

The group's sockets alternate between its processes, so each holds ${options.subscribers / options.processes} of the subscriptions; the mutation goes to the first, and every process hears the event by NOTIFY and looks it up once before fanning out to its own subscribers. The group's heap per subscription is both processes' growth together, divided by all the subscriptions. The group runs on a copy of the bench database (\`${options.database}_pair\`): NOTIFY is per database, so the one-process server's broadcasts do not run in the group's processes, nor the other way round. All ${options.processes + 2} servers and the bench's clients share the same cores. The one-process section above is written by the run without \`--processes\`.
`;
  console.log(lines);
  writeResultsSection("broadcast-processes", lines);
} else {
  const lines = `## Broadcast to dashboards

${runLine}

${table}

p99 ours/bare = **${(o.p99 / b.p99).toFixed(2)}×** from the mutation${n ? `, **${(n.p99 / b.p99).toFixed(2)}×** from the NOTIFY` : ""} (target ≤ 1.2× with 100 % delivered); heap per idle subscription ours/bare = **${(ours.heapPerSubscription / bare.heapPerSubscription).toFixed(2)}×** (target ≤ 1.5×).

The bare server is timed from its trigger (an HTTP POST that emits in-process), so the first row is the fair end-to-end comparison: ours also parses and authorises the mutation, writes the event in a transaction, commits and rings NOTIFY, and looks the event up again once per process before fanning out. The second row starts the clock when a separate LISTEN connection in the bench process hears the NOTIFY, i.e. after the commit: the comparison of the fan-out alone (it still includes ours' one lookup of the event). "first" is the first of the ${options.subscribers} arrivals: the fixed cost before the fan-out. Heap figures are the lowest of four samples after the subscriptions settled (read from /metrics, resp. the bare server's /heap), divided by the number of subscriptions.
`;
  console.log(lines);
  writeResultsSection("broadcast", lines);
}
process.exit(0);
