/**
 * `npm run bench`: the 360° customer view, this server against PostGraphile v5 on the same
 * PostgreSQL database and tables, driven by autocannon in interleaved rounds. Figures go to
 * stdout and test/bench/RESULTS.md.
 */
import "reflect-metadata";
import autocannon from "autocannon";
import { Command } from "commander";
import postgres from "postgres";
import { createTokenService } from "../../src/auth/tokens.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { BENCH_SECRET, benchUrl, cpuSeconds, installPostGraphile, machineDescription, prepareDatabase, start, startPlatform, writeResultsSection } from "./harness.js";
import { OURS_360, OURS_LIST, OURS_ROW, THEIRS_360, THEIRS_LIST, THEIRS_ROW } from "./queries.js";

const options = new Command("bench")
  .option("--database-url <url>", "PostgreSQL server (an admin connection; the bench database is made there)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--customers <n>", "customers to seed", (v) => Number(v), 1000)
  .option("--orders <n>", "orders per customer", (v) => Number(v), 10)
  .option("--lines <n>", "lines per order", (v) => Number(v), 3)
  .option("--rounds <n>", "interleaved rounds", (v) => Number(v), 3)
  .option("--duration <s>", "seconds per measurement", (v) => Number(v), 10)
  .option("--connections <n>", "concurrent connections", (v) => Number(v), 16)
  .option("--reuse", "keep an already seeded bench database")
  .option("--database <name>", "the bench database's name", "cdp_bench")
  .option("--only <scenario>", "run one scenario: 360, row, list, or tokens (with --tokens)")
  .option("--tokens <n>", "also: the 360° view of n customers, each with its own CUSTOMER token, against one ADMIN token over the same customers", (v) => Number(v))
  .parse()
  .opts<{ databaseUrl: string; customers: number; orders: number; lines: number; rounds: number; duration: number; connections: number; reuse?: boolean; database: string; only?: "360" | "row" | "list" | "tokens"; tokens?: number }>();
if (options.tokens !== undefined && !(Number.isInteger(options.tokens) && options.tokens >= 1)) throw new Error(`--tokens must be a whole number of customers, 1 or more (got ${options.tokens})`);
if (options.only === "tokens" && !options.tokens) throw new Error("--only tokens needs --tokens <n>");

const OUR_PORT = 4201;
const THEIR_PORT = 4202;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU milliseconds per request: the server process, and its database connections. */
  serverCpu: number;
  databaseCpu: number;
}

/**
 * The CPU a server and its pooled database connections use is what decides throughput on a
 * machine they share. Our pool connects as postgres.js (application_name), PostGraphile's as
 * node-postgres. Per backend, so that a connection the pool opens during a run counts from its
 * start and one it closed in between does not make the sum go backwards.
 */
async function databaseCpu(ours: boolean): Promise<Map<number, number>> {
  const backends = await monitor`select pid from pg_stat_activity where datname = ${options.database} and pid <> pg_backend_pid() and (application_name = 'postgres.js') = ${ours}`;
  return new Map(backends.map((b) => [b.pid as number, cpuSeconds(b.pid as number) * 1000]));
}

/** Requests rotate over `ids`; `perRequest`, when given, adds the headers of the caller asking for ids[i] (its own token). */
async function drive(url: string, query: string, ids: string[], headers: Record<string, string>, pid: number, perRequest?: Record<string, string>[]): Promise<Figures> {
  let next = 0;
  const ours = pid === pids.ours;
  const [serverBefore, databaseBefore] = [cpuSeconds(pid) * 1000, await databaseCpu(ours)];
  const result = await autocannon({
    url,
    method: "POST",
    connections: options.connections,
    duration: options.duration,
    headers: { "content-type": "application/json", ...headers },
    requests: [
      {
        setupRequest: (request) => {
          const i = next++ % ids.length;
          const body = JSON.stringify({ query, variables: { id: ids[i] } });
          return perRequest ? { ...request, headers: { ...request.headers, ...perRequest[i] }, body } : { ...request, body };
        },
      },
    ],
  });
  const [serverAfter, databaseAfter] = [cpuSeconds(pid) * 1000, await databaseCpu(ours)];
  const requests = Math.max(1, result.requests.total);
  let database = 0;
  for (const [backend, after] of databaseAfter) database += after - (databaseBefore.get(backend) ?? 0);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    serverCpu: (serverAfter - serverBefore) / requests,
    databaseCpu: database / requests,
  };
}

async function check(url: string, query: string, id: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables: { id } }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length || !body.data || Object.values(body.data)[0] === null) throw new Error(`${url} answered ${JSON.stringify(body).slice(0, 500)}`);
  return JSON.stringify(body).length;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const postGraphileServer = installPostGraphile();
console.log(`preparing ${benchUrl(options.databaseUrl, options.database).replace(/\/\/[^@]*@/, "//")} ...`);
const databaseUrl = await prepareDatabase(options);
console.log("database ready; starting both servers");
const monitor = postgres(databaseUrl, { max: 1, connection: { application_name: "bench-monitor" } });
const rowIds = (await monitor`select id from customers order by id`).map((r) => r.id as string);

