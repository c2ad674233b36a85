import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { gunzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { registerQueueDepth } from "../../src/metrics.js";
import { statementShape, summaryOf } from "../../src/db/observe.js";
import { databaseKinds } from "../support/database.js";
import { makeCustomer } from "../support/factories.js";
import { rawHttp, rawWs } from "../support/raw.js";
import { startTestPlatform } from "../support/server.js";
import { describePlatform } from "../support/suite.js";

/** An OTLP/HTTP collector: keeps every body the exporter posts to /v1/traces (JSON, gzipped or not). */
async function otlpReceiver() {
  const bodies: Buffer[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks);
      if (request.url === "/v1/traces") bodies.push(request.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw);
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    text: () => bodies.map((body) => body.toString("utf8")).join("\n"),
    spans: () => bodies.flatMap((body) => (JSON.parse(body.toString("utf8")) as Export).resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Attribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; arrayValue?: unknown };
}
interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Attribute[];
}
interface Export {
  resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
}

const attribute = (span: ExportedSpan | undefined, key: string) => {
  const value = span?.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue !== undefined ? Number(value.intValue) : undefined);
};

describe.each(databaseKinds())("tracing over OTLP/HTTP [%s]", (kind) => {
  it("exports HTTP request → GraphQL operation → SQL statements and graphql-ws operations, with operation names and request ids and no personal data", async () => {
    const receiver = await otlpReceiver();
    const platform = await startTestPlatform(kind, { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, TRACE_SAMPLE_RATIO: "1" });
    const local = `otel.${randomBytes(4).toString("hex")}`;
    const email = `${local}@example.com`;
    let requestId: string | null;
    try {
      await makeCustomer(platform.database.db, { email, displayName: "Traceable Person" });
      const agent = await platform.token({ role: "AGENT", sub: "agent.tracing" });
      // Personal data in variables: the search finds the customer by email.
      const search = `query OtelSearch($search: String!) { customers(first: 5, filter: { search: $search }) { totalCount edges { node { displayName emails { address } } } } }`;
      const http = await rawHttp(platform.url, search, { search: email }, agent);
      expect(http.body.errors).toBeUndefined();
      expect(JSON.stringify(http.body.data)).toContain(email);
      requestId = http.headers.get("x-request-id");
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const ws = await rawWs(platform.url, agent, `query OtelSocket($search: String!) { customers(first: 1, filter: { search: $search }) { totalCount } }`, { search: email });
      expect(ws.errors).toBeUndefined();
      // Refused before it runs: still a span, named from the document, with the error's code.
      await rawHttp(platform.url, `mutation OtelBad { noSuchMutation }`, {}, agent);
      expect((await fetch(`${platform.url}/metrics`)).status).toBe(200);
    } finally {
      // Closing the server sends what the exporter still buffers.
      await platform.close();
    }
    const spans = receiver.spans();
    const text = receiver.text();
    await receiver.close();

    const request = spans.find((span) => span.name === "POST /graphql" && attribute(span, "cdp.request.id") === requestId);
    expect(request, "the HTTP request's span").toBeDefined();
    expect(request!.kind).toBe(2); // SERVER
    expect(attribute(request, "http.response.status_code")).toBe(200);
    const operation = spans.find((span) => span.parentSpanId === request!.spanId);
    expect(operation?.name).toBe("query OtelSearch");
    expect(attribute(operation, "graphql.operation.name")).toBe("OtelSearch");
    expect(attribute(operation, "cdp.request.id")).toBe(requestId);
    expect(operation!.traceId).toBe(request!.traceId);
    const statements = spans.filter((span) => span.parentSpanId === operation!.spanId);
    expect(statements.length).toBeGreaterThanOrEqual(1);
    expect(statements.length).toBe(attribute(operation, "cdp.graphql.statements"));
    for (const statement of statements) {
      expect(statement.kind).toBe(3); // CLIENT
      expect(attribute(statement, "db.system.name")).toBe("postgresql");
      expect(attribute(statement, "cdp.db.statement_hash")).toMatch(/^[0-9a-f]{16}$/);
    }

    const socket = spans.find((span) => span.name === "query OtelSocket");
    expect(socket, "the graphql-ws operation's span").toBeDefined();
    expect(attribute(socket, "cdp.graphql.transport")).toBe("websocket");
    expect(spans.filter((span) => span.parentSpanId === socket!.spanId).length).toBeGreaterThanOrEqual(1);

    const refused = spans.find((span) => span.name.startsWith("mutation") && attribute(span, "graphql.operation.name") === "OtelBad");
    expect(refused).toBeDefined();
    expect(JSON.stringify(refused!.attributes)).toContain("GRAPHQL_VALIDATION_FAILED");

    expect(spans.some((span) => span.name.includes("/metrics"))).toBe(false);
    expect(text).not.toContain(email);
    expect(text).not.toContain(local);
    expect(text).not.toContain("Traceable");
  });
});

