/** One measurement of the view benchmark: autocannon against one server, and what the server spent on it. */
import autocannon from "autocannon";
import type { Sql } from "postgres";
import { cpuSeconds, rssKiB, statementsSent } from "./harness.js";

export type ServerName = "ours" | "theirs" | "raw";

export interface Server {
  name: ServerName;
  label: string;
  pid: number;
  /** The application_name of its pool's PostgreSQL connections, to find their CPU. */
  application: string;
}

/** What one scenario sends to one server: request bodies rotated per request, with their callers' headers. */
export interface Target {
  server: Server;
  url: string;
  bodies: string[];
  headers: Record<string, string>;
  /** The headers of the caller sending bodies[i] (their own token), when callers differ. */
  perRequest?: Record<string, string>[];
}

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU milliseconds per request: the server process, and its database connections. */
  serverCpu: number;
  databaseCpu: number;
  /** Statements sent to PostgreSQL per request (count-statements.mjs), null when the server does not count. */
  statements: number | null;
  /** Resident memory of the server process during the run, MiB (sampled every 200 ms). */
  rssPeak: number;
  rssMean: number;
}

export interface Load {
  seconds: number;
  connections: number;
}

/**
 * The CPU a server and its pooled database connections use is what decides throughput on a
 * machine they share. Per backend, so that a connection the pool opens during a run counts from
 * its start and one it closed in between does not make the sum go backwards.
 */
async function databaseCpu(monitor: Sql, application: string): Promise<Map<number, number>> {
  const backends = await monitor`select pid from pg_stat_activity where datname = current_database() and application_name = ${application} and pid <> pg_backend_pid()`;
  return new Map(backends.map((b) => [b.pid as number, cpuSeconds(b.pid as number) * 1000]));
}

const countOf = (pid: number) => statementsSent(pid).catch(() => null);

export async function drive(monitor: Sql, target: Target, load: Load): Promise<Figures> {
  const { server } = target;
  let next = 0;
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(rssKiB(server.pid) / 1024), 200);
  const [serverBefore, databaseBefore, statementsBefore] = [cpuSeconds(server.pid) * 1000, await databaseCpu(monitor, server.application), await countOf(server.pid)];
  const result = await autocannon({
    url: target.url,
    method: "POST",
    connections: load.connections,
    duration: load.seconds,
    headers: { "content-type": "application/json", ...target.headers },
    requests: [
      {
        setupRequest: (request) => {
          const i = next++ % target.bodies.length;
          const body = target.bodies[i];
          return target.perRequest ? { ...request, headers: { ...request.headers, ...target.perRequest[i] }, body } : { ...request, body };
        },
      },
    ],
  });
  clearInterval(sampler);
  const [serverAfter, databaseAfter, statementsAfter] = [cpuSeconds(server.pid) * 1000, await databaseCpu(monitor, server.application), await countOf(server.pid)];
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
    // None at all means the server's sockets were not seen (a Unix socket, another port), not zero statements.
    statements: statementsBefore === null || statementsAfter === null || statementsAfter === statementsBefore ? null : (statementsAfter - statementsBefore) / requests,
    rssPeak: rss.length ? Math.max(...rss) : rssKiB(server.pid) / 1024,
    rssMean: rss.length ? rss.reduce((a, b) => a + b, 0) / rss.length : rssKiB(server.pid) / 1024,
  };
}

/**
 * Sends the first `sample` requests of a target one by one and fails on any GraphQL error or
 * empty answer: a run of errors would measure the error path. Returns the answers.
 */
export async function check(target: Target, sample = 5): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (let i = 0; i < Math.min(sample, target.bodies.length); i++) {
    const response = await fetch(target.url, { method: "POST", headers: { "content-type": "application/json", ...target.headers, ...target.perRequest?.[i] }, body: target.bodies[i] });
    const text = await response.text();
    let body: { data?: Record<string, unknown>; errors?: unknown[] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      // reported below with the text
    }
    if (!response.ok || body.errors?.length || !body.data || Object.values(body.data)[0] === null) throw new Error(`${target.server.label} (${target.url}) answered ${text.slice(0, 500)}`);
    answers.push(body.data);
  }
  return answers;
}