const [ourPid, theirPid] = await Promise.all([
  startPlatform(databaseUrl, OUR_PORT),
  start("node", [postGraphileServer, databaseUrl, String(THEIR_PORT)], { GRAPHILE_ENV: "production" }, `http://127.0.0.1:${THEIR_PORT}/graphql`, JSON.stringify({ query: "{ __typename }" })),
]).catch(async (error) => {
  console.error(error);
  process.exit(1);
});
const pids = { ours: ourPid, theirs: theirPid };
console.log("servers ready; warming up");

const token = await createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" }).sign({ role: "ADMIN", sub: "bench" });
const ours = { url: `http://127.0.0.1:${OUR_PORT}/graphql`, headers: { authorization: `Bearer ${token}` }, ids: rowIds.map((id) => toGlobalId("Customer", id)) };
const theirs = { url: `http://127.0.0.1:${THEIR_PORT}/graphql`, headers: {}, ids: rowIds };

const sizes = { ours: await check(ours.url, OURS_360, ours.ids[0]!, ours.headers), theirs: await check(theirs.url, THEIRS_360, theirs.ids[0]!, theirs.headers) };
await check(ours.url, OURS_ROW, ours.ids[0]!, ours.headers);
await check(theirs.url, THEIRS_ROW, theirs.ids[0]!, theirs.headers);
await check(ours.url, OURS_LIST, ours.ids[0]!, ours.headers);
await check(theirs.url, THEIRS_LIST, theirs.ids[0]!, theirs.headers);

const scenarios = [
  { key: "360", name: "360° view, one customer per request", ours: OURS_360, theirs: THEIRS_360 },
  { key: "row", name: "single customer row", ours: OURS_ROW, theirs: THEIRS_ROW },
  { key: "list", name: "list page: 50 customers with orders(first: 5) { lines { product } } and vehicles", ours: OURS_LIST, theirs: THEIRS_LIST },
].filter((s) => !options.only || s.key === options.only);
const tokens = options.tokens && (!options.only || options.only === "tokens") ? await customerTokens(options.tokens) : undefined;
const results = new Map<string, { ours: Figures[]; theirs: Figures[] }>(scenarios.map((s) => [s.name, { ours: [], theirs: [] }]));

// Warm-up: JIT, plan caches, connection pools.
const warm = options.duration;
options.duration = 3;
for (const s of scenarios) {
  await drive(ours.url, s.ours, ours.ids, ours.headers, pids.ours);
  await drive(theirs.url, s.theirs, theirs.ids, theirs.headers, pids.theirs);
}
options.duration = warm;

for (let round = 1; round <= options.rounds; round++) {
  for (const s of scenarios) {
    // Alternate who goes first so that neither always runs on a warmer machine.
    const order = round % 2 ? (["ours", "theirs"] as const) : (["theirs", "ours"] as const);
    for (const who of order) {
      const target = who === "ours" ? ours : theirs;
      const figures = await drive(target.url, s[who], target.ids, target.headers, pids[who]);
      results.get(s.name)![who].push(figures);
      console.log(`round ${round} ${s.name} ${who}: ${figures.rps.toFixed(0)} req/s p50 ${figures.p50} ms p99 ${figures.p99} ms errors ${figures.errors}; CPU per request: server ${figures.serverCpu.toFixed(2)} ms, database ${figures.databaseCpu.toFixed(2)} ms`);
    }
  }
}

const machine = await machineDescription(databaseUrl);
if (scenarios.length > 0) writeViewSection();
if (tokens) await runTokens(tokens);
process.exit(0);

