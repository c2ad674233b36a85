import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import * as s from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { NextServiceDueQuery, OwnersDueForServiceQuery } from "../operations/predictions.js";
import { makeCustomer, makeDealer, makeVehicle } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const DAY = 86_400_000;
const today = () => new Date(new Date().toISOString().slice(0, 10) + "T12:00:00Z");
const daysAgo = (days: number) => new Date(today().getTime() - days * DAY);
const isoDaysFromToday = (days: number) => new Date(today().getTime() + days * DAY).toISOString().slice(0, 10);
const monthsFrom = (date: Date, months: number) => {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** A vehicle of a model due every 12 months or 15,000 km, owned by a customer of `dealerId`, with maintenance and odometer readings. */
async function vehicleWith(db: Database, dealerId: string, name: string, visits: [number, number][], readings: [number, number][]) {
  const owner = await makeCustomer(db, { displayName: name, dealerIds: [dealerId] });
  const vehicle = await makeVehicle(db, owner.id, { mileageKm: Math.max(0, ...readings.map(([, km]) => km)) }, { startedOn: "2022-01-01" });
  await db.update(s.vehicleModels).set({ serviceIntervalMonths: 12, serviceIntervalKm: 15_000 }).where(eq(s.vehicleModels.id, vehicle.modelId));
  for (const [days, km] of visits) await db.insert(s.serviceRecords).values({ vehicleId: vehicle.id, customerId: owner.id, dealerId, kind: "MAINTENANCE", mileageKm: km, performedAt: daysAgo(days) });
  for (const [days, km] of readings) await db.insert(s.mileageReadings).values({ vehicleId: vehicle.id, km, readAt: daysAgo(days), source: "TELEMATICS" });
  return vehicle;
}

describePlatform("next service due: Vehicle.nextServiceDue, Dealer.ownersDueForService", (platform) => {
  let admin: string;
  let dealer: { id: string };
  let byTime: { vin: string };
  let byMileage: { vin: string };
  let overdue: { vin: string };

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    dealer = await makeDealer(db);
    // 11 months since the last maintenance, slow driving (~16 km a day): due by time in about a month.
    byTime = await vehicleWith(db, dealer.id, "Time Owner", [[335, 10_000]], [[300, 10_500], [30, 15_000]]);
    // 100 days since maintenance at 20,000 km, 100 km a day, 28,000 km read 20 days ago: 35,000 km in 50 days.
    byMileage = await vehicleWith(db, dealer.id, "Mileage Owner", [[100, 20_000]], [[60, 24_000], [20, 28_000]]);
    // 14 months since the last maintenance: overdue by time.
    overdue = await vehicleWith(db, dealer.id, "Overdue Owner", [[425, 5_000]], [[400, 5_500], [20, 9_000]]);
  });

  const dueOf = async (vin: string, token = admin) => (await platform().data(NextServiceDueQuery, { vin }, token)).vehicle!.nextServiceDue!;

  it("falls due by time, by mileage at the projected rate, or is overdue; whichever interval comes first", async () => {
    expect(await dueOf(byTime.vin)).toEqual({
      date: monthsFrom(daysAgo(335), 12),
      mileage: 25_000,
      projectedMileage: expect.any(Number),
      overdue: false,
      reason: "TIME",
      lastServiceOn: isoDaysFromToday(-335),
    });
    const mileage = await dueOf(byMileage.vin);
    expect(mileage).toMatchObject({ date: isoDaysFromToday(50), mileage: 35_000, overdue: false, reason: "MILEAGE" });
    // 100 km a day since the reading 20 days ago.
    expect(mileage.projectedMileage).toBe(30_000);
    expect(await dueOf(overdue.vin)).toMatchObject({ date: monthsFrom(daysAgo(425), 12), overdue: true, reason: "TIME" });
  });

  it("lists the dealership's owners due, overdue first then by day, keyset-paged; staff too; nobody else", async () => {
    const id = toGlobalId("Dealer", dealer.id);
    const list = async (token: string, extra: { first?: number; after?: string; within?: number } = {}) =>
      (await platform().data(OwnersDueForServiceQuery, { id, within: 60, ...extra }, token)).node as {
        ownersDueForService: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { owner: { displayName: string } | null; vehicle: { vin: string } | null } }[] };
      };
    const own = await platform().token({ role: "DEALER", sub: "d", dealerId: dealer.id });
    const names = (page: Awaited<ReturnType<typeof list>>) => page.ownersDueForService.edges.map((e) => e.node.owner?.displayName);
    expect(names(await list(own))).toEqual(["Overdue Owner", "Time Owner", "Mileage Owner"]);
    expect(names(await list(admin, { within: 40 }))).toEqual(["Overdue Owner", "Time Owner"]);

    const first = await list(own, { first: 2 });
    expect(first.ownersDueForService.pageInfo.hasNextPage).toBe(true);
    expect(first.ownersDueForService.totalCount).toBe(3);
    const rest = await list(own, { first: 2, after: first.ownersDueForService.pageInfo.endCursor! });
    expect([...names(first), ...names(rest)]).toEqual(["Overdue Owner", "Time Owner", "Mileage Owner"]);

    const other = await makeDealer(platform().database.db);
    const otherToken = await platform().token({ role: "DEALER", sub: "o", dealerId: other.id });
    expect(names(await list(otherToken))).toEqual([]);
    expect(await dueOf(byTime.vin, otherToken).catch(() => "hidden")).toBe("hidden");

    const bad = await platform().gql(OwnersDueForServiceQuery, { id, within: 400 }, admin);
    expect(firstError(bad.body)).toEqual({ code: "BAD_USER_INPUT", field: "within" });
  });
});
