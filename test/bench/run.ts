/**
 * `npm run bench:view`: the read path's shapes (scenarios.ts), this server against PostGraphile v5
 * and a hand-written single-statement server (raw-360-server.mjs) on the same PostgreSQL database,
 * driven by autocannon in interleaved rounds. Figures go to stdout and test/bench/RESULTS.md.
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import { Command } from "commander";
import postgres from "postgres";
import { createTokenService } from "../../src/auth/tokens.js";
import { check, drive, type Figures, type Server, type ServerName } from "./drive.js";
import { BENCH_SECRET, benchUrl, COUNT_STATEMENTS, installPostGraphile, machineDescription, prepareDatabase, start, startPlatform, writeResultsSection } from "./harness.js";
import { runManyTokens } from "./many-tokens.js";
import { viewSection, type Results } from "./report.js";
import { buildScenarios, SCENARIO_KEYS, type Scenario, type ScenarioKey } from "./scenarios.js";

const KEYS = [...SCENARIO_KEYS, "tokens"] as const;
const options = new Command("bench")
  .option("--database-url <url>", "PostgreSQL server (an admin connection; the bench database is made there)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--customers <n>", "customers to seed", (v) => Number(v), 1000)
  .option("--orders <n>", "orders per customer", (v) => Number(v), 10)
  .option("--lines <n>", "lines per order", (v) => Number(v), 3)
  .option("--rounds <n>", "interleaved rounds", (v) => Number(v), 3)
  .option("--duration <s>", "seconds per measurement", (v) => Number(v), 5)
  .option("--warmup <s>", "seconds of warm-up per shape and server, before the rounds", (v) => Number(v), 2)
  .option("--connections <n>", "concurrent connections", (v) => Number(v), 16)
  .option("--reuse", "keep an already seeded bench database")
  .option("--database <name>", "the bench database's name", "cdp_bench")
  .option("--only <scenarios>", `comma list of scenarios to run: ${KEYS.join(", ")} (tokens needs --tokens)`, (v) => v.split(",").map((k) => k.trim()))
  .option("--tokens <n>", "also: the 360° view of n customers, each with its own CUSTOMER token, against one ADMIN token over the same customers", (v) => Number(v))
  .option("--busy <n>", "a busy machine: n processes spinning on the CPU through warm-up and rounds; the figures go to a section of their own", (v) => Number(v))
  .parse()
  .opts<{ databaseUrl: string; customers: number; orders: number; lines: number; rounds: number; duration: number; warmup: number; connections: number; reuse?: boolean; database: string; only?: string[]; tokens?: number; busy?: number }>();
if (options.busy !== undefined && !(Number.isInteger(options.busy) && options.busy >= 1)) throw new Error(`--busy must be a whole number of processes, 1 or more (got ${options.busy})`);
const unknown = options.only?.filter((k) => !(KEYS as readonly string[]).includes(k)) ?? [];
if (unknown.length) throw new Error(`--only: unknown scenario ${unknown.join(", ")} (known: ${KEYS.join(", ")})`);
if (options.tokens !== undefined && !(Number.isInteger(options.tokens) && options.tokens >= 1)) throw new Error(`--tokens must be a whole number of customers, 1 or more (got ${options.tokens})`);
if (options.only?.includes("tokens") && !options.tokens) throw new Error("--only tokens needs --tokens <n>");
const keys = new Set<ScenarioKey>(SCENARIO_KEYS.filter((k) => !options.only || options.only.includes(k)));
const withTokens = Boolean(options.tokens && (!options.only || options.only.includes("tokens")));

const PORTS: Record<ServerName, number> = { ours: 4201, theirs: 4202, raw: 4203 };
const urls = { ours: `http://127.0.0.1:${PORTS.ours}/graphql`, theirs: `http://127.0.0.1:${PORTS.theirs}/graphql`, raw: `http://127.0.0.1:${PORTS.raw}` };
const labels: Record<ServerName, string> = { ours: "this platform", theirs: "PostGraphile v5", raw: "hand-written (1 statement)" };
const needs = { theirs: [...keys].some((k) => k !== "timeline"), raw: keys.has("360") || keys.has("timeline") };

const postGraphileServer = needs.theirs ? installPostGraphile() : "";
console.log(`preparing ${benchUrl(options.databaseUrl, options.database).replace(/\/\/[^@]*@/, "//")} ...`);
const databaseUrl = await prepareDatabase(options);
console.log("database ready; starting the servers");
const monitor = postgres(databaseUrl, { max: 1, connection: { application_name: "bench-monitor" } });
const customerIds = (await monitor`select id from customers order by id`).map((r) => r.id as string);

// Each server counts the statements it sends to this port (count-statements.mjs).
process.env.BENCH_PG_PORT = new URL(databaseUrl).port || "5432";
const never = Promise.resolve(0);
const [ourPid, theirPid, rawPid] = await Promise.all([
  startPlatform(databaseUrl, PORTS.ours, true),
  needs.theirs ? start("node", [...COUNT_STATEMENTS, postGraphileServer, databaseUrl, String(PORTS.theirs)], { GRAPHILE_ENV: "production" }, urls.theirs, JSON.stringify({ query: "{ __typename }" }), true) : never,
  needs.raw ? start(process.execPath, [...COUNT_STATEMENTS, "test/bench/raw-360-server.mjs", databaseUrl, String(PORTS.raw)], {}, `${urls.raw}/360`, "{}", true) : never,
]).catch((error) => {
  console.error(error);
  process.exit(1);
});
const servers: Record<ServerName, Server> = {
  ours: { name: "ours", label: labels.ours, pid: ourPid, application: "postgres.js" },
  theirs: { name: "theirs", label: labels.theirs, pid: theirPid, application: "bench-postgraphile" },
  raw: { name: "raw", label: labels.raw, pid: rawPid, application: "bench-raw" },
};
console.log("servers ready; preparing the requests");

const tokens = createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" });
const bearer = async (claims: Parameters<typeof tokens.sign>[0]) => ({ authorization: `Bearer ${await tokens.sign(claims)}` });
const admin = await bearer({ role: "ADMIN", sub: "bench" });
const scenarios = await buildScenarios({ monitor, servers, urls, admin, customerIds, dealerHeaders: (dealerId) => bearer({ role: "DEALER", sub: `bench-dealer-${dealerId}`, dealerId }) }, keys);

// Every server must answer every shape without errors, and the hand-written one exactly as ours.
const sameAsOurs: string[] = [];
for (const s of scenarios) {
  const answers = new Map<ServerName, unknown[]>();
  const sample = s.targets.some((t) => t.server.name === "raw") ? 20 : 5;
  for (const t of s.targets) answers.set(t.server.name, await check(t, sample));
  const raw = answers.get("raw");
  if (raw) {
    const equal = raw.filter((answer, i) => isDeepStrictEqual(answer, answers.get("ours")![i])).length;
    sameAsOurs.push(`${s.key}: ${equal} of ${raw.length}`);
    if (equal < raw.length) console.warn(`WARNING: the hand-written server's ${s.key} answers differ from ours for ${raw.length - equal} of ${raw.length} customers`);
  }
}

const load = { seconds: options.duration, connections: options.connections };
const results: Results = new Map(scenarios.map((s) => [s.key, new Map(s.targets.map((t) => [t.server.name, [] as Figures[]]))]));
// Spinning processes at the servers' priority: they take their share of the cores as other work on a shared machine does.
const spinners: ChildProcess[] = Array.from({ length: options.busy ?? 0 }, () => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
process.on("exit", () => spinners.forEach((p) => p.kill("SIGKILL")));
console.log("warming up");
for (const s of scenarios) for (const t of s.targets) await drive(monitor, t, { ...load, seconds: options.warmup });

for (let round = 1; round <= options.rounds; round++) {
  for (const s of scenarios) {
    // Rotate who goes first so that no server always runs on a warmer (or busier) machine.
    const shift = (round - 1) % s.targets.length;
    for (const t of [...s.targets.slice(shift), ...s.targets.slice(0, shift)]) {
      const f = await drive(monitor, t, load);
      results.get(s.key)!.get(t.server.name)!.push(f);
      console.log(
        `round ${round} ${s.key} ${t.server.name}: ${f.rps.toFixed(0)} req/s p50 ${f.p50} ms p99 ${f.p99} ms errors ${f.errors}; statements/req ${f.statements?.toFixed(2) ?? "–"}; CPU/req server ${f.serverCpu.toFixed(2)} ms, database ${f.databaseCpu.toFixed(2)} ms; RSS peak ${f.rssPeak.toFixed(0)} MiB`,
      );
    }
  }
}

for (const p of spinners) p.kill("SIGKILL");
const machine = await machineDescription(databaseUrl);
const [counts] = await monitor`select (select count(*) from customers)::int as customers, (select count(*) from orders)::int as orders, (select count(*) from order_lines)::int as lines`;
const shape = `${counts!.customers} customers, ${counts!.orders} orders, ${counts!.lines} order lines in the database`;
const command = `npm run bench:view -- ${process.argv.slice(2).join(" ")}`.trim();
if (scenarios.length > 0) writeView(scenarios);
if (withTokens) await writeTokens(options.tokens!);
process.exit(0);

function writeView(ran: Scenario[]) {
  const busy = options.busy ? ` ${options.busy} processes spun on the CPU throughout warm-up and rounds (\`--busy\`): a busy machine.` : "";
  let markdown = viewSection(ran, results, labels, {
    run: `Run: ${new Date().toISOString()} with \`${command}\` (${shape}; ${options.rounds} interleaved rounds of ${options.duration} s per shape and server after ${options.warmup} s of warm-up each; ${options.connections} connections; autocannon on the same machine).${busy}`,
    machine,
    setup: [
      `All servers read the same database \`${options.database}\` with a pool of 10 connections. Ours with an ADMIN token (scope checks run but admit everything; personal-data reads are audited) unless a shape says otherwise; PostGraphile v5 (amber preset) without auth; the hand-written server (\`raw-360-server.mjs\`: node:http, postgres.js, one statement per request) without auth.`,
      sameAsOurs.length ? `The hand-written server's answers equal ours (parsed JSON) for ${sameAsOurs.join("; ")} sampled customers.` : "",
    ].join(" "),
  });
  if (options.busy) markdown = markdown.replace(/^## .*/, `## The read path on a busy machine (${options.busy} spinning processes)`);
  writeResultsSection(options.busy ? "view-busy" : "view", markdown);
  console.log(`\n${markdown}`);
}

async function writeTokens(n: number) {
  const { lines } = await runManyTokens(n, {
    monitor,
    server: servers.ours,
    url: urls.ours,
    admin,
    customerIds,
    customerHeaders: (customerId, i) => bearer({ role: "CUSTOMER", sub: `bench-customer-${i}`, customerId }),
    load,
    warmup: options.warmup,
    rounds: options.rounds,
  });
  const markdown = [
    "## The 360° view with many signed-in customers",
    "",
    `Run: ${new Date().toISOString()} with \`${command}\` (${shape}; ${options.rounds} interleaved rounds of ${options.duration} s; ${options.connections} connections).`,
    "",
    `Machine: ${machine}.`,
    "",
    ...lines,
  ].join("\n");
  writeResultsSection("view-tokens", markdown);
  console.log(`\n${markdown}`);
}
