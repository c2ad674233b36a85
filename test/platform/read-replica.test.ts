import { randomBytes } from "node:crypto";
import pino from "pino";
import postgres from "postgres";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { isReadStatement, parseLsn } from "../../src/db/replica.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { LocalRecentWriters, sharedRecentWriters } from "../../src/graphql/read-routing.plugin.js";
import { connectSharedStore } from "../../src/redis/store.js";
import { dropKeys, testRedisUrl } from "../support/redis.js";
import { parse, print } from "graphql";
import { ProfileView, UpdateProfile } from "../operations/profile.js";
import { answerOf, wsClient } from "../support/ws.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { makeCustomer } from "../support/factories.js";
import { canMakeStandby, startPrivatePostgres, startStandby, type PrivatePostgres } from "../support/private-postgres.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";

describe("read replica settings and rules (no database)", () => {
  it("is ignored without DATABASE_URL (the embedded PGlite), and refuses a read-your-writes window shorter than lag + check", () => {
    expect(loadConfig({ DATA_DIR: ".data-test", JWT_SECRET: "x".repeat(32), DATABASE_READ_URL: "postgres://replica/db" }).readReplica).toBeUndefined();
    const config = loadConfig({ JWT_SECRET: "x".repeat(32), DATABASE_URL: "postgres://primary/db", DATABASE_READ_URL: "postgres://replica/db" });
    expect(config.readReplica).toEqual({ url: "postgres://replica/db", maxLagMs: 1000, checkMs: 250, readYourWritesMs: 2000 });
    expect(() =>
      loadConfig({ JWT_SECRET: "x".repeat(32), DATABASE_URL: "postgres://p/db", DATABASE_READ_URL: "postgres://r/db", REPLICA_MAX_LAG_MS: "5000", READ_YOUR_WRITES_MS: "3000" }),
    ).toThrow(/READ_YOUR_WRITES_MS="3000": shorter than REPLICA_MAX_LAG_MS \+ REPLICA_CHECK_MS \(5250\)/);
  });

  it("sends only reads to a replica, and remembers a writer for the window only", async () => {
    expect(isReadStatement(`select "id" from "customers" where "id" = any($1)`)).toBe(true);
    expect(isReadStatement(` (select 1) union (select 2)`)).toBe(true);
    expect(isReadStatement(`with c as (select 1) select * from c`)).toBe(true);
    expect(isReadStatement(`with moved as (delete from t returning *) select * from moved`)).toBe(false);
    expect(isReadStatement(`insert into "audit_log" select 1`)).toBe(false);
    expect(isReadStatement(`update "customers" set "display_name" = $1`)).toBe(false);
    // A write position as PostgreSQL prints it (x-cdp-lsn): two hex halves of a 64-bit number.
    expect([parseLsn("16/B374D848"), parseLsn("0/0"), parseLsn("16/"), parseLsn("1/2/3"), parseLsn("123456789/0")]).toEqual([0x16b374d848n, 0n, undefined, undefined, undefined]);
    let now = 1_000;
    const writers = new LocalRecentWriters(500, () => now);
    await writers.noteWrite("AGENT:a");
    now += 499;
    expect([await writers.wroteRecently("AGENT:a"), await writers.wroteRecently("AGENT:b")]).toEqual([true, false]);
    now += 1;
    expect(await writers.wroteRecently("AGENT:a")).toBe(false);
  });
});

const redisUrl = await testRedisUrl();