describe("statement shapes in spans", () => {
  it("keeps identifiers and placeholders, drops literals, and names the operation and table", () => {
    expect(statementShape(`select "id" from "customers" where "email" = 'a@b.cn' and age > 42 and "x" = $1 and note = E'it''s' and body = $$secret$$`)).toBe(
      `select "id" from "customers" where "email" = ? and age > ? and "x" = $1 and note = ? and body = ?`,
    );
    // A literal cut by the length limit goes whole.
    const cut = statementShape(`select ${"'aaaa',".repeat(600)} 'secret value that runs past the cut ${"y".repeat(1000)}'`);
    expect(cut.length).toBeLessThan(2048);
    expect(cut).not.toContain("secret");
    expect(summaryOf(`insert into "audit_log" ("id") values ($1)`)).toEqual({ operation: "INSERT", collection: "audit_log" });
    expect(summaryOf(`select count(*) from "customers"`)).toEqual({ operation: "SELECT", collection: "customers" });
    expect(summaryOf(`with x as (select 1) select * from x`)).toEqual({ operation: "WITH" });
  });
});

describe("the queue-depth hook", () => {
  it("reads each registered queue's depth by state at every scrape, skips one that fails, and forgets one removed", async () => {
    const metrics = new Registry();
    let queued = 3;
    const removeOutbox = registerQueueDepth(metrics, "outbox", () => ({ queued, active: 1 }));
    registerQueueDepth(metrics, "broken", async () => {
      throw new Error("store away");
    });
    expect(await metrics.metrics()).toMatch(/^job_queue_depth\{queue="outbox",state="queued"\} 3$/m);
    queued = 7;
    const text = await metrics.metrics();
    expect(text).toMatch(/^job_queue_depth\{queue="outbox",state="queued"\} 7$/m);
    expect(text).toMatch(/^job_queue_depth\{queue="outbox",state="active"\} 1$/m);
    expect(text).not.toContain('queue="broken"');
    removeOutbox();
    expect(await metrics.metrics()).not.toContain('queue="outbox"');
  });
});

describePlatform("operations metrics at /metrics", (platform) => {
  const scrape = async () => (await fetch(`${platform().url}/metrics`)).text();
  const value = (text: string, line: string) => Number(new RegExp(`^${line.replace(/[{}]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1] ?? NaN);

  it("counts the statements of each operation: one on the compiled path, none for __typename", async () => {
    await rawHttp(platform().url, `query ObsProducts { products(first: 2) { totalCount } }`);
    await rawHttp(platform().url, `query ObsProducts { products(first: 2) { totalCount } }`);
    await rawHttp(platform().url, `query ObsNothing { __typename }`);
    const text = await scrape();
    expect(value(text, 'graphql_operation_statements_count{operation="ObsProducts",type="query",path="compiled"}')).toBe(2);
    expect(value(text, 'graphql_operation_statements_sum{operation="ObsProducts",type="query",path="compiled"}')).toBe(2);
    expect(value(text, 'graphql_operation_statements_sum{operation="ObsNothing",type="query",path="resolvers"}')).toBe(0);
  });

  it("shows the pool's connections in use and the statements waiting for one", async () => {
    const { db } = platform().database;
    const idle = await scrape();
    const max = value(idle, "db_pool_connections_max");
    expect(max).toBe(platform().kind === "pglite" ? 1 : 5);
    expect(value(idle, "db_pool_waiting")).toBe(0);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Every connection held by a transaction, and one more statement: it must wait.
    const transactions = Array.from({ length: max }, () => db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await held;
    }));
    const waiting = Promise.resolve(db.execute(sql`select 1`));
    try {
      let text = await scrape();
      for (let i = 0; i < 40 && value(text, "db_pool_waiting") !== 1; i++) text = await scrape();
      expect(value(text, "db_pool_connections_in_use")).toBe(max);
      expect(value(text, "db_pool_waiting")).toBe(1);
    } finally {
      release();
      await Promise.all([...transactions, waiting]);
    }
    const after = await scrape();
    expect(value(after, "db_pool_connections_in_use")).toBe(0);
    expect(value(after, "db_pool_waiting")).toBe(0);
  });

  it("measures the event bus's lag from announcement to hearing", async () => {
    const before = value(await scrape(), "event_bus_lag_seconds_count") || 0;
    // What the tracking writes announce, made 200 ms ago.
    const payload = JSON.stringify({ shipmentId: randomUUID(), seq: 1, at: Date.now() - 200 });
    await platform().database.db.execute(sql`select pg_notify('tracking_events', ${payload})`);
    let text = await scrape();
    for (let i = 0; i < 40 && value(text, "event_bus_lag_seconds_count") === before; i++) text = await scrape();
    expect(value(text, "event_bus_lag_seconds_count")).toBe(before + 1);
    expect(value(text, "event_bus_lag_seconds_sum")).toBeGreaterThanOrEqual(0.2);
  });
});
