import { createClient } from "graphql-ws";
import { expect, it } from "vitest";
import WebSocket from "ws";
import { describePlatform } from "../support/suite.js";

const LIMITS = { MAX_DEPTH: "4", MAX_ALIASES: "3", MAX_DIRECTIVES: "2", MAX_TOKENS: "120", MAX_COST: "300" };

/** Posts raw text: these operations are hostile on purpose, so they are not typed documents. */
async function http(url: string, query: string) {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

/** The first result (or error) of an operation over graphql-ws. */
async function ws(url: string, token: string, query: string): Promise<{ errors?: unknown[]; data?: unknown }> {
  const client = createClient({ url: `${url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    return await new Promise((resolve) => {
      client.subscribe({ query }, { next: (value) => resolve(value as never), error: (errors) => resolve({ errors: errors as unknown[] }), complete: () => undefined });
    });
  } finally {
    await client.dispose();
  }
}

/** Depth counts every level down to the leaf: products › edges › node › sku is 4. */
const depth = (n: number) => (n === 4 ? "{ products { edges { node { sku } } } }" : "{ products { edges { node { category { name } } } } }");
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: products(first: 1) { totalCount }`).join(" ")} }`;
const directives = (n: number) =>
  `{ products(first: 1) { ${["totalCount @include(if: true)", "pageInfo @skip(if: false) { hasNextPage }", "edges @include(if: true) { cursor }"].slice(0, n).join(" ")} } }`;

describePlatform(
  "operation limits on HTTP and WebSocket",
  (platform) => {
    it.each([
      ["depth", depth(4), depth(5)],
      ["aliases", aliases(3), aliases(4)],
      ["directives", directives(2), directives(3)],
      ["tokens", `{ products(first: 1) { totalCount ${"pageInfo { hasNextPage } ".repeat(5)} } }`, `{ products(first: 1) { totalCount ${"pageInfo { hasNextPage } ".repeat(40)} } }`],
    ])("accepts %s at the limit and refuses one past it with LIMIT_EXCEEDED naming it, before anything runs", async (limit, atLimit, pastLimit) => {
      const ok = await http(platform().url, atLimit);
      expect(ok.body.errors).toBeUndefined();
      const refused = await http(platform().url, pastLimit);
      expect(refused.status).toBe(400);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit });

      const token = await platform().token({ role: "AGENT", sub: "a" });
      expect((await ws(platform().url, token, atLimit)).errors).toBeUndefined();
      const overSocket = await ws(platform().url, token, pastLimit);
      expect(overSocket.data ?? null).toBeNull();
      expect((overSocket.errors?.[0] as { extensions?: unknown })?.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit });
    });

    it("refuses batched HTTP requests", async () => {
      const response = await fetch(`${platform().url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify([{ query: "{ products { totalCount } }" }, { query: "{ products { totalCount } }" }]),
      });
      expect(response.status).toBe(400);
    });
  },
  LIMITS,
);
