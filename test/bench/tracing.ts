/**
 * `npm run bench:tracing`: what tracing costs on the 360° view (the view benchmark's first shape,
 * one customer per request, ADMIN token, PostgreSQL). Three production builds of this server on the
 * same database: tracing off, TRACE_SAMPLE_RATIO=0.1 and 1, the last two exporting over OTLP/HTTP
 * to a collector in this process that counts and discards. Driven by autocannon in interleaved
 * rounds (the order rotates), with the load average beside every figure: the machine is shared.
 */
import "reflect-metadata";
import { createServer } from "node:http";
import { loadavg } from "node:os";
import { Command } from "commander";
import postgres from "postgres";
import { createTokenService } from "../../src/auth/tokens.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { check, drive, type Figures, type Target } from "./drive.js";
import { BENCH_SECRET, machineDescription, prepareDatabase, startPlatform, writeResultsSection } from "./harness.js";
import { median } from "./report.js";
import * as q from "./queries.js";

const options = new Command("bench:tracing")
  .option("--database-url <url>", "PostgreSQL server (an admin connection; the bench database is made there)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--database <name>", "the bench database's name", "cdp_bench_otel")
  .option("--customers <n>", "customers to seed", (v) => Number(v), 1000)
  .option("--rounds <n>", "interleaved rounds", (v) => Number(v), 5)
  .option("--duration <s>", "seconds per measurement", (v) => Number(v), 5)
  .option("--warmup <s>", "seconds of warm-up per server", (v) => Number(v), 3)
  .option("--connections <n>", "concurrent connections", (v) => Number(v), 16)
  .option("--reuse", "keep an already seeded bench database")
  .parse()
  .opts<{ databaseUrl: string; database: string; customers: number; rounds: number; duration: number; warmup: number; connections: number; reuse?: boolean }>();

// The collector: counts spans (the JSON's span ids) and bytes, answers 200, keeps nothing.
let spans = 0;
let bytes = 0;
const collector = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks);
    bytes += body.length;
    spans += body.toString("utf8").match(/"spanId"/g)?.length ?? 0;
    response.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
const endpoint = `http://127.0.0.1:${(collector.address() as { port: number }).port}`;

console.log(`preparing ${options.database} ...`);
const databaseUrl = await prepareDatabase({ databaseUrl: options.databaseUrl, database: options.database, customers: options.customers, orders: 10, lines: 3, reuse: options.reuse });
const monitor = postgres(databaseUrl, { max: 1, connection: { application_name: "bench-monitor" } });
const customerIds = (await monitor`select id from customers order by id`).map((r) => r.id as string);

/** A port nobody listens on now (other benchmarks may run on this machine). */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
type Mode = "off" | "10 %" | "100 %";
const MODES: { mode: Mode; port: number; env: Record<string, string> }[] = [
  { mode: "off", port: await freePort(), env: {} },
  { mode: "10 %", port: await freePort(), env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, TRACE_SAMPLE_RATIO: "0.1" } },
  { mode: "100 %", port: await freePort(), env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, TRACE_SAMPLE_RATIO: "1" } },
];
const pids = await Promise.all(MODES.map((m) => startPlatform(databaseUrl, m.port, false, m.env)));
const tokens = createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" });
const headers = { authorization: `Bearer ${await tokens.sign({ role: "ADMIN", sub: "bench" })}` };
const bodies = customerIds.map((id) => JSON.stringify({ query: q.OURS_360, variables: { id: toGlobalId("Customer", id) } }));
const targets: Record<Mode, Target> = Object.fromEntries(
  MODES.map((m, i) => [m.mode, { server: { name: "ours", label: m.mode, pid: pids[i]!, application: "postgres.js" }, url: `http://127.0.0.1:${m.port}/graphql`, bodies, headers }]),
) as unknown as Record<Mode, Target>;
for (const m of MODES) await check(targets[m.mode]);

const load = { seconds: options.duration, connections: options.connections };
console.log("warming up");
for (const m of MODES) await drive(monitor, targets[m.mode], { ...load, seconds: options.warmup });

