/**
 * The incremental path of segment memberships, for `npm run bench:traits`: segments are created
 * on the bench database (their members computed set-based), our server runs as its own process
 * with a graphql-ws client subscribed to segmentMembershipChanged, and orders are placed one by
 * one (one INSERT and COMMIT each, as the bench's writes go) for customers the order moves into a
 * segment, optionally while background writers place orders for other customers. Per order:
 * the write's own time, commit → the membership row visible on another connection, and commit →
 * the subscription's event received.
 */
import { createClient } from "graphql-ws";
import postgres from "postgres";
import WebSocket from "ws";
import { sql } from "drizzle-orm";
import { createSegment, refreshAllSegments } from "../../src/analytics/segments.service.js";
import { createTokenService } from "../../src/auth/tokens.js";
import type { CustomerRule } from "../../src/customers/customers.types.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { BENCH_SECRET, startPlatform } from "./harness.js";

const PORT = 4207;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
};

/**
 * Customers entering one segment, as a graphql-ws subscriber hears them. `expect(customerId)`
 * before the write that should move the customer in; `heard()` after it resolves with the moment
 * the announcement arrived (it may have arrived first), or fails after 10 s.
 */
export async function listenForEntries(wsUrl: string, token: string, segmentId: string) {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const heard = new Map<string, (at: number) => void>();
  const early = new Map<string, number>();
  const dispose = client.subscribe<{ segmentMembershipChanged: { customerId: string; change: string } }>(
    { query: "subscription ($id: ID) { segmentMembershipChanged(segmentId: $id) { customerId change } }", variables: { id: toGlobalId("Segment", segmentId) } },
    {
      next: (value) => {
        const at = performance.now();
        const change = value.data?.segmentMembershipChanged;
        if (!change || change.change !== "ENTERED") return;
        const waiting = heard.get(change.customerId);
        if (waiting) waiting(at);
        else early.set(change.customerId, at);
      },
      error: (error) => console.error("subscription ended", error),
      complete: () => undefined,
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    expect(customerId: string) {
      const globalId = toGlobalId("Customer", customerId);
      const received = new Promise<number>((resolve) => {
        const already = early.get(globalId);
        if (already !== undefined) resolve(already);
        else heard.set(globalId, resolve);
      });
      return {
        async heard(): Promise<number> {
          try {
            return await Promise.race([received, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no event for ${customerId} within 10 s`)), 10_000))]);
          } finally {
            heard.delete(globalId);
          }
        },
      };
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

export interface SegmentLatencyOptions {
  /** Orders placed one by one and timed. */
  changes: number;
  /** Concurrent background writers placing orders for other customers meanwhile (0: none). */
  background: number;
}

export async function measureSegmentLatency(handle: DatabaseHandle, databaseUrl: string, options: SegmentLatencyOptions): Promise<string[]> {
  const db = handle.db;
  const staff = { role: "ADMIN", subject: "bench" } as const;
  await db.execute(sql`delete from segments where code like 'bench-%'`);
  const since = new Date();
  // The one the timed orders move customers into: an order from now on. Two more, so that every write evaluates three.
  const rules: [string, CustomerRule][] = [
    ["bench-ordered-now", { where: { lastOrderAfter: since } } as CustomerRule],
    ["bench-at-risk-quiet", { all: [{ where: { rfmGroups: ["AT_RISK", "CANNOT_LOSE"] } }, { not: { where: { hasOpenCase: true } } }] } as unknown as CustomerRule],
    ["bench-big-spenders", { where: { lifetimeValueAtLeast: 5_000_000 } } as CustomerRule],
  ];
  const created: { code: string; seconds: number; size: number }[] = [];
  let target = "";
  for (const [code, rule] of rules) {
    const started = performance.now();
    const segment = await createSegment(db, staff, { code, name: code, rule });
    const [row] = (await db.execute(sql`select count(*)::int as n from segment_memberships where segment_id = ${segment.dbId}::uuid`)) as unknown as { n: number }[];
    created.push({ code, seconds: (performance.now() - started) / 1000, size: row!.n });
    if (!target) target = segment.dbId;
  }
  const refreshStarted = performance.now();
  const refreshed = await refreshAllSegments(db);
  const refreshSeconds = (performance.now() - refreshStarted) / 1000;

  const pid = await startPlatform(databaseUrl, PORT);
  const token = await createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" }).sign({ role: "AGENT", sub: "bench" });
  const entries = await listenForEntries(`ws://127.0.0.1:${PORT}/graphql`, token, target);

  // Writers and readers on connections of their own, as other clients of the database.
  const writer = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  const reader = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  const background = postgres(databaseUrl, { max: Math.max(1, options.background), onnotice: () => undefined });
  const customers = (await reader`select id from customers where id not in (select customer_id from segment_memberships where segment_id = ${target}) order by id limit ${options.changes + options.background * 10_000}`).map((r) => r.id as string);
  const timed = customers.slice(0, options.changes);
  const others = customers.slice(options.changes);
  let running = options.background > 0;
  let backgroundOrders = 0;
  const loops = Array.from({ length: options.background }, async (_, w) => {
    for (let i = w; running && i < others.length; i += options.background) {
      await background`insert into orders (id, number, customer_id, channel, status, payment_method, delivery_option, subtotal_minor, total_minor, placed_at)
        values (gen_random_uuid(), ${`BB-${Date.now()}-${w}-${i}`}, ${others[i]!}, 'WEB', 'CONFIRMED', 'CARD', 'STANDARD', 1000, 1000, now())`;
      backgroundOrders++;
    }
  });
  const backgroundStarted = performance.now();

  const writes: number[] = [];
  const visible: number[] = [];
  const delivered: number[] = [];
  for (const [i, customerId] of timed.entries()) {
    const entry = entries.expect(customerId);
    const started = performance.now();
    await writer.begin(async (tx) => {
      await tx`insert into orders (id, number, customer_id, channel, status, payment_method, delivery_option, subtotal_minor, total_minor, placed_at)
        values (gen_random_uuid(), ${`BS-${Date.now()}-${i}`}, ${customerId}, 'WEB', 'CONFIRMED', 'CARD', 'STANDARD', 1000, 1000, now())`;
    });
    const committed = performance.now();
    writes.push(committed - started);
    for (;;) {
      const [found] = await reader`select 1 from segment_memberships where segment_id = ${target} and customer_id = ${customerId}`;
      if (found) break;
    }
    visible.push(performance.now() - committed);
    delivered.push(Math.max(0, (await entry.heard()) - committed));
  }
  running = false;
  await Promise.all(loops);
  const backgroundRate = backgroundOrders / ((performance.now() - backgroundStarted) / 1000);
  await entries.close();
  await Promise.all([writer.end(), reader.end(), background.end()]);
  process.kill(pid, "SIGTERM");

  return [
    "### Segment memberships (incremental)",
    "",
    ...created.map((c) => `- createSegment \`${c.code}\`: ${c.size} members computed set-based in ${c.seconds.toFixed(2)} s (one transaction).`),
    `- Full recompute of every segment (\`refreshAllSegments\`, the segments part of \`traits:refresh\`): ${refreshed.segments} segments in ${refreshSeconds.toFixed(1)} s, ${refreshed.changed} memberships changed.`,
    "",
    `${timed.length} orders placed one by one (one INSERT and COMMIT each), each moving its customer into \`bench-ordered-now\`; every write evaluates all ${rules.length} segments for its customer in its transaction` +
      (options.background > 0 ? `, while ${options.background} background writers placed orders for other customers (${Math.round(backgroundRate)} orders/s).` : ", with no other load."),
    "",
    "| from | to | latency |",
    "| --- | --- | --- |",
    `| INSERT sent | COMMIT returned (traits and memberships written) | ${ms(writes)} |`,
    `| COMMIT returned | membership row read on another connection | ${ms(visible)} |`,
    `| COMMIT returned | segmentMembershipChanged received over graphql-ws | **${ms(delivered)}** (target p99 ≤ 1 s) |`,
  ];
}
