import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../support/database.js";
import { rawHttp, rawWs } from "../support/raw.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";

/** The codes of an answer's errors, in order. */
const codes = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.map((error) => error.extensions?.code);

describe.each(databaseKinds())("the same operation gets the same answer over HTTP and WebSocket, in production [%s]", (kind) => {
  let platform: TestPlatform;
  let agent: string;

  beforeAll(async () => {
    platform = await startTestPlatform(kind, { NODE_ENV: "production", MAX_DEPTH: "4", MAX_ALIASES: "3", MAX_COST: "300", MAX_TOKENS: "120" });
    agent = await platform.token({ role: "AGENT", sub: "parity.agent" });
  });
  afterAll(async () => {
    await platform?.close();
  });

  /** Sends over both transports and checks that the codes agree; returns both answers. */
  async function both(query: string, variables?: Record<string, unknown>) {
    const http = await rawHttp(platform.url, query, variables, agent);
    const ws = await rawWs(platform.url, agent, query, variables);
    expect(codes(ws)).toEqual(codes(http.body));
    return { http: http.body, ws };
  }

  it("hides field suggestions over WebSocket as over HTTP", async () => {
    const { http, ws } = await both("subscription { delivryFeed { cursor } }");
    expect(codes(http)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    for (const answer of [http, ws]) expect(JSON.stringify(answer)).not.toMatch(/Did you mean|deliveryFeed/);
  });

  it("hides enum value suggestions too, on both transports", async () => {
    const { http, ws } = await both("query($s: OrderStatus!) { orders(filter: { statuses: [$s] }, first: 1) { totalCount } }", { s: "SHIPPEDD" });
    expect(codes(http)).toEqual(["BAD_USER_INPUT"]);
    for (const answer of [http, ws]) expect(JSON.stringify(answer)).not.toMatch(/Did you mean|"SHIPPED"/);
  });

  it("answers a variable of the wrong type with BAD_USER_INPUT over WebSocket, not an internal error", async () => {
    const { http } = await both("query($n: Int) { products(first: $n) { totalCount } }", { n: "NaN" });
    expect(codes(http)).toEqual(["BAD_USER_INPUT"]);
    // Subscriptions run over WebSocket only (HTTP refuses them as such): the same rule holds there.
    const subscription = await rawWs(platform.url, agent, 'subscription($a: Int) { shipmentTracking(shipmentId: "x", after: $a) { seq } }', { a: "NaN" });
    expect(codes(subscription)).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers an operation that cannot be picked with OPERATION_RESOLUTION_FAILURE on both", async () => {
    const { http } = await both("query A { __typename } query B { __typename }");
    expect(codes(http)).toEqual(["OPERATION_RESOLUTION_FAILURE"]);
  });

  it.each([
    ["depth", "{ products { edges { node { category { name } } } } }"],
    ["aliases", `{ ${Array.from({ length: 4 }, (_, i) => `a${i}: products(first: 1) { totalCount }`).join(" ")} }`],
    ["cost", "{ customers(first: 100) { edges { node { orders(first: 100) { totalCount } } } } }"],
    ["tokens", `{ products(first: 1) { totalCount ${"pageInfo { hasNextPage } ".repeat(40)} } }`],
  ])("refuses an operation past the %s limit with LIMIT_EXCEEDED naming it, and no 'Syntax Error'", async (limit, query) => {
    const http = await rawHttp(platform.url, query, undefined, agent);
    expect(http.status).toBe(400);
    const ws = await rawWs(platform.url, agent, query);
    for (const answer of [http.body, ws]) {
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit });
      expect(answer.errors?.[0]?.message).not.toMatch(/Syntax Error/);
    }
  });
});
