/**
 * bench:recommend's evaluation of Customer.recommendations (recommend.ts runs it per setting):
 * hit-rate@10 and NDCG@10 against a popularity baseline, and its latency under 16 clients.
 *
 * What is judged: for every customer with a purchase before the cut and a purchase of a product
 * new to them in the 30 days after it (returned or cancelled ones left out), whether the top 10
 * name one of those new products. Repurchases of what the customer already had are the due-soon
 * evaluation's; recommendations leave what the customer bought out by design, and so does the
 * baseline: the products most bought (distinct buyers) in the 90 days before the cut, minus what
 * the customer bought. The population writes no consents, so every customer is given PROFILING
 * consent (before the cut); the tiers are computed as the traits refresh does (the bulk write
 * runs without the triggers), then the co-purchase model is rebuilt with them and every customer
 * ranked with it (the kept rankings, as `npm run models:refresh` leaves them). Recommendations are
 * read with the loader's statement (`recommendationsOf`, the SQL the compiled path runs per
 * customer), 500 customers per statement.
 */
import { createServer } from "node:net";
import { loadavg } from "node:os";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { refreshAllTraits } from "../../src/analytics/traits.service.js";
import { createTokenService } from "../../src/auth/tokens.js";
import { rows } from "../../src/db/client.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { refreshProductAssociations, refreshRecommendationSeeds } from "../../src/recommendations/associations.service.js";
import { recommendationsOf } from "../../src/recommendations/recommendations.service.js";
import { RecommendationContext } from "../../src/recommendations/recommendations.types.js";
import type { Database } from "../../src/db/client.js";
import { BENCH_SECRET, cpuSeconds, startPlatform, statementsSent } from "./harness.js";
import type { Evaluation, EvaluationContext, EvaluationResult } from "./recommend.js";

const TOP = 10;
const DAY = 86_400_000;

/** Binary relevance: DCG of the hits' ranks over the ideal DCG of min(relevant, 10) hits. */
export function ndcgAt(ranked: readonly string[], relevant: ReadonlySet<string>, k = TOP): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(relevant.size, k); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export function recommendationEvaluation(options: { latencySeconds: number; port: number }): Evaluation {
  return {
    name: "recommendations",
    target: "hit-rate@10 ≥ 1.5 × popularity",
    run: (context) => evaluate(context, options),
  };
}

async function evaluate({ db, url, written }: EvaluationContext, options: { latencySeconds: number; port: number }): Promise<EvaluationResult> {
  const consentAt = new Date(written.cut - DAY).toISOString();
  await db.execute(sql`insert into consent_events (id, customer_id, channel, purpose, status, source, recorded_at)
    select gen_random_uuid(), id, 'EMAIL', 'PROFILING', 'GRANTED', 'bench', ${consentAt}::timestamptz from unnest(${sql.param(written.customerIds)}::uuid[]) as c(id)`);
  await refreshAllTraits(db);
  await refreshProductAssociations(db);
  await refreshRecommendationSeeds(db);

  const owned = new Map<string, Set<string>>();
  for (const r of await rows<{ customer_id: string; product_id: string }>(
    db,
    sql`select distinct o.customer_id, ol.product_id from orders o join order_lines ol on ol.order_id = o.id where o.status <> 'CANCELLED'`,
  )) {
    const set = owned.get(r.customer_id) ?? new Set();
    set.add(r.product_id);
    owned.set(r.customer_id, set);
  }
  const wanted = new Map<string, Set<string>>();
  for (const p of written.test) {
    const customer = written.customerIds[p.customer]!;
    const product = written.productIds[p.product]!;
    if (!owned.has(customer) || owned.get(customer)!.has(product)) continue;
    const set = wanted.get(customer) ?? new Set();
    set.add(product);
    wanted.set(customer, set);
  }
  const popular = (
    await rows<{ product_id: string }>(
      db,
      sql`select ol.product_id from orders o join order_lines ol on ol.order_id = o.id join products p on p.id = ol.product_id
        where o.status <> 'CANCELLED' and p.active and o.placed_at >= ${new Date(written.cut - 90 * DAY).toISOString()}::timestamptz
        group by ol.product_id order by count(distinct o.customer_id) desc, ol.product_id`,
    )
  ).map((r) => r.product_id);

  const customers = [...wanted.keys()];
  const admin = { role: "ADMIN", sub: "bench" } as never;
  const sums = { model: { hits: 0, ndcg: 0 }, baseline: { hits: 0, ndcg: 0 } };
  const sources = new Map<string, number>();
  for (let i = 0; i < customers.length; i += 500) {
    const chunk = customers.slice(i, i + 500);
    const answers = await recommendationsOf(db, admin, chunk, TOP, RecommendationContext.ON_SITE);
    for (const customer of chunk) {
      const relevant = wanted.get(customer)!;
      const items = answers.get(customer)?.items ?? [];
      for (const item of items) sources.set(item.source, (sources.get(item.source) ?? 0) + 1);
      const model = items.map((item) => item.productDbId);
      const baseline = popular.filter((p) => !owned.get(customer)!.has(p)).slice(0, TOP);
      for (const [name, ranked] of [["model", model], ["baseline", baseline]] as const) {
        if (ranked.some((p) => relevant.has(p))) sums[name].hits++;
        sums[name].ndcg += ndcgAt(ranked, relevant);
      }
    }
  }
  const n = customers.length || 1;
  const hit = { model: sums.model.hits / n, baseline: sums.baseline.hits / n };
  const ndcg = { model: sums.model.ndcg / n, baseline: sums.baseline.ndcg / n };
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "n/a");
  const mix = [...sources].map(([source, count]) => `${source} ${((100 * count) / Math.max(1, [...sources.values()].reduce((a, b) => a + b, 0))).toFixed(0)} %`).join(", ");
  const result: EvaluationResult = {
    met: customers.length > 0 && hit.model >= 1.5 * hit.baseline,
    rows: [
      ["hit-rate@10, products new to the customer", hit.model.toFixed(3), hit.baseline.toFixed(3), ratio(hit.model, hit.baseline)],
      ["NDCG@10, products new to the customer", ndcg.model.toFixed(3), ndcg.baseline.toFixed(3), ratio(ndcg.model, ndcg.baseline)],
      ["customers judged", String(customers.length), "", `with a purchase before the cut and a new product after it; items by source: ${mix}`],
    ],
  };
  if (options.latencySeconds > 0) result.rows.push(...(await latency(db, url, customers, options)));
  return result;
}

