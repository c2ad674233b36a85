import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "graphql-ws";
import { openDatabase, rows } from "../../src/db/client.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { startServer } from "../../src/server.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { RecordTrackingEvents, ShipmentTracking } from "../operations/tracking.js";
import { makeCarrier, makeCustomer, makeOrder, makeShipment } from "../support/factories.js";
import { startTestPlatform, TEST_SECRET, type TestPlatform } from "../support/server.js";
import { subscribe, wsClient } from "../support/ws.js";

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 8, 0) + minutes * 60_000).toISOString();

// Killing the server's LISTEN connection needs a PostgreSQL server; PGlite has one in-process connection.
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("tracking when the LISTEN connection drops [postgres]", () => {
  let platform: TestPlatform;
  let client: Client;
  let courier: string;
  let shipment: { id: string; trackingNumber: string };

  beforeAll(async () => {
    platform = await startTestPlatform("postgres");
    const db = platform.database.db;
    const carrier = await makeCarrier(db);
    shipment = await makeShipment(db, await makeOrder(db, (await makeCustomer(db)).id), carrier.id);
    courier = await platform.token({ role: "COURIER", sub: "c", carrierId: carrier.id });
    client = wsClient(platform.url, await platform.token({ role: "ADMIN", sub: "a" }));
  });
  afterAll(async () => {
    await client?.dispose();
    await platform?.close();
  });

  const post = (from: number, to: number) =>
    platform.data(
      RecordTrackingEvents,
      { input: { events: Array.from({ length: to - from + 1 }, (_, i) => ({ trackingNumber: shipment.trackingNumber, courierEventId: `k${from + i}`, status: "IN_TRANSIT" as never, occurredAt: t(from + i) })) } },
      courier,
    );

  it("catches up from the table after pg_terminate_backend: 0 lost, 0 duplicated", async () => {
    const sub = subscribe(client, ShipmentTracking, { shipmentId: toGlobalId("Shipment", shipment.id), after: 0 });
    await post(1, 5);
    await sub.waitFor(5);

    const killed = await rows<{ ok: boolean }>(
      platform.database.db,
      sql`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and query ilike 'listen%'`,
    );
    expect(killed.length).toBeGreaterThan(0);
    // Events committed while the listener is away: their NOTIFYs reach no one.
    await post(6, 10);
    const results = await sub.waitFor(10, 15_000);
    await post(11, 12);
    await sub.waitFor(12, 10_000);
    const seqs = sub.results.map((r) => r.data?.shipmentTracking.seq);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(results.length).toBe(12);
  }, 40_000);

  it("delivers an event posted to one server process to subscribers of another on the same database", async () => {
    const database = await openDatabase({ url: platform.database.url! });
    const config = loadConfig({ NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", JWT_SECRET: TEST_SECRET, LOG_LEVEL: "silent" });
    const second = await startServer({ config, database, tokens: platform.tokens, log: createLogger("silent") });
    const otherClient = wsClient(second.url, await platform.token({ role: "ADMIN", sub: "a" }));
    try {
      const sub = subscribe(otherClient, ShipmentTracking, { shipmentId: toGlobalId("Shipment", shipment.id) });
      await new Promise((r) => setTimeout(r, 300));
      await post(13, 14);
      expect((await sub.waitFor(2)).map((r) => r.data?.shipmentTracking.seq)).toEqual([13, 14]);
    } finally {
      await otherClient.dispose();
      await second.close();
      await database.close();
    }
  });
});