describe.runIf(Boolean(redisUrl))(`read-your-writes windows across processes [${redisUrl ? "Redis" : "SKIPPED: no Redis at TEST_REDIS_URL or 127.0.0.1:6379"}]`, () => {
  const prefix = `test:${randomBytes(4).toString("hex")}:`;
  const stores: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const store of stores) await store.close();
    await dropKeys(redisUrl!, prefix);
  });
  const connect = async (url: string) => {
    const store = await connectSharedStore({ url, keyPrefix: prefix }, pino({ level: "silent" }), new Registry());
    stores.push(store);
    return store;
  };

  it("tells another process of a caller's write for the window, and sends every read to the primary while Redis is away", async () => {
    const [one, two] = [await connect(redisUrl!), await connect(redisUrl!)];
    await sharedRecentWriters(one, 2000).noteWrite("AGENT:a");
    const other = sharedRecentWriters(two, 2000);
    expect([await other.wroteRecently("AGENT:a"), await other.wroteRecently("AGENT:b")]).toEqual([true, false]);
    const ttl = await two.redis.pttl(`${prefix}ryw:AGENT:a`);
    expect(ttl).toBeGreaterThan(1000);
    expect(ttl).toBeLessThanOrEqual(2000);
    // Nothing listens on port 1: the fallback answers, and it answers "the primary".
    const away = sharedRecentWriters(await connect("redis://127.0.0.1:1"), 2000);
    expect(await away.wroteRecently("AGENT:b")).toBe(true);
  });
});

