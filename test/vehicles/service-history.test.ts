import { and, count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { DetachSourceRecord, IngestSourceRecords } from "../operations/identity.js";
import { DeleteIngestedServiceVisits, IngestServiceVisits } from "../operations/order-history.js";
import { makeCustomer, makeDealer, makeProduct, makeVehicle, uniqueVin } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

let serial = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`;

type Visit = {
  visitId: string;
  personSourceId: string;
  vin: string;
  stationCode?: string;
  performedAt: string;
  mileageKm: number;
  kind?: "MAINTENANCE" | "REPAIR" | "WARRANTY" | "RECALL";
  cost?: number;
  items?: { kind?: "PART" | "LABOUR"; sku?: string; code?: string; description?: string; quantity?: number; unitPrice: number }[];
};

describePlatform("historical service visits from source systems", (platform) => {
  let admin: string;
  let stationCode: string;
  let stationSource: string;
  let stationToken: string;
  let otherStationCode: string;
  let sku: string;
  let vin: string;
  let vehicleId: string;

  const ingest = async (source: string, visits: Visit[], token = admin) => (await platform().data(IngestServiceVisits, { input: { source, visits } }, token)).ingestServiceVisits;
  const person = async (source: string, sourceId: string) =>
    (await platform().data(IngestSourceRecords, { input: { source, records: [{ sourceId, givenName: "Jun", familyName: `Svc${sourceId.replaceAll(/[^a-z0-9]/gi, "")}`, emails: [`${sourceId.toLowerCase()}@example.com`] }] } }, admin))
      .ingestSourceRecords.records[0]!.customer!.id;
  const visit = (personSourceId: string, overrides: Partial<Visit> = {}): Visit => ({
    visitId: uid("V"),
    personSourceId,
    vin,
    stationCode,
    performedAt: "2024-05-20",
    mileageKm: 12_345,
    kind: "MAINTENANCE",
    items: [
      { sku, quantity: 1, unitPrice: 8_000 },
      { description: "Oil change labour", quantity: 2, unitPrice: 5_000 },
    ],
    ...overrides,
  });
  const customerOf = async (visitId: string) => {
    const [row] = await platform().database.db.select({ customerId: s.serviceRecords.customerId }).from(s.serviceRecords).where(eq(s.serviceRecords.sourceVisitId, visitId));
    return row?.customerId ?? null;
  };
  const dbId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    const station = await makeDealer(db, { code: `ST-${Date.now().toString(36).toUpperCase()}`, repairs: true });
    stationCode = station.code;
    stationSource = `dealer-${station.code.toLowerCase()}`;
    stationToken = await platform().token({ role: "DEALER", sub: "st", dealerId: station.id });
    otherStationCode = (await makeDealer(db, { repairs: true })).code;
    sku = (await makeProduct(db)).sku;
    const owner = await makeCustomer(db);
    const vehicle = await makeVehicle(db, owner.id, { mileageKm: 10_000 });
    [vin, vehicleId] = [vehicle.vin, vehicle.id];
  });

  it("builds a service record on the vehicle at the station, on its person's profile, without notices; the same visit again writes nothing", async () => {
    const personId = uid("P");
    const customerId = await person("station-hist", personId);
    const first = visit(personId, { cost: 18_000 });
    const result = await ingest("station-hist", [first]);
    expect(result.summary).toEqual({ created: 1, updated: 0, unchanged: 0, pending: 0, quarantined: 0, rejected: 0 });
    expect(result.visits[0]).toMatchObject({
      outcome: "CREATED",
      state: "ATTACHED",
      customer: { id: customerId },
      serviceRecord: { kind: "MAINTENANCE", mileageKm: 12_345, performedAt: "2024-05-19T16:00:00.000Z", source: "station-hist", sourceVisitId: first.visitId, total: { amountMinor: 18_000 }, station: { code: stationCode } },
    });
    expect(result.visits[0]!.serviceRecord!.items).toEqual([
      { kind: "PART", description: expect.any(String), quantity: 1, total: { amountMinor: 8_000 } },
      { kind: "LABOUR", description: "Oil change labour", quantity: 2, total: { amountMinor: 10_000 } },
    ]);
    const db = platform().database.db;
    const [vehicle] = await db.select({ km: s.vehicles.mileageKm }).from(s.vehicles).where(eq(s.vehicles.id, vehicleId));
    expect(vehicle!.km).toBe(12_345);
    expect(await db.select({ n: count() }).from(s.interactions).where(eq(s.interactions.customerId, dbId(customerId)))).toEqual([{ n: 0 }]);
    const tally = async () => [await db.select({ n: count() }).from(s.serviceRecords), await db.select({ n: count() }).from(s.serviceItems), await db.select({ n: count() }).from(s.auditLog)];
    const before = await tally();
    expect((await ingest("station-hist", [first])).visits[0]).toMatchObject({ outcome: "UNCHANGED", state: "ATTACHED" });
    expect(await tally()).toEqual(before);
  });

  it("keeps a visit whose person is unknown on the vehicle, attaches it when the person arrives, and moves it when the record is detached", async () => {
    const personId = uid("P");
    const early = visit(personId);
    expect((await ingest("station-hist", [early])).visits[0]).toMatchObject({ state: "PENDING", customer: null, serviceRecord: { sourceVisitId: early.visitId } });
    const customerId = await person("station-hist", personId);
    expect(await customerOf(early.visitId)).toBe(dbId(customerId));

    const other = await makeCustomer(platform().database.db);
    const { globalId } = { globalId: Buffer.from(`Customer:${other.id}`).toString("base64url") };
    await platform().data(DetachSourceRecord, { input: { source: "station-hist", sourceId: personId, onto: globalId } }, admin);
    expect(await customerOf(early.visitId)).toBe(other.id);
  });

  it("quarantines what it cannot use, item by item or the whole visit, updates in place, deletes on request", async () => {
    const personId = uid("P");
    await person("station-hist", personId);
    const bad = await ingest("station-hist", [
      visit(personId, { vin: "LMRAAAAAAAAAAAAAA" }),
      visit(personId, { vin: uniqueVin() }),
      visit(personId, { stationCode: "NO-SUCH-STATION" }),
      visit(personId, { cost: 1, items: [{ sku: "NO-SUCH-SKU", quantity: 1, unitPrice: 300 }, { description: "Refund?", unitPrice: -50 }] }),
    ]);
    expect(bad.visits.map((v) => [v.state, v.warnings.map((w) => [w.code, w.field])])).toEqual([
      ["QUARANTINED", [["INVALID_VIN", "input.visits.0.vin"]]],
      ["QUARANTINED", [["UNKNOWN_VEHICLE", "input.visits.1.vin"]]],
      ["QUARANTINED", [["UNKNOWN_STATION", "input.visits.2.stationCode"]]],
      ["ATTACHED", [["NEGATIVE_AMOUNT", "input.visits.3.items.1.unitPrice"], ["UNKNOWN_PRODUCT", "input.visits.3.items.0.sku"], ["COST_MISMATCH", "input.visits.3.cost"]]],
    ]);
    expect(bad.visits[3]!.serviceRecord).toMatchObject({ total: { amountMinor: 300 }, items: [{ kind: "PART", description: "SKU NO-SUCH-SKU" }] });
    expect(bad.visits.slice(0, 3).map((v) => v.serviceRecord)).toEqual([null, null, null]);

    const changed = { ...visit(personId), visitId: bad.visits[3]!.visitId, mileageKm: 20_000, items: [{ sku, unitPrice: 9_000 }] };
    const updated = await ingest("station-hist", [changed]);
    expect(updated.visits[0]).toMatchObject({ outcome: "UPDATED", serviceRecord: { id: bad.visits[3]!.serviceRecord!.id, mileageKm: 20_000, total: { amountMinor: 9_000 } } });
    const db = platform().database.db;
    const [record] = await db.select().from(s.sourceServiceVisits).where(and(eq(s.sourceServiceVisits.source, "station-hist"), eq(s.sourceServiceVisits.visitId, changed.visitId)));
    expect(await db.select({ n: count() }).from(s.sourceServiceVisitRevisions).where(eq(s.sourceServiceVisitRevisions.sourceVisitId, record!.id))).toEqual([{ n: 1 }]);

    const removed = (await platform().data(DeleteIngestedServiceVisits, { input: { source: "station-hist", visitIds: [changed.visitId, "never"] } }, admin)).deleteIngestedServiceVisits;
    expect(removed).toEqual({ deleted: [changed.visitId], unknown: ["never"] });
    expect(await customerOf(changed.visitId)).toBeNull();
    expect((await ingest("station-hist", [changed])).visits[0]).toMatchObject({ outcome: "CREATED", state: "ATTACHED" });
  });

  it("lets a station import only into its own source and its own work, and refuses the rest", async () => {
    const personId = uid("P");
    await person(stationSource, personId);
    const own = await ingest(stationSource, [visit(personId, { stationCode: undefined }), visit(personId, { stationCode: otherStationCode })], stationToken);
    expect(own.visits[0]).toMatchObject({ state: "ATTACHED", serviceRecord: { station: { code: stationCode } } });
    expect(own.rejected.map((r) => [r.index, r.code, r.field])).toEqual([[1, "BAD_USER_INPUT", "input.visits.1.stationCode"]]);
    const refused = await platform().gql(IngestServiceVisits, { input: { source: "station-hist", visits: [visit(personId)] } }, stationToken);
    expect(firstError(refused.body)).toMatchObject({ code: "FORBIDDEN" });
    const invalid = await ingest("station-hist", [{ ...visit(personId), mileageKm: -1 }, { ...visit(personId), performedAt: "2999-01-01" }]);
    expect(invalid.rejected.map((r) => r.field)).toEqual(["input.visits.0.mileageKm", "input.visits.1.performedAt"]);
  });
});
