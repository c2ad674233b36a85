import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { OrderNotices, ReceiveReturn, RejectReturn, RequestReturn, SplitOrder } from "../operations/order-writes.js";
import type { PlaceOrderInput } from "../generated/graphql.js";
import { makeCarrier, makeCategory, makeCustomer, makeDealer, makeProduct } from "../support/factories.js";
import { confirm, deliverAll, gid, orderState, orderTally, place, scan } from "../support/order-flow.js";
import { describePlatform, firstError, describePlatformOn } from "../support/suite.js";

const DAY = 86_400_000;

describePlatform("splitting, delivering and returning orders", (platform) => {
  let admin: string, agent: string, aliceToken: string, bobToken: string, dealerToken: string, courier: string;
  let alice: { id: string };
  let carrier: { id: string }, secondCarrier: { id: string };
  let inStock: { id: string; sku: string }, nextWeek: { id: string; sku: string }, inThreeDays: { id: string; sku: string }, longReturn: { id: string; sku: string };

  beforeAll(async () => {
    const db = platform().database.db;
    carrier = await makeCarrier(db, { code: "A-FIRST" });
    secondCarrier = await makeCarrier(db, { code: "B-SECOND" });
    alice = await makeCustomer(db, { displayName: "Alice", city: "Hangzhou" });
    const bob = await makeCustomer(db, { displayName: "Bob" });
    inStock = await makeProduct(db, { name: "Brake pads", priceMinor: 4500 });
    inThreeDays = await makeProduct(db, { name: "Roof box", priceMinor: 80000, availableFrom: new Date(Date.now() + 3 * DAY) });
    nextWeek = await makeProduct(db, { name: "Tow bar", priceMinor: 60000, availableFrom: new Date(Date.now() + 7 * DAY) });
    const generous = await makeCategory(db, { returnWindowDays: 30 });
    longReturn = await makeProduct(db, { name: "Seat cover", priceMinor: 9000, categoryId: generous.id });
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    agent = await platform().token({ role: "AGENT", sub: "agent" });
    aliceToken = await platform().token({ role: "CUSTOMER", sub: "alice", customerId: alice.id });
    bobToken = await platform().token({ role: "CUSTOMER", sub: "bob", customerId: bob.id });
    dealerToken = await platform().token({ role: "DEALER", sub: "d", dealerId: (await makeDealer(db)).id });
    courier = await platform().token({ role: "COURIER", sub: "c", carrierId: carrier.id });
  });

  const order = (lines: PlaceOrderInput["lines"], overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
    lines,
    deliveryOption: "STANDARD",
    address: { line1: "1 Lake Road", city: "Hangzhou", province: "Zhejiang" },
    paymentMethod: "CARD",
    ...overrides,
  });
  const lineIdOf = (placed: { lines: { id: string; sku: string }[] }, sku: string) => placed.lines.find((l) => l.sku === sku)!.id;

  it("splits at confirmation by availability: what is in stock leaves now, the rest follows in its own parcel", async () => {
    const placed = await place(platform(), aliceToken, order([{ sku: inStock.sku, quantity: 2 }, { sku: nextWeek.sku, quantity: 1 }, { sku: inThreeDays.sku, quantity: 1 }]));
    await confirm(platform(), admin, placed.id);
    const { shipments } = await orderState(platform(), aliceToken, placed.number);
    const byArrival = [...shipments].sort((a, b) => a.estimatedArrival!.localeCompare(b.estimatedArrival!));
    expect(byArrival.map((p) => p.lines)).toEqual([
      [{ orderLineId: lineIdOf(placed, inStock.sku), quantity: 2 }],
      [{ orderLineId: lineIdOf(placed, inThreeDays.sku), quantity: 1 }],
      [{ orderLineId: lineIdOf(placed, nextWeek.sku), quantity: 1 }],
    ]);
    expect(new Set(shipments.map((p) => p.trackingNumber)).size).toBe(3);
    expect(new Date(byArrival[0]!.estimatedArrival!).getTime()).toBeLessThan(Date.now() + 4 * DAY);
    expect(new Date(byArrival[2]!.estimatedArrival!).getTime()).toBeGreaterThan(Date.now() + 7 * DAY);

    // The first parcel leaves: partly shipped, and the customer hears of it.
    await scan(platform(), courier, [byArrival[0]!.trackingNumber], "PICKED_UP");
    expect((await orderState(platform(), aliceToken, placed.number)).status).toBe("PARTIALLY_SHIPPED");
    const titles = (await platform().data(OrderNotices, { id: gid("Customer", alice.id) }, aliceToken)).customer!.timeline.edges.map((e) => e.node.title);
    expect(titles).toEqual(expect.arrayContaining([`Order ${placed.number} confirmed — it comes in 3 parcels`, `Order ${placed.number} partly shipped`]));
  });

  it("ships TOGETHER in one parcel once everything is in stock", async () => {
    const placed = await place(platform(), aliceToken, order([{ sku: inStock.sku, quantity: 1 }, { sku: nextWeek.sku, quantity: 1 }], { splitPreference: "TOGETHER" }));
    await confirm(platform(), agent, placed.id, gid("Carrier", secondCarrier.id));
    const { shipments } = await orderState(platform(), aliceToken, placed.number);
    expect(shipments).toHaveLength(1);
    expect(shipments[0]!.carrier).toEqual({ id: gid("Carrier", secondCarrier.id) });
    expect(shipments[0]!.lines).toHaveLength(2);
    expect(new Date(shipments[0]!.estimatedArrival!).getTime()).toBeGreaterThan(Date.now() + 7 * DAY);
  });

  it("splits by hand: a pending order is confirmed with the split, a confirmed one rebooked until a parcel moves", async () => {
    const placed = await place(platform(), aliceToken, order([{ sku: inStock.sku, quantity: 3 }, { sku: longReturn.sku, quantity: 1 }]));
    const brakes = lineIdOf(placed, inStock.sku);
    const covers = lineIdOf(placed, longReturn.sku);
    const split = await platform().data(
      SplitOrder,
      {
        input: {
          orderId: placed.id,
          parts: [{ lines: [{ orderLineId: brakes, quantity: 2 }] }, { lines: [{ orderLineId: brakes, quantity: 1 }, { orderLineId: covers, quantity: 1 }], carrierId: gid("Carrier", secondCarrier.id) }],
        },
      },
      agent,
    );
    expect(split.splitOrder.order.status).toBe("CONFIRMED");
    let state = await orderState(platform(), admin, placed.number);
    expect(state.shipments.map((p) => [p.carrier?.id, p.lines.map((l) => l.quantity)])).toEqual([
      [gid("Carrier", carrier.id), [2]],
      [gid("Carrier", secondCarrier.id), expect.arrayContaining([1, 1])],
    ]);

    // Bad splits are refused with the field at fault, and nothing changes.
    const before = await orderTally(platform());
    const cases = [
      [{ parts: [{ lines: [{ orderLineId: brakes, quantity: 3 }] }] }, "BAD_USER_INPUT", "input.parts"],
      [{ parts: [{ lines: [{ orderLineId: brakes, quantity: 3 }] }, { lines: [{ orderLineId: brakes, quantity: 1 }, { orderLineId: covers, quantity: 1 }] }] }, "BAD_USER_INPUT", "input.parts.1.lines.0.quantity"],
      [{ parts: [{ lines: [{ orderLineId: gid("OrderLine", "00000000-0000-7000-8000-000000000000"), quantity: 1 }] }] }, "NOT_FOUND", "input.parts.0.lines.0.orderLineId"],
      [{ parts: [{ lines: [{ orderLineId: brakes, quantity: 3 }, { orderLineId: covers, quantity: 1 }], carrierId: gid("Carrier", "00000000-0000-7000-8000-000000000000") }] }, "NOT_FOUND", "input.parts.0.carrierId"],
      [{ parts: [] }, "BAD_USER_INPUT", "input.parts"],
    ] as const;
    for (const [input, code, field] of cases) {
      const { body } = await platform().gql(SplitOrder, { input: { orderId: placed.id, ...input } as never }, agent);
      expect(firstError(body)).toEqual({ code, field });
    }
    expect(firstError((await platform().gql(SplitOrder, { input: { orderId: placed.id, parts: [] } }, aliceToken)).body).code).toBe("FORBIDDEN");
    const whole = [{ lines: [{ orderLineId: brakes, quantity: 3 }, { orderLineId: covers, quantity: 1 }] }];
    expect(firstError((await platform().gql(SplitOrder, { input: { orderId: placed.id, parts: whole } }, dealerToken)).body)).toEqual({ code: "NOT_FOUND", field: "input.orderId" });
    expect(await orderTally(platform())).toEqual(before);

    // Rebooking a confirmed order: everything in one parcel now.
    await platform().data(SplitOrder, { input: { orderId: placed.id, parts: [{ lines: [{ orderLineId: brakes, quantity: 3 }, { orderLineId: covers, quantity: 1 }] }] } }, admin);
    state = await orderState(platform(), admin, placed.number);
    expect(state.shipments).toHaveLength(1);
    await scan(platform(), courier, [state.shipments[0]!.trackingNumber], "PICKED_UP");
    const moved = await platform().gql(SplitOrder, { input: { orderId: placed.id, parts: [{ lines: [{ orderLineId: brakes, quantity: 3 }, { orderLineId: covers, quantity: 1 }] }] } }, admin);
    expect(firstError(moved.body)).toEqual({ code: "CONFLICT", field: "input.orderId" });
    expect(moved.body.errors?.[0]?.extensions?.currentStatus).toBe("SHIPPED");
  });

  it("collects cash on delivery when the last parcel is delivered, and tells the customer each step", async () => {
    const placed = await place(platform(), aliceToken, order([{ sku: inStock.sku, quantity: 1 }, { sku: inThreeDays.sku, quantity: 1 }], { paymentMethod: "CASH_ON_DELIVERY" }));
    await confirm(platform(), admin, placed.id);
    const parcels = (await orderState(platform(), admin, placed.number)).shipments.map((p) => p.trackingNumber);
    expect(parcels).toHaveLength(2);
    await scan(platform(), courier, parcels, "PICKED_UP", new Date(Date.now() - 2 * 3_600_000));
    await scan(platform(), courier, [parcels[0]!], "DELIVERED", new Date(Date.now() - 3_600_000));
    let state = await orderState(platform(), aliceToken, placed.number);
    expect(state).toMatchObject({ status: "SHIPPED", payments: [{ method: "CASH_ON_DELIVERY", status: "PENDING", paidAt: null }] });
    const deliveredAt = new Date(Date.now() - 60_000);
    await scan(platform(), courier, [parcels[1]!], "DELIVERED", deliveredAt);
    state = await orderState(platform(), aliceToken, placed.number);
    expect(state).toMatchObject({ status: "DELIVERED", deliveredAt: deliveredAt.toISOString(), payments: [{ method: "CASH_ON_DELIVERY", status: "CAPTURED", paidAt: deliveredAt.toISOString() }] });
    const titles = (await platform().data(OrderNotices, { id: gid("Customer", alice.id) }, aliceToken)).customer!.timeline.edges.map((e) => e.node.title);
    expect(titles).toEqual(expect.arrayContaining([`Order ${placed.number} shipped`, `Order ${placed.number} delivered`]));
  });

  it("takes returns within the window: the pick-up delivered receives and refunds it; everything back makes the order RETURNED", async () => {
    const placed = await place(platform(), aliceToken, order([{ sku: inStock.sku, quantity: 2 }, { sku: longReturn.sku, quantity: 1 }]));
    const brakes = lineIdOf(placed, inStock.sku);
    const covers = lineIdOf(placed, longReturn.sku);
    await confirm(platform(), admin, placed.id);
    const before = await orderTally(platform());
    const early = await platform().gql(RequestReturn, { input: { orderId: placed.id, lines: [{ orderLineId: brakes, quantity: 1 }] } }, aliceToken);
    expect(firstError(early.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.lines.0.orderLineId" });
    expect(await orderTally(platform())).toEqual(before);
    await deliverAll(platform(), admin, placed.number);

    const first = await platform().data(RequestReturn, { input: { orderId: placed.id, lines: [{ orderLineId: brakes, quantity: 1 }] } }, aliceToken);
    expect(first.requestReturn).toMatchObject({ return: { status: "OPEN", reason: null, lines: [{ orderLineId: brakes, quantity: 1 }] }, order: { status: "DELIVERED" } });
    const pickup = (await orderState(platform(), aliceToken, placed.number)).shipments.find((p) => p.kind === "RETURN_PICKUP")!;
    expect(pickup).toMatchObject({ status: "LABEL_CREATED", carrier: { id: gid("Carrier", carrier.id) }, lines: [{ orderLineId: brakes, quantity: 1 }] });

    // Not more than delivered minus what is on its way back.
    const tally = await orderTally(platform());
    const tooMany = await platform().gql(RequestReturn, { input: { orderId: placed.id, lines: [{ orderLineId: covers, quantity: 1 }, { orderLineId: brakes, quantity: 2 }] } }, aliceToken);
    expect(firstError(tooMany.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.lines.1.quantity" });
    const empty = await platform().gql(RequestReturn, { input: { orderId: placed.id, lines: [] } }, aliceToken);
    expect(firstError(empty.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.lines" });
    expect(firstError((await platform().gql(RequestReturn, { input: { orderId: placed.id, lines: [{ orderLineId: covers, quantity: 1 }] } }, bobToken)).body)).toEqual({
      code: "NOT_FOUND",
      field: "input.orderId",
    });
    expect(firstError((await platform().gql(RequestReturn, { input: { orderId: placed.id, lines: [{ orderLineId: covers, quantity: 1 }] } }, dealerToken)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(ReceiveReturn, { input: { returnId: first.requestReturn.return.id } }, aliceToken)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(ReceiveReturn, { input: { returnId: "garbage" } }, agent)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.returnId" });
    expect(firstError((await platform().gql(ReceiveReturn, { input: { returnId: gid("Return", "00000000-0000-7000-8000-000000000000") } }, agent)).body)).toEqual({
      code: "NOT_FOUND",
      field: "input.returnId",
    });
    expect(await orderTally(platform())).toEqual(tally);

    // The courier brings the parcel back to the warehouse: received, refunded at the snapshot price, CLOSED.
    await scan(platform(), courier, [pickup.trackingNumber], "PICKED_UP");
    await scan(platform(), courier, [pickup.trackingNumber], "DELIVERED");
    let state = await orderState(platform(), admin, placed.number);
    expect(state.returns).toEqual([{ id: first.requestReturn.return.id, status: "CLOSED", lines: [{ orderLineId: brakes, quantity: 1 }], refunds: [{ amount: { amountMinor: 4500 } }] }]);
    expect(state.status).toBe("DELIVERED");

    // The rest, with a reason; staff receive it by hand.
    const second = await platform().data(
      RequestReturn,
      { input: { orderId: placed.id, lines: [{ orderLineId: brakes, quantity: 1 }, { orderLineId: covers, quantity: 1 }], reason: "Wrong size" } },
      agent,
    );
    const received = await platform().data(ReceiveReturn, { input: { returnId: second.requestReturn.return.id } }, agent);
    expect(received.receiveReturn).toMatchObject({ return: { status: "CLOSED", refunds: [{ amount: { amountMinor: 13500, currency: "CNY" } }] }, order: { status: "RETURNED" } });
    state = await orderState(platform(), admin, placed.number);
    expect(state.payments[0]!.status).toBe("REFUNDED");
    // Its pick-up never moved: voided, so no courier collects what is back already. The first one, which travelled, stays.
    expect(state.shipments.filter((p) => p.kind === "RETURN_PICKUP").map((p) => p.trackingNumber)).toEqual([pickup.trackingNumber]);

    const tallyAfter = await orderTally(platform());
    const again = await platform().gql(ReceiveReturn, { input: { returnId: second.requestReturn.return.id } }, agent);
    expect(firstError(again.body)).toEqual({ code: "CONFLICT", field: "input.returnId" });
    expect(again.body.errors?.[0]?.extensions?.currentStatus).toBe("CLOSED");
    expect(await orderTally(platform())).toEqual(tallyAfter);

    const titles = (await platform().data(OrderNotices, { id: gid("Customer", alice.id) }, aliceToken)).customer!.timeline.edges.map((e) => e.node.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        `Return for order ${placed.number} received — refund of 45.00 CNY issued`,
        `Return for order ${placed.number} received — refund of 135.00 CNY issued`,
        `Order ${placed.number} returned in full`,
      ]),
    );
  });

  it("lets only one of two simultaneous returns of the last item through", async () => {
    const placed = await place(platform(), aliceToken, order([{ sku: inStock.sku, quantity: 1 }]));
    await confirm(platform(), admin, placed.id);
    await deliverAll(platform(), admin, placed.number);
    const before = await orderTally(platform());
    const input = { orderId: placed.id, lines: [{ orderLineId: placed.lines[0]!.id, quantity: 1 }] };
    const results = await Promise.all([platform().gql(RequestReturn, { input }, aliceToken), platform().gql(RequestReturn, { input }, agent)]);
    expect(results.filter((r) => r.body.data?.requestReturn).length).toBe(1);
    expect(results.map((r) => firstError(r.body)).filter((e) => e.code)).toEqual([{ code: "BAD_USER_INPUT", field: "input.lines.0.quantity" }]);
    const after = await orderTally(platform());
    expect([after.returns - before.returns, after.shipments - before.shipments]).toEqual([1, 1]);
  });

  it("lets staff reject an open return: no refund, the pick-up voided, the quantity returnable again", async () => {
    const placed = await place(platform(), aliceToken, order([{ sku: inStock.sku, quantity: 1 }]));
    await confirm(platform(), admin, placed.id);
    await deliverAll(platform(), admin, placed.number);
    const input = { orderId: placed.id, lines: [{ orderLineId: placed.lines[0]!.id, quantity: 1 }] };
    const requested = (await platform().data(RequestReturn, { input }, aliceToken)).requestReturn.return;

    const before = await orderTally(platform());
    expect(firstError((await platform().gql(RejectReturn, { input: { returnId: requested.id } }, aliceToken)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(RejectReturn, { input: { returnId: requested.id, reason: "x".repeat(501) } }, agent)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.reason" });
    expect(firstError((await platform().gql(RejectReturn, { input: { returnId: placed.id } }, agent)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.returnId" });
    expect(await orderTally(platform())).toEqual(before);

    const rejected = await platform().data(RejectReturn, { input: { returnId: requested.id, reason: "Used" } }, agent);
    expect(rejected.rejectReturn).toMatchObject({ return: { status: "REJECTED", refunds: [] }, order: { status: "DELIVERED" } });
    expect((await orderState(platform(), admin, placed.number)).shipments.filter((p) => p.kind === "RETURN_PICKUP")).toEqual([]);
    const twice = await platform().gql(RejectReturn, { input: { returnId: requested.id } }, agent);
    expect(firstError(twice.body)).toEqual({ code: "CONFLICT", field: "input.returnId" });
    expect(twice.body.errors?.[0]?.extensions?.currentStatus).toBe("REJECTED");
    expect((await platform().data(RequestReturn, { input }, aliceToken)).requestReturn.return.status).toBe("OPEN");
    const titles = (await platform().data(OrderNotices, { id: gid("Customer", alice.id) }, aliceToken)).customer!.timeline.edges.map((e) => e.node.title);
    expect(titles).toContain(`Return for order ${placed.number} declined: Used`);
  });

  it("refuses a return after the window with its end date; a category may set a longer window", async () => {
    const placed = await place(platform(), aliceToken, order([{ sku: inStock.sku, quantity: 1 }, { sku: longReturn.sku, quantity: 1 }]));
    await confirm(platform(), admin, placed.id);
    const deliveredAt = new Date(Date.now() - 20 * DAY);
    await deliverAll(platform(), admin, placed.number, deliveredAt);
    const before = await orderTally(platform());
    const late = await platform().gql(RequestReturn, { input: { orderId: placed.id, lines: [{ orderLineId: lineIdOf(placed, inStock.sku), quantity: 1 }] } }, aliceToken);
    const windowEndsAt = new Date(deliveredAt.getTime() + 15 * DAY);
    expect(firstError(late.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.lines.0.orderLineId" });
    expect(late.body.errors?.[0]?.message).toContain(windowEndsAt.toISOString().slice(0, 10));
    expect(late.body.errors?.[0]?.extensions?.windowEndsAt).toBe(windowEndsAt.toISOString());
    expect(await orderTally(platform())).toEqual(before);

    const ok = await platform().data(RequestReturn, { input: { orderId: placed.id, lines: [{ orderLineId: lineIdOf(placed, longReturn.sku), quantity: 1 }] } }, aliceToken);
    expect(ok.requestReturn.return.status).toBe("OPEN");
  });
});

describePlatformOn("postgres",
  "the return window setting",
  (platform) => {
    it("follows RETURN_WINDOW_DAYS where the category sets none", async () => {
      const db = platform().database.db;
      await makeCarrier(db);
      const customer = await makeCustomer(db);
      const product = await makeProduct(db);
      const token = await platform().token({ role: "CUSTOMER", sub: "c", customerId: customer.id });
      const admin = await platform().token({ role: "ADMIN", sub: "a" });
      const placed = await place(platform(), token, {
        lines: [{ sku: product.sku, quantity: 1 }],
        deliveryOption: "EXPRESS",
        address: { line1: "1 Road", city: "Xi'an", province: "Shaanxi" },
        paymentMethod: "CARD",
      });
      await confirm(platform(), admin, placed.id);
      await deliverAll(platform(), admin, placed.number, new Date(Date.now() - 5 * DAY));
      const { body } = await platform().gql(RequestReturn, { input: { orderId: placed.id, lines: [{ orderLineId: placed.lines[0]!.id, quantity: 1 }] } }, token);
      expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field: "input.lines.0.orderLineId" });
      expect((await db.select().from(s.returns).where(eq(s.returns.customerId, customer.id))).length).toBe(0);
    });
  },
  { RETURN_WINDOW_DAYS: "3" },
);
