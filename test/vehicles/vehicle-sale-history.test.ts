import { and, count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { DetachSourceRecord, IngestSourceRecords, MergeCustomers, UnmergeCustomer } from "../operations/identity.js";
import { CustomerVehicleSales, DeleteIngestedVehicleSales, IngestVehicleSales } from "../operations/vehicle-sale-history.js";
import { makeCustomer, makeDealer, makeVehicle, uniqueVin } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

let serial = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`;

type Sale = { saleId: string; personSourceId: string; vin: string; soldOn: string; endedOn?: string; role?: "OWNER" | "DRIVER" | "LESSEE"; dealerCode?: string; modelCode?: string; modelYear?: number };

describePlatform("historical vehicle sales from source systems", (platform) => {
  let admin: string;
  let dealerCode: string;
  let dealerSource: string;
  let dealerToken: string;
  let otherDealerCode: string;
  let modelCode: string;

  const ingest = async (source: string, sales: Sale[], token = admin) => (await platform().data(IngestVehicleSales, { input: { source, sales } }, token)).ingestVehicleSales;
  const person = async (source: string, sourceId: string, familyName = `Veh${sourceId.replaceAll(/[^a-z0-9]/gi, "")}`) =>
    (await platform().data(IngestSourceRecords, { input: { source, records: [{ sourceId, givenName: "Bo", familyName, emails: [`${sourceId.toLowerCase()}@example.com`] }] } }, admin))
      .ingestSourceRecords.records[0]!.customer!.id;
  const sale = (personSourceId: string, overrides: Partial<Sale> = {}): Sale => ({ saleId: uid("S"), personSourceId, vin: uniqueVin(), soldOn: "2021-05-10", modelCode, ...overrides });
  const salesOf = async (customerId: string, token = admin) =>
    (await platform().data(CustomerVehicleSales, { id: customerId }, token)).customer!.vehicles.flatMap((v) => v.ownerships.flatMap((o) => (o.sourceSaleId && o.customer?.id === customerId ? [o.sourceSaleId] : []))).sort();

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    const dealer = await makeDealer(db, { code: `VS-${Date.now().toString(36).toUpperCase()}` });
    [dealerCode, dealerSource] = [dealer.code, `dealer-${dealer.code.toLowerCase()}`];
    dealerToken = await platform().token({ role: "DEALER", sub: "vs", dealerId: dealer.id });
    otherDealerCode = (await makeDealer(db)).code;
    modelCode = `VS-M-${Date.now().toString(36)}`;
    await db.insert(s.vehicleModels).values({ code: modelCode, make: "Meridian", name: "Aurora", bodyType: "SUV", powertrain: "BEV", firstYear: 2019, basePriceMinor: 1, warrantyMonths: 48 });
  });

  it("registers an unknown vehicle from its model, starts its warranty and the buyer's period, relates the seller; a later sale ends the period; the same batch again writes nothing", async () => {
    const [first, second] = [uid("P"), uid("P")];
    const [buyerA, buyerB] = [await person("dealer-ledger", first), await person("dealer-ledger", second)];
    const vin = uniqueVin();
    const bought = sale(first, { vin, dealerCode, modelYear: 2021 });
    const result = await ingest("dealer-ledger", [bought]);
    expect(result.summary).toEqual({ created: 1, updated: 0, unchanged: 0, pending: 0, quarantined: 0, rejected: 0 });
    expect(result.sales[0]).toMatchObject({
      outcome: "CREATED",
      state: "ATTACHED",
      // An owner by rule, shown LAPSED: bought in 2021 and not heard of since (src/customers/README.md).
      customer: { id: buyerA, stage: "LAPSED" },
      vehicle: { vin, modelYear: 2021, warrantyEndsOn: "2025-05-10", model: { code: modelCode }, ownerships: [{ role: "OWNER", startedOn: "2021-05-10", endedOn: null, current: true, source: "dealer-ledger", sourceSaleId: bought.saleId, sellingDealer: { code: dealerCode }, customer: { id: buyerA } }] },
    });
    const db = platform().database.db;
    const dbId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;
    const [dealer] = await db.select({ id: s.dealers.id }).from(s.dealers).where(eq(s.dealers.code, dealerCode));
    expect(await db.select({ basis: s.dealerRelationships.basis }).from(s.dealerRelationships).where(and(eq(s.dealerRelationships.dealerId, dealer!.id), eq(s.dealerRelationships.customerId, dbId(buyerA))))).toEqual([{ basis: "SALE" }]);

    const resold = sale(second, { vin, soldOn: "2023-08-01" });
    const later = await ingest("dealer-ledger", [resold]);
    expect(later.sales[0]!.vehicle!.ownerships.map((o) => [o.sourceSaleId, o.startedOn, o.endedOn])).toEqual(
      expect.arrayContaining([
        [bought.saleId, "2021-05-10", "2023-08-01"],
        [resold.saleId, "2023-08-01", null],
      ]),
    );
    expect(later.sales[0]!.vehicle!.warrantyEndsOn).toBe("2025-05-10");
    expect(await salesOf(buyerB)).toEqual([resold.saleId]);

    const tally = async () => [await db.select({ n: count() }).from(s.vehicleOwnerships), await db.select({ n: count() }).from(s.vehicles), await db.select({ n: count() }).from(s.auditLog)];
    const before = await tally();
    expect((await ingest("dealer-ledger", [bought, resold])).sales.map((x) => x.outcome)).toEqual(["UNCHANGED", "UNCHANGED"]);
    expect(await tally()).toEqual(before);
  });

  it("waits for a buyer who is not known yet, and follows the buyer's record through merge, unmerge and detach", async () => {
    const [a, b] = [uid("PA"), uid("PB")];
    const early = sale(a);
    expect((await ingest("dealer-ledger", [early])).sales[0]).toMatchObject({ state: "PENDING", vehicle: null, customer: null });
    const profileA = await person("dealer-ledger", a);
    expect(await salesOf(profileA)).toEqual([early.saleId]);
    const profileB = await person("dealer-ledger", b, "Other");
    await platform().data(MergeCustomers, { input: { survivorId: profileB, mergedId: profileA } }, admin);
    expect(await salesOf(profileB)).toEqual([early.saleId]);
    await platform().data(UnmergeCustomer, { input: { customerId: profileA } }, admin);
    expect([await salesOf(profileA), await salesOf(profileB)]).toEqual([[early.saleId], []]);
    await platform().data(DetachSourceRecord, { input: { source: "dealer-ledger", sourceId: a, onto: profileB } }, admin);
    expect(await salesOf(profileB)).toEqual([early.saleId]);
  });

  it("quarantines a bad VIN or an unknown vehicle with a warning, keeps the record, refuses unusable ones, updates in place with history and deletes on request", async () => {
    const personId = uid("P");
    const customerId = await person("dealer-ledger", personId);
    const known = (await makeVehicle(platform().database.db, (await makeCustomer(platform().database.db)).id)).vin;
    const result = await ingest("dealer-ledger", [
      sale(personId, { vin: "LMRAAAAAAAAAAAAAA" }),
      sale(personId, { modelCode: undefined }),
      sale(personId, { vin: known, modelCode: undefined, dealerCode: "NO-SUCH-DEALER", soldOn: "2024-06-01T23:30:00+08:00" }),
      sale(personId, { soldOn: "2999-01-01" }),
      sale(personId, { soldOn: "2022-01-01", endedOn: "2021-12-31" }),
    ]);
    expect(result.sales.map((x) => [x.state, x.warnings.map((w) => [w.code, w.field])])).toEqual([
      ["QUARANTINED", [["INVALID_VIN", "input.sales.0.vin"]]],
      ["QUARANTINED", [["UNKNOWN_VEHICLE", "input.sales.1.vin"]]],
      ["ATTACHED", [["UNKNOWN_DEALER", "input.sales.2.dealerCode"]]],
    ]);
    expect(result.summary).toMatchObject({ created: 3, quarantined: 3, rejected: 2 });
    expect(result.rejected.map((r) => [r.index, r.code, r.field])).toEqual([
      [3, "BAD_USER_INPUT", "input.sales.3.soldOn"],
      [4, "BAD_USER_INPUT", "input.sales.4.endedOn"],
    ]);
    const onKnown = result.sales[2]!;
    // The existing owner's open period ends on the day of the imported sale (its day in TIME_ZONE).
    expect(onKnown.vehicle!.ownerships.map((o) => [o.sourceSaleId, o.startedOn, o.endedOn])).toEqual([[null, "2024-01-01", "2024-06-01"], [onKnown.saleId, "2024-06-01", null]]);

    const corrected = { ...sale(personId, { vin: known, modelCode: undefined }), saleId: onKnown.saleId, role: "LESSEE" as const, endedOn: "2025-06-01" };
    const updated = await ingest("dealer-ledger", [corrected]);
    expect(updated.sales[0]).toMatchObject({ outcome: "UPDATED", warnings: [] });
    expect(updated.sales[0]!.vehicle!.ownerships.find((o) => o.sourceSaleId === onKnown.saleId)).toMatchObject({ role: "LESSEE", startedOn: "2021-05-10", endedOn: "2025-06-01", current: false });
    const db = platform().database.db;
    const [record] = await db.select().from(s.sourceVehicleSales).where(and(eq(s.sourceVehicleSales.source, "dealer-ledger"), eq(s.sourceVehicleSales.saleId, onKnown.saleId)));
    expect(await db.select({ n: count() }).from(s.sourceVehicleSaleRevisions).where(eq(s.sourceVehicleSaleRevisions.recordId, record!.id))).toEqual([{ n: 1 }]);

    const removed = (await platform().data(DeleteIngestedVehicleSales, { input: { source: "dealer-ledger", saleIds: [onKnown.saleId, "never-sent"] } }, admin)).deleteIngestedVehicleSales;
    expect(removed).toEqual({ deleted: [onKnown.saleId], unknown: ["never-sent"] });
    expect(await salesOf(customerId)).toEqual([]);
    expect((await ingest("dealer-ledger", [corrected])).sales[0]).toMatchObject({ outcome: "CREATED", state: "ATTACHED" });
    expect(await salesOf(customerId)).toEqual([onKnown.saleId]);
  });

  it("lets a dealer import only its own sales into its own source, and shows it the vehicles it sold", async () => {
    const personId = uid("P");
    await person(dealerSource, personId);
    const own = await ingest(dealerSource, [sale(personId), sale(personId, { dealerCode: otherDealerCode })], dealerToken);
    expect(own.sales[0]).toMatchObject({ state: "ATTACHED", vehicle: { ownerships: [{ sellingDealer: { code: dealerCode } }] } });
    expect(own.rejected.map((r) => [r.index, r.code, r.field])).toEqual([[1, "BAD_USER_INPUT", "input.sales.1.dealerCode"]]);
    const elsewhere = await platform().gql(IngestVehicleSales, { input: { source: "dealer-ledger", sales: [sale(personId)] } }, dealerToken);
    expect(firstError(elsewhere.body)).toMatchObject({ code: "FORBIDDEN" });
  });
});