function writeViewSection() {
  const lines = [
    "## The 360° customer view against PostGraphile",
    "",
    `Run: ${new Date().toISOString()} with \`npm run bench\` (${options.customers} customers × ${options.orders} orders × ${options.lines} lines; ${options.rounds} interleaved rounds of ${options.duration} s; ${options.connections} connections; autocannon in the same machine).`,
    "",
    `Machine: ${machine}.`,
    "",
    `Both servers read the same database \`${options.database}\` with a pool of 10 connections; ours with an ADMIN token (scope checks run but admit everything), PostGraphile v5 (amber preset) without auth. Response sizes of the 360° query for the first customer: ours ${sizes.ours} bytes, PostGraphile ${sizes.theirs} bytes.`,
    "",
    "| query | server | req/s (mean) | p50 ms (median) | p99 ms (median) | errors | server CPU ms/req | database CPU ms/req |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const summary: string[] = [];
  for (const s of scenarios) {
    const r = results.get(s.name)!;
    for (const who of ["ours", "theirs"] as const) {
      const f = r[who];
      lines.push(`| ${s.name} | ${who === "ours" ? "this platform" : "PostGraphile v5"} | ${mean(f.map((x) => x.rps)).toFixed(0)} | ${median(f.map((x) => x.p50))} | ${median(f.map((x) => x.p99))} | ${f.reduce((a, x) => a + x.errors, 0)} | ${median(f.map((x) => x.serverCpu)).toFixed(2)} | ${median(f.map((x) => x.databaseCpu)).toFixed(2)} |`);
    }
    const ratio = mean(r.ours.map((x) => x.rps)) / mean(r.theirs.map((x) => x.rps));
    const p99Ratio = median(r.ours.map((x) => x.p99)) / median(r.theirs.map((x) => x.p99));
    summary.push(`- ${s.name}: throughput ours/PostGraphile = **${ratio.toFixed(2)}×**, p99 ours/PostGraphile = ${p99Ratio.toFixed(2)}×`);
  }
  lines.push("", "CPU per request is read from /proc: the server process, and the PostgreSQL backends of its pool. It shows where each server spends its time; on a shared virtual machine its absolute value moves with the neighbours, so compare the two servers within one run.");
  lines.push("", "Ratios (targets: 360° ≥ 1.2× throughput and p99 no worse; single row ≥ 0.8×):", "", ...summary, "");
  writeResultsSection("view", lines.join("\n"));
  console.log(`\n${lines.join("\n")}`);
}

/**
 * n customers signed in at once, each reading their own 360° view with their own token: what
 * the one-token scenario never exercises (per-principal caches: compiled statements, verified
 * tokens, the session guard). Compared with one ADMIN token reading the same customers, so the
 * data read is the same and only the callers differ.
 */
async function customerTokens(n: number) {
  const ids = rowIds.slice(0, n);
  if (ids.length < n) console.log(`--tokens ${n}: the database has ${ids.length} customers; using them all`);
  const service = createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" });
  const headers = await Promise.all(ids.map(async (customerId, i) => ({ authorization: `Bearer ${await service.sign({ role: "CUSTOMER", sub: `bench-customer-${i}`, customerId })}` })));
  const globalIds = ids.map((id) => toGlobalId("Customer", id));
  await check(ours.url, OURS_360, globalIds[0]!, headers[0]!);
  return { ids: globalIds, headers };
}

async function runTokens({ ids, headers }: { ids: string[]; headers: Record<string, string>[] }) {
  const n = ids.length;
  const runs = { one: [] as Figures[], many: [] as Figures[] };
  const measure = (who: "one" | "many") =>
    who === "one" ? drive(ours.url, OURS_360, ids, ours.headers, pids.ours) : drive(ours.url, OURS_360, ids, {}, pids.ours, headers);
  const warm = options.duration;
  options.duration = 3;
  await measure("one");
  await measure("many");
  options.duration = warm;
  for (let round = 1; round <= options.rounds; round++) {
    for (const who of round % 2 ? (["one", "many"] as const) : (["many", "one"] as const)) {
      const figures = await measure(who);
      runs[who].push(figures);
      console.log(`round ${round} 360° ${who === "one" ? "one ADMIN token" : `${n} customer tokens`}: ${figures.rps.toFixed(0)} req/s p50 ${figures.p50} ms p99 ${figures.p99} ms errors ${figures.errors}; CPU per request: server ${figures.serverCpu.toFixed(2)} ms, database ${figures.databaseCpu.toFixed(2)} ms`);
    }
  }
  const row = (label: string, f: Figures[]) =>
    `| ${label} | ${mean(f.map((x) => x.rps)).toFixed(0)} | ${median(f.map((x) => x.p50))} | ${median(f.map((x) => x.p99))} | ${f.reduce((a, x) => a + x.errors, 0)} | ${median(f.map((x) => x.serverCpu)).toFixed(2)} | ${median(f.map((x) => x.databaseCpu)).toFixed(2)} |`;
  const ratio = mean(runs.many.map((x) => x.rps)) / mean(runs.one.map((x) => x.rps));
  const lines = [
    "## The 360° view with many signed-in customers",
    "",
    `Run: ${new Date().toISOString()} with \`npm run bench:view -- --tokens ${n}\` (${options.customers} customers × ${options.orders} orders × ${options.lines} lines; ${options.rounds} interleaved rounds of ${options.duration} s; ${options.connections} connections).`,
    "",
    `Machine: ${machine}.`,
    "",
    `This server only: the same ${n} customers' 360° views, read by one ADMIN token, and by ${n} CUSTOMER tokens (each customer with their own, reading themselves).`,
    "",
    "| callers | req/s (mean) | p50 ms (median) | p99 ms (median) | errors | server CPU ms/req | database CPU ms/req |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    row("one ADMIN token", runs.one),
    row(`${n} customer tokens`, runs.many),
    "",
    `Throughput ${n} tokens / one token = **${ratio.toFixed(2)}×** (target ≥ 0.9×).`,
    "",
  ];
  writeResultsSection("view-tokens", lines.join("\n"));
  console.log(`\n${lines.join("\n")}`);
}
