import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenService } from "../../src/auth/tokens.js";
import { loadConfig } from "../../src/config.js";
import { createTestDatabase, migratedDataDir, type TestDatabase } from "../support/database.js";
import { rawHttp } from "../support/raw.js";
import { dropKeys, testRedisUrl } from "../support/redis.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";
import { TEST_SECRET } from "../support/server.js";
import { answerOf, rawSocket, wsClient } from "../support/ws.js";

const redisUrl = await testRedisUrl();
// One database for both processes on PostgreSQL; on PGlite (embedded, one process) each has its own copy.
const kind = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const tokens = createTokenService(loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_SECRET }).jwt);
const admin = (sub: string) => tokens.sign({ role: "ADMIN", sub });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts until `done` accepts the answer, at most `tries` times. */
async function until<T>(ask: () => Promise<T>, done: (answer: T) => boolean, tries = 40, pauseMs = 50): Promise<T> {
  let answer = await ask();
  for (let i = 1; i < tries && !done(answer); i++) {
    await sleep(pauseMs);
    answer = await ask();
  }
  return answer;
}

describe.skipIf(!redisUrl)(`two server processes sharing state through Redis (REDIS_URL) [${kind}]`, () => {
  const prefix = `test:${randomBytes(4).toString("hex")}:`;
  const dirs: string[] = [];
  let database: TestDatabase | undefined;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    if (kind === "postgres") database = await createTestDatabase("postgres");
    const databaseEnv = async (): Promise<Record<string, string>> => {
      if (database) return { DATABASE_URL: database.url! };
      const dir = mkdtempSync(join(tmpdir(), "cdp-shared-"));
      dirs.push(dir);
      return { DATA_DIR: await migratedDataDir(dir) };
    };
    const env = {
      JWT_SECRET: TEST_SECRET,
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: prefix,
      RATE_LIMIT_BUCKET: "60",
      RATE_LIMIT_RESTORE_RATE: "1",
      MAX_WS_CONNECTIONS_PER_USER: "2",
      MAX_SUBSCRIPTIONS_PER_USER: "2",
      // Five minutes: without Redis, the other process would not learn of an erasure during this test.
      SESSIONS_REFRESH_MS: "300000",
    };
    [a, b] = await Promise.all([startServerProcess({ ...env, ...(await databaseEnv()) }), startServerProcess({ ...env, ...(await databaseEnv()) })]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await dropKeys(redisUrl!, prefix);
  });

  it("throttles a caller on both processes once it has spent its cost budget on one", async () => {
    const token = await admin("shared.throttled");
    const query = "{ products(first: 1) { totalCount } }";
    const first = await rawHttp(a.url, query, undefined, token);
    expect(first.status).toBe(200);
    const cost = (first.body.extensions?.cost as { requestedQueryCost: number }).requestedQueryCost;
    expect(cost).toBeGreaterThan(1);
    const refused = await until(() => rawHttp(a.url, query, undefined, token), (answer) => answer.status === 429, 60, 0);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("THROTTLED");

    // The other process draws from the same bucket: refused at once, with what is left on the first.
    const elsewhere = await rawHttp(b.url, query, undefined, token);
    expect(elsewhere.status).toBe(429);
    expect(elsewhere.body.errors?.[0]?.extensions).toMatchObject({ code: "THROTTLED", retryAfter: expect.any(Number) });
    expect((elsewhere.body.errors?.[0]?.extensions?.cost as { throttleStatus: { currentlyAvailable: number } }).throttleStatus.currentlyAvailable).toBeLessThan(cost);
    // Buckets are per caller: someone else is served there.
    expect((await rawHttp(b.url, query, undefined, await admin("shared.other"))).status).toBe(200);
  });

  it("counts a user's WebSocket connections and subscriptions across both processes", async () => {
    const token = await admin("shared.tabs");
    const onA = await rawSocket(a.url, token);
    const onB = await rawSocket(b.url, token);
    expect([await onA.acked, await onB.acked]).toEqual([true, true]);
    // The cap is 2 per user: a third socket is refused by either process.
    const third = await rawSocket(a.url, token);
    expect(await third.acked).toBe(false);
    expect(await third.closed).toBe(4429);
    // A closed socket gives its place back to the user on the other process too.
    await onA.close();
    const again = await until(
      async () => {
        const socket = await rawSocket(b.url, token);
        if (!(await socket.acked)) return undefined;
        return socket;
      },
      (socket) => socket !== undefined,
      10,
    );
    expect(again).toBeDefined();
    await Promise.all([onB.close(), again!.close()]);

    const subscriber = await admin("shared.subscriber");
    const [first, second] = [await rawSocket(a.url, subscriber), await rawSocket(b.url, subscriber)];
    expect([await first.acked, await second.acked]).toEqual([true, true]);
    first.subscribe("1");
    second.subscribe("a");
    await sleep(100);
    second.subscribe("b");
    expect(await second.errorOf("b")).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED", limit: "subscriptionsPerUser" } });
    expect(first.errorsFor(["1"])).toEqual([]);
    expect(second.errorsFor(["a"])).toEqual([]);
    // Ending one on the first process frees a place on the second.
    first.complete("1");
    await sleep(100);
    second.subscribe("c");
    await sleep(200);
    expect(second.errorsFor(["c"])).toEqual([]);
    await Promise.all([first.close(), second.close()]);
  });

  it("refuses an erased customer's token on both processes at once, and closes its sockets on the other", async () => {
    const registered = await rawHttp(
      a.url,
      "mutation ($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token customer { id } } }",
      { input: { email: `erased.${randomBytes(3).toString("hex")}@example.com`, password: "a long enough password", givenName: "Wei", familyName: "Erased" } },
    );
    const { token, customer } = (registered.body.data as { registerCustomer: { token: string; customer: { id: string } } }).registerCustomer;
    // Used on the other process first: its session list is fresh there for the next five minutes.
    expect((await rawHttp(b.url, "{ __typename }", undefined, token)).status).toBe(200);
    const socket = wsClient(b.url, token);
    try {
      const live = answerOf(socket, { query: "subscription { deliveryFeed { cursor } }" }, 10_000);
      await sleep(200);
      const erased = await rawHttp(a.url, "mutation ($input: EraseCustomerInput!) { eraseCustomer(input: $input) { customerId } }", { input: { customerId: customer.id } }, await admin("shared.eraser"));
      expect(erased.body.errors).toBeUndefined();

      for (const server of [a, b]) {
        const refused = await until(() => rawHttp(server.url, "{ __typename }", undefined, token), (answer) => answer.status === 401, 20);
        expect(refused.body.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED", reason: "SESSION_ENDED" });
      }
      expect(await live).toEqual({ closed: 4401 });
    } finally {
      await socket.dispose();
    }
  });

  it("knows a persisted query registered through the other process (APQ)", async () => {
    const token = await admin("shared.apq");
    const query = `{ products(first: 1) { totalCount } } # ${randomBytes(4).toString("hex")}`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const send = (url: string, body: Record<string, unknown>) =>
      fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) }).then(
        async (response) => (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
      );
    const hashOnly = { extensions: { persistedQuery: { version: 1, sha256Hash } } };
    expect((await send(b.url, hashOnly)).errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await send(a.url, { query, ...hashOnly })).data).toEqual({ products: { totalCount: 0 } });
    // Apollo stores the text after answering: the other process knows it a moment later.
    const answer = await until(() => send(b.url, hashOnly), (body) => body.data !== undefined, 20);
    expect(answer.data).toEqual({ products: { totalCount: 0 } });
  });

  it("logs no Redis warning while Redis answers, and stops on SIGTERM", async () => {
    await Promise.all([a.stop(), b.stop()]);
    for (const server of [a, b]) {
      expect(server.output()).toContain('"msg":"shutting down"');
      expect(server.output()).not.toMatch(/Redis (unreachable|command failed)/);
    }
  });
});
