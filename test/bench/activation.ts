/**
 * `npm run bench:activation`: webhook delivery on PostgreSQL (src/webhooks). A local receiver
 * (node:http) verifies every request's signature with the `standardwebhooks` library; the
 * platform runs as its own process (`node --import tsx src/main.ts`) so that it can be killed.
 *
 * 1. Throughput: N customers created in one transaction → N customer.created events → N
 *    deliveries; messages/s from the commit to the last verified request.
 * 2. SIGKILL: N more, the server killed with SIGKILL mid-delivery and started again; every event
 *    must arrive (0 lost), duplicates (the at-least-once contract) are counted.
 * 3. Outage: the receiver answers 500 for a while, then recovers; 0 lost, duplicates counted.
 *
 * Writes the "activation-webhooks" section of test/bench/RESULTS.md.
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { Command } from "commander";
import { sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import * as s from "../../src/db/schema/index.js";
import { activationServerEnv, cpuSeconds, freshDatabase, machineDescription, writeResultsSection } from "./harness.js";

const program = new Command()
  .option("--admin-url <url>", "PostgreSQL server", process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--database <name>", "database of its own", "cdp_bench_outbox")
  .option("--messages <n>", "deliveries in the throughput run", "20000")
  .option("--kill-messages <n>", "deliveries in the SIGKILL run", "10000")
  .option("--outage-messages <n>", "deliveries in the outage run", "5000")
  .option("--outage-seconds <n>", "how long the receiver answers 500 (the issue asks for a minute)", "60")
  .option("--no-write", "do not write test/bench/RESULTS.md")
  .parse();
const options = program.opts<{ adminUrl: string; database: string; messages: string; killMessages: string; outageMessages: string; outageSeconds: string; write: boolean }>();

const SECRET = `whsec_${Buffer.from("bench-activation-signing-key-24b").toString("base64")}`;
const verifier = new Webhook(SECRET);
const PORT = 4391;

// The receiver: verifies, counts every verified request per webhook-id.
const seen = new Map<string, number>();
let unverified = 0;
let failing = false;
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (c: Buffer) => chunks.push(c));
  request.on("end", () => {
    if (failing) return response.writeHead(500).end();
    try {
      verifier.verify(Buffer.concat(chunks).toString("utf8"), request.headers as Record<string, string>);
    } catch {
      unverified++;
      return response.writeHead(401).end();
    }
    const id = String(request.headers["webhook-id"]);
    seen.set(id, (seen.get(id) ?? 0) + 1);
    response.writeHead(204).end();
  });
});
receiver.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

const { handle, url } = await freshDatabase(options.adminUrl, options.database);
const db = handle.db;
await db.insert(s.webhookEndpoints).values({ url: receiverUrl, eventTypes: ["customer.created"], secret: SECRET, createdBy: "bench" });

const serverEnv = activationServerEnv(url, PORT, {
  WEBHOOK_RETRY_BASE_MS: "250",
  WEBHOOK_RETRY_MAX_MS: "4000",
  WEBHOOK_MAX_ATTEMPTS: "100",
});

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env: serverEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > until) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const stopped = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));

/** Creates `n` customers in one transaction: n customer.created events, the ids of which come back. */
async function createCustomers(n: number): Promise<string[]> {
  const rows = await db.execute(sql`insert into customers (id, display_name) select gen_random_uuid(), 'Bench customer ' || i from generate_series(1, ${n}) i returning id`);
  const ids = (rows as unknown as { id: string }[]).map((r) => r.id);
  const events = await db.execute(sql`select id from outbox_events where customer_id = any(${`{${ids.join(",")}}`}::uuid[])`);
  return (events as unknown as { id: string }[]).map((e) => e.id);
}

