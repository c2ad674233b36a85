import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { DEFAULT_IDENTITY_SETTINGS } from "../../src/config.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { ingestSourceRecords } from "../../src/identity/ingest.service.js";
import { reactions } from "../../src/reactions.js";
import * as s from "../../src/db/schema/index.js";
import { makeCustomer, makeDealer, makeProduct, makeVehicle } from "../support/factories.js";
import { runScript } from "../support/cli.js";
import { migratedDataDir } from "../support/database.js";
import { describePlatformOn } from "../support/suite.js";

/** The buyers and SKUs of demo/dealer-xa-01-orders.csv that the demo world has. */
const TOUR_BUYERS = ["DEA-100029", "DEA-100169", "DEA-100042", "DEA-100196"];
const TOUR_SKUS = ["BRK-PAD-F01", "FLT-CAB-01", "TYR-PRI-215", "FLT-OIL-01", "BRK-DSC-F01", "FLT-CAB-02"];

// The DATABASE_URL path of the import command; identity-cli.test.ts covers its DATA_DIR path.
describePlatformOn("postgres", "npm run import -- --orders / --visits / --interactions / --vehicle-sales", (platform) => {
  it("imports a dealer's order history from CSV and NDJSON a station's visits, a hotline's calls and a dealer's sales from CSV with a summary; a person arriving later gets their orders and calls", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cdp-orders-"));
    const tag = Date.now().toString(36).toUpperCase();
    const [sku, ean] = [`HIST-${tag}`, `69${String(Date.now()).slice(-11)}`];
    const env = platform().kind === "postgres"
      ? { ...process.env, DATABASE_URL: platform().database.url!, LOG_LEVEL: "silent" }
      : { ...process.env, DATABASE_URL: "", DATA_DIR: await migratedDataDir(join(dir, "data")), LOG_LEVEL: "silent" };
    const run = async (args: string[]) => (await runScript("src/cli/import.ts", args, { env })).stdout;
    const withDatabase = async <T>(body: (db: Database) => Promise<T>) => {
      if (platform().kind === "postgres") return body(platform().database.db);
      // Migrated already (migratedDataDir above).
      const handle = await openDatabase({ dataDir: join(dir, "data", "pglite") });
      try {
        return await body(handle.db);
      } finally {
        await handle.close();
      }
    };

    writeFileSync(join(dir, "people-2.csv"), `source_id,given_name,family_name,email\nDEA-${tag}-2,Yan,Shi,yan.shi.${tag.toLowerCase()}@example.com\n`);
    // Rows of one transaction need not be adjacent; prices in yuan; a returned quantity makes a return.
    writeFileSync(
      join(dir, "orders.csv"),
      [
        "transaction_id,customer_id,date,payment_method,sku,ean,qty,unit_price,returned_qty,returned_at",
        `R-1,DEA-${tag}-1,2023-11-02,card,${sku},,2,45.00,1,2023-11-10`,
        `R-2,DEA-${tag}-2,2024-01-05,cash_on_delivery,,${ean},1,120.50,,`,
        `R-1,DEA-${tag}-1,2023-11-02,card,NO-SUCH-SKU,,1,10.00,,`,
        `R-3,DEA-${tag}-1,2031-01-01,card,${sku},,1,45.00,,`,
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "orders.ndjson"),
      `{"transactionId":"N-1","personSourceId":"DEA-${tag}-1","placedAt":"2024-02-01T10:00:00+08:00","paymentMethod":"CARD","lines":[{"sku":"${sku}","quantity":1,"unitPrice":4500}]}\n{"transactionId": broken\n`,
    );

    // The product, and the first person (as the people import would write them), are there before the orders.
    let vin = "";
    await withDatabase(async (db) => {
      await makeProduct(db, { sku, ean });
      vin = (await makeVehicle(db, (await makeCustomer(db)).id)).vin;
      await makeDealer(db, { code: `ST-${tag}`, repairs: true });
      const admin = { role: "ADMIN" as const, subject: "test" };
      await ingestSourceRecords(db, admin, { source: "webshop", records: [{ sourceId: `DEA-${tag}-1`, givenName: "Wei", familyName: "Gao" }] }, DEFAULT_IDENTITY_SETTINGS, reactions.identityRelinked);
    });

    const first = await run(["--orders", "--source", "webshop", join(dir, "orders.csv")]);
    expect(first).toMatch(/webshop: 3 orders \(4 lines\) in .* created 2, updated 0, unchanged 0, pending 1, quarantined 1, rejected 1/);
    expect(first).toMatch(/set aside row 2 \(R-1\): UNKNOWN_PRODUCT lines\.1\.sku: /);
    expect(first).toMatch(/rejected row 5 \(R-3\): BAD_USER_INPUT placedAt: /);
    const ndjson = await run(["--orders", "--source", "webshop", join(dir, "orders.ndjson")]);
    expect(ndjson).toMatch(/2 orders \(1 lines\) .* created 1, .* rejected 1/);
    expect(ndjson).toContain("rejected line 2: not a JSON object");

    writeFileSync(
      join(dir, "visits.csv"),
      [
        "work_order,customer_id,vin,station,date,odometer,item_kind,sku,description,qty,unit_price",
        `W-1,DEA-${tag}-1,${vin},ST-${tag},2024-06-01,15000,PART,${sku},,1,80.00`,
        `W-2,DEA-${tag}-1,LMRAAAAAAAAAAAAAA,ST-${tag},2024-06-02,15100,LABOUR,,Inspection,1,50.00`,
        `W-1,DEA-${tag}-1,${vin},ST-${tag},2024-06-01,15000,LABOUR,,Fitting,2,25.00`,
      ].join("\n"),
    );
    const visits = await run(["--visits", "--source", "webshop", join(dir, "visits.csv")]);
    expect(visits).toMatch(/webshop: 2 visits \(3 items\) in .* created 2, updated 0, unchanged 0, pending 0, quarantined 1, rejected 0/);
    expect(visits).toMatch(/set aside row 3 \(W-2\): INVALID_VIN vin: /);

    writeFileSync(
      join(dir, "calls.csv"),
      [
        "call_id,customer_id,date,channel,kind,subject,notes,vin",
        `C-1,DEA-${tag}-1,2024-07-01T10:00:00+08:00,call,complaint,Brake noise,Asked for a check,${vin}`,
        `C-2,DEA-${tag}-2,2024-07-02,walk-in,,,,LMRAAAAAAAAAAAAAA`,
        `C-3,DEA-${tag}-1,2024-07-03,pigeon,,,,`,
      ].join("\n"),
    );
    const calls = await run(["--interactions", "--source", "webshop", join(dir, "calls.csv")]);
    expect(calls).toMatch(/webshop: 3 interactions in .* created 2, updated 0, unchanged 0, pending 1, quarantined 1, rejected 1/);
    expect(calls).toMatch(/set aside row 3 \(C-2\): INVALID_VIN vin: /);
    expect(calls).toMatch(/rejected row 4 \(C-3\): BAD_USER_INPUT channel: /);

    writeFileSync(join(dir, "sales.csv"), ["sale_id,buyer_id,vin,sale_date,dealer", `S-1,DEA-${tag}-1,${vin},2024-08-01,ST-${tag}`, `S-2,DEA-${tag}-1,LMRAAAAAAAAAAAAAA,2024-08-02,`].join("\n"));
    const sales = await run(["--vehicle-sales", "--source", "webshop", join(dir, "sales.csv")]);
    expect(sales).toMatch(/webshop: 2 sales in .* created 2, updated 0, unchanged 0, pending 0, quarantined 1, rejected 0/);
    expect(sales).toMatch(/set aside row 3 \(S-2\): INVALID_VIN vin: /);

    // The second person arrives after their order: it is attached then.
    expect(await run(["--source", "webshop", join(dir, "people-2.csv")])).toMatch(/created 1/);

    await withDatabase(async (db) => {
      const owners = await db
        .select({ transactionId: s.orders.sourceTransactionId, customerId: s.orders.customerId, total: s.orders.totalMinor, status: s.orders.status, person: s.sourceRecords.sourceId })
        .from(s.orders)
        .innerJoin(s.identityLinks, eq(s.identityLinks.customerId, s.orders.customerId))
        .innerJoin(s.sourceRecords, eq(s.sourceRecords.id, s.identityLinks.sourceRecordId))
        .where(eq(s.orders.source, "webshop"));
      const of = (id: string) => owners.find((o) => o.transactionId === id)!;
      expect(of("R-1")).toMatchObject({ person: `DEA-${tag}-1`, total: 9_000, status: "DELIVERED" });
      expect(of("R-2")).toMatchObject({ person: `DEA-${tag}-2`, total: 12_050 });
      expect(of("N-1")).toMatchObject({ person: `DEA-${tag}-1`, total: 4_500 });
      const [record] = await db.select({ total: s.serviceRecords.totalMinor, mileage: s.serviceRecords.mileageKm }).from(s.serviceRecords).where(eq(s.serviceRecords.sourceVisitId, "W-1"));
      expect(record).toEqual({ total: 13_000, mileage: 15_000 });
      const touches = await db.select({ key: s.interactions.sourceInteractionId, channel: s.interactions.channel, type: s.interactions.type, person: s.sourceRecords.sourceId })
        .from(s.interactions)
        .innerJoin(s.identityLinks, eq(s.identityLinks.customerId, s.interactions.customerId))
        .innerJoin(s.sourceRecords, eq(s.sourceRecords.id, s.identityLinks.sourceRecordId))
        .where(eq(s.interactions.source, "webshop"));
      const [period] = await db.select({ startedOn: s.vehicleOwnerships.startedOn, person: s.sourceRecords.sourceId })
        .from(s.vehicleOwnerships)
        .innerJoin(s.identityLinks, eq(s.identityLinks.customerId, s.vehicleOwnerships.customerId))
        .innerJoin(s.sourceRecords, eq(s.sourceRecords.id, s.identityLinks.sourceRecordId))
        .where(eq(s.vehicleOwnerships.sourceSaleId, "S-1"));
      expect(period).toEqual({ startedOn: "2024-08-01", person: `DEA-${tag}-1` });
      expect(touches.sort((x, y) => x.key!.localeCompare(y.key!))).toEqual([
        { key: "C-1", channel: "PHONE", type: "COMPLAINT", person: `DEA-${tag}-1` },
        { key: "C-2", channel: "VISIT", type: "INQUIRY", person: `DEA-${tag}-2` },
      ]);
      const [refund] = await db.select({ amount: s.refunds.amountMinor }).from(s.refunds).innerJoin(s.orders, eq(s.orders.id, s.refunds.orderId)).where(eq(s.orders.sourceTransactionId, "R-1"));
      expect(refund).toEqual({ amount: 4_500 });

      // The README tour's file: its buyers as XA-01's system knows them and its catalog SKUs, as in the demo world (test/platform/seed.test.ts).
      for (const sku of TOUR_SKUS) await makeProduct(db, { sku });
      const records = TOUR_BUYERS.map((sourceId) => ({ sourceId, givenName: "Tour", familyName: sourceId }));
      await ingestSourceRecords(db, { role: "ADMIN", subject: "test" }, { source: "dealer-xa-01", records }, DEFAULT_IDENTITY_SETTINGS, reactions.identityRelinked);
    });
    // The tour's command, exactly (npm run import -- ...), from the repository's root.
    const tour = await run(["--orders", "--source", "dealer-xa-01", "demo/dealer-xa-01-orders.csv"]);
    expect(tour).toMatch(/dealer-xa-01: 5 orders \(7 lines\) in .* created 5, updated 0, unchanged 0, pending 1, quarantined 1, rejected 0/);
    expect(tour).toMatch(/set aside row 5 \(XA-2024-0611\): UNKNOWN_PRODUCT lines\.1\.code: /);
  }, 180_000);
});
