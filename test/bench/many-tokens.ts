/**
 * n customers signed in at once, each reading their own 360° view with their own token: what
 * the one-token scenario never exercises (per-principal caches: compiled statements, verified
 * tokens, the session guard). Compared with one ADMIN token reading the same customers, so the
 * data read is the same and only the callers differ.
 */
import type { Sql } from "postgres";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { check, drive, type Figures, type Load, type Server, type Target } from "./drive.js";
import { OURS_360 } from "./queries.js";
import { mean, SUMMARY_HEADER, summaryRow } from "./report.js";

export interface ManyTokens {
  monitor: Sql;
  server: Server;
  url: string;
  admin: Record<string, string>;
  customerIds: string[];
  /** A CUSTOMER token's headers for the i-th customer. */
  customerHeaders: (customerId: string, i: number) => Promise<Record<string, string>>;
  load: Load;
  warmup: number;
  rounds: number;
}

export async function runManyTokens(n: number, options: ManyTokens): Promise<{ lines: string[]; ratio: number }> {
  const ids = options.customerIds.slice(0, n);
  if (ids.length < n) console.log(`--tokens ${n}: the database has ${ids.length} customers; using them all`);
  const bodies = ids.map((id) => JSON.stringify({ query: OURS_360, variables: { id: toGlobalId("Customer", id) } }));
  const one: Target = { server: options.server, url: options.url, bodies, headers: options.admin };
  const many: Target = { ...one, headers: {}, perRequest: await Promise.all(ids.map((id, i) => options.customerHeaders(id, i))) };
  await check(one);
  await check(many);
  const runs = { one: [] as Figures[], many: [] as Figures[] };
  const label = { one: "one ADMIN token", many: `${ids.length} customer tokens` };
  await drive(options.monitor, one, { ...options.load, seconds: options.warmup });
  await drive(options.monitor, many, { ...options.load, seconds: options.warmup });
  for (let round = 1; round <= options.rounds; round++) {
    for (const who of round % 2 ? (["one", "many"] as const) : (["many", "one"] as const)) {
      const f = await drive(options.monitor, who === "one" ? one : many, options.load);
      runs[who].push(f);
      console.log(`round ${round} 360° ${label[who]}: ${f.rps.toFixed(0)} req/s p50 ${f.p50} ms p99 ${f.p99} ms errors ${f.errors}; statements/req ${f.statements?.toFixed(2) ?? "–"}`);
    }
  }
  const ratio = mean(runs.many.map((x) => x.rps)) / mean(runs.one.map((x) => x.rps));
  const lines = [
    `This server only: the same ${ids.length} customers' 360° views, read by one ADMIN token, and by ${ids.length} CUSTOMER tokens (each customer with their own, reading themselves).`,
    "",
    ...SUMMARY_HEADER.map((l) => l.replace("| server |", "| callers |")),
    summaryRow(label.one, runs.one),
    summaryRow(label.many, runs.many),
    "",
    `Throughput ${label.many} / one token = **${ratio.toFixed(2)}×** (target ≥ 0.9×).`,
    "",
    "| round | one ADMIN token (req/s / p99 ms) | customer tokens (req/s / p99 ms) |",
    "| ---: | ---: | ---: |",
    ...runs.one.map((f, i) => `| ${i + 1} | ${f.rps.toFixed(0)} / ${f.p99} | ${runs.many[i]!.rps.toFixed(0)} / ${runs.many[i]!.p99} |`),
  ];
  return { lines, ratio };
}