async function until(what: string, check: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const arrived = (ids: string[]) => ids.filter((id) => seen.has(id)).length;
const duplicates = (ids: string[]) => ids.reduce((n, id) => n + Math.max(0, (seen.get(id) ?? 0) - 1), 0);

let server = await startServer();
console.log("server up");

// 1. Throughput.
const n = Number(options.messages);
const cpu0 = cpuSeconds(server.pid!);
const own0 = process.cpuUsage();
const t0 = performance.now();
const throughputIds = await createCustomers(n);
const committed = performance.now();
await until("all throughput deliveries", () => arrived(throughputIds) === n, 300_000);
const elapsed = (performance.now() - committed) / 1000;
const rate = n / elapsed;
// CPU the platform process spent per message: what the rate would be on a core of its own.
const cpuMsPerMessage = ((cpuSeconds(server.pid!) - cpu0) * 1000) / n;
const own = process.cpuUsage(own0);
const receiverMsPerMessage = (own.user + own.system) / 1000 / n;
const [{ dispatched }] = (await db.execute(sql`select extract(epoch from max(created_at) - min(created_at))::float as dispatched from webhook_deliveries`)) as unknown as [{ dispatched: number }];
const load1 = loadavg()[0]!;
console.log(`throughput: ${n} in ${elapsed.toFixed(2)} s = ${rate.toFixed(0)}/s (insert ${((committed - t0) / 1000).toFixed(2)} s), ${cpuMsPerMessage.toFixed(2)} CPU ms/message, receiver ${receiverMsPerMessage.toFixed(2)} CPU ms/message, deliveries created over ${dispatched.toFixed(1)} s, duplicates ${duplicates(throughputIds)}, load ${load1.toFixed(1)}`);

// 2. SIGKILL mid-delivery, then a restart.
const k = Number(options.killMessages);
const killIds = await createCustomers(k);
await until("a third delivered", () => arrived(killIds) >= k / 3, 120_000);
server.kill("SIGKILL");
await stopped(server);
const atKill = arrived(killIds);
const killedAt = performance.now();
server = await startServer();
await until("every event after the restart", () => arrived(killIds) === k, 300_000);
const recovery = (performance.now() - killedAt) / 1000;
const killDuplicates = duplicates(killIds);
console.log(`sigkill: ${atKill}/${k} before the kill, all ${k} after ${recovery.toFixed(1)} s, lost ${k - arrived(killIds)}, duplicates ${killDuplicates}`);

// 3. The receiver answers 500 for a while, then recovers.
const o = Number(options.outageMessages);
failing = true;
const outageIds = await createCustomers(o);
await new Promise((r) => setTimeout(r, Number(options.outageSeconds) * 1000));
failing = false;
const recovered = performance.now();
// A lost delivery is a finding to report, not a reason to end without figures.
await until("every event after the outage", () => arrived(outageIds) === o, 300_000).catch((error: Error) => console.error(error.message));
const afterOutage = (performance.now() - recovered) / 1000;
const [{ attempts }] = (await db.execute(sql`select coalesce(max(attempts), 0)::int as attempts from webhook_deliveries d join outbox_events e on e.id = d.event_id where e.id = any(${`{${outageIds.join(",")}}`}::uuid[])`)) as unknown as [{ attempts: number }];
const [endpointAfter] = (await db.execute(sql`select enabled, disabled_reason as reason from webhook_endpoints`)) as unknown as [{ enabled: boolean; reason: string | null }];
console.log(`outage: ${options.outageSeconds} s of 500s, all ${o} within ${afterOutage.toFixed(1)} s of recovery, lost ${o - arrived(outageIds)}, duplicates ${duplicates(outageIds)}, most attempts ${attempts}`);

server.kill("SIGTERM");
await stopped(server);
const machine = await machineDescription(url);
await handle.close();
receiver.close();

const section = `## Webhook delivery (\`npm run bench:activation\`)

${new Date().toISOString().slice(0, 10)}; ${machine}. One platform process on PostgreSQL (\`node --import tsx src/main.ts\`, defaults but
\`WEBHOOK_TIMEOUT_MS=2000\`, \`WEBHOOK_RETRY_BASE_MS=250\`, \`WEBHOOK_RETRY_MAX_MS=4000\`), one endpoint, a local node:http receiver in the
benchmark's process that verifies every signature with \`standardwebhooks\` (unverified requests: ${unverified}).

| run | messages | result | lost | duplicates |
| --- | ---: | --- | ---: | ---: |
| throughput: customers created in one transaction → delivered | ${n} | **${rate.toFixed(0)} messages/s** (${elapsed.toFixed(2)} s from commit to the last verified request; load average ${load1.toFixed(1)}); the platform's Node process spent ${cpuMsPerMessage.toFixed(2)} CPU ms per message (PostgreSQL's not counted) | ${n - arrived(throughputIds)} | ${duplicates(throughputIds)} |
| SIGKILL mid-delivery (after ${atKill} had arrived), restarted | ${k} | every event arrived ${recovery.toFixed(1)} s after the kill | ${k - arrived(killIds)} | ${killDuplicates} |
| receiver answers 500 for ${options.outageSeconds} s, then recovers | ${o} | ${arrived(outageIds) === o ? `every event arrived within ${afterOutage.toFixed(1)} s of recovery` : `${o - arrived(outageIds)} had not arrived ${afterOutage.toFixed(0)} s after recovery`} (up to ${attempts} attempts; the endpoint ${endpointAfter.enabled ? "stayed enabled" : `was disabled: ${endpointAfter.reason}`}) | ${o - arrived(outageIds)} | ${duplicates(outageIds)} |

Duplicates are requests with a webhook-id already received: the deliveries a killed process had sent but not yet recorded are sent again after their lease (at least once).`;
console.log(section);
if (options.write) writeResultsSection("activation-webhooks", section);
process.exit(0);