/**
 * Each customer asking for their own recommendations (`customer(id:) { recommendations(first: 10) }`,
 * the compiled path: no audit row for a customer's own read) from 16 connections, over HTTP to the
 * production build; statements counted on the server's database sockets (count-statements.mjs).
 * First the same clients ask for the profile's name only (`customer(id:) { displayName }`, one
 * index lookup): the floor of the machine at that moment, which a busy shared machine raises far
 * above the target whatever the statement costs. PostgreSQL's CPU per request: the CPU time of the
 * database's backends (/proc, the server runs on this machine) over the run, per request answered.
 */
async function latency(db: Database, url: string, customers: string[], options: { latencySeconds: number; port: number }): Promise<[string, string, string, string][]> {
  const backendCpu = async () =>
    (await rows<{ pid: number }>(db, sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`)).reduce((sum, r) => sum + cpuSeconds(r.pid), 0);
  // A port nobody listens on: a server of another run there would answer the probe in our place.
  const port = options.port || (await freePort());
  const pid = await startPlatform(url, port, true);
  try {
    const tokens = createTokenService({ secret: BENCH_SECRET, issuer: "customer-data-platform", audience: "customer-data-platform", ttl: "12h" });
    const sample = customers.slice(0, 400);
    const headers = await Promise.all(sample.map(async (id) => ({ authorization: `Bearer ${await tokens.sign({ role: "CUSTOMER", sub: `bench-${id}`, customerId: id })}` })));
    const target = `http://127.0.0.1:${port}/graphql`;
    /** The sample asking `query` for themselves from 16 connections, with the statements per request. */
    const run = async (query: string) => {
      const bodies = sample.map((id) => JSON.stringify({ query, variables: { id: toGlobalId("Customer", id) } }));
      // Warm: every operation compiled and prepared, the first answers checked.
      for (let i = 0; i < Math.min(20, bodies.length); i++) {
        const body = (await (await fetch(target, { method: "POST", headers: { "content-type": "application/json", ...headers[i] }, body: bodies[i] })).json()) as { errors?: unknown; data?: unknown };
        if (body.errors) throw new Error(`recommendations answered ${JSON.stringify(body.errors).slice(0, 300)}`);
      }
      let next = 0;
      const before = await statementsSent(pid);
      const cpuBefore = await backendCpu();
      const result = await autocannon({
        url: target,
        method: "POST",
        connections: 16,
        duration: options.latencySeconds,
        headers: { "content-type": "application/json" },
        requests: [
          {
            setupRequest: (request) => {
              const i = next++ % bodies.length;
              return { ...request, headers: { ...request.headers, ...headers[i] }, body: bodies[i] };
            },
          },
        ],
      });
      const statements = ((await statementsSent(pid)) - before) / Math.max(1, result.requests.total);
      const cpuMs = (1000 * ((await backendCpu()) - cpuBefore)) / Math.max(1, result.requests.total);
      return { ...result, statements, cpuMs };
    };
    const floor = await run(`query Name($id: ID!) { customer(id: $id) { displayName } }`);
    const recommend = await run(
      `query Recommend($id: ID!) { customer(id: $id) { recommendations(first: 10) { personalised allowed basis items { score source reason product { sku name price { amountMinor currency } } } } } }`,
    );
    const load = loadavg()[0]!.toFixed(1);
    return [
      [
        "reference: customer(id:) { displayName }, the same 16 clients just before: p50 / p99 ms",
        `${floor.latency.p50} / ${floor.latency.p99}`,
        "",
        `${floor.requests.average.toFixed(0)} req/s, ${floor.statements.toFixed(2)} statements per request, PostgreSQL CPU ${floor.cpuMs.toFixed(2)} ms per request: the machine's floor at load ${load}`,
      ],
      [
        "Customer.recommendations(first: 10), 16 clients: p50 / p99 ms",
        `${recommend.latency.p50} / ${recommend.latency.p99}`,
        "",
        `${recommend.requests.average.toFixed(0)} req/s, ${recommend.statements.toFixed(2)} statements per request, PostgreSQL CPU ${recommend.cpuMs.toFixed(2)} ms per request, ${recommend.errors + recommend.non2xx} errors, load average ${load}; target p99 ≤ 20 ms, one statement`,
      ],
    ];
  } finally {
    // Gone before the next setting drops the database it holds connections to.
    process.kill(pid);
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
