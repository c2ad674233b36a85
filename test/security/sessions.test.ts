import { decodeJwt, SignJWT } from "jose";
import { beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { CustomerTotal } from "../operations/misc.js";
import { EraseCustomer } from "../operations/privacy.js";
import { runScript } from "../support/cli.js";
import { post, startResolversOnlyServer } from "../support/compiled-comparison.js";
import { makeCustomer } from "../support/factories.js";
import { TEST_SECRET } from "../support/server.js";
import { describePlatform } from "../support/suite.js";
import { answerOf, wsClient } from "../support/ws.js";

const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;

/** A token as any issuer could make it: `exp`/`iat` set only when given. */
async function sign(claims: Record<string, unknown>, times: { exp?: number; iat?: number } = {}) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("someone").setIssuer("customer-data-platform").setAudience("customer-data-platform");
  if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
  if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
  return jwt.sign(new TextEncoder().encode(TEST_SECRET));
}

describePlatform("token lifetimes, refusal reasons and erased customers' sessions", (platform) => {
  let admin: string;
  beforeAll(async () => {
    admin = await platform().token({ role: "ADMIN", sub: "sessions.admin" });
  });

  it.each([
    ["without exp", () => sign({ role: "ADMIN" }), "TOKEN_INVALID"],
    ["without exp but with iat", () => sign({ role: "ADMIN" }, { iat: now() }), "TOKEN_INVALID"],
    ["living longer than JWT_MAX_LIFETIME (12h) from its iat", () => sign({ role: "ADMIN" }, { iat: now() - 60, exp: now() + 12 * HOUR }), "TOKEN_LIFETIME_TOO_LONG"],
    ["without iat, expiring more than 12h from now", () => sign({ role: "ADMIN" }, { exp: now() + 13 * HOUR }), "TOKEN_LIFETIME_TOO_LONG"],
    ["expired", () => sign({ role: "ADMIN" }, { iat: now() - 60, exp: now() - 10 }), "TOKEN_EXPIRED"],
    ["with a wrong signature", async () => `${(await sign({ role: "ADMIN" }, { exp: now() + 60 })).slice(0, -4)}AAAA`, "TOKEN_INVALID"],
  ])("refuses a token %s with UNAUTHENTICATED and our own reason, never the JWT library's code", async (_name, token, reason) => {
    const { status, body } = await platform().gql(CustomerTotal, {}, await token());
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED", reason });
    expect(JSON.stringify(body)).not.toMatch(/ERR_[A-Z_]+|JWS|JWTExpired|JWTClaim/);
  });

  it("accepts a token whose lifetime is within JWT_MAX_LIFETIME, with or without iat", async () => {
    for (const token of [await sign({ role: "ADMIN" }, { iat: now(), exp: now() + 12 * HOUR }), await sign({ role: "ADMIN" }, { exp: now() + 11 * HOUR })]) {
      const { status, body } = await platform().gql(CustomerTotal, {}, token);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
    }
  });

  it("ends every session of an erased customer: cached tokens, new tokens, open sockets and new sockets", async () => {
    const customer = await makeCustomer(platform().database.db, { displayName: "Soon Erased" });
    const claims = { role: "CUSTOMER" as const, sub: "soon.erased", customerId: customer.id };
    const token = await platform().token(claims);
    // Used before the erasure: the token is in the verified-token cache, and a socket is open.
    expect((await platform().gql(CustomerTotal, {}, token)).status).toBe(200);
    const socket = wsClient(platform().url, token);
    const other = wsClient(platform().url, token);
    try {
      expect((await answerOf(socket, { query: "{ __typename }" }, 5000)).data).toEqual({ __typename: "Query" });
      // A live subscription on another socket, open at the time of the erasure.
      const live = answerOf(other, { query: "subscription { deliveryFeed { cursor } }" }, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 200));

      const erased = await platform().gql(EraseCustomer, { input: { customerId: toGlobalId("Customer", customer.id) } }, admin);
      expect(erased.body.errors).toBeUndefined();

      const after = await platform().gql(CustomerTotal, {}, token);
      expect(after.status).toBe(401);
      expect(after.body.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED", reason: "SESSION_ENDED" });
      // A token issued before the erasure but never seen by this server: refused from the database.
      const unseen = await platform().token({ ...claims, sub: "soon.erased.phone" });
      expect((await platform().gql(CustomerTotal, {}, unseen)).body.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED", reason: "SESSION_ENDED" });
      // Open sockets are closed (4401), live subscriptions with them; a new socket is not accepted (4403).
      expect(await live).toEqual({ closed: 4401 });
      const fresh = wsClient(platform().url, token);
      try {
        expect(await answerOf(fresh, { query: "{ __typename }" }, 5000)).toEqual({ closed: 4403 });
      } finally {
        await fresh.dispose();
      }
    } finally {
      await socket.dispose();
      await other.dispose();
    }
  });

  it("ends an erased customer's sessions on another server process within its refresh interval, its tokens used there before included", async () => {
    // Another process that reads others' erasures every 300 ms (SESSIONS_REFRESH_MS; 5 s by default).
    const other = await startResolversOnlyServer(platform(), { SESSIONS_REFRESH_MS: "300" });
    try {
      const customer = await makeCustomer(platform().database.db, { displayName: "Erased Elsewhere" });
      const token = await platform().token({ role: "CUSTOMER", sub: "erased.elsewhere", customerId: customer.id });
      const onOther = () => post(other.url, "{ customers(first: 1) { totalCount } }", {}, token);
      expect((await onOther()).errors).toBeUndefined();
      const erased = await platform().gql(EraseCustomer, { input: { customerId: toGlobalId("Customer", customer.id) } }, admin);
      expect(erased.body.errors).toBeUndefined();
      // The other process learns of the erasure from the database, within its refresh interval.
      let refused: { code?: unknown; reason?: unknown } | undefined;
      for (let i = 0; i < 30 && !refused; i++) {
        refused = (await onOther()).errors?.[0]?.extensions;
        if (!refused) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(refused).toEqual({ code: "UNAUTHENTICATED", reason: "SESSION_ENDED" });
    } finally {
      await other.close();
    }
  });

  it("signs tokens with exp within the lifetime, and the token CLI prints one the server accepts", async () => {
    const signed = decodeJwt(admin);
    expect(signed.exp! - signed.iat!).toBe(12 * HOUR);
    const { stdout } = await runScript("src/cli/token.ts", ["--role", "AGENT", "--sub", "cli.agent"], {
      env: { ...process.env, JWT_SECRET: TEST_SECRET, NODE_ENV: "test" },
    });
    const printed = stdout.trim();
    expect(decodeJwt(printed).exp).toBeGreaterThan(now());
    const { status, body } = await platform().gql(CustomerTotal, {}, printed);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    // A lifetime past JWT_MAX_LIFETIME is refused when asked for, not signed to be refused later.
    await expect(runScript("src/cli/token.ts", ["--role", "AGENT", "--ttl", "30d"], { env: { ...process.env, JWT_SECRET: TEST_SECRET } })).rejects.toMatchObject({
      stderr: expect.stringMatching(/JWT_MAX_LIFETIME/),
    });
  });
});

it("refuses a TOKEN_TTL longer than JWT_MAX_LIFETIME at start-up, naming both", () => {
  expect(() => loadConfig({ JWT_SECRET: TEST_SECRET, TOKEN_TTL: "30d" })).toThrow(/TOKEN_TTL.*JWT_MAX_LIFETIME/);
  expect(loadConfig({ JWT_SECRET: TEST_SECRET, TOKEN_TTL: "30d", JWT_MAX_LIFETIME: "30d" }).jwt).toMatchObject({ ttl: "30d", maxLifetime: "30d" });
});
