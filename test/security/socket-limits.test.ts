import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { databaseKinds } from "../support/database.js";
import { rawHttp } from "../support/raw.js";
import { describePlatform } from "../support/suite.js";
import { rawSocket as connect } from "../support/ws.js";

describePlatform(
  "WebSocket caps per user and the operation timeout",
  (platform) => {
    it("closes a user's connection past the cap with 4429, leaving other users alone", async () => {
      const token = await platform().token({ role: "ADMIN", sub: "many-tabs" });
      const first = await connect(platform().url, token);
      const second = await connect(platform().url, token);
      expect(await first.acked).toBe(true);
      expect(await second.acked).toBe(true);
      const third = await connect(platform().url, token);
      expect(await third.acked).toBe(false);
      expect(await third.closed).toBe(4429);

      const someoneElse = await connect(platform().url, await platform().token({ role: "ADMIN", sub: "one-tab" }));
      expect(await someoneElse.acked).toBe(true);

      await first.close();
      const again = await connect(platform().url, token);
      expect(await again.acked).toBe(true);
      await Promise.all([second.close(), again.close(), someoneElse.close()]);
    });

    it("refuses subscriptions past the cap per connection and per user, and frees them when they end", async () => {
      const token = await platform().token({ role: "ADMIN", sub: "subscriber" });
      const one = await connect(platform().url, token);
      expect(await one.acked).toBe(true);
      for (const id of ["1", "2", "3"]) one.subscribe(id);
      expect(await one.errorOf("3")).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED", limit: "subscriptionsPerConnection" } });
      expect(one.errorsFor(["1", "2"])).toEqual([]);

      // Completing one frees its place on the connection.
      one.complete("1");
      one.subscribe("4");
      one.subscribe("5");
      expect(await one.errorOf("5")).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED" } });
      expect(one.errorsFor(["4"])).toEqual([]);

      // Two run on the first connection; the user may hold three in all.
      const two = await connect(platform().url, token);
      expect(await two.acked).toBe(true);
      two.subscribe("a");
      two.subscribe("b");
      expect(await two.errorOf("b")).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED", limit: "subscriptionsPerUser" } });
      expect(two.errorsFor(["a"])).toEqual([]);

      // Closing the first connection gives its subscriptions back.
      await one.close();
      two.subscribe("c");
      two.subscribe("d");
      expect(await two.errorOf("d")).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED", limit: "subscriptionsPerConnection" } });
      expect(two.errorsFor(["a", "c"])).toEqual([]);
      await two.close();
    });

    it("stops an HTTP operation that runs past the timeout with 503 and TIMEOUT, and serves the next one", async () => {
      const db = platform().database.db;
      const token = await platform().token({ role: "ADMIN", sub: "slow" });
      // The catalog is locked for longer than the timeout: reading it has to wait.
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const blocker = db.transaction(async (tx) => {
        await tx.execute(sql`lock table products in access exclusive mode`);
        locked();
        // Held from JavaScript, not by pg_sleep: PGlite runs in this thread and would stop the clock too.
        await new Promise((resolve) => setTimeout(resolve, 2500));
      });
      await isLocked;
      const started = Date.now();
      const slow = await rawHttp(platform().url, "{ products(first: 1) { totalCount } }", undefined, token);
      expect(Date.now() - started).toBeLessThan(2300);
      expect(slow.status).toBe(503);
      expect(slow.body.errors?.[0]?.extensions).toEqual({ code: "TIMEOUT", timeoutMs: 1000 });
      await blocker;
      const next = await rawHttp(platform().url, "{ products(first: 1) { totalCount } }", undefined, token);
      expect(next.body.errors).toBeUndefined();
    });
  },
  { MAX_WS_CONNECTIONS_PER_USER: "2", MAX_SUBSCRIPTIONS_PER_CONNECTION: "2", MAX_SUBSCRIPTIONS_PER_USER: "3", OPERATION_TIMEOUT_MS: "1000" },
);

// PostgreSQL only (PGlite has no statement_timeout worth the name: it runs in this thread).
describe.each(databaseKinds().filter((kind) => kind === "postgres"))("statement_timeout [%s]", () => {
  it("ends statements that run past the pool's statement_timeout", async () => {
    const bounded = await openDatabase({ url: process.env.TEST_DATABASE_URL!, poolMax: 1, statementTimeoutMs: 200 });
    try {
      const error = await bounded.db.execute(sql`select pg_sleep(2)`).then(
        () => undefined,
        (e: unknown) => e as { cause?: { code?: string } },
      );
      expect(error?.cause?.code).toBe("57014");
    } finally {
      await bounded.close();
    }
  });
});
