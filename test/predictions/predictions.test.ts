import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { rows, type Database } from "../../src/db/client.js";
import * as s from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { credibilityEstimate, householdEvidence, logIntervals } from "../../src/predictions/estimator.js";
import { refreshAllRepurchase } from "../../src/predictions/repurchase.service.js";
import { PlaceOrder } from "../operations/order-writes.js";
import { DueSoonQuery, NextServiceDueQuery, OwnersDueForServiceQuery } from "../operations/predictions.js";
import { makeCategory, makeCustomer, makeDealer, makeOrder, makeOrderLine, makeProduct, makeSupplier, makeVehicle } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const DAY = 86_400_000;
const today = () => new Date(new Date().toISOString().slice(0, 10) + "T12:00:00Z");
const daysAgo = (days: number) => new Date(today().getTime() - days * DAY);
const isoDaysFromToday = (days: number) => new Date(today().getTime() + days * DAY).toISOString().slice(0, 10);

type Product = { id: string; sku: string; name: string; priceMinor: number };

/** One order a day for each entry: [days ago, product, units]; the last `returned` are sent back. */
async function history(db: Database, customerId: string, purchases: [number, Product, number?][], returned: number[] = []) {
  for (const [days, product, quantity = 1] of purchases) {
    const order = await makeOrder(db, customerId, { placedAt: daysAgo(days), status: "DELIVERED" });
    const line = await makeOrderLine(db, order.id, { product, quantity });
    if (returned.includes(days)) {
      const [ret] = await db.insert(s.returns).values({ orderId: order.id, customerId, status: "CLOSED", requestedAt: daysAgo(days - 1) }).returning();
      await db.insert(s.returnLines).values({ returnId: ret!.id, orderLineId: line.id, quantity });
    }
  }
}

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

