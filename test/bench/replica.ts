/**
 * bench:replica — where the 360° view's statements run with a read replica, what routing costs,
 * and the database CPU per request from which read scaling is stated (docs/deployment.md).
 *
 * It makes its own clusters (test/support/private-postgres.ts): a primary with pg_stat_statements,
 * the bench database seeded on it, and a hot standby made by pg_basebackup. Then:
 * 1. placement: the production build with DATABASE_READ_URL on the standby serves the 360° view
 *    for --duration seconds; each server's pg_stat_statements says which statements ran where,
 *    and /proc what its backends spent (CPU per request);
 * 2. cost of routing: the same build without DATABASE_READ_URL and with DATABASE_READ_URL naming
 *    the primary itself, in interleaved rounds (the first server rotates per round).
 */
import "reflect-metadata";
import autocannon from "autocannon";
import { Command } from "commander";
import { loadavg } from "node:os";
import postgres from "postgres";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { createTokenService } from "../../src/auth/tokens.js";
import { canMakeStandby, startPrivatePostgres, startStandby, type PrivatePostgres } from "../support/private-postgres.js";
import { BENCH_SECRET, cpuSeconds, machineDescription, prepareDatabase, startPlatform, writeResultsSection } from "./harness.js";
import { OURS_360 } from "./queries.js";

const PRODUCT = `query Product($sku: String!) { product(sku: $sku) { sku name brand } }`;

const options = new Command("bench:replica")
  .option("--customers <n>", "customers to seed", (v) => Number(v), 300)
  .option("--rounds <n>", "interleaved rounds of the routing cost", (v) => Number(v), 3)
  .option("--duration <s>", "seconds per measurement", (v) => Number(v), 8)
  .option("--connections <n>", "concurrent connections", (v) => Number(v), 16)
  .parse()
  .opts<{ customers: number; rounds: number; duration: number; connections: number }>();

if (!canMakeStandby) throw new Error("bench:replica needs initdb, pg_ctl and pg_basebackup (set PG_BIN)");

const clusters: PrivatePostgres[] = [];
const teardown = () => Promise.all(clusters.map((c) => c.teardown().catch(() => undefined)));
process.once("SIGINT", () => void teardown().then(() => process.exit(130)));

