import { print } from "graphql";
import postgres from "postgres";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CustomerTotal } from "../operations/misc.js";
import { RecordTrackingEvents, ShipmentState } from "../operations/tracking.js";
import { makeCarrier, makeCustomer, makeOrder, makeShipment } from "../support/factories.js";
import { postgresBinaries, privatePostgresNote, startPrivatePostgres, type PrivatePostgres } from "../support/private-postgres.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";
import { subscribe, wsClient } from "../support/ws.js";

// Stopping the database needs a cluster the test owns (PGlite cannot stop, a shared server must
// not); CI has the PostgreSQL binaries (.ci/run), so there this always runs.
describe.runIf(Boolean(postgresBinaries))(`while PostgreSQL is down and after it is back [${privatePostgresNote}]`, () => {
  let cluster: PrivatePostgres;
  let platform: TestPlatform;
  let admin: string;
  let courier: string;
  let trackingNumber: string;
  let client: Client;

  beforeAll(async () => {
    cluster = await startPrivatePostgres();
    platform = await startTestPlatform("postgres", {}, { adminUrl: cluster.url });
    const db = platform.database.db;
    const carrier = await makeCarrier(db);
    ({ trackingNumber } = await makeShipment(db, await makeOrder(db, (await makeCustomer(db)).id), carrier.id));
    admin = await platform.token({ role: "ADMIN", sub: "a" });
    courier = await platform.token({ role: "COURIER", sub: "c", carrierId: carrier.id });
    client = wsClient(platform.url, admin);
  });
  afterAll(async () => {
    await client?.dispose();
    await platform?.close();
    await cluster?.teardown();
  });

  /** A POST with its status and Retry-After, which `platform.gql` does not show. */
  async function post(query: string, variables: Record<string, unknown> = {}, token = admin) {
    const response = await fetch(`${platform.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body };
  }
  const readCustomers = () => post(print(CustomerTotal));
  const readShipment = () => post(print(ShipmentState), { trackingNumber });
  /** Several reads at once, so that the pool holds several connections that a restart will kill. */
  const fillPool = () => Promise.all(Array.from({ length: 8 }, () => readShipment()));

  it("answers the first read after `pg_ctl restart -m fast` although every pooled connection died", async () => {
    for (const result of await fillPool()) expect(result.body.errors).toBeUndefined();
    await cluster.restart();
    const first = await readShipment();
    expect(first.body.errors).toBeUndefined();
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ shipment: { status: "LABEL_CREATED" } });
  });

  it("answers reads whose pooled connections were terminated since they were last used (retried, never answered with an error)", async () => {
    const killer = postgres(platform.database.url!, { max: 1, onnotice: () => undefined });
    try {
      for (let round = 0; round < 3; round++) {
        await fillPool();
        // What a restart leaves behind when its notice reaches the pool late: idle connections whose server side is gone.
        await killer`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and query not ilike 'listen%'`;
        for (const result of await Promise.all(Array.from({ length: 40 }, () => readShipment()))) {
          expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
          expect(result.status).toBe(200);
        }
      }
    } finally {
      await killer.end();
    }
  });

  it("answers 503 SERVICE_UNAVAILABLE with Retry-After while it is down (reads and writes, HTTP and WebSocket), and serves again once it is back", async () => {
    await fillPool();
    await cluster.stop();
    try {
      const started = Date.now();
      const answers = [await readCustomers(), await readShipment()];
      // An outage is answered at once, not after the driver's reconnect back-off (it grew to 20 s).
      expect(Date.now() - started).toBeLessThan(3000);
      for (const result of answers) {
        expect(result.status).toBe(503);
        expect(Number(result.retryAfter)).toBeGreaterThan(0);
        expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfter: Number(result.retryAfter) });
      }
      const write = await post(
        print(RecordTrackingEvents),
        { input: { events: [{ trackingNumber, courierEventId: "down-1", status: "PICKED_UP", occurredAt: new Date().toISOString() }] } },
        courier,
      );
      expect(write.status).toBe(503);
      expect(write.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");

      const overSocket = subscribe(client, CustomerTotal, {});
      const [result] = await overSocket.waitFor(1);
      expect(result!.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");

      const ready = await fetch(`${platform.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get("retry-after")).toBeTruthy();
    } finally {
      await cluster.start();
    }
    const back = Date.now();
    const first = await readShipment();
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(Date.now() - back).toBeLessThan(3000);
    expect((await fetch(`${platform.url}/readyz`)).status).toBe(200);
  });
});
