/**
 * The campaign half of `npm run bench:activation` (alone: `npm run bench:campaign`): a campaign
 * to 100,000 customers on PostgreSQL (src/campaigns), through the public API of a platform
 * process of its own, to a local receiver (node:http) that verifies every request's signature
 * with `standardwebhooks`.
 *
 * 1. `sendCampaign` resolves the audience (a tier: every customer) and enqueues the jobs: its
 *    answer time is "audience resolved and sends enqueued".
 * 2. The jobs decide every message (consent, plan, cap; quiet hours off) and put them on the
 *    outbox; the webhook pipeline delivers them: messages/s from the answer to the last verified
 *    request, each webhook-id counted once (duplicates reported).
 *
 * Writes the "activation-campaign" section of test/bench/RESULTS.md.
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { Command } from "commander";
import { sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { createTokenService } from "../../src/auth/tokens.js";
import * as s from "../../src/db/schema/index.js";
import { activationServerEnv, BENCH_SECRET, cpuSeconds, freshDatabase, machineDescription, writeResultsSection } from "./harness.js";

const program = new Command()
  .option("--admin-url <url>", "PostgreSQL server", process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--database <name>", "database of its own", "cdp_bench_campaign")
  .option("--customers <n>", "the campaign's audience", "100000")
  .option("--no-write", "do not write test/bench/RESULTS.md")
  .parse();
const options = program.opts<{ adminUrl: string; database: string; customers: string; write: boolean }>();

const SECRET = `whsec_${Buffer.from("bench-campaign-signing-key-24by").toString("base64")}`;
const verifier = new Webhook(SECRET);
const PORT = 4392;

const seen = new Map<string, number>();
let unverified = 0;
let mismatched = 0;
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (c: Buffer) => chunks.push(c));
  request.on("end", () => {
    let message: { data: { messageId: string } };
    try {
      message = verifier.verify(Buffer.concat(chunks).toString("utf8"), request.headers as Record<string, string>) as typeof message;
    } catch {
      unverified++;
      return response.writeHead(401).end();
    }
    const id = String(request.headers["webhook-id"]);
    if (message.data.messageId !== id) mismatched++;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    response.writeHead(204).end();
  });
});
receiver.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/gateway`;

const n = Number(options.customers);
const { handle, url } = await freshDatabase(options.adminUrl, options.database);
const db = handle.db;
const populated0 = performance.now();
// The audience: n customers of tier REGULAR with a name and SMS marketing consent.
await db.execute(sql`insert into customers (id, display_name, given_name, tier, stage) select gen_random_uuid(), 'Bench customer ' || i, 'Guest' || i, 'REGULAR', 'CUSTOMER' from generate_series(1, ${n}) i`);
await db.execute(sql`insert into consent_events (id, customer_id, channel, purpose, status, source) select gen_random_uuid(), id, 'SMS', 'MARKETING', 'GRANTED', 'bench' from customers`);
await db.insert(s.webhookEndpoints).values({ url: receiverUrl, eventTypes: ["message.requested"], secret: SECRET, createdBy: "bench" });
console.log(`${n} customers with consent in ${((performance.now() - populated0) / 1000).toFixed(1)} s`);

const serverEnv = activationServerEnv(url, PORT, {
  // Every message now: the quiet hours would hold the audience of one zone for hours.
  CAMPAIGN_QUIET_HOURS: "off",
  OPERATION_TIMEOUT_MS: "120000",
});
const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env: serverEnv, stdio: ["ignore", "pipe", "pipe"] });
let output = "";
child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
for (const until = Date.now() + 60_000; ; ) {
  try {
    if ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).ok) break;
  } catch {
    // not listening yet
  }
  if (child.exitCode !== null || Date.now() > until) throw new Error(`server did not start:\n${output}`);
  await new Promise((r) => setTimeout(r, 200));
}

const tokens = createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" });
const admin = await tokens.sign({ role: "ADMIN", sub: "bench" });
const gql = async (query: string, variables: Record<string, unknown>) => {
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${admin}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
};

const created = await gql("mutation ($input: CampaignInput!) { createCampaign(input: $input) { campaign { id } } }", {
  input: { name: "Bench offer", kind: "OFFER", channel: "SMS", audience: { tier: "REGULAR" }, body: "Hi {{ givenName }}, 10% off this week." },
});
const campaignId = created.createCampaign.campaign.id as string;
const cpu0 = cpuSeconds(child.pid!);
const own0 = process.cpuUsage();
const t0 = performance.now();
const sent = await gql("mutation ($input: SendCampaignInput!) { sendCampaign(input: $input) { campaign { status counts { pending } } } }", { input: { campaignId } });
const enqueued = (performance.now() - t0) / 1000;
const loadAtSend = loadavg()[0]!;
console.log(`sendCampaign: ${sent.sendCampaign.campaign.counts.pending} sends resolved and enqueued in ${enqueued.toFixed(2)} s (load ${loadAtSend.toFixed(1)})`);

let decidedAt = 0;
const end = Date.now() + 900_000;
for (;;) {
  if (!decidedAt) {
    const [row] = (await db.execute(sql`select count(*)::int as n from campaign_sends where status = 'PENDING'`)) as unknown as [{ n: number }];
    if (Number(row.n) === 0) {
      decidedAt = performance.now();
      console.log(`every message decided after ${((decidedAt - t0) / 1000).toFixed(1)} s`);
    }
  }
  if (seen.size >= n) break;
  if (Date.now() > end) throw new Error(`timed out with ${seen.size} of ${n} delivered`);
  await new Promise((r) => setTimeout(r, 100));
}
const elapsed = (performance.now() - t0) / 1000;
const rate = n / elapsed;
const load1 = loadavg()[0]!;
const cpuMsPerMessage = ((cpuSeconds(child.pid!) - cpu0) * 1000) / n;
const own = process.cpuUsage(own0);
const receiverMsPerMessage = (own.user + own.system) / 1000 / n;
const duplicates = [...seen.values()].reduce((d, c) => d + c - 1, 0);
const [counts] = (await db.execute(sql`select count(*) filter (where status = 'SENT')::int as sent, count(*) filter (where status = 'SKIPPED')::int as skipped from campaign_sends`)) as unknown as [{ sent: number; skipped: number }];
const [logged] = (await db.execute(sql`select count(*)::int as n from interactions where type = 'CAMPAIGN' and direction = 'OUTBOUND'`)) as unknown as [{ n: number }];
console.log(`delivered ${seen.size} in ${elapsed.toFixed(1)} s = ${rate.toFixed(0)}/s; ${cpuMsPerMessage.toFixed(2)} platform CPU ms/message, receiver ${receiverMsPerMessage.toFixed(2)}; duplicates ${duplicates}, unverified ${unverified}, id mismatches ${mismatched}; interactions ${logged.n}; load ${load1.toFixed(1)}`);

child.kill("SIGTERM");
await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
const machine = await machineDescription(url);
await handle.close();
receiver.close();

const section = `## Campaign to ${n.toLocaleString("en")} customers (\`npm run bench:activation\`, or \`npm run bench:campaign\` alone)

${new Date().toISOString().slice(0, 10)}; ${machine}. One platform process on PostgreSQL (\`node --import tsx src/main.ts\`, defaults but
\`CAMPAIGN_QUIET_HOURS=off\`, \`WEBHOOK_TIMEOUT_MS=2000\`), ${n.toLocaleString("en")} customers of tier REGULAR with SMS marketing consent, an OFFER by SMS
to the tier through the API (\`createCampaign\`, \`sendCampaign\`), one endpoint for \`message.requested\`, a local node:http receiver in the
benchmark's process verifying every signature with \`standardwebhooks\`. The machine was shared with other work: the figures are lower bounds.

| measure | result | target |
| --- | --- | --- |
| audience resolved and sends enqueued (\`sendCampaign\`'s answer: ${n.toLocaleString("en")} pending sends in one statement, ${Math.ceil(n / 500)} jobs) | **${enqueued.toFixed(2)} s** (load average ${loadAtSend.toFixed(1)}) | ≤ 30 s |
| every message decided (consent, plan, cap, template; an OUTBOUND interaction each: ${logged.n.toLocaleString("en")}) | ${decidedAt ? ((decidedAt - t0) / 1000).toFixed(1) : "–"} s after the send | – |
| delivered to the receiver, signatures verified (${unverified} unverified, ${mismatched} webhook-id ≠ messageId) | **${rate.toFixed(0)} messages/s** (${elapsed.toFixed(1)} s from the send to the last verified request; load average ${load1.toFixed(1)}) | ≥ 1,000/s |
| sent / skipped / duplicates | ${counts.sent} / ${counts.skipped} / ${duplicates} | one per campaign × customer |

The platform's Node process spent ${cpuMsPerMessage.toFixed(2)} CPU ms per message end to end (deciding, dispatching, signing, sending; PostgreSQL's not counted), the receiver ${receiverMsPerMessage.toFixed(2)}.`;
console.log(section);
if (options.write) writeResultsSection("activation-campaign", section);
process.exit(0);