try {
  console.log("starting a private primary and seeding it ...");
  const primary = await startPrivatePostgres(["shared_preload_libraries=pg_stat_statements", "max_connections=200", "shared_buffers=256MB"]);
  clusters.push(primary);
  const primaryUrl = await prepareDatabase({ databaseUrl: primary.url, customers: options.customers, orders: 10, lines: 3, database: "cdp_bench_replica" });
  const onPrimary = postgres(primaryUrl, { max: 1, onnotice: () => undefined });
  await onPrimary`create extension if not exists pg_stat_statements`;
  console.log("making the standby (pg_basebackup -R) ...");
  const standby = await startStandby(primary);
  clusters.push(standby);
  const standbyUrl = primaryUrl.replace(`:${primary.port}/`, `:${standby.port}/`);
  const onStandby = postgres(standbyUrl, { max: 1, onnotice: () => undefined });

  const tokens = createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" });
  const headers = { "content-type": "application/json", authorization: `Bearer ${await tokens.sign({ role: "ADMIN", sub: "bench" })}` };
  const ids = (await onPrimary`select id from customers order by id`).map((r) => toGlobalId("Customer", r.id as string));
  const bodies = ids.map((id) => JSON.stringify({ query: OURS_360, variables: { id } }));
  // A read that is not audited: what routing itself costs, without the audit row's second statement.
  const skus = (await onPrimary`select sku from products order by sku limit 300`).map((r) => r.sku as string);
  const productBodies = skus.map((sku) => JSON.stringify({ query: PRODUCT, variables: { sku } }));
  const shapes = { "360": bodies, product: productBodies } as const;
  type Shape = keyof typeof shapes;

  const servers = {
    replica: { port: 4211, env: { DATABASE_READ_URL: standbyUrl }, label: "DATABASE_READ_URL = the standby" },
    none: { port: 4212, env: {}, label: "no DATABASE_READ_URL" },
    same: { port: 4213, env: { DATABASE_READ_URL: primaryUrl }, label: "DATABASE_READ_URL = the primary itself" },
  } as const;
  type Name = keyof typeof servers;
  const pids = {} as Record<Name, number>;
  for (const name of Object.keys(servers) as Name[]) pids[name] = await startPlatform(primaryUrl, servers[name].port, false, servers[name].env);

  async function check(name: Name, shape: Shape) {
    const response = await fetch(`http://127.0.0.1:${servers[name].port}/graphql`, { method: "POST", headers, body: shapes[shape][0] });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (!response.ok || body.errors || !body.data || Object.values(body.data)[0] === null) throw new Error(`${name} answered ${JSON.stringify(body).slice(0, 300)}`);
  }
  for (const name of Object.keys(servers) as Name[]) for (const shape of Object.keys(shapes) as Shape[]) await check(name, shape);

  async function load(name: Name, seconds: number, shape: Shape = "360") {
    const bodies = shapes[shape];
    const before = { server: cpuSeconds(pids[name]) * 1000, database: await backendsCpu(onPrimary) };
    let next = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${servers[name].port}/graphql`,
      method: "POST",
      connections: options.connections,
      duration: seconds,
      headers,
      requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    });
    // CPU per request is steadier than req/s on a machine others load: the primary's backends (all
    // of this bench's database: only one server runs at a time) and the server process.
    const requests = Math.max(1, result.requests.total);
    const cpuMs = (cpuSeconds(pids[name]) * 1000 - before.server + spent(before.database, await backendsCpu(onPrimary))) / requests;
    return { rps: result.requests.average, p99: result.latency.p99, total: result.requests.total, errors: result.errors + result.non2xx, cpuMs };
  }

  /** CPU ms each backend of the bench database on a cluster has used, by pid. */
  async function backendsCpu(server: postgres.Sql) {
    const rows = await server`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
    return new Map(rows.map((r) => [r.pid as number, cpuSeconds(r.pid as number) * 1000]));
  }
  const spent = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

  /** Calls per kind of statement on one cluster since its last reset (the replica checks' own statements apart). */
  async function placement(server: postgres.Sql) {
    const rows = await server<{ query: string; calls: string }[]>`
      select query, calls::text from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())`;
    const kinds = { reads: 0, auditInserts: 0, otherWrites: 0, checks: 0, readTexts: [] as string[] };
    for (const row of rows) {
      const calls = Number(row.calls);
      // The bench's own statements (statistics, the backends' pids).
      if (/pg_stat_statements|pg_stat_activity/i.test(row.query)) continue;
      if (/pg_current_wal_lsn|pg_last_wal_replay_lsn/i.test(row.query)) kinds.checks += calls;
      else if (/^\s*\(?\s*(select|with)\b/i.test(row.query)) {
        kinds.reads += calls;
        kinds.readTexts.push(`${calls} × ${row.query.replace(/\s+/g, " ").slice(0, 140)}`);
      }
      else if (/^insert into "audit_log"/i.test(row.query)) kinds.auditInserts += calls;
      else kinds.otherWrites += calls;
    }
    return kinds;
  }

  // 1. Placement, after a warm-up (first compilations, pools filled).
  await load("replica", 2);
  await onPrimary`select pg_stat_statements_reset()`;
  await onStandby`select pg_stat_statements_reset()`;
  const cpuBefore = { primary: await backendsCpu(onPrimary), standby: await backendsCpu(onStandby), server: cpuSeconds(pids.replica) * 1000 };
  const placed = await load("replica", options.duration);
  const cpuAfter = { primary: await backendsCpu(onPrimary), standby: await backendsCpu(onStandby), server: cpuSeconds(pids.replica) * 1000 };
  const onEach = { primary: await placement(onPrimary), standby: await placement(onStandby) };
  const perRequest = (ms: number) => ms / Math.max(1, placed.total);
  const cpu = { primary: perRequest(spent(cpuBefore.primary, cpuAfter.primary)), standby: perRequest(spent(cpuBefore.standby, cpuAfter.standby)), server: perRequest(cpuAfter.server - cpuBefore.server) };
  const placementLoad = loadavg()[0]!;
  console.log({ placed, onEach, cpu });

  // 2. Cost of routing: interleaved rounds, per shape.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  type Run = { rps: number; p99: number; errors: number; cpuMs: number };
  const costs = [] as { shape: Shape; rounds: Record<"none" | "same", Run[]>; rps: Record<"none" | "same", number>; p99: Record<"none" | "same", number>; cpu: Record<"none" | "same", number>; cost: number; pairCost: number; cpuCost: number }[];
  for (const shape of Object.keys(shapes) as Shape[]) {
    const rounds: Record<"none" | "same", Run[]> = { none: [], same: [] };
    await load("none", 2, shape);
    await load("same", 2, shape);
    for (let round = 0; round < options.rounds; round++) {
      const order: ("none" | "same")[] = round % 2 === 0 ? ["none", "same"] : ["same", "none"];
      for (const name of order) rounds[name].push(await load(name, options.duration, shape));
      console.log(`${shape} round ${round + 1}: none ${rounds.none.at(-1)!.rps.toFixed(0)} req/s, same ${rounds.same.at(-1)!.rps.toFixed(0)} req/s (load ${loadavg()[0]!.toFixed(1)})`);
    }
    const rps = { none: median(rounds.none.map((r) => r.rps)), same: median(rounds.same.map((r) => r.rps)) };
    const p99 = { none: median(rounds.none.map((r) => r.p99)), same: median(rounds.same.map((r) => r.p99)) };
    const cpu = { none: median(rounds.none.map((r) => r.cpuMs)), same: median(rounds.same.map((r) => r.cpuMs)) };
    // Each round's two runs are neighbours in time: the median of their ratios resists the load's swings.
    const pairCost = 1 - median(rounds.same.map((r, i) => r.rps / rounds.none[i]!.rps));
    costs.push({ shape, rounds, rps, p99, cpu, cost: 1 - rps.same / rps.none, pairCost, cpuCost: cpu.same / cpu.none - 1 });
  }
  const machine = await machineDescription(primaryUrl);

  const lines = [
    "## Read replica (bench:replica)",
    "",
    `\`npm run bench:replica -- --customers ${options.customers} --rounds ${options.rounds} --duration ${options.duration} --connections ${options.connections}\`: private primary + pg_basebackup standby on this machine (both PostgreSQL clusters of the bench's own, fsync off), the production build, 360° view of one customer per request (ADMIN token, rotating over ${ids.length} customers), ${options.connections} connections. ${machine}.`,
    "",
    `**Where the statements ran** (pg_stat_statements of each cluster, reset after a 2 s warm-up; ${placed.total} requests in ${options.duration} s, ${placed.rps.toFixed(0)} req/s, ${placed.errors} errors; load average ${placementLoad.toFixed(1)}):`,
    "",
    "| cluster | reads (SELECT/WITH) | audit-row INSERTs | other writes | replica checks |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| primary | ${onEach.primary.reads} | ${onEach.primary.auditInserts} | ${onEach.primary.otherWrites} | ${onEach.primary.checks} |`,
    `| standby | ${onEach.standby.reads} | ${onEach.standby.auditInserts} | ${onEach.standby.otherWrites} | ${onEach.standby.checks} |`,
    "",
    `${onEach.standby.reads} reads ran on the standby, ${onEach.primary.reads} on the primary${onEach.primary.readTexts.length ? ` (${onEach.primary.readTexts.map((t) => `\`${t}\``).join("; ")})` : ""}. The primary's other statements are the audit rows of the personal-data reads (a replica cannot write: the compiled statement selects them on the standby, the primary inserts those of the reads that finished in the same event-loop turn with one INSERT) and the lag checks (one per REPLICA_CHECK_MS, 250 ms).`,
    "",
    `**CPU per request** (from /proc over the same run): standby backends ${cpu.standby.toFixed(2)} ms, primary backends ${cpu.primary.toFixed(2)} ms (the audit INSERT), server process ${cpu.server.toFixed(2)} ms.`,
    "",
    `**Cost of routing** (DATABASE_READ_URL naming the primary itself vs none, ${options.rounds} interleaved rounds × ${options.duration} s, medians; load average ${loadavg()[0]!.toFixed(1)} at the end). \`360\`: the audited 360° view (routed: the read, then the audit INSERT on the primary — two statements instead of one that does both); \`product\`: \`product(sku:)\`, not audited (routing alone):`,
    "",
    "| shape | server | req/s | p99 ms | CPU ms/request (server + primary) | rounds (req/s) |",
    "| --- | --- | ---: | ---: | ---: | --- |",
    ...costs.flatMap((c) => [
      `| ${c.shape} | ${servers.none.label} | ${c.rps.none.toFixed(0)} | ${c.p99.none} | ${c.cpu.none.toFixed(2)} | ${c.rounds.none.map((r) => r.rps.toFixed(0)).join(", ")} |`,
      `| ${c.shape} | ${servers.same.label} | ${c.rps.same.toFixed(0)} | ${c.p99.same} | ${c.cpu.same.toFixed(2)} | ${c.rounds.same.map((r) => r.rps.toFixed(0)).join(", ")} |`,
    ]),
    "",
    ...costs.map(
      (c) =>
        `- ${c.shape}: throughput cost ${(c.cost * 100).toFixed(1)} % (medians), ${(c.pairCost * 100).toFixed(1)} % (median of the rounds' ratios); CPU per request ${c.cpuCost >= 0 ? "+" : ""}${(c.cpuCost * 100).toFixed(1)} %. Goal ≤ 5 %.`,
    ),
  ];
  writeResultsSection("replica", lines.join("\n"));
  console.log(lines.join("\n"));
  await onPrimary.end();
  await onStandby.end();
  await teardown();
  process.exit(0);
} catch (error) {
  console.error(error);
  await teardown();
  process.exit(1);
}
