import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { databaseKinds } from "../support/database.js";
import { rawHttp, rawWs } from "../support/raw.js";
import { makeCustomer } from "../support/factories.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";

/** Every line the server logs, as text. */
function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, log: createLogger("trace", stream) };
}

describe.each(databaseKinds())("production mode [%s]", (kind) => {
  let platform: TestPlatform;
  const captured = captureLog();
  const email = "mei.secret@example.com";
  let agentToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform(kind, { NODE_ENV: "production", LOG_LEVEL: "trace" }, { log: captured.log });
    agentToken = await platform.token({ role: "AGENT", sub: "agent.prod" });
    await makeCustomer(platform.database.db, { displayName: "Mei Secret", email, phone: "+8613800001111" });
  });
  afterAll(async () => {
    await platform?.close();
  });

  it("turns introspection and field suggestions off, on HTTP and WebSocket", async () => {
    const introspection = await rawHttp(platform.url, "{ __schema { queryType { name } } }", undefined, agentToken);
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const overSocket = await rawWs(platform.url, agentToken, "{ __type(name: \"Customer\") { name } }");
    expect(overSocket.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const typo = await rawHttp(platform.url, "{ customerz { totalCount } }", undefined, agentToken);
    expect(typo.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|customers/);
  });

  it("refuses requests a browser could send cross-site without a preflight (csrfPrevention)", async () => {
    const simpleGet = await fetch(`${platform.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(simpleGet.status).toBe(400);
    const textPost = await fetch(`${platform.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(textPost.status).toBe(400);
    const preflighted = await fetch(`${platform.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers: { "apollo-require-preflight": "true" } });
    expect(preflighted.status).toBe(200);
  });

  it("masks an unexpected error with a request id, and logs it in full without the token or personal data", async () => {
    // A broken database: the statement fails, with the searched email bound to it.
    await platform.database.db.execute(sql`alter table customer_emails rename column normalized to normalized_gone`);
    try {
      const response = await rawHttp(platform.url, `query Find($search: String) { customers(filter: { search: $search }) { edges { node { displayName } } } }`, { search: email }, agentToken);
      const text = JSON.stringify(response.body);
      const error = response.body.errors?.[0];
      expect(error?.message).toBe("Internal server error");
      expect(error?.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      for (const leak of ["select", "customer_emails", "normalized", "stack", email, "    at "]) expect(text).not.toContain(leak);

      const log = captured.lines.join("");
      const entry = captured.lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.requestId === error?.extensions?.requestId);
      expect(entry).toMatchObject({ msg: "unexpected error", level: 50 });
      // The operator gets what went wrong and where...
      expect(JSON.stringify(entry)).toMatch(/normalized/);
      expect(JSON.stringify(entry)).toMatch(/\s+at /);
      // ...and never the token nor the personal data bound to the statement.
      expect(log).not.toContain(agentToken);
      expect(log).not.toContain(agentToken.split(".")[2]!);
      expect(log).not.toContain(email);
      expect(log).not.toContain("mei.secret");
    } finally {
      await platform.database.db.execute(sql`alter table customer_emails rename column normalized_gone to normalized`);
    }
  });
});
