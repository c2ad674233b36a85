import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../support/database.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";

const METRICS_TOKEN = "scraper-token-0123456789";

describe.each(databaseKinds())("HTTP refusals and /metrics in production [%s]", (kind) => {
  let platform: TestPlatform;
  let closed: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(kind, { NODE_ENV: "production", MAX_BODY_BYTES: "4096", METRICS_TOKEN });
    // Production without METRICS_TOKEN: nobody reads the metrics.
    closed = await startTestPlatform(kind, { NODE_ENV: "production" });
  });
  afterAll(async () => {
    await platform?.close();
    await closed?.close();
  });

  const post = (body: string, contentType = "application/json") =>
    fetch(`${platform.url}/graphql`, { method: "POST", headers: { "content-type": contentType }, body });

  it("answers a body over MAX_BODY_BYTES with 413 in GraphQL's error shape, code LIMIT_EXCEEDED", async () => {
    const response = await post(JSON.stringify({ query: `{ __typename }${" ".repeat(5000)}` }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringContaining("4096"), extensions: { code: "LIMIT_EXCEEDED", limit: "bodyBytes" } }] });
  });

  it("answers an unsupported content type with 415 and unreadable JSON with 400, in GraphQL's error shape", async () => {
    const xml = await post("<query/>", "application/xml");
    expect(xml.status).toBe(415);
    expect(await xml.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "BAD_REQUEST" } }] });
    const broken = await post("{ not json");
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "BAD_REQUEST" } }] });
    const nowhere = await fetch(`${platform.url}/nowhere`);
    expect(nowhere.status).toBe(404);
    expect(await nowhere.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "NOT_FOUND" } }] });
  });

  it("serves /metrics only to a scraper sending METRICS_TOKEN, and to no one when it is not set", async () => {
    const metrics = (url: string, authorization?: string) => fetch(`${url}/metrics`, { headers: authorization ? { authorization } : {} });
    for (const authorization of [undefined, "Bearer wrong-token-0123456789", METRICS_TOKEN]) {
      const refused = await metrics(platform.url, authorization);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toEqual({ code: "UNAUTHENTICATED" });
    }
    const scraped = await metrics(platform.url, `Bearer ${METRICS_TOKEN}`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
    expect((await metrics(closed.url)).status).toBe(401);
    expect((await metrics(closed.url, `Bearer ${METRICS_TOKEN}`)).status).toBe(401);
  });
});
