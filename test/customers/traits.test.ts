import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { refreshAllTraits } from "../../src/analytics/traits.service.js";
import { consentEvents, customers, customerTraits, orders } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { OpenCase } from "../operations/engagement.js";
import { MergeCustomers } from "../operations/identity.js";
import { CancelOrder, PlaceOrder } from "../operations/order-writes.js";
import { CustomersCount } from "../operations/customers.js";
import { CommunicationPlanQuery, CustomerTraitsQuery } from "../operations/traits.js";
import type { CustomerFilter } from "../generated/graphql.js";
import { makeCase, makeCustomer, makeDealer, makeOrder, makeProduct, makeVehicle } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

describePlatform("customer traits", (platform) => {
  let admin: string;
  let agent: string;
  let productId: string;

  beforeAll(async () => {
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    agent = await platform().token({ role: "AGENT", sub: "agent.traits" });
    productId = toGlobalId("Product", (await makeProduct(platform().database.db, { priceMinor: 12_000 })).id);
  });

  /** The traits, and the profile's stage and tier as the rules set them. */
  const traitsOf = async (customerId: string, token = admin) => {
    const { stage, tier, traits } = (await platform().data(CustomerTraitsQuery, { id: toGlobalId("Customer", customerId) }, token)).customer!;
    return { ...traits!, stage, tier };
  };

  it("starts every new profile with empty traits: no orders, no scores, no churn risk", async () => {
    const customer = await makeCustomer(platform().database.db);
    expect(await traitsOf(customer.id)).toMatchObject({
      orderCount: 0,
      lifetimeValue: { amountMinor: 0, currency: "CNY" },
      averageOrderValue: null,
      lastOrderAt: null,
      daysSinceLastOrder: null,
      recencyScore: null,
      rfmGroup: null,
      churnRisk: null,
      complaintCount: 0,
      stage: "PROSPECT",
      tier: null,
    });
  });

  it("follows orders placed and cancelled through the API at once: count, value, recency, channel and group", async () => {
    const customer = await makeCustomer(platform().database.db, { city: "Hangzhou" });
    const order = (qty: number) => ({
      customerId: toGlobalId("Customer", customer.id),
      lines: [{ productId, quantity: qty }],
      deliveryOption: "STANDARD" as const,
      address: { line1: "1 Lake Road", city: "Hangzhou", province: "Zhejiang" },
      paymentMethod: "CARD" as const,
    });
    const first = await platform().data(PlaceOrder, { input: order(1) }, agent);
    const afterOne = await traitsOf(customer.id);
    expect(afterOne).toMatchObject({ orderCount: 1, daysSinceLastOrder: 0, recencyScore: 5, frequencyScore: 1, rfmGroup: "NEW", preferredChannel: "CALL_CENTER" });
    expect(afterOne).toMatchObject({ stage: "CUSTOMER", tier: "OCCASIONAL" });
    expect(afterOne.lifetimeValue.amountMinor).toBe(first.placeOrder.order.total.amountMinor);

    const second = await platform().data(PlaceOrder, { input: order(3) }, agent);
    const total = first.placeOrder.order.total.amountMinor + second.placeOrder.order.total.amountMinor;
    expect(await traitsOf(customer.id)).toMatchObject({
      orderCount: 2,
      lifetimeValue: { amountMinor: total },
      averageOrderValue: { amountMinor: Math.round(total / 2) },
      frequencyScore: 2,
      rfmGroup: "PROMISING",
      churnRisk: 0,
    });

    await platform().data(CancelOrder, { input: { orderId: second.placeOrder.order.id } }, agent);
    expect(await traitsOf(customer.id)).toMatchObject({ orderCount: 1, lifetimeValue: { amountMinor: first.placeOrder.order.total.amountMinor } });
  });

  it("scores a long history by its own rhythm: mean interval, RFM group and churn risk by the documented formula", async () => {
    const db = platform().database.db;
    const customer = await makeCustomer(db);
    // Five orders 30 days apart, the latest 200 days ago: frequency 4, recency 2, overdue 200/30.
    for (const days of [320, 290, 260, 230, 200]) await makeOrder(db, customer.id, { placedAt: daysAgo(days), totalMinor: 100_000, subtotalMinor: 100_000, channel: "DEALER" });
    await makeOrder(db, customer.id, { placedAt: daysAgo(10), status: "CANCELLED", totalMinor: 999_999, subtotalMinor: 999_999 });
    const traits = await traitsOf(customer.id);
    expect(traits).toMatchObject({
      orderCount: 5,
      lifetimeValue: { amountMinor: 500_000 },
      meanDaysBetweenOrders: 30,
      daysSinceLastOrder: 200,
      recencyScore: 2,
      frequencyScore: 4,
      monetaryScore: 4,
      rfmGroup: "AT_RISK",
      preferredChannel: "DEALER",
      stage: "CUSTOMER",
      tier: "REGULAR",
    });
    // 0.6 × min(200 / 30 / 3, 1), no complaint, no return.
    expect(traits.churnRisk).toBe(0.6);

    // A complaint still open adds 0.25; staff see it at once.
    await platform().data(
      OpenCase,
      { input: { customerId: toGlobalId("Customer", customer.id), kind: "COMPLAINT", priority: "NORMAL", subject: "Nobody called back" } },
      agent,
    );
    expect(await traitsOf(customer.id)).toMatchObject({ complaintCount: 1, openComplaintCount: 1, churnRisk: 0.85 });
  });

  it("lists customers by their traits for staff, in any combination; a dealer's list filtered by a trait is empty; bad bounds are named", async () => {
    const db = platform().database.db;
    const dealer = await makeDealer(db);
    const fading = await makeCustomer(db, { dealerIds: [dealer.id] });
    for (const days of [330, 300, 270, 240]) await makeOrder(db, fading.id, { placedAt: daysAgo(days), totalMinor: 90_000, subtotalMinor: 90_000 });
    const fresh = await makeCustomer(db, { dealerIds: [dealer.id] });
    await makeOrder(db, fresh.id, { placedAt: daysAgo(2), totalMinor: 90_000, subtotalMinor: 90_000 });
    const ids = async (filter: CustomerFilter, token = admin) =>
      new Set((await platform().data(CustomersCount, { filter }, token)).customers.edges.map((e) => e.node.id));
    const [fadingId, freshId] = [toGlobalId("Customer", fading.id), toGlobalId("Customer", fresh.id)];

    const atRisk = await ids({ rfmGroups: ["AT_RISK"], dealerId: toGlobalId("Dealer", dealer.id) });
    expect([atRisk.has(fadingId), atRisk.has(freshId)]).toEqual([true, false]);
    const risky = await ids({ churnRiskAtLeast: 0.5, ordersAtLeast: 4, lifetimeValueAtLeast: 360_000 });
    expect([risky.has(fadingId), risky.has(freshId)]).toEqual([true, false]);
    expect((await ids({ rfmGroups: ["NEW"] })).has(freshId)).toBe(true);

    const dealerToken = await platform().token({ role: "DEALER", sub: "traits-filter", dealerId: dealer.id });
    expect((await ids({}, dealerToken)).has(fadingId)).toBe(true);
    expect((await ids({ rfmGroups: ["AT_RISK"] }, dealerToken)).size).toBe(0);

    for (const [filter, field] of [
      [{ churnRiskAtLeast: 1.5 }, "filter.churnRiskAtLeast"],
      [{ ordersAtLeast: -1 }, "filter.ordersAtLeast"],
      [{ lifetimeValueAtLeast: -5 }, "filter.lifetimeValueAtLeast"],
    ] as const) {
      expect(firstError((await platform().gql(CustomersCount, { filter }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field });
    }
  });

  it("sets the profile's stage and tier by rule: from orders and ownership, LAPSED after a silent year, back on the next purchase; a lead stays a lead until it buys", async () => {
    const db = platform().database.db;
    const quiet = await makeCustomer(db, { stage: "OWNER", tier: "VERY_LOYAL" });
    await makeOrder(db, quiet.id, { placedAt: daysAgo(400) });
    await makeOrder(db, quiet.id, { placedAt: daysAgo(380) });
    await makeOrder(db, quiet.id, { placedAt: daysAgo(370) });
    expect(await traitsOf(quiet.id)).toMatchObject({ stage: "LAPSED", tier: "REGULAR", rfmGroup: "CANNOT_LOSE" });
    const lapsed = await platform().data(CustomersCount, { filter: { stage: "LAPSED" } }, admin);
    expect(lapsed.customers.edges.map((e) => e.node.id)).toContain(toGlobalId("Customer", quiet.id));

    await makeVehicle(db, quiet.id, {}, { startedOn: new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10) });
    expect(await traitsOf(quiet.id)).toMatchObject({ stage: "OWNER", vehiclesOwned: 1, tier: "REGULAR" });
    for (const days of [30, 20, 10]) await makeOrder(db, quiet.id, { placedAt: daysAgo(days) });
    expect(await traitsOf(quiet.id)).toMatchObject({ stage: "OWNER", tier: "VERY_LOYAL" });

    const lead = await makeCustomer(db, { stage: "LEAD" });
    await makeCase(db, lead.id, { kind: "INQUIRY" });
    expect(await traitsOf(lead.id)).toMatchObject({ stage: "LEAD", tier: null });
    await makeOrder(db, lead.id, { placedAt: daysAgo(1) });
    expect(await traitsOf(lead.id)).toMatchObject({ stage: "CUSTOMER", tier: "OCCASIONAL" });
  });

  it("plans what each customer may be sent from tier, stage, vehicles and consents, and says why", async () => {
    const db = platform().database.db;
    const planOf = async (customerId: string, token = admin) => {
      const { customer } = await platform().data(CommunicationPlanQuery, { id: toGlobalId("Customer", customerId) }, token);
      return customer!.communicationPlan && Object.fromEntries(customer!.communicationPlan.map((p) => [p.kind, p]));
    };
    const dealer = await makeDealer(db);
    const loyal = await makeCustomer(db, { birthday: "1985-03-02", dealerIds: [dealer.id] });
    for (let i = 1; i <= 6; i++) await makeOrder(db, loyal.id, { placedAt: daysAgo(i * 20) });
    await db.insert(consentEvents).values({ customerId: loyal.id, channel: "EMAIL", purpose: "MARKETING", status: "GRANTED", source: "test" });
    const plan = (await planOf(loyal.id))!;
    expect(plan.GREETING).toMatchObject({ allowed: true, channels: ["EMAIL"] });
    expect(plan.BIRTHDAY).toMatchObject({ allowed: true, channels: ["EMAIL"] });
    expect(plan.RECOMMENDATION!.allowed).toBe(true);
    expect(plan.OFFER).toMatchObject({ allowed: false, channels: [], reason: "not in the plan for VERY_LOYAL" });
    expect(plan.SERVICE_REMINDER).toMatchObject({ allowed: false, reason: "owns no vehicle" });

    // An owner who stopped buying: re-activation only, and without marketing consent not even that; a recall always.
    const owner = await makeCustomer(db);
    await makeOrder(db, owner.id, { placedAt: daysAgo(500) });
    await makeVehicle(db, owner.id, {}, { startedOn: new Date(Date.now() - 450 * DAY).toISOString().slice(0, 10) });
    await db.insert(consentEvents).values({ customerId: owner.id, channel: "SMS", purpose: "SERVICE", status: "GRANTED", source: "test" });
    const lapsed = (await planOf(owner.id))!;
    expect(lapsed.OFFER).toMatchObject({ allowed: false, reason: "a lapsed customer gets re-activation only" });
    expect(lapsed.REACTIVATION).toMatchObject({ allowed: false, reason: "no MARKETING consent on any channel" });
    expect(lapsed.SERVICE_REMINDER).toMatchObject({ allowed: true, channels: ["SMS"] });
    expect(lapsed.RECALL).toMatchObject({ allowed: true, channels: ["EMAIL", "SMS", "PHONE", "POST", "APP_PUSH"] });

    // The dealer sees its customer, not the plan (it is built on traits of every dealership's sales).
    const dealerToken = await platform().token({ role: "DEALER", sub: "plan-dealer", dealerId: dealer.id });
    const seen = await platform().data(CommunicationPlanQuery, { id: toGlobalId("Customer", loyal.id) }, dealerToken);
    expect(seen.customer).toMatchObject({ tier: "VERY_LOYAL", communicationPlan: null });
  });

  it("answers the customer their own traits, and no dealer or supplier anyone's", async () => {
    const db = platform().database.db;
    const dealer = await makeDealer(db);
    const customer = await makeCustomer(db, { dealerIds: [dealer.id] });
    await makeOrder(db, customer.id, { placedAt: daysAgo(3) });
    const own = await platform().token({ role: "CUSTOMER", sub: "traits-self", customerId: customer.id });
    expect((await traitsOf(customer.id, own)).orderCount).toBe(1);
    const dealerToken = await platform().token({ role: "DEALER", sub: "traits-dealer", dealerId: dealer.id });
    const seenByDealer = await platform().data(CustomerTraitsQuery, { id: toGlobalId("Customer", customer.id) }, dealerToken);
    expect(seenByDealer.customer?.traits).toBeNull();
  });

  it("moves the history with a merge: the survivor counts both profiles' orders, the merged-away one none", async () => {
    const db = platform().database.db;
    const survivor = await makeCustomer(db);
    const merged = await makeCustomer(db);
    await makeOrder(db, survivor.id, { placedAt: daysAgo(40), totalMinor: 2_000, subtotalMinor: 2_000 });
    await makeOrder(db, merged.id, { placedAt: daysAgo(5), totalMinor: 3_000, subtotalMinor: 3_000 });
    await makeCase(db, merged.id, { openedAt: daysAgo(5) });
    await platform().data(MergeCustomers, { input: { survivorId: toGlobalId("Customer", survivor.id), mergedId: toGlobalId("Customer", merged.id) } }, admin);
    expect(await traitsOf(survivor.id)).toMatchObject({ orderCount: 2, lifetimeValue: { amountMinor: 5_000 }, daysSinceLastOrder: 5, complaintCount: 1 });
    const [left] = await db.select().from(customerTraits).where(eq(customerTraits.customerId, merged.id));
    expect(left).toMatchObject({ orderCount: 0, complaintCount: 0 });
  });

  it("gives from a full refresh exactly what the writes kept, for every customer", async () => {
    const db = platform().database.db;
    const someone = await makeCustomer(db);
    await makeOrder(db, someone.id, { placedAt: daysAgo(1), totalMinor: 4_200, subtotalMinor: 4_200 });
    const facts = async () =>
      (await db.select().from(customerTraits).orderBy(customerTraits.customerId)).map(({ refreshedAt: _, ...row }) => row);
    const kept = await facts();
    expect(kept.length).toBe((await db.select({ id: customers.id }).from(customers)).length);
    expect(kept.find((row) => row.customerId === someone.id)).toMatchObject({ orderCount: 1, lifetimeValueMinor: 4_200 });

    // Spoil the kept facts, so that only a refresh can bring them back.
    await db.execute(sql`update ${customerTraits} set order_count = 0, lifetime_value_minor = 0, last_order_at = null`);
    const refreshed = await refreshAllTraits(db);
    expect(refreshed).toBe(kept.length);
    expect(await facts()).toEqual(kept);
  });

  it("counts two orders committed side by side for one customer (no lost update)", async () => {
    const db = platform().database.db;
    const customer = await makeCustomer(db);
    await Promise.all([1, 2, 3, 4].map((i) => makeOrder(db, customer.id, { totalMinor: i * 100, subtotalMinor: i * 100 })));
    const [row] = await db.select().from(customerTraits).where(eq(customerTraits.customerId, customer.id));
    expect(row).toMatchObject({ orderCount: 4, lifetimeValueMinor: 1_000 });
    expect((await db.select({ id: orders.id }).from(orders).where(inArray(orders.customerId, [customer.id]))).length).toBe(4);
  });
});