interface Run {
  figures: Figures;
  load: number;
  spansPerRequest: number;
}
const runs = new Map<Mode, Run[]>(MODES.map((m) => [m.mode, []]));
for (let round = 1; round <= options.rounds; round++) {
  const shift = (round - 1) % MODES.length;
  for (const { mode } of [...MODES.slice(shift), ...MODES.slice(0, shift)]) {
    const spansBefore = spans;
    const figures = await drive(monitor, targets[mode], load);
    // Spans of this run still in the exporter's buffer arrive with the next export (≤ 2 s).
    await new Promise((resolve) => setTimeout(resolve, mode === "off" ? 0 : 2500));
    const requests = figures.rps * options.duration;
    const run = { figures, load: loadavg()[0]!, spansPerRequest: requests ? (spans - spansBefore) / requests : 0 };
    runs.get(mode)!.push(run);
    console.log(`round ${round} ${mode}: ${figures.rps.toFixed(0)} req/s p50 ${figures.p50} ms p99 ${figures.p99} ms errors ${figures.errors}; CPU/req ${figures.serverCpu.toFixed(2)} ms; spans/req ${run.spansPerRequest.toFixed(2)}; load ${run.load.toFixed(1)}`);
  }
}

const off = median(runs.get("off")!.map((r) => r.figures.rps));
const rows = MODES.map(({ mode }) => {
  const list = runs.get(mode)!;
  const rps = median(list.map((r) => r.figures.rps));
  const cost = mode === "off" ? "–" : `${(((off - rps) / off) * 100).toFixed(1)} %`;
  const perRound = list.map((r) => `${r.figures.rps.toFixed(0)} / ${r.figures.serverCpu.toFixed(2)} (${r.load.toFixed(1)})`).join(", ");
  return `| ${mode} | ${rps.toFixed(0)} | ${cost} | ${median(list.map((r) => r.figures.p99))} | ${median(list.map((r) => r.figures.serverCpu)).toFixed(2)} | ${median(list.map((r) => r.spansPerRequest)).toFixed(2)} | ${perRound} |`;
});
const paired = MODES.filter((m) => m.mode !== "off").map(({ mode }) => {
  // Round by round against the same round's run without tracing: the load drifts between rounds.
  const base = runs.get("off")!;
  const costs = runs.get(mode)!.map((r, i) => ((base[i]!.figures.rps - r.figures.rps) / base[i]!.figures.rps) * 100);
  const cpu = runs.get(mode)!.map((r, i) => ((r.figures.serverCpu - base[i]!.figures.serverCpu) / base[i]!.figures.serverCpu) * 100);
  return `${mode}: throughput ${costs.map((c) => `${c.toFixed(1)} %`).join(", ")} (median ${median(costs).toFixed(1)} %), server CPU per request ${cpu.map((c) => `${c >= 0 ? "+" : ""}${c.toFixed(1)} %`).join(", ")} (median ${median(cpu) >= 0 ? "+" : ""}${median(cpu).toFixed(1)} %)`;
});
const command = `npm run bench:tracing -- ${process.argv.slice(2).join(" ")}`.trim();
const markdown = [
  "## Tracing: cost on the 360° view",
  "",
  `Run: ${new Date().toISOString()} with \`${command}\` (${customerIds.length} customers; ${options.rounds} interleaved rounds of ${options.duration} s per server after ${options.warmup} s of warm-up; ${options.connections} connections; autocannon and the OTLP collector in one process on the same machine).`,
  "",
  await machineDescription(databaseUrl),
  "",
  "Three production builds on the same database, ADMIN token, the 360° view of one customer per request (the view benchmark's first shape); tracing off (no endpoint), and exporting over OTLP/HTTP JSON with TRACE_SAMPLE_RATIO 0.1 and 1 to a collector that counts and discards.",
  "",
  "| tracing | req/s (median) | cost | p99 ms | server CPU ms/req | spans/req exported | req/s / CPU ms per request, per round (load average) |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...rows,
  "",
  `Cost per round against the same round's run without tracing: ${paired.join("; ")}.`,
].join("\n");
writeResultsSection("tracing", markdown);
console.log(`\n${markdown}`);
collector.close();
await monitor.end();
process.exit(0);
