import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { rawHttp } from "../support/raw.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";
import { answerOf, wsClient } from "../support/ws.js";

/** redis-server from REDIS_SERVER or the PATH: the test stops and restarts a Redis of its own. */
const redisServer = process.env.REDIS_SERVER ?? (spawnSync("which", ["redis-server"], { encoding: "utf8" }).stdout.trim() || undefined);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A private Redis on `port`, ready when this resolves. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(redisServer!, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const probe = new Redis({ port, host: "127.0.0.1", lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  probe.on("error", () => undefined);
  try {
    for (let i = 0; i < 50; i++) {
      if (await probe.connect().then(() => true, () => false)) return child;
      await sleep(50);
    }
    throw new Error(`redis-server did not answer on ${port}`);
  } finally {
    probe.disconnect();
  }
}

describe.skipIf(!redisServer)("a Redis that goes away and comes back (REDIS_URL) [pglite]", () => {
  const prefix = `test:${randomBytes(4).toString("hex")}:`;
  const logged: string[] = [];
  let port: number;
  let redis: ChildProcess;
  let peek: Redis;
  let platform: TestPlatform;
  let closed = false;
  const bucketKeys = () => peek.keys(`${prefix}bucket:*`);
  const metric = async (line: RegExp) => {
    const text = await (await fetch(`${platform.url}/metrics`)).text();
    return Number(line.exec(text)?.[1] ?? Number.NaN);
  };
  const query = "{ products(first: 1) { totalCount } }";

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    peek = new Redis({ port, host: "127.0.0.1", maxRetriesPerRequest: 0, retryStrategy: () => 100 });
    peek.on("error", () => undefined);
    const log = createLogger("info", { write: (line: string) => void logged.push(line) });
    // A bucket of 8 holds two operations of cost 4.
    platform = await startTestPlatform("pglite", { REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_KEY_PREFIX: prefix, RATE_LIMIT_BUCKET: "8", RATE_LIMIT_RESTORE_RATE: "1" }, { log });
  }, 30_000);

  afterAll(async () => {
    if (!closed) await platform?.close();
    peek?.disconnect();
    redis?.kill("SIGKILL");
  });

  it("keeps answering while Redis is down, with this process's own limits, a warning and a metric; shares again once it is back", { timeout: 20_000 }, async () => {
    const token = (sub: string) => platform.token({ role: "ADMIN", sub });
    expect((await rawHttp(platform.url, query, undefined, await token("outage.before"))).status).toBe(200);
    expect(await bucketKeys()).toEqual([`${prefix}bucket:ADMIN:outage.before`]);

    const exited = new Promise((resolve) => redis.once("exit", resolve));
    redis.kill("SIGKILL");
    await exited;

    // Down: every request is answered; the cost budget still holds, counted in this process.
    const during = await token("outage.during");
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await rawHttp(platform.url, query, undefined, during));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429]);
    expect(answers[2]!.body.errors?.[0]?.extensions?.code).toBe("THROTTLED");
    // WebSockets are admitted against this process's own count, and persisted queries kept here.
    const socket = wsClient(platform.url, await token("outage.socket"));
    try {
      expect((await answerOf(socket, { query: "{ __typename }" }, 5000)).data).toEqual({ __typename: "Query" });
    } finally {
      await socket.dispose();
    }
    const apqQuery = `{ __typename } # ${prefix}`;
    const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(apqQuery).digest("hex") };
    const apq = (body: Record<string, unknown>) =>
      fetch(`${platform.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((response) => response.json() as Promise<{ data?: unknown }>);
    expect((await apq({ query: apqQuery, extensions: { persistedQuery } })).data).toEqual({ __typename: "Query" });
    expect((await apq({ extensions: { persistedQuery } })).data).toEqual({ __typename: "Query" });

    expect(await metric(/^redis_connected (\d+)/m)).toBe(0);
    expect(await metric(/^redis_fallbacks_total\{use="buckets"\} (\d+)/m)).toBeGreaterThanOrEqual(3);
    expect(await metric(/^redis_fallbacks_total\{use="sockets"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    expect(await metric(/^redis_fallbacks_total\{use="persisted_queries"\} (\d+)/m)).toBeGreaterThanOrEqual(2);
    // One warning for the outage, not one per request. It comes from the connection's own error
    // event, which on a busy machine may follow the first requests answered from memory.
    const unreachable = () => logged.filter((line) => line.includes("Redis unreachable"));
    for (let i = 0; i < 50 && unreachable().length === 0; i++) await sleep(100);
    const warnings = unreachable();
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40 });

    // Back (empty, as a restarted Redis without persistence is): the process reconnects by itself.
    redis = await startRedis(port);
    for (let i = 0; i < 60 && (await metric(/^redis_connected (\d+)/m)) !== 1; i++) await sleep(100);
    expect(await metric(/^redis_connected (\d+)/m)).toBe(1);
    expect((await rawHttp(platform.url, query, undefined, await token("outage.after"))).status).toBe(200);
    expect(await bucketKeys()).toEqual([`${prefix}bucket:ADMIN:outage.after`]);
    expect(logged.some((line) => line.includes("Redis reachable again"))).toBe(true);

    // Closing the connection on shutdown is no outage.
    await platform.close();
    closed = true;
    await sleep(100);
    expect(logged.filter((line) => line.includes("Redis unreachable"))).toHaveLength(1);
  });
});
