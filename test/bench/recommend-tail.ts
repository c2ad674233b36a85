/**
 * Where the tail of `Customer.recommendations(first: 10)` under 16 clients comes from, on the
 * database a `bench:recommend` run leaves (its `--database`, the last setting evaluated):
 *
 * 1. The compiled statement alone, for every customer: its text is captured from a server in this
 *    process, then run prepared on one connection (as the pool runs it) for each customer, best of
 *    `--best-of`: a few heavy customers, or every one alike? With the plans PostgreSQL used
 *    (generic or custom, pg_prepared_statements).
 * 2. The same 16 clients as bench:recommend (each of `--customers` asking for themself), first for
 *    `customer(id:) { displayName }`, then for the recommendations, against the production build
 *    with `server-probe.mjs` preloaded: event-loop delay, GC pauses, the statements' round trips and
 *    how deep they queue on one connection, and the server's time per request split into before
 *    the statement, the statement, and after, for the median requests and the slowest 1 %; with
 *    the CPU per request of the server and of PostgreSQL's backends.
 *
 * `npx tsx test/bench/recommend-tail.ts --database cdp_bench_repurchase`; `--dist <dir>` runs
 * another build (e.g. another branch's, to compare on the same load).
 */
import "reflect-metadata";
import { execFileSync, spawn } from "node:child_process";
import { loadavg } from "node:os";
import autocannon from "autocannon";
import { Command } from "commander";
import postgres from "postgres";
import { createTokenService } from "../../src/auth/tokens.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { createLogger } from "../../src/logger.js";
import { startServer } from "../../src/server.js";
import { BENCH_SECRET, cpuSeconds } from "./harness.js";

const options = new Command("recommend-tail")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--database <name>", "the database bench:recommend left", "cdp_bench_repurchase")
  .option("--customers <n>", "customers asking, as in bench:recommend", (v) => Number(v), 400)
  .option("--seconds <n>", "seconds per run under 16 clients (0 skips them)", (v) => Number(v), 15)
  .option("--best-of <n>", "runs of the statement per customer alone (0 skips them)", (v) => Number(v), 3)
  .option("--dist <dir>", "a production build to run (default: this tree's, built into test/bench/.work/dist-tail)")
  .parse()
  .opts<{ databaseUrl: string; database: string; customers: number; seconds: number; bestOf: number; dist?: string }>();

const url = new URL(options.databaseUrl);
url.pathname = `/${options.database}`;
const databaseUrl = url.toString();
const RECOMMEND = `query Recommend($id: ID!) { customer(id: $id) { recommendations(first: 10) { personalised allowed basis items { score source reason product { sku name price { amountMinor currency } } } } } }`;
const FLOOR = `query Name($id: ID!) { customer(id: $id) { displayName } }`;
const tokens = createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" });
const tokenOf = (id: string) => tokens.sign({ role: "CUSTOMER", sub: `bench-${id}`, customerId: id } as never);

const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined, connection: { jit: "off" } as never });
const sample = (await sql`select customer_id::text as id from customer_recommendation_seeds where cardinality(product_ids) > 0 order by customer_id limit ${options.customers}`).map((r) => r.id as string);
if (sample.length === 0) throw new Error(`no customer with starting points in ${options.database}: run bench:recommend first`);