// A real streaming replica needs clusters the test owns (pg_basebackup from a private primary).
// CI has the PostgreSQL binaries, so there this always runs; elsewhere the title says why not.
describe.runIf(canMakeStandby)(`with DATABASE_READ_URL on a streaming replica [${canMakeStandby ? "private primary + pg_basebackup standby" : "SKIPPED: no initdb/pg_basebackup here; set PG_BIN"}]`, () => {
  const MAX_LAG_MS = 1500;
  let primary: PrivatePostgres;
  let standby: PrivatePostgres;
  let database: TestDatabase;
  let platform: TestPlatform;
  let onPrimary: postgres.Sql;
  let onStandby: postgres.Sql;
  let customerId: string;
  let writer: string;
  let reader: string;

  beforeAll(async () => {
    primary = await startPrivatePostgres(["shared_preload_libraries=pg_stat_statements"]);
    const created = await createTestDatabase("postgres", primary.url);
    const primaryUrl = created.url!;
    onPrimary = postgres(primaryUrl, { max: 1, onnotice: () => undefined });
    await onPrimary`create extension pg_stat_statements`;
    customerId = (await makeCustomer(created.db, { kind: "PRIVATE", givenName: "Mei", familyName: "Lin", displayName: "Mei Lin" })).id;
    await created.close();
    standby = await startStandby(primary);
    const standbyUrl = primaryUrl.replace(`:${primary.port}/`, `:${standby.port}/`);
    onStandby = postgres(standbyUrl, { max: 1, onnotice: () => undefined });
    const handle = await openDatabase({ url: primaryUrl, poolMax: 4, replica: { url: standbyUrl, maxLagMs: MAX_LAG_MS, checkMs: 50 } });
    database = {
      ...handle,
      url: primaryUrl,
      async drop() {
        await handle.close();
      },
    };
    platform = await startTestPlatform(
      "postgres",
      // The server's own settings match the handle's; the window is long so that no test waits for it.
      { DATABASE_URL: primaryUrl, DATABASE_READ_URL: standbyUrl, REPLICA_MAX_LAG_MS: String(MAX_LAG_MS), REPLICA_CHECK_MS: "50", READ_YOUR_WRITES_MS: "60000", SESSIONS_REFRESH_MS: "300000" },
      { database },
    );
    writer = await platform.token({ role: "AGENT", sub: "agent.writer" });
    reader = await platform.token({ role: "AGENT", sub: "agent.reader" });
  }, 60_000);
  afterAll(async () => {
    await platform?.close();
    await onPrimary?.end();
    await onStandby?.end();
    await standby?.teardown();
    await primary?.teardown();
  });

  /** Reads and writes each server ran so far, from its own pg_stat_statements (the checks' and this test's own statements left out). */
  async function statements(server: postgres.Sql) {
    const rows = await server<{ query: string; calls: string }[]>`
      select query, calls::text from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query !~* 'pg_stat_statements|pg_current_wal_lsn|pg_current_wal_insert_lsn|pg_last_wal_replay_lsn|pg_is_in_recovery|pg_wal_replay'`;
    const sum = (pattern: RegExp) => rows.filter((row) => pattern.test(row.query)).reduce((total, row) => total + Number(row.calls), 0);
    return { reads: sum(/^\s*\(?\s*(select|with)\b/i), updates: sum(/^\s*update\b/i), auditInserts: sum(/^insert into "audit_log" .* json_populate_recordset/i) };
  }
  async function counts() {
    return { primary: await statements(onPrimary), replica: await statements(onStandby) };
  }
  /** How many statements each server ran during `run`. */
  async function during<T>(run: () => Promise<T>) {
    const before = await counts();
    const result = await run();
    const after = await counts();
    return {
      result,
      primary: { reads: after.primary.reads - before.primary.reads, updates: after.primary.updates - before.primary.updates, auditInserts: after.primary.auditInserts - before.primary.auditInserts },
      replica: { reads: after.replica.reads - before.replica.reads, updates: after.replica.updates - before.replica.updates },
    };
  }
  const view = (token: string) => platform.data(ProfileView, { id: toGlobalId("Customer", customerId) }, token);
  const rename = (displayName: string) => platform.data(UpdateProfile, { input: { customerId: toGlobalId("Customer", customerId), displayName } }, writer);
  /** Polls the replica's state as its periodic check sets it (bounded: a broken check fails the test). */
  async function until(status: "current" | "lagging" | "unreachable") {
    const deadline = Date.now() + 10_000;
    while (database.replica!.state.status !== status) {
      if (Date.now() > deadline) throw new Error(`replica never ${status}: ${JSON.stringify(database.replica!.state)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("answers query operations from the replica and mutations on the primary; /readyz and /metrics show the replica", async () => {
    await until("current");
    const audited = async () => Number((await onPrimary`select count(*)::int as n from audit_log where actor_id = 'agent.reader'`)[0]!.n);
    const auditedBefore = await audited();
    const read = await during(() => view(reader));
    expect(read.result.customer?.displayName).toBe("Mei Lin");
    expect(read.replica.reads).toBeGreaterThan(0);
    expect(read.primary.reads).toBe(0);
    // The personal-data read is audited all the same: the compiled statement selects the row on the replica, the primary inserts it.
    expect(await audited()).toBe(auditedBefore + 1);
    expect(read.primary.auditInserts).toBe(1);
    // Two audited roots: each customer in the answer carries its audit key; the replica selects one row per customer, the primary inserts them.
    const bothRoots = parse(`query BothRoots($id: ID!) { customer(id: $id) { birthday } customers(first: 5) { edges { node { emails { address } } } } }`);
    const keyed = await during(() => platform.data(bothRoots, { id: toGlobalId("Customer", customerId) }, reader));
    expect(keyed.replica.reads).toBeGreaterThan(0);
    expect(keyed.primary.reads).toBe(0);
    expect(keyed.primary.auditInserts).toBe(1);
    const [united] = await onPrimary`select details from audit_log where actor_id = 'agent.reader' and operation = 'BothRoots'`;
    expect(united!.details).toEqual({ fields: ["birthday", "emails", "profile"] });
    expect(await audited()).toBe(auditedBefore + 2);

    const write = await during(() => rename("Mei Lin-Wu"));
    expect(write.result.updateProfile.customer?.displayName).toBe("Mei Lin-Wu");
    expect(write.primary.updates).toBeGreaterThan(0);
    expect(write.replica.updates).toBe(0);

    const ready = (await (await fetch(`${platform.url}/readyz`)).json()) as { replica?: { usable: boolean; status: string } };
    expect(ready.replica).toMatchObject({ usable: true, status: "current" });
    expect(await (await fetch(`${platform.url}/metrics`)).text()).toMatch(/^db_replica_usable 1$/m);
  });

  it("routes operations sent over the WebSocket alike: queries to the replica, a mutation to the primary, the writer's next query too", async () => {
    await until("current");
    await replayed();
    const socketWriter = await platform.token({ role: "AGENT", sub: "agent.socket" });
    const [readerSocket, writerSocket] = [wsClient(platform.url, reader), wsClient(platform.url, socketWriter)];
    try {
      const query = { query: print(ProfileView), variables: { id: toGlobalId("Customer", customerId) } };
      const read = await during(() => answerOf(readerSocket, query, 5000));
      expect(read.result).toMatchObject({ data: { customer: { displayName: "Mei Lin-Wu" } } });
      expect(read.replica.reads).toBeGreaterThan(0);
      expect(read.primary.reads).toBe(0);

      const mutation = { query: print(UpdateProfile), variables: { input: { customerId: toGlobalId("Customer", customerId), displayName: "Mei Lin-Wu" } } };
      const write = await during(() => answerOf(writerSocket, mutation, 5000));
      expect(write.result.errors).toBeUndefined();
      expect(write.result.extensions?.lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(write.primary.updates).toBeGreaterThan(0);
      expect(write.replica.updates).toBe(0);
      // Within the writer's window (its own socket): the primary answers.
      const own = await during(() => answerOf(writerSocket, query, 5000));
      expect(own.result.data).toBeDefined();
      expect(own.primary.reads).toBeGreaterThan(0);
      expect(own.replica.reads).toBe(0);
    } finally {
      await Promise.all([readerSocket.dispose(), writerSocket.dispose()]);
    }
  });

  /**
   * Waits until the standby has replayed everything the primary wrote so far (a lag under the limit
   * may still miss the last write). The insert position: with asynchronous commit the last commit
   * may not be written out yet, and pg_current_wal_lsn() would not cover it.
   */
  async function replayed() {
    const [{ lsn }] = (await onPrimary`select pg_current_wal_insert_lsn()::text as lsn`) as unknown as [{ lsn: string }];
    const deadline = Date.now() + 10_000;
    while (!((await onStandby`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as done`) as unknown as [{ done: boolean }])[0].done) {
      if (Date.now() > deadline) throw new Error(`standby never replayed ${lsn}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("reads a principal's own write from the primary right after it, while others still read the replica, which is behind", async () => {
    await until("current");
    await replayed();
    // Replay paused: the replica stays behind, so what each reader sees tells which server answered.
    await onStandby`select pg_wal_replay_pause()`;
    await rename("Written while the replica is paused");
    const own = await during(() => view(writer));
    expect(own.result.customer?.displayName).toBe("Written while the replica is paused");
    expect(own.primary.reads).toBeGreaterThan(0);
    expect(own.replica.reads).toBe(0);

    const other = await during(() => view(reader));
    expect(other.result.customer?.displayName).toBe("Mei Lin-Wu");
    expect(other.replica.reads).toBeGreaterThan(0);
    expect(other.primary.reads).toBe(0);
  });

  it("bypasses a replica that lags past REPLICA_MAX_LAG_MS (the lag visible in /readyz) and uses it again once it has caught up", async () => {
    // Still paused since the write above: the lag grows until the check bypasses it.
    await until("lagging");
    expect(database.replica!.state.lagMs).toBeGreaterThan(MAX_LAG_MS);
    const ready = (await (await fetch(`${platform.url}/readyz`)).json()) as { status: string; replica?: { usable: boolean; status: string; lagMs: number } };
    expect(ready).toMatchObject({ status: "ready", replica: { usable: false, status: "lagging" } });
    expect(ready.replica!.lagMs).toBeGreaterThan(MAX_LAG_MS);

    const bypassed = await during(() => view(reader));
    expect(bypassed.result.customer?.displayName).toBe("Written while the replica is paused");
    expect(bypassed.primary.reads).toBeGreaterThan(0);
    expect(bypassed.replica.reads).toBe(0);

    await onStandby`select pg_wal_replay_resume()`;
    await until("current");
    const back = await during(() => view(reader));
    expect(back.result.customer?.displayName).toBe("Written while the replica is paused");
    expect(back.replica.reads).toBeGreaterThan(0);
    expect(back.primary.reads).toBe(0);
  });

  it("routes a query that sends a write's position (x-cdp-lsn) by it: to the replica once it has replayed it, whatever the window; a bad position is the client's error", async () => {
    await until("current");
    await replayed();
    const [{ lsn: seen }] = (await onStandby`select pg_last_wal_replay_lsn()::text as lsn`) as unknown as [{ lsn: string }];
    await onStandby`select pg_wal_replay_pause()`;
    const lsnReader = await platform.token({ role: "AGENT", sub: "agent.lsn" });
    const socket = wsClient(platform.url, lsnReader);
    try {
      // Everything below runs within REPLICA_MAX_LAG_MS of this write, while the paused replica is still used.
      const response = await fetch(`${platform.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${writer}` },
        body: JSON.stringify({ query: print(UpdateProfile), variables: { input: { customerId: toGlobalId("Customer", customerId), displayName: "Mei Lin (by position)" } } }),
      });
      const body = (await response.json()) as { extensions?: { lsn?: string } };
      const written = response.headers.get("x-cdp-lsn");
      expect(written).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(body.extensions?.lsn).toBe(written);

      const ask = (token: string, lsn: string) =>
        fetch(`${platform.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-cdp-lsn": lsn },
          body: JSON.stringify({ query: print(ProfileView), variables: { id: toGlobalId("Customer", customerId) } }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: { customer: { displayName: string } }; errors?: { extensions: Record<string, unknown> }[] } }));
      // A position the replica has: it answers, though the writer is within its (60 s) window (first: while the paused replica's lag is below REPLICA_MAX_LAG_MS).
      const behind = await during(() => ask(writer, seen));
      expect(behind.result.body.data?.customer.displayName).toBe("Written while the replica is paused");
      expect(behind.replica.reads).toBeGreaterThan(0);
      expect(behind.primary.reads).toBe(0);
      // Over the WebSocket: the operation's extensions.lsn.
      const query = { query: print(ProfileView), variables: { id: toGlobalId("Customer", customerId) } };
      const socketBehind = await during(() => answerOf(socket, { ...query, extensions: { lsn: seen } }, 5000));
      expect(socketBehind.result).toMatchObject({ data: { customer: { displayName: "Written while the replica is paused" } } });
      expect(socketBehind.replica.reads).toBeGreaterThan(0);
      expect(socketBehind.primary.reads).toBe(0);
      // Not replayed yet: the primary answers, for a caller outside any window too.
      const ahead = await during(() => ask(lsnReader, written!));
      expect(ahead.result.body.data?.customer.displayName).toBe("Mei Lin (by position)");
      expect(ahead.primary.reads).toBeGreaterThan(0);
      expect(ahead.replica.reads).toBe(0);
      const socketAhead = await during(() => answerOf(socket, { ...query, extensions: { lsn: written } }, 5000));
      expect(socketAhead.result).toMatchObject({ data: { customer: { displayName: "Mei Lin (by position)" } } });
      expect(socketAhead.replica.reads).toBe(0);

      const bad = await ask(lsnReader, "yesterday");
      expect(bad.status).toBe(400);
      expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "x-cdp-lsn" });
      expect((await answerOf(socket, { ...query, extensions: { lsn: 42 } }, 5000)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "extensions.lsn" });

      await onStandby`select pg_wal_replay_resume()`;
      await replayed();
      // Replayed now (found by the re-check, or the next periodic one): the replica answers.
      const caughtUp = await during(() => ask(lsnReader, written!));
      expect(caughtUp.result.body.data?.customer.displayName).toBe("Mei Lin (by position)");
      expect(caughtUp.replica.reads).toBeGreaterThan(0);
      expect(caughtUp.primary.reads).toBe(0);
    } finally {
      await onStandby`select pg_wal_replay_resume()`;
      await socket.dispose();
    }
  });

  it("answers from the primary when the replica is stopped, before and after the check notices", async () => {
    await until("current");
    await onStandby.end();
    await standby.stop();
    const primaryReads = async () => (await statements(onPrimary)).reads;
    const before = await primaryReads();
    // The replica's pooled connections died with it: the read falls over to the primary at once.
    expect((await view(reader)).customer?.displayName).toBe("Mei Lin (by position)");
    await until("unreachable");
    expect((await view(reader)).customer?.displayName).toBe("Mei Lin (by position)");
    expect((await primaryReads()) - before).toBeGreaterThanOrEqual(2);
    const ready = await fetch(`${platform.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", replica: { usable: false, status: "unreachable" } });
  });
});
