import { createClient } from "graphql-ws";
import { print } from "graphql";
import { expect, it } from "vitest";
import WebSocket from "ws";
import { CatalogCount, CustomerTotal } from "../operations/misc.js";
import { makeCustomer, makeProduct } from "../support/factories.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { startTestPlatform } from "../support/server.js";
import { describePlatform, firstError } from "../support/suite.js";
import { databaseKinds } from "../support/database.js";

describePlatform("the HTTP and WebSocket server", (platform) => {
  it("answers /healthz and /readyz", async () => {
    const health = await fetch(`${platform().url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${platform().url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: platform().kind });
  });

  it("exposes process metrics for Prometheus at /metrics", async () => {
    const response = await fetch(`${platform().url}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it("counts and times each operation at /metrics by name, path and outcome, and errors by code", async () => {
    const customer = await makeCustomer(platform().database.db, { email: "metrics@example.com" });
    const agent = await platform().token({ role: "AGENT", sub: "agent.metrics" });
    const send = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${platform().url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${agent}` }, body: JSON.stringify({ query, variables }) });
    const id = toGlobalId("Customer", customer.id);
    for (let i = 0; i < 3; i++) await send(`query MetricsView($id: ID!) { customer(id: $id) { displayName emails { address } } }`, { id });
    await send(`query MetricsReport { supplierSalesReport(filter: {}) { totalUnits } }`);
    await send(`query MetricsTypo { customerz { totalCount } }`);
    const text = await (await fetch(`${platform().url}/metrics`)).text();
    const value = (line: string) => Number(new RegExp(`^${line.replace(/[{}]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1] ?? NaN);
    expect(value('graphql_operations_total{operation="MetricsView",type="query",path="compiled",outcome="ok"}')).toBe(3);
    expect(value('graphql_operation_duration_seconds_count{operation="MetricsView",type="query",path="compiled"}')).toBe(3);
    // An agent may not read supplier reports: the resolver ran and refused.
    expect(value('graphql_operations_total{operation="MetricsReport",type="query",path="resolvers",outcome="error"}')).toBe(1);
    expect(value('graphql_errors_total{code="FORBIDDEN"}')).toBeGreaterThanOrEqual(1);
    // Never valid, never ran.
    expect(value('graphql_operations_total{operation="MetricsTypo",type="unknown",path="none",outcome="error"}')).toBe(1);
    expect(value('graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBeGreaterThanOrEqual(1);
  });

  it("tells at most 200 operation names apart in its metrics, counting the rest as other", async () => {
    for (let i = 0; i < 205; i++) {
      await fetch(`${platform().url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `query Invented${i} { __typename }` }) });
    }
    const text = await (await fetch(`${platform().url}/metrics`)).text();
    const names = new Set([...text.matchAll(/^graphql_operations_total\{operation="([^"]*)"/gm)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(201);
    expect(names.has("other")).toBe(true);
  });

  it("shows open graphql-ws connections and running subscriptions at /metrics, and forgets them when the socket closes", async () => {
    const gauge = async (name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(await (await fetch(`${platform().url}/metrics`)).text())?.[1] ?? NaN);
    const until = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 50 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
    };
    const before = { connections: await gauge("graphql_ws_connections"), subscriptions: await gauge("graphql_ws_subscriptions") };
    const token = await platform().token({ role: "AGENT", sub: "agent.sockets" });
    const client = createClient({ url: `${platform().url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const stop = client.subscribe({ query: "subscription { deliveryFeed { event { seq } } }" }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    try {
      await until(async () => (await gauge("graphql_ws_subscriptions")) > before.subscriptions);
      expect(await gauge("graphql_ws_connections")).toBe(before.connections + 1);
      expect(await gauge("graphql_ws_subscriptions")).toBe(before.subscriptions + 1);
    } finally {
      stop();
      await client.dispose();
    }
    await until(async () => (await gauge("graphql_ws_connections")) === before.connections);
    expect(await gauge("graphql_ws_connections")).toBe(before.connections);
    expect(await gauge("graphql_ws_subscriptions")).toBe(before.subscriptions);
  });

  it("serves GraphQL over graphql-ws on the same port and path, authenticated by connectionParams", async () => {
    await makeProduct(platform().database.db);
    const token = await platform().token({ role: "AGENT", sub: "a" });
    const client = createClient({ url: `${platform().url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    try {
      const results: unknown[] = [];
      for await (const result of client.iterate({ query: print(CatalogCount) })) results.push(result);
      expect(results).toEqual([{ data: { products: { totalCount: 1 } } }]);
    } finally {
      await client.dispose();
    }
  });

  it.each([
    ["no token", {}],
    ["a bad token", { authorization: "Bearer nope" }],
  ])("closes a WebSocket with %s with 4403 Forbidden", async (_name, connectionParams) => {
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: `${platform().url.replace("http", "ws")}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: false,
        on: { closed: (event) => resolve((event as { code: number }).code) },
        onNonLazyError: () => undefined,
      });
      setTimeout(() => void client.dispose(), 5000);
    });
    expect(await closed).toBe(4403);
  });

  it("keeps csrf prevention on: a simple GET without a preflight header is refused", async () => {
    const response = await fetch(`${platform().url}/graphql?query=${encodeURIComponent("{ products { totalCount } }")}`);
    expect(response.status).toBe(400);
  });
});

it.each(databaseKinds())("masks unexpected errors and reports not-ready when the database is gone [%s]", async (kind) => {
  const platform = await startTestPlatform(kind);
  try {
    const token = await platform.token({ role: "ADMIN", sub: "a" });
    await platform.database.close();
    const { status, body } = await platform.gql(CustomerTotal, {}, token);
    const error = body.errors![0]!;
    if (kind === "postgres") {
      // An ended connection pool is an outage, which clients may retry (database-outage.test.ts).
      expect(status).toBe(503);
      expect(firstError(body).code).toBe("SERVICE_UNAVAILABLE");
    } else {
      expect(status).toBe(200);
      expect(firstError(body).code).toBe("INTERNAL_SERVER_ERROR");
      expect(error.message).toBe("Internal server error");
      expect(error.extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(JSON.stringify(body)).not.toMatch(/select |from "|stack|PGlite|postgres|ECONN/i);
    const ready = await fetch(`${platform.url}/readyz`);
    expect(ready.status).toBe(503);
  } finally {
    await platform.server.close();
    await platform.database.drop().catch(() => undefined);
  }
});
