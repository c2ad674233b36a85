/** The view benchmark's shapes: per shape, what each server is sent (bodies, callers) and the target it is held to. */
import type { Sql } from "postgres";
import { toGlobalId } from "../../src/graphql/global-id.js";
import type { Server, ServerName, Target } from "./drive.js";
import * as q from "./queries.js";

export const SCENARIO_KEYS = ["360", "360vars", "row", "list", "dealer", "timeline", "node"] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

/** Ours against another server: throughput ratio at least `rps`, and (when `p99`) a p99 no worse. */
export interface Goal {
  rps: number;
  p99: boolean;
}

export interface Scenario {
  key: ScenarioKey;
  name: string;
  targets: Target[];
  goals: Partial<Record<Exclude<ServerName, "ours">, Goal>>;
  /** What differs between the servers' work, for the results. */
  note?: string;
}

export interface Setup {
  monitor: Sql;
  servers: Record<ServerName, Server>;
  urls: Record<ServerName, string>;
  /** ADMIN for ours; PostGraphile and the raw server take no token. */
  admin: Record<string, string>;
  /** A DEALER token's headers for a dealer's id. */
  dealerHeaders: (dealerId: string) => Promise<Record<string, string>>;
  customerIds: string[];
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const CHANNELS = ["EMAIL", "SMS", "PHONE", "CHAT", "VISIT"];
/** The paged 360° view rotates over at most this many customers (their cursors are fetched first). */
const CURSOR_CUSTOMERS = 1000;
/** PostGraphile v5's node id: base64 of the JSON [type, primary key]. */
const theirNodeId = (type: string, id: string) => Buffer.from(JSON.stringify([type, id])).toString("base64");

/** Runs `task` over `items`, `width` at a time (the cursors of thousands of customers, without thousands of sockets). */
async function mapLimit<T, R>(items: T[], width: number, task: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]!, i);
      }
    }),
  );
  return results;
}

async function ask(url: string, headers: Record<string, string>, text: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: text });
  const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (answer.errors?.length || !answer.data) throw new Error(`${url} answered ${JSON.stringify(answer).slice(0, 500)}`);
  return answer.data;
}

/** Each customer's cursor after their newest order, from each server (cursors are opaque and differ). */
async function firstOrderCursors(setup: Setup, customerIds: string[]): Promise<{ ours: (string | null)[]; theirs: (string | null)[] }> {
  type Edges = { edges: { cursor: string }[] };
  const ours = await mapLimit(customerIds, 16, async (id) => {
    const data = await ask(setup.urls.ours, setup.admin, body(q.OURS_FIRST_ORDER, { id: toGlobalId("Customer", id) }));
    return ((data.customer as { orders: Edges }).orders.edges[0]?.cursor ?? null) as string | null;
  });
  const theirs = await mapLimit(customerIds, 16, async (id) => {
    const data = await ask(setup.urls.theirs, {}, body(q.THEIRS_FIRST_ORDER, { id }));
    return ((data.customerByRowId as { ordersByCustomerId: Edges }).ordersByCustomerId.edges[0]?.cursor ?? null) as string | null;
  });
  return { ours, theirs };
}

/** Up to `perType` ids of each node type, interleaved so that consecutive requests ask for different types. */
async function nodeIds(monitor: Sql, perType: number): Promise<{ type: string; id: string }[]> {
  const byType = await Promise.all(
    Object.entries(q.NODE_TYPES).map(async ([type, table]) => (await monitor`select id from ${monitor(table)} order by id limit ${perType}`).map((r) => ({ type, id: r.id as string }))),
  );
  const longest = Math.max(...byType.map((ids) => ids.length));
  return Array.from({ length: longest }, (_, i) => byType.flatMap((ids) => (ids[i] ? [ids[i]!] : []))).flat();
}

