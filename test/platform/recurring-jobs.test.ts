import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import postgres from "postgres";
import { expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { rows } from "../../src/db/client.js";
import { PARTITIONS_QUEUE } from "../../src/jobs/history-partitions.js";
import { driverSql, ensureQueue, type QueueSql } from "../../src/jobs/queue.js";
import { ACTIVITY_PURGE_QUEUE, MODELS_REFRESH_QUEUE } from "../../src/schedules.js";
import { RETENTION_QUEUE } from "../../src/webhooks/runtime.js";
import { makeProduct } from "../support/factories.js";
import { describePlatform } from "../support/suite.js";
import { eventually } from "../support/webhook-receiver.js";

describePlatform(
  "recurring jobs on the job queue's scheduler: the model refresh and the activity purge",
  (platform, kind) => {
    /** Another client of the platform's queue, as an operator's script or a second process is: it sends, the server's workers run. */
    const client = () => new PgBoss({ db: driverSql(platform().database), schema: "pgboss" } as PgBoss.ConstructorOptions);

    it("schedules each job at its configured cron in TIME_ZONE, once, and none set to off", async () => {
      const schedules = (await client().getSchedules()) as { name: string; cron: string; timezone: string }[];
      const of = (name: string) => schedules.filter((row) => row.name === name).map(({ cron, timezone }) => ({ cron, timezone }));
      expect(of(MODELS_REFRESH_QUEUE)).toEqual([{ cron: "5 4 * * 1-5", timezone: "Asia/Shanghai" }]);
      expect(of(ACTIVITY_PURGE_QUEUE)).toEqual([{ cron: "45 3 * * *", timezone: "Asia/Shanghai" }]);
      expect(of(RETENTION_QUEUE)).toEqual([]);
    });

    // PostgreSQL only: PGlite serves one connection, so two processes' createQueue cannot interleave there.
    if (kind === "postgres") {
      it("creates a new queue once when two processes ask for it at the same moment (their createQueue may deadlock: the loser looks again and retries)", async () => {
        // Two processes' clients on connections of their own, which find a deadlock in 50 ms rather than deadlock_timeout's second.
        const sql = postgres(platform().database.url!, { max: 4, onnotice: () => undefined, connection: { deadlock_timeout: "50ms" } });
        const process = (): QueueSql => ({
          executeSql: async (text, values) => ({ rows: await (values?.length ? sql.unsafe(text, values as never[]) : sql.unsafe(text).simple()) }),
        });
        const [one, two] = [process(), process()].map((db) => new PgBoss({ db, schema: "pgboss" } as PgBoss.ConstructorOptions));
        const names = Array.from({ length: 3 }, (_, i) => `test-race-${randomUUID().slice(0, 8)}-${i}`);
        try {
          for (const name of names) await Promise.all([ensureQueue(one!, name), ensureQueue(two!, name)]);
          expect((await Promise.all(names.map((name) => one!.getQueue(name)))).map((queue) => queue?.name)).toEqual(names);
          for (const name of names) await one!.deleteQueue(name);
        } finally {
          await sql.end();
        }
      });
    }

    it("a model refresh job rebuilds the co-purchase counts from the orders; an activity purge job deletes the events past their retention", async () => {
      const db = platform().database.db;
      // The history partitions' start-up run moves rows out of the DEFAULT partition: a purge that
      // met it mid-move failed once and was retried minutes later. Let it finish first.
      const partitioned = async () => (await rows<{ n: number }>(db, sql`select count(*)::int as n from pgboss.job where name = ${PARTITIONS_QUEUE} and state = 'completed'`))[0]!.n > 0;
      await eventually("the start-up partition maintenance", partitioned, 30_000);
      const [a, b] = [await makeProduct(db), await makeProduct(db)];
      // A pair nobody bought together, as a count left wrong by a cancellation (the triggers leave those to the rebuild).
      await db.insert(s.productPairs).values({ productId: a.id, otherProductId: b.id, customers: 9 });
      const old = randomUUID();
      const recent = randomUUID();
      const day = 86_400_000;
      await db.insert(s.activityEvents).values([
        { id: old, anonymousId: `anon-${old}`, type: "PAGE_VIEW", platform: "WEB", url: "https://shop.example/a", occurredAt: new Date(Date.now() - 400 * day) },
        { id: recent, anonymousId: `anon-${old}`, type: "PAGE_VIEW", platform: "WEB", url: "https://shop.example/b", occurredAt: new Date(Date.now() - 2 * day) },
      ]);

      const queue = client();
      await queue.send(MODELS_REFRESH_QUEUE, {});
      await queue.send(ACTIVITY_PURGE_QUEUE, {});
      const pair = () => db.select().from(s.productPairs).where(and(eq(s.productPairs.productId, a.id), eq(s.productPairs.otherProductId, b.id)));
      await eventually("the model refresh", async () => (await pair()).length === 0);
      const kept = async () => (await db.select({ id: s.activityEvents.id }).from(s.activityEvents).where(inArray(s.activityEvents.id, [old, recent]))).map((e) => e.id);
      await eventually("the activity purge", async () => (await kept()).length === 1);
      expect(await kept()).toEqual([recent]);
    });
  },
  { JOB_QUEUE: "true", MODELS_REFRESH_CRON: "5 4 * * 1-5", OUTBOX_RETENTION_CRON: "off" },
);