/** The statement the compiled path sends for one customer's own recommendations, with its parameters. */
async function capturedStatement(customerId: string): Promise<{ text: string; parameters: unknown[] }> {
  const database = await openDatabase({ url: databaseUrl, poolMax: 2 });
  const config = loadConfig({ NODE_ENV: "production", HOST: "127.0.0.1", PORT: "0", JWT_SECRET: BENCH_SECRET, LOG_LEVEL: "silent", DATABASE_URL: databaseUrl });
  const server = await startServer({ config, database, tokens: createTokenService(config.jwt), log: createLogger("silent") });
  const seen: { text: string; parameters: unknown[] }[] = [];
  const stop = database.queries.listen((text, parameters) => seen.push({ text, parameters }));
  try {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await tokenOf(customerId)}` },
      body: JSON.stringify({ query: RECOMMEND, variables: { id: toGlobalId("Customer", customerId) } }),
    });
    if (!response.ok) throw new Error(`recommendations answered ${response.status}`);
  } finally {
    stop();
    await server.close();
    await database.close();
  }
  const statement = seen.find((s) => s.text.includes("'recommendations'"));
  if (!statement) throw new Error("the compiled statement was not seen");
  return statement;
}

async function alone() {
  const statement = await capturedStatement(sample[0]!);
  const ids = (await sql`select id::text from customers order by id`).map((r) => r.id as string);
  const parametersOf = (id: string) => statement.parameters.map((p) => (p === sample[0] ? id : p));
  const best = new Map<string, number>();
  for (let round = 0; round < options.bestOf; round++) {
    for (const id of ids) {
      const started = performance.now();
      await sql.unsafe(statement.text, parametersOf(id) as never[], { prepare: true });
      best.set(id, Math.min(best.get(id) ?? Infinity, performance.now() - started));
    }
  }
  const times = [...best.values()].sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  const plans = await sql`select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where statement like '%''recommendations''%'`;
  const slowest = [...best].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id]) => id);
  const shapes = await sql`select s.customer_id::text as id, cardinality(s.product_ids) as seeds, cardinality(s.left_out) as left_out,
      (select count(*)::int from repurchase_predictions rp where rp.customer_id = s.customer_id and rp.expected_on between current_date - 30 and current_date + 14) as due
    from customer_recommendation_seeds s where s.customer_id = any(${slowest}::uuid[])`;
  console.log(`statement alone, ${ids.length} customers, best of ${options.bestOf} (ms): p50 ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}, max ${at(1)}; plans ${JSON.stringify(plans)}`);
  console.log(`  the 5 slowest: ${shapes.map((s) => `${(best.get(s.id as string) ?? 0).toFixed(2)} ms (${s.seeds} seeds, ${s.left_out} left out, ${s.due} due)`).join("; ")}`);
}

async function underLoad(dist: string) {
  const port = 42_000 + Math.floor(Math.random() * 8000);
  const child = spawn(process.execPath, ["--import", new URL("./server-probe.mjs", import.meta.url).pathname, `${dist}/main.js`], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", JWT_SECRET: BENCH_SECRET, LOG_LEVEL: "warn", SEED_ON_EMPTY: "false" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ask = (message: string) => new Promise<{ probe?: unknown }>((resolve) => (child.once("message", resolve), child.send(message)));
  const target = `http://127.0.0.1:${port}/graphql`;
  try {
    for (let i = 0; ; i++) {
      if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
      if (i > 600) throw new Error("the server did not start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const headers = await Promise.all(sample.map(async (id) => ({ authorization: `Bearer ${await tokenOf(id)}` })));
    const backends = async () => (await sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`).reduce((sum, r) => sum + cpuSeconds(r.pid as number), 0);
    for (const [name, query] of [["customer { displayName }", FLOOR], ["recommendations(first: 10)", RECOMMEND]] as const) {
      const bodies = sample.map((id) => JSON.stringify({ query, variables: { id: toGlobalId("Customer", id) } }));
      for (let i = 0; i < Math.min(20, bodies.length); i++) await fetch(target, { method: "POST", headers: { "content-type": "application/json", ...headers[i] }, body: bodies[i] });
      await ask("probe:reset");
      const [pg, server] = [await backends(), cpuSeconds(child.pid!)];
      let next = 0;
      const result = await autocannon({
        url: target,
        method: "POST",
        connections: 16,
        duration: options.seconds,
        headers: { "content-type": "application/json" },
        requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...headers[next % bodies.length] }, body: bodies[next++ % bodies.length] }) }],
      });
      const n = Math.max(1, result.requests.total);
      const perRequest = (seconds: number) => ((1000 * seconds) / n).toFixed(2);
      const { probe } = await ask("probe:report");
      console.log(
        `${name}, 16 clients: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.requests.average.toFixed(0)} req/s, CPU per request: PostgreSQL ${perRequest((await backends()) - pg)} ms, server ${perRequest(cpuSeconds(child.pid!) - server)} ms; load ${loadavg()[0]!.toFixed(1)}`,
      );
      console.log(`  ${JSON.stringify(probe)}`);
    }
  } finally {
    child.kill();
  }
}

if (options.bestOf > 0) await alone();
if (options.seconds > 0) {
  const dist = options.dist ?? "test/bench/.work/dist-tail";
  if (!options.dist) execFileSync(process.execPath, ["scripts/build.mjs", "--out-dir", dist], { stdio: "ignore" });
  await underLoad(dist);
}
await sql.end();