export async function buildScenarios(setup: Setup, keys: Set<ScenarioKey>): Promise<Scenario[]> {
  const { servers, urls, admin, customerIds } = setup;
  const ours = (path: string, bodies: string[], perRequest?: Record<string, string>[]): Target => ({ server: servers.ours, url: urls.ours + path, bodies, headers: perRequest ? {} : admin, perRequest });
  const theirs = (bodies: string[]): Target => ({ server: servers.theirs, url: urls.theirs, bodies, headers: {} });
  const raw = (path: string, bodies: string[]): Target => ({ server: servers.raw, url: urls.raw + path, bodies, headers: {} });
  const globalIds = customerIds.map((id) => toGlobalId("Customer", id));
  const against = { theirs: { rps: 1.2, p99: true } };
  const scenarios: Scenario[] = [];

  if (keys.has("360"))
    scenarios.push({
      key: "360",
      name: "360° view, one customer per request",
      targets: [ours("", globalIds.map((id) => body(q.OURS_360, { id }))), theirs(customerIds.map((id) => body(q.THEIRS_360, { id }))), raw("/360", globalIds.map((id) => body(q.OURS_360, { id })))],
      goals: { ...against, raw: { rps: 0.5, p99: false } },
      note: "the hand-written server (raw-360-server.mjs) answers the same JSON with one statement and no GraphQL, token, scope or audit row",
    });
  if (keys.has("360vars")) {
    // Two requests per customer to learn the cursors: a bounded number, whatever the database's size.
    const some = customerIds.slice(0, CURSOR_CUSTOMERS);
    const cursors = await firstOrderCursors(setup, some);
    scenarios.push({
      key: "360vars",
      name: "360° view, orders(first: $orders, after: $after) and interactions of $channel",
      targets: [
        ours("", some.map((id, i) => body(q.OURS_360_VARIABLES, { id: globalIds[i], orders: 5, after: cursors.ours[i], channel: CHANNELS[i % CHANNELS.length] }))),
        theirs(some.map((id, i) => body(q.THEIRS_360_VARIABLES, { id, orders: 5, after: cursors.theirs[i], channel: CHANNELS[i % CHANNELS.length] }))),
      ],
      goals: against,
      note: `the second page of orders (after each customer's newest) and one channel's interactions, all values in variables, rotating over ${some.length} customers; PostGraphile filters with \`condition: { channel }\``,
    });
  }
  if (keys.has("row"))
    scenarios.push({
      key: "row",
      name: "single customer row",
      targets: [ours("", globalIds.map((id) => body(q.OURS_ROW, { id }))), theirs(customerIds.map((id) => body(q.THEIRS_ROW, { id })))],
      goals: { theirs: { rps: 0.8, p99: false } },
    });
  if (keys.has("list"))
    scenarios.push({
      key: "list",
      name: "list page: 50 customers with orders(first: 5) { lines { product } } and vehicles",
      targets: [ours("", [body(q.OURS_LIST)]), theirs([body(q.THEIRS_LIST)])],
      goals: against,
    });
  if (keys.has("dealer")) {
    const dealers = (await setup.monitor`select id from dealers order by code`).map((r) => r.id as string);
    scenarios.push({
      key: "dealer",
      name: "dealer portal: node(id:) Dealer { customers(first: 50) orders(first: 50) }, as that dealer",
      targets: [
        ours("", dealers.map((id) => body(q.OURS_DEALER, { id: toGlobalId("Dealer", id) })), await Promise.all(dealers.map((id) => setup.dealerHeaders(id)))),
        theirs(dealers.map((id) => body(q.THEIRS_DEALER, { id }))),
      ],
      goals: against,
      note: `rotating over the ${dealers.length} dealers, each with its own DEALER token on ours (its scope applies); PostGraphile reads the same tables unscoped, its customers through dealer_relationships (a customer once per basis)`,
    });
  }
  if (keys.has("timeline"))
    scenarios.push({
      key: "timeline",
      name: "customer timeline(first: 50)",
      targets: [ours("", globalIds.map((id) => body(q.OURS_TIMELINE, { id }))), raw("/timeline", globalIds.map((id) => body(q.OURS_TIMELINE, { id })))],
      goals: {},
      note: "PostGraphile has no timeline: compared with the hand-written server's single UNION ALL statement (no target; how far the resolver path is from the floor)",
    });
  if (keys.has("node")) {
    const ids = await nodeIds(setup.monitor, 200);
    scenarios.push({
      key: "node",
      name: `node(id:) rotating over ${Object.keys(q.NODE_TYPES).join(", ")}`,
      targets: [ours("", ids.map(({ type, id }) => body(q.OURS_NODE, { id: toGlobalId(type, id) }))), theirs(ids.map(({ type, id }) => body(q.THEIRS_NODE, { id: theirNodeId(type, id) })))],
      goals: against,
      note: `${ids.length} ids, up to 200 per type`,
    });
  }
  return scenarios;
}
