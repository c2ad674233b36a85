import { count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dealerRelationships, vehicleModels, vehicleOwnerships, vehicles } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { withCheckDigit } from "../../src/validation/vin.js";
import { CustomerStage, RecordMileage, RecordVehicleSale, RegisterVehicle, VehicleHistory } from "../operations/vehicle-writes.js";
import { makeCustomer, makeDealer } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

let serial = 0;
const newVin = () => withCheckDigit(`LMR7A2BCX${"P"}${String(100000 + ++serial * 7).slice(-6)}1`.slice(0, 17));

describePlatform("vehicle registration, sales and mileage", (platform) => {
  let modelId: string;
  let dealer: { id: string };
  let dealerToken: string;
  let admin: string;
  let alice: { id: string };
  let bob: { id: string };

  const tally = async () => {
    const db = platform().database.db;
    return [(await db.select({ n: count() }).from(vehicles))[0]!.n, (await db.select({ n: count() }).from(vehicleOwnerships))[0]!.n];
  };

  beforeAll(async () => {
    const db = platform().database.db;
    const [model] = await db
      .insert(vehicleModels)
      .values({ code: "AUR", make: "Meridian", name: "Aurora", bodyType: "SEDAN", powertrain: "BEV", firstYear: 2020, basePriceMinor: 1, warrantyMonths: 96 })
      .returning();
    modelId = toGlobalId("VehicleModel", model!.id);
    dealer = await makeDealer(db);
    dealerToken = await platform().token({ role: "DEALER", sub: "d", dealerId: dealer.id });
    admin = await platform().token({ role: "ADMIN", sub: "a" });
    // Alice ordered from the dealer before: a buyer it may sell to.
    alice = await makeCustomer(db, { displayName: "Alice", dealerIds: [dealer.id] });
    bob = await makeCustomer(db, { displayName: "Bob" });
  });

  it("registers a vehicle, sells it (warranty starts), transfers it keeping history, and records mileage", async () => {
    const vin = newVin();
    const registered = await platform().data(RegisterVehicle, { input: { vin: vin.toLowerCase(), modelId, modelYear: 2025 } }, dealerToken);
    expect(registered.registerVehicle.vehicle).toMatchObject({ vin, warrantyEndsOn: null, mileageKm: 0 });

    const sold = await platform().data(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", alice.id), soldOn: "2025-03-01" } }, dealerToken);
    expect(sold.recordVehicleSale.vehicle).toMatchObject({ warrantyEndsOn: "2033-03-01", underWarranty: true });

    await platform().data(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", bob.id), soldOn: "2026-01-15" } }, admin);
    const history = await platform().data(VehicleHistory, { vin }, admin);
    expect(history.vehicle?.ownerships).toEqual([
      { startedOn: "2025-03-01", endedOn: "2026-01-15", current: false, customer: { id: toGlobalId("Customer", alice.id) }, sellingDealer: { id: toGlobalId("Dealer", dealer.id) } },
      { startedOn: "2026-01-15", endedOn: null, current: true, customer: { id: toGlobalId("Customer", bob.id) }, sellingDealer: null },
    ]);
    expect(history.vehicle?.warrantyEndsOn).toBe("2033-03-01");

    await platform().data(RecordMileage, { input: { vin, km: 12000, readAt: "2026-02-01T10:00:00Z" } }, dealerToken);
    const down = await platform().gql(RecordMileage, { input: { vin, km: 11000, readAt: "2026-03-01T10:00:00Z" } }, dealerToken);
    expect(firstError(down.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.km" });
    expect(down.body.errors?.[0]?.message).toContain("12000 km");
    expect((await platform().data(VehicleHistory, { vin }, admin)).vehicle?.mileageKm).toBe(12000);
  });

  it.each([
    [{ vin: "LMR7A2BCXP1234567" }, "input.vin", "BAD_USER_INPUT"], // wrong check digit
    [{ vin: "SHORT" }, "input.vin", "BAD_USER_INPUT"],
    [{ vin: "LMR7A2BCXP12345I7" }, "input.vin", "BAD_USER_INPUT"], // I is not allowed
    [{ modelYear: 1990 }, "input.modelYear", "BAD_USER_INPUT"],
    [{ modelId: toGlobalId("VehicleModel", "00000000-0000-7000-8000-000000000000") }, "input.modelId", "NOT_FOUND"],
    [{ modelId: "garbage" }, "input.modelId", "BAD_USER_INPUT"],
  ])("refuses registering %j with a clear error and writes nothing", async (override, field, code) => {
    const before = await tally();
    const { body } = await platform().gql(RegisterVehicle, { input: { vin: newVin(), modelId, modelYear: 2025, ...override } }, admin);
    expect(firstError(body)).toEqual({ code, field });
    expect(await tally()).toEqual(before);
  });

  it("refuses a second registration of a VIN, a sale dated before the current one, and a repeated owner", async () => {
    const vin = newVin();
    await platform().data(RegisterVehicle, { input: { vin, modelId, modelYear: 2024 } }, admin);
    expect(firstError((await platform().gql(RegisterVehicle, { input: { vin, modelId, modelYear: 2024 } }, admin)).body)).toEqual({ code: "CONFLICT", field: "input.vin" });
    await platform().data(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", alice.id), soldOn: "2025-05-01" } }, admin);
    const before = await tally();
    const early = await platform().gql(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", bob.id), soldOn: "2025-04-01" } }, admin);
    expect(firstError(early.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.soldOn" });
    const again = await platform().gql(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", alice.id), soldOn: "2025-06-01" } }, admin);
    expect(firstError(again.body)).toEqual({ code: "CONFLICT", field: "input.customerId" });
    const nobody = await platform().gql(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", "00000000-0000-7000-8000-000000000000"), soldOn: "2025-06-01" } }, admin);
    expect(firstError(nobody.body)).toEqual({ code: "NOT_FOUND", field: "input.customerId" });
    expect(await tally()).toEqual(before);
    expect((await platform().data(VehicleHistory, { vin }, admin)).vehicle?.ownerships).toHaveLength(1);
  });

  it("lets a dealer sell only to a buyer it can see already: a stranger is NOT_FOUND, nothing is written, and the profile stays closed", async () => {
    const db = platform().database.db;
    const stranger = await makeCustomer(db, { displayName: "Stranger", email: "stranger@example.com" });
    const vin = newVin();
    await platform().data(RegisterVehicle, { input: { vin, modelId, modelYear: 2025 } }, dealerToken);
    const before = await tally();
    const sale = await platform().gql(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", stranger.id), soldOn: "2025-03-01" } }, dealerToken);
    expect(firstError(sale.body)).toEqual({ code: "NOT_FOUND", field: "input.customerId" });
    // The same answer as for an id that does not exist at all: the stranger's existence is not revealed.
    const ghost = await platform().gql(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", "00000000-0000-7000-8000-000000000000"), soldOn: "2025-03-01" } }, dealerToken);
    expect(firstError(ghost.body)).toEqual({ code: "NOT_FOUND", field: "input.customerId" });
    expect(await tally()).toEqual(before);
    expect(await db.select().from(dealerRelationships).where(eq(dealerRelationships.customerId, stranger.id))).toEqual([]);
    expect(firstError((await platform().gql(CustomerStage, { id: toGlobalId("Customer", stranger.id) }, dealerToken)).body).code).toBe("NOT_FOUND");

    // Staff may sell to anyone, naming the selling dealer, which then gains the buyer.
    await platform().data(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", stranger.id), soldOn: "2025-03-01", sellingDealerId: toGlobalId("Dealer", dealer.id) } }, admin);
    expect((await platform().data(CustomerStage, { id: toGlobalId("Customer", stranger.id) }, dealerToken)).customer?.id).toBe(toGlobalId("Customer", stranger.id));
  });

  it("keeps dealers to their own vehicles and customers, suppliers and anonymous callers out", async () => {
    const vin = newVin();
    await platform().data(RegisterVehicle, { input: { vin, modelId, modelYear: 2024 } }, admin);
    const otherDealer = await makeDealer(platform().database.db);
    await platform().data(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", alice.id), soldOn: "2025-01-01", sellingDealerId: toGlobalId("Dealer", otherDealer.id) } }, admin);
    // Sold and never serviced by `dealer`: it may neither sell it on nor record its mileage.
    const resale = await platform().gql(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", bob.id), soldOn: "2025-06-01" } }, dealerToken);
    expect(firstError(resale.body)).toEqual({ code: "NOT_FOUND", field: "input.vin" });
    const mileage = await platform().gql(RecordMileage, { input: { vin, km: 10, readAt: "2025-06-01T00:00:00Z" } }, dealerToken);
    expect(firstError(mileage.body)).toEqual({ code: "NOT_FOUND", field: "input.vin" });

    const customer = await platform().token({ role: "CUSTOMER", sub: "c", customerId: alice.id });
    expect(firstError((await platform().gql(RegisterVehicle, { input: { vin: newVin(), modelId, modelYear: 2024 } }, customer)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(RecordMileage, { input: { vin, km: 10, readAt: "2025-06-01T00:00:00Z" } })).body).code).toBe("UNAUTHENTICATED");
  });

  it("makes the buyer an OWNER by rule whatever they were; a sale over a year ago with nothing since is LAPSED; a driver stays where they were", async () => {
    const db = platform().database.db;
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    const stageAfterSale = async (stage: "PROSPECT" | "LEAD" | "CUSTOMER" | "LAPSED", soldOn = daysAgo(30), role?: "DRIVER") => {
      const buyer = await makeCustomer(db, { stage });
      const vin = newVin();
      await platform().data(RegisterVehicle, { input: { vin, modelId, modelYear: 2025 } }, admin);
      await platform().data(RecordVehicleSale, { input: { vin, customerId: toGlobalId("Customer", buyer.id), soldOn, role } }, admin);
      return (await platform().data(CustomerStage, { id: toGlobalId("Customer", buyer.id) }, admin)).customer?.stage;
    };
    expect(await stageAfterSale("PROSPECT")).toBe("OWNER");
    expect(await stageAfterSale("LEAD")).toBe("OWNER");
    expect(await stageAfterSale("CUSTOMER")).toBe("OWNER");
    expect(await stageAfterSale("LAPSED")).toBe("OWNER");
    expect(await stageAfterSale("PROSPECT", daysAgo(400))).toBe("LAPSED");
    expect(await stageAfterSale("LEAD", daysAgo(30), "DRIVER")).toBe("LEAD");
  });
});