describePlatform("predictions: Customer.dueSoon, Vehicle.nextServiceDue, Dealer.ownersDueForService", (platform) => {
  let admin: string;
  let coffeeA: Product;
  let coffeeB: Product;
  let filter: Product;
  let coffeeSlug: string;
  let coffeeId: string;
  let regular: { id: string };
  let dealerId: string;

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    const supplier = await makeSupplier(db);
    const coffee = await makeCategory(db, { replaceable: true });
    coffeeSlug = coffee.slug;
    coffeeId = coffee.id;
    coffeeA = await makeProduct(db, { categoryId: coffee.id, supplierId: supplier.id });
    coffeeB = await makeProduct(db, { categoryId: coffee.id, supplierId: supplier.id });
    filter = await makeProduct(db, { supplierId: supplier.id });
    // The population: coffee about every 20 days (either brand), the filter about every 60.
    for (const shift of [0, 3, 6, 9]) {
      const other = await makeCustomer(db);
      await history(db, other.id, [
        [200 + shift, coffeeA],
        [181 + shift, coffeeB],
        [160 + shift, coffeeA],
        [141 + shift, coffeeA],
        [300 + shift, filter],
        [240 + shift, filter],
        [182 + shift, filter],
      ]);
    }
    const dealer = await makeDealer(db);
    dealerId = dealer.id;
    regular = await makeCustomer(db, { dealerIds: [dealer.id] });
    // Coffee every 20 days, the last 15 days ago (due in about 5); the filter every 60, last 10 ago (due in about 50).
    await history(db, regular.id, [
      [95, coffeeA],
      [75, coffeeB],
      [55, coffeeA],
      [35, coffeeA],
      [15, coffeeB],
      [130, filter],
      [70, filter],
      [10, filter],
    ]);
    await refreshAllRepurchase(db);
  });

  const dueSoon = async (customerId: string, within: number, token = admin, extra: { first?: number; after?: string } = {}) =>
    (await platform().data(DueSoonQuery, { id: toGlobalId("Customer", customerId), within, ...extra }, token)).customer!.dueSoon;

  it("lists what is due within the look-ahead, soonest first, per category where products replace each other, with its evidence", async () => {
    const soon = await dueSoon(regular.id, 30);
    expect(soon.edges.map((e) => e.node.category?.slug ?? e.node.product?.sku)).toEqual([coffeeSlug]);
    const coffee = soon.edges[0]!.node;
    expect(coffee.product).toBeNull();
    expect(coffee.evidence).toMatchObject({ purchases: 5, lastQuantity: 1, lastPurchases: [15, 35, 55, 75, 95].map((d) => isoDaysFromToday(-d)) });
    expect(coffee.evidence.ownIntervalDays).toBeCloseTo(20, 5);
    expect(coffee.evidence.ownWeight).toBeGreaterThan(0);
    expect(coffee.evidence.ownWeight).toBeLessThan(1);
    // Between its own 20 days and the population's, towards its own.
    expect(coffee.expectedOn >= isoDaysFromToday(3) && coffee.expectedOn <= isoDaysFromToday(7)).toBe(true);
    expect(coffee.lowOn < coffee.expectedOn && coffee.expectedOn < coffee.highOn).toBe(true);
    expect(coffee.overdue).toBe(false);

    const later = await dueSoon(regular.id, 90);
    expect(later.edges.map((e) => e.node.category?.slug ?? e.node.product?.sku)).toEqual([coffeeSlug, filter.sku]);
    expect(later.totalCount).toBe(2);
    // Keyset-paged: one at a time gives the same order.
    const first = await dueSoon(regular.id, 90, admin, { first: 1 });
    const second = await dueSoon(regular.id, 90, admin, { first: 1, after: first.pageInfo.endCursor! });
    expect([...first.edges, ...second.edges].map((e) => e.node.expectedOn)).toEqual(later.edges.map((e) => e.node.expectedOn));
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("stores what the documented estimator gives, by the triggers and by the bulk rebuild alike", async () => {
    const db = platform().database.db;
    type Stored = { mean_log: number; within_variance: number; between_variance: number; customer_deviation: number; shared_variance: number };
    const populationOf = async (itemId: string) => {
      const [p] = await rows<Stored>(db, sql`select mean_log, within_variance, between_variance, customer_deviation, shared_variance from repurchase_populations where item_id = ${itemId}`);
      return { meanLog: p!.mean_log, withinVariance: p!.within_variance, betweenVariance: p!.between_variance, customerDeviation: p!.customer_deviation, sharedVariance: p!.shared_variance };
    };
    // The customer's coffee (no pack offsets with so few buyers) is evidence of their household's pace for the filter.
    const coffee = householdEvidence(logIntervals([95, 75, 55, 35, 15].map((d) => ({ day: isoDaysFromToday(-d), quantity: 1 }))), await populationOf(coffeeId));
    const estimate = credibilityEstimate(logIntervals([130, 70, 10].map((d) => ({ day: isoDaysFromToday(-d), quantity: 1 }))), await populationOf(filter.id), 0, [coffee!]);
    const item = (await dueSoon(regular.id, 366)).edges.find((e) => e.node.product?.sku === filter.sku)!.node;
    expect(item.evidence.ownWeight).toBeCloseTo(estimate.weight, 9);
    expect(item.expectedOn).toBe(isoDaysFromToday(-10 + Math.round(estimate.days)));
    expect(item.lowOn).toBe(isoDaysFromToday(-10 + Math.round(estimate.lowDays)));
    expect(item.highOn).toBe(isoDaysFromToday(-10 + Math.round(estimate.highDays)));

    const stored = async () => rows(db, sql`select customer_id, item_id, purchases, last_purchases, expected_on, low_on, high_on, weight from repurchase_predictions order by customer_id, item_id`);
    const before = await stored();
    await db.execute(sql`select refresh_repurchase(array(select id from customers))`);
    expect(await stored()).toEqual(before);
  });

  it("leaves returned items out, shrinks a short history more than a long one, and follows a new order at once", async () => {
    const db = platform().database.db;
    // Two customers buying coffee every 30 days: one for a long time, one twice; the first also sent a pack back.
    const long = await makeCustomer(db);
    await history(db, long.id, [[185, coffeeA], [155, coffeeA], [125, coffeeA], [95, coffeeA], [65, coffeeA], [35, coffeeA], [5, coffeeA], [2, coffeeB]], [2]);
    const short = await makeCustomer(db);
    await history(db, short.id, [[35, coffeeA], [5, coffeeA]]);
    const coffeeOf = async (id: string) => (await dueSoon(id, 366)).edges.find((e) => e.node.category?.slug === coffeeSlug)!.node;
    const [longItem, shortItem] = [await coffeeOf(long.id), await coffeeOf(short.id)];
    expect(longItem.evidence.purchases).toBe(7);
    expect(longItem.evidence.lastPurchases[0]).toBe(isoDaysFromToday(-5));
    expect(longItem.evidence.ownWeight).toBeGreaterThan(shortItem.evidence.ownWeight);
    // Both own rhythms are 30 days; the population's is about 20: the long history keeps closer to its own.
    expect(longItem.expectedOn > shortItem.expectedOn).toBe(true);

    const agent = await platform().token({ role: "AGENT", sub: "agent.repurchase" });
    await platform().data(
      PlaceOrder,
      {
        input: {
          customerId: toGlobalId("Customer", short.id),
          lines: [{ productId: toGlobalId("Product", coffeeB.id), quantity: 2 }],
          deliveryOption: "STANDARD",
          address: { line1: "1 Lake Road", city: "Hangzhou", province: "Zhejiang" },
          paymentMethod: "CARD",
        },
      },
      agent,
    );
    const fresh = await coffeeOf(short.id);
    expect(fresh.evidence).toMatchObject({ purchases: 3, lastQuantity: 2 });
    expect(fresh.evidence.lastPurchases[0]).toBe(new Date().toISOString().slice(0, 10));
    expect(fresh.expectedOn > shortItem.expectedOn).toBe(true);
  });

  it("measures a category's intervals in its usual pack: each product's offset, estimated within customers, by the rebuild and the triggers alike", async () => {
    const db = platform().database.db;
    const supplier = await makeSupplier(db);
    const tea = await makeCategory(db, { replaceable: true });
    const big = await makeProduct(db, { categoryId: tea.id, supplierId: supplier.id });
    const small = await makeProduct(db, { categoryId: tea.id, supplierId: supplier.id });
    // 12 households alternating a pack lasting 30 days and one lasting 15, each at its own pace (× 1 to × 1.55), a day
    // early or late now and then; 7 purchases each, the last a big pack: 36 intervals start with each product.
    const people = await db.insert(s.customers).values(Array.from({ length: 12 }, (_, i) => ({ displayName: `Tea drinker ${i}` }))).returning();
    const stamp = Date.now().toString(36);
    const planned = people.flatMap((person, i) => {
      let day = 200 + 3 * i;
      return Array.from({ length: 7 }, (_, k) => {
        const product = k % 2 === 0 ? big : small;
        const at = day;
        day -= Math.round((product === big ? 30 : 15) * (1 + 0.05 * i)) + ((i + k) % 3) - 1;
        return { number: `TEA-${stamp}-${i}-${k}`, customerId: person.id, product, placedAt: daysAgo(at) };
      });
    });
    const written = await db
      .insert(s.orders)
      .values(planned.map((o) => ({ number: o.number, customerId: o.customerId, channel: "WEB" as const, status: "DELIVERED" as const, paymentMethod: "CARD" as const, deliveryOption: "STANDARD" as const, subtotalMinor: 1000, totalMinor: 1000, placedAt: o.placedAt })))
      .returning();
    const idOf = new Map(written.map((o) => [o.number, o.id]));
    await db
      .insert(s.orderLines)
      .values(planned.map((o) => ({ orderId: idOf.get(o.number)!, productId: o.product.id, sku: o.product.sku, name: o.product.name, quantity: 1, unitPriceMinor: 1000, totalMinor: 1000 })));
    await refreshAllRepurchase(db);

    const [population] = await rows<{ mean_log: number; within_variance: number; between_variance: number; shared_variance: number; pack_offsets: Record<string, number> }>(
      db,
      sql`select mean_log, within_variance, between_variance, shared_variance, pack_offsets from repurchase_populations where item_id = ${tea.id}`,
    );
    const offsets = population!.pack_offsets;
    // The big pack lasts twice as long: ln 2 apart, centred on the category's intervals (as many start with each).
    expect(offsets[big.id]! - offsets[small.id]!).toBeCloseTo(Math.log(2), 1);
    expect(offsets[big.id]! + offsets[small.id]!).toBeCloseTo(0, 2);

    // The stored prediction is the estimator's on corrected intervals, plus the big pack's offset.
    const first = planned.filter((o) => o.customerId === people[0]!.id);
    const estimate = credibilityEstimate(
      logIntervals(first.map((o) => ({ day: o.placedAt.toISOString().slice(0, 10), quantity: 1, packOffset: offsets[o.product.id] }))),
      // Tea is all these households buy: no other item to tell their pace.
      { meanLog: population!.mean_log, withinVariance: population!.within_variance, betweenVariance: population!.between_variance, sharedVariance: population!.shared_variance },
      offsets[big.id],
    );
    const last = first.at(-1)!.placedAt.toISOString().slice(0, 10);
    const [stored] = await rows<{ expected_on: string; weight: number }>(db, sql`select expected_on::text, weight from repurchase_predictions where customer_id = ${people[0]!.id} and item_id = ${tea.id}`);
    expect(stored!.weight).toBeCloseTo(estimate.weight, 9);
    expect(stored!.expected_on).toBe(new Date(Date.parse(`${last}T00:00:00Z`) + Math.round(estimate.days) * DAY).toISOString().slice(0, 10));
    // After a big pack, about 30 days: not the 22 of a category mixing both sizes.
    expect(estimate.days).toBeGreaterThan(27);

    const ids = people.map((p) => p.id);
    // The sums behind the means may run in another order: equal to 9 digits.
    const teaRows = async () => rows(db, sql`select customer_id, item_id, purchases, expected_on, low_on, high_on, round(weight::numeric, 9)::text as weight, round(own_days::numeric, 9)::text as own_days from repurchase_predictions where customer_id = any(${sql.param(ids)}::uuid[]) order by customer_id`);
    const rebuilt = await teaRows();
    expect(rebuilt).toHaveLength(12);
    await db.execute(sql`select refresh_repurchase(${sql.param(ids)}::uuid[])`);
    expect(await teaRows()).toEqual(rebuilt);
  });

  it("answers whoever may see the customer: staff, the customer, their dealer; not another dealer, customer or a supplier; bad look-ahead named", async () => {
    const db = platform().database.db;
    const id = toGlobalId("Customer", regular.id);
    const self = await platform().token({ role: "CUSTOMER", sub: "c", customerId: regular.id });
    const ownDealer = await platform().token({ role: "DEALER", sub: "d", dealerId });
    expect((await dueSoon(regular.id, 30, self)).edges).toHaveLength(1);
    expect((await dueSoon(regular.id, 30, ownDealer)).edges).toHaveLength(1);

    const stranger = await makeCustomer(db);
    const otherDealer = await makeDealer(db);
    const supplier = await makeSupplier(db);
    for (const token of [
      await platform().token({ role: "CUSTOMER", sub: "x", customerId: stranger.id }),
      await platform().token({ role: "DEALER", sub: "y", dealerId: otherDealer.id }),
      await platform().token({ role: "SUPPLIER", sub: "z", supplierId: supplier.id }),
    ]) {
      const answer = await platform().gql(DueSoonQuery, { id, within: 30 }, token);
      expect(answer.body.data?.customer ?? null).toBeNull();
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain(firstError(answer.body).code);
    }

    const bad = await platform().gql(DueSoonQuery, { id, within: -1 }, admin);
    expect(firstError(bad.body)).toEqual({ code: "BAD_USER_INPUT", field: "within" });
  });

  let station: { id: string };
  let byTime: { vin: string };
  let byMileage: { vin: string };
  let overdue: { vin: string };

  beforeAll(async () => {
    const db = platform().database.db;
    station = await makeDealer(db);
    // 11 months since the last maintenance, slow driving (~16 km a day): due by time in about a month.
    byTime = await vehicleWith(db, station.id, "Time Owner", [[335, 10_000]], [[300, 10_500], [30, 15_000]]);
    // 100 days since maintenance at 20,000 km, 100 km a day, 28,000 km read 20 days ago: 35,000 km in 50 days.
    byMileage = await vehicleWith(db, station.id, "Mileage Owner", [[100, 20_000]], [[60, 24_000], [20, 28_000]]);
    // 14 months since the last maintenance: overdue by time.
    overdue = await vehicleWith(db, station.id, "Overdue Owner", [[425, 5_000]], [[400, 5_500], [20, 9_000]]);
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
    const id = toGlobalId("Dealer", station.id);
    const list = async (token: string, extra: { first?: number; after?: string; within?: number } = {}) =>
      (await platform().data(OwnersDueForServiceQuery, { id, within: 60, ...extra }, token)).node as {
        ownersDueForService: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { owner: { displayName: string } | null; vehicle: { vin: string } | null } }[] };
      };
    const own = await platform().token({ role: "DEALER", sub: "d", dealerId: station.id });
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
