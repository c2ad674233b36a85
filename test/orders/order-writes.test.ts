import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { fromGlobalId } from "../../src/graphql/global-id.js";
import { CancelOrder, ConfirmOrder, OrderNotices, OrderState, PlaceOrder } from "../operations/order-writes.js";
import { OpenCase } from "../operations/engagement.js";
import type { PlaceOrderInput } from "../generated/graphql.js";
import { makeCarrier, makeCustomer, makeDealer, makeProduct } from "../support/factories.js";
import { confirm, gid, hoursFromNow, inTwoDays, orderState, orderTally, place, scan, zoneWhereItIs } from "../support/order-flow.js";
import { describePlatform, firstError } from "../support/suite.js";

describePlatform("placing, confirming and cancelling orders", (platform) => {
  let admin: string, agent: string, aliceToken: string, bobToken: string, dealerToken: string, otherDealerToken: string, supplier: string, courier: string;
  let alice: { id: string }, bob: { id: string }, biz: { id: string }, walkIn: { id: string };
  let dealer: { id: string };
  let aliceAddress: string, bobAddress: string;
  let filter: { id: string; sku: string }, wiper: { id: string; sku: string }, retired: { id: string };

  beforeAll(async () => {
    const db = platform().database.db;
    const carrier = await makeCarrier(db, { code: "A-FIRST" });
    dealer = await makeDealer(db);
    const otherDealer = await makeDealer(db);
    alice = await makeCustomer(db, { displayName: "Alice", city: "Hangzhou" });
    bob = await makeCustomer(db, { displayName: "Bob", city: "Suzhou" });
    biz = await makeCustomer(db, { displayName: "Fleet Co", kind: "FLEET", dealerIds: [dealer.id] });
    walkIn = await makeCustomer(db, { displayName: "Walk-in" });
    aliceAddress = gid("Address", (await db.select().from(s.customerAddresses).where(eq(s.customerAddresses.customerId, alice.id)))[0]!.id);
    bobAddress = gid("Address", (await db.select().from(s.customerAddresses).where(eq(s.customerAddresses.customerId, bob.id)))[0]!.id);
    filter = await makeProduct(db, { name: "Cabin filter", priceMinor: 4500 });
    wiper = await makeProduct(db, { name: "Wiper blade", priceMinor: 12000 });
    retired = await makeProduct(db, { name: "Old mat", active: false });
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    agent = await platform().token({ role: "AGENT", sub: "agent" });
    aliceToken = await platform().token({ role: "CUSTOMER", sub: "alice", customerId: alice.id });
    bobToken = await platform().token({ role: "CUSTOMER", sub: "bob", customerId: bob.id });
    dealerToken = await platform().token({ role: "DEALER", sub: "dealer", dealerId: dealer.id });
    otherDealerToken = await platform().token({ role: "DEALER", sub: "other", dealerId: otherDealer.id });
    supplier = await platform().token({ role: "SUPPLIER", sub: "s", supplierId: (await db.select().from(s.suppliers))[0]!.id });
    courier = await platform().token({ role: "COURIER", sub: "c", carrierId: carrier.id });
  });

  const aliceOrder = (overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
    lines: [{ productId: gid("Product", filter.id), quantity: 2 }],
    deliveryOption: "STANDARD",
    addressId: aliceAddress,
    paymentMethod: "CARD",
    deliveryWindow: inTwoDays(),
    ...overrides,
  });

  it("lets a customer order for themself: catalog prices snapshotted, same-product lines merged, card authorised", async () => {
    const window = inTwoDays();
    const { body } = await platform().gql(
      PlaceOrder,
      {
        input: aliceOrder({
          lines: [
            { productId: gid("Product", filter.id), quantity: 1 },
            { sku: wiper.sku, quantity: 1 },
            { sku: filter.sku, quantity: 1 },
          ],
          deliveryWindow: window,
          channel: "MOBILE",
        }),
      },
      aliceToken,
    );
    expect(body.errors).toBeUndefined();
    const { order, replayed } = body.data!.placeOrder;
    expect(replayed).toBe(false);
    expect(order.number).toMatch(/^MO-\d{8}-[0-9A-F]{8}$/);
    expect(order).toMatchObject({
      status: "PENDING",
      channel: "MOBILE",
      deliveryOption: "STANDARD",
      splitPreference: "FASTEST",
      deliveryWindowStart: window.start,
      deliveryWindowEnd: window.end,
      deliveryAddress: { line1: "1 Renmin Road", city: "Hangzhou", country: "CN" },
      subtotal: { amountMinor: 21000, currency: "CNY" },
      shipping: { amountMinor: 0 },
      total: { amountMinor: 21000 },
      dealer: null,
      customer: { id: gid("Customer", alice.id) },
      payments: [{ method: "CARD", status: "AUTHORIZED", amount: { amountMinor: 21000 }, paidAt: null }],
    });
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice.amountMinor, l.total.amountMinor])).toEqual(
      expect.arrayContaining([
        [filter.sku, 2, 4500, 9000],
        [wiper.sku, 1, 12000, 12000],
      ]),
    );
    expect(order.lines).toHaveLength(2);

    // A later price change does not touch the order.
    await platform().database.db.update(s.products).set({ priceMinor: 9999 }).where(eq(s.products.id, filter.id));
    const again = await orderState(platform(), aliceToken, order.number);
    expect(again.status).toBe("PENDING");
    const [line] = await platform().database.db.select().from(s.orderLines).where(and(eq(s.orderLines.productId, filter.id)));
    expect(line!.unitPriceMinor).toBe(4500);
    await platform().database.db.update(s.products).set({ priceMinor: 4500 }).where(eq(s.products.id, filter.id));
  });

  it("charges shipping per delivery option", async () => {
    const small = [{ productId: gid("Product", filter.id), quantity: 1 }];
    const standard = await place(platform(), aliceToken, aliceOrder({ lines: small }));
    const express = await place(platform(), aliceToken, aliceOrder({ lines: small, deliveryOption: "EXPRESS" }));
    const sameDay = await place(platform(), aliceToken, aliceOrder({ lines: small, deliveryOption: "SAME_DAY", deliveryWindow: hoursFromNow(1, 3) }));
    expect([standard, express, sameDay].map((o) => [o.shipping.amountMinor, o.total.amountMinor])).toEqual([
      [1000, 5500],
      [2000, 6500],
      [3500, 8000],
    ]);
  });

  it("returns the first order for a retried submit with the same key, also when both submits race", async () => {
    const first = await platform().data(PlaceOrder, { input: aliceOrder({ idempotencyKey: "checkout-1" }) }, aliceToken);
    const retry = await platform().data(PlaceOrder, { input: aliceOrder({ idempotencyKey: "checkout-1", lines: [{ sku: wiper.sku, quantity: 5 }] }) }, aliceToken);
    expect(retry.placeOrder).toMatchObject({ replayed: true, order: { number: first.placeOrder.order.number, total: first.placeOrder.order.total } });

    const before = await orderTally(platform());
    const racing = await Promise.all([1, 2, 3].map(() => platform().gql(PlaceOrder, { input: aliceOrder({ idempotencyKey: "checkout-2" }) }, aliceToken)));
    expect(racing.map((r) => r.body.errors)).toEqual([undefined, undefined, undefined]);
    const numbers = new Set(racing.map((r) => r.body.data!.placeOrder.order.number));
    expect(numbers.size).toBe(1);
    expect(racing.filter((r) => !r.body.data!.placeOrder.replayed)).toHaveLength(1);
    const after = await orderTally(platform());
    expect([after.orders - before.orders, after.lines - before.lines, after.payments - before.payments]).toEqual([1, 1, 1]);

    // The key is the customer's own: Bob may use the same one.
    const bobs = await platform().data(PlaceOrder, { input: aliceOrder({ idempotencyKey: "checkout-1", addressId: bobAddress }) }, bobToken);
    expect(bobs.placeOrder.replayed).toBe(false);
  });

  it("lets staff order on behalf of a customer through the call center, to an inline address, and a pick-up links the dealer", async () => {
    const byPhone = await place(platform(), agent, {
      customerId: gid("Customer", bob.id),
      lines: [{ sku: wiper.sku, quantity: 1 }],
      deliveryOption: "EXPRESS",
      address: { line1: "88 Office Park", city: "Nanjing", province: "Jiangsu" },
      paymentMethod: "CASH_ON_DELIVERY",
    });
    expect(byPhone).toMatchObject({
      channel: "CALL_CENTER",
      deliveryAddress: { line1: "88 Office Park", city: "Nanjing", province: "Jiangsu", country: "CN" },
      deliveryWindowStart: null,
      payments: [{ method: "CASH_ON_DELIVERY", status: "PENDING" }],
    });

    const db = platform().database.db;
    const related = () => db.select().from(s.dealerRelationships).where(and(eq(s.dealerRelationships.customerId, walkIn.id), eq(s.dealerRelationships.dealerId, dealer.id)));
    expect(await related()).toEqual([]);
    const pickup = await place(platform(), admin, {
      customerId: gid("Customer", walkIn.id),
      lines: [{ sku: wiper.sku, quantity: 1 }],
      deliveryOption: "DEALER_PICKUP",
      dealerId: gid("Dealer", dealer.id),
      paymentMethod: "CARD",
    });
    expect(pickup).toMatchObject({ channel: "CALL_CENTER", deliveryAddress: null, dealer: { id: gid("Dealer", dealer.id) }, shipping: { amountMinor: 0 } });
    expect((await related()).map((r) => r.basis)).toEqual(["ORDER"]);
    // Now the dealer sees that customer and the order.
    expect((await platform().data(OrderState, { number: pickup.number }, dealerToken)).order?.status).toBe("PENDING");
  });

  it("lets a dealer order for its customers through the DEALER channel; invoices only for organisations", async () => {
    const order = await place(platform(), dealerToken, {
      customerId: gid("Customer", biz.id),
      lines: [{ productId: gid("Product", wiper.id), quantity: 3 }],
      deliveryOption: "DEALER_PICKUP",
      paymentMethod: "INVOICE",
      splitPreference: "TOGETHER",
    });
    expect(order).toMatchObject({ channel: "DEALER", dealer: { id: gid("Dealer", dealer.id) }, splitPreference: "TOGETHER", payments: [{ method: "INVOICE", status: "PENDING" }] });

    const before = await orderTally(platform());
    const invoice = await platform().gql(PlaceOrder, { input: aliceOrder({ paymentMethod: "INVOICE" }) }, aliceToken);
    expect(firstError(invoice.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.paymentMethod" });
    // Customers the dealer has no relationship with are not visible to it.
    const stranger = await platform().gql(PlaceOrder, { input: { ...aliceOrder(), customerId: gid("Customer", bob.id), addressId: bobAddress } }, dealerToken);
    expect(firstError(stranger.body)).toEqual({ code: "NOT_FOUND", field: "input.customerId" });
    expect(await orderTally(platform())).toEqual(before);
  });

  const lines101 = Array.from({ length: 101 }, () => ({ sku: "X", quantity: 1 }));
  it.each([
    ["no lines", { lines: [] }, "BAD_USER_INPUT", "input.lines"],
    ["101 lines", { lines: lines101 }, "BAD_USER_INPUT", "input.lines"],
    ["a zero quantity", { lines: [{ sku: "__filter", quantity: 1 }, { sku: "__filter", quantity: 0 }] }, "BAD_USER_INPUT", "input.lines.1.quantity"],
    ["a quantity above 999", { lines: [{ sku: "__filter", quantity: 1000 }] }, "BAD_USER_INPUT", "input.lines.0.quantity"],
    ["merged lines above the maximum", { lines: [{ sku: "__filter", quantity: 600 }, { sku: "__filter", quantity: 600 }] }, "BAD_USER_INPUT", "input.lines.1.quantity"],
    ["an unknown product", { lines: [{ productId: "__unknown", quantity: 1 }] }, "NOT_FOUND", "input.lines.0.productId"],
    ["an unknown SKU", { lines: [{ sku: "NOPE-1", quantity: 1 }] }, "NOT_FOUND", "input.lines.0.sku"],
    ["a product id of another type", { lines: [{ productId: "__customer", quantity: 1 }] }, "BAD_USER_INPUT", "input.lines.0.productId"],
    ["both id and SKU", { lines: [{ productId: "__filterId", sku: "__filter", quantity: 1 }] }, "BAD_USER_INPUT", "input.lines.0.productId"],
    ["a product no longer for sale", { lines: [{ productId: "__retired", quantity: 1 }] }, "BAD_USER_INPUT", "input.lines.0.productId"],
    ["a window in the past", { deliveryWindow: { start: "2020-01-01T08:00:00Z", end: "2020-01-01T10:00:00Z" } }, "BAD_USER_INPUT", "input.deliveryWindow.start"],
    ["a window ending before it starts", { deliveryWindow: { start: inTwoDays().end, end: inTwoDays().start } }, "BAD_USER_INPUT", "input.deliveryWindow.end"],
    ["a window of two days", { deliveryWindow: { start: inTwoDays().start, end: new Date(Date.now() + 4 * 86_400_000).toISOString() } }, "BAD_USER_INPUT", "input.deliveryWindow.end"],
    ["no address", { addressId: null }, "BAD_USER_INPUT", "input.addressId"],
    ["someone else's saved address", { addressId: "__bobAddress" }, "NOT_FOUND", "input.addressId"],
    ["a pick-up without dealer", { addressId: null, deliveryOption: "DEALER_PICKUP" }, "BAD_USER_INPUT", "input.dealerId"],
    ["an unknown dealer", { addressId: null, deliveryOption: "DEALER_PICKUP", dealerId: "__unknownDealer" }, "NOT_FOUND", "input.dealerId"],
    ["an inline address without city", { addressId: null, address: { line1: "x", city: " ", province: "y" } }, "BAD_USER_INPUT", "input.address.city"],
    ["the call-center channel", { channel: "CALL_CENTER" }, "BAD_USER_INPUT", "input.channel"],
    ["an idempotency key of 101 characters", { idempotencyKey: "k".repeat(101) }, "BAD_USER_INPUT", "input.idempotencyKey"],
  ] as const)("refuses %s with the field at fault and writes nothing", async (_name, override, code, field) => {
    const resolve = (value: unknown): unknown => {
      const placeholders: Record<string, string> = {
        __filter: filter.sku,
        __filterId: gid("Product", filter.id),
        __unknown: gid("Product", "00000000-0000-7000-8000-000000000000"),
        __customer: gid("Customer", alice.id),
        __retired: gid("Product", retired.id),
        __bobAddress: bobAddress,
        __unknownDealer: gid("Dealer", "00000000-0000-7000-8000-000000000000"),
      };
      if (typeof value === "string") return placeholders[value] ?? value;
      if (Array.isArray(value)) return value.map(resolve);
      if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
      return value;
    };
    const before = await orderTally(platform());
    const { body } = await platform().gql(PlaceOrder, { input: { ...aliceOrder(), ...(resolve(override) as object) } as PlaceOrderInput }, aliceToken);
    expect(firstError(body)).toEqual({ code, field });
    expect(await orderTally(platform())).toEqual(before);
  });

  it("keeps customers to their own orders and suppliers, couriers and anonymous callers out", async () => {
    const before = await orderTally(platform());
    const forBob = await platform().gql(PlaceOrder, { input: { ...aliceOrder(), customerId: gid("Customer", bob.id), addressId: bobAddress } }, aliceToken);
    expect(firstError(forBob.body)).toEqual({ code: "NOT_FOUND", field: "input.customerId" });
    for (const token of [supplier, courier]) {
      expect(firstError((await platform().gql(PlaceOrder, { input: { ...aliceOrder(), customerId: gid("Customer", alice.id) } }, token)).body).code).toBe("FORBIDDEN");
    }
    expect(firstError((await platform().gql(PlaceOrder, { input: aliceOrder() })).body).code).toBe("UNAUTHENTICATED");
    expect(await orderTally(platform())).toEqual(before);

    const order = await place(platform(), aliceToken, aliceOrder());
    expect(firstError((await platform().gql(OrderState, { number: order.number }, bobToken)).body).code).toBe("NOT_FOUND");
    expect(firstError((await platform().gql(CancelOrder, { input: { orderId: order.id } }, bobToken)).body)).toEqual({ code: "NOT_FOUND", field: "input.orderId" });
    expect(firstError((await platform().gql(ConfirmOrder, { input: { orderId: order.id } }, aliceToken)).body).code).toBe("FORBIDDEN");
    // A web order is no dealer's: the dealer cannot see or confirm it.
    expect(firstError((await platform().gql(ConfirmOrder, { input: { orderId: order.id } }, dealerToken)).body)).toEqual({ code: "NOT_FOUND", field: "input.orderId" });
    for (const token of [supplier, courier]) {
      expect(firstError((await platform().gql(CancelOrder, { input: { orderId: order.id } }, token)).body).code).toBe("FORBIDDEN");
      expect(firstError((await platform().gql(ConfirmOrder, { input: { orderId: order.id } }, token)).body).code).toBe("FORBIDDEN");
    }
    expect(firstError((await platform().gql(CancelOrder, { input: { orderId: order.id } })).body).code).toBe("UNAUTHENTICATED");
    // Staff must say for whom.
    expect(firstError((await platform().gql(PlaceOrder, { input: { ...aliceOrder(), addressId: null, address: { line1: "x", city: "y", province: "z" } } }, agent)).body)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.customerId",
    });
    expect((await orderState(platform(), admin, order.number)).status).toBe("PENDING");
  });

  it("confirms once: a second confirmation is a CONFLICT naming the current status", async () => {
    const order = await place(platform(), dealerToken, {
      customerId: gid("Customer", biz.id),
      lines: [{ sku: filter.sku, quantity: 1 }],
      deliveryOption: "DEALER_PICKUP",
      paymentMethod: "CARD",
    });
    expect(firstError((await platform().gql(ConfirmOrder, { input: { orderId: order.id } }, otherDealerToken)).body).code).toBe("NOT_FOUND");
    expect((await platform().data(ConfirmOrder, { input: { orderId: order.id } }, dealerToken)).confirmOrder.order.status).toBe("CONFIRMED");
    const state = await orderState(platform(), admin, order.number);
    expect(state.shipments).toHaveLength(1);
    expect(state.shipments[0]).toMatchObject({ kind: "DELIVERY", status: "LABEL_CREATED", lines: [{ quantity: 1 }] });

    const before = await orderTally(platform());
    const again = await platform().gql(ConfirmOrder, { input: { orderId: order.id } }, admin);
    expect(firstError(again.body)).toEqual({ code: "CONFLICT", field: "input.orderId" });
    expect(again.body.errors?.[0]?.extensions?.currentStatus).toBe("CONFIRMED");
    const badCarrier = await place(platform(), aliceToken, aliceOrder());
    const unknown = await platform().gql(ConfirmOrder, { input: { orderId: badCarrier.id, carrierId: gid("Carrier", "00000000-0000-7000-8000-000000000000") } }, admin);
    expect(firstError(unknown.body)).toEqual({ code: "NOT_FOUND", field: "input.carrierId" });
    const afterPlacing = await orderTally(platform());
    expect({ ...afterPlacing, orders: afterPlacing.orders - 1, lines: afterPlacing.lines - 1, payments: afterPlacing.payments - 1 }).toEqual(before);
    expect((await orderState(platform(), admin, badCarrier.number)).status).toBe("PENDING");
  });

  it("cancels before shipping: card authorisation released, cash on delivery never collected, labels voided, customer notified", async () => {
    const card = await place(platform(), aliceToken, aliceOrder());
    await confirm(platform(), admin, card.id);
    // A complaint about the label: the voided label's case names the order instead (it once failed the cancel).
    const { db } = platform().database;
    const [label] = await db.select({ id: s.shipments.id }).from(s.shipments).where(eq(s.shipments.orderId, fromGlobalId(card.id).id));
    const complaint = await platform().data(OpenCase, { input: { kind: "COMPLAINT", subject: "Wrong address on the label", shipmentId: gid("Shipment", label!.id) } }, aliceToken);
    const cancelled = await platform().data(CancelOrder, { input: { orderId: card.id, reason: "Found it cheaper" } }, aliceToken);
    expect(cancelled.cancelOrder.order).toMatchObject({ status: "CANCELLED", payments: [{ method: "CARD", status: "REFUNDED" }] });
    expect((await orderState(platform(), admin, card.number)).shipments).toEqual([]);
    const [kase] = await db.select().from(s.cases).where(eq(s.cases.id, fromGlobalId(complaint.openCase.case.id).id));
    expect(kase).toMatchObject({ shipmentId: null, orderId: fromGlobalId(card.id).id, status: "OPEN" });

    // A card captured already (e.g. by the web shop's payment provider) is refunded in full.
    const captured = await place(platform(), aliceToken, aliceOrder());
    await platform().database.db.update(s.payments).set({ status: "CAPTURED", paidAt: new Date() }).where(eq(s.payments.orderId, fromGlobalId(captured.id).id));
    expect((await platform().data(CancelOrder, { input: { orderId: captured.id } }, admin)).cancelOrder.order.payments[0]!.status).toBe("REFUNDED");
    const [refund] = await platform().database.db.select().from(s.refunds).where(eq(s.refunds.orderId, fromGlobalId(captured.id).id));
    expect(refund).toMatchObject({ amountMinor: captured.total.amountMinor, returnId: null });

    const cod = await place(platform(), agent, { ...aliceOrder(), customerId: gid("Customer", alice.id), paymentMethod: "CASH_ON_DELIVERY" });
    expect((await platform().data(CancelOrder, { input: { orderId: cod.id } }, agent)).cancelOrder.order.payments).toEqual([
      { method: "CASH_ON_DELIVERY", status: "FAILED", paidAt: null },
    ]);

    const before = await orderTally(platform());
    const twice = await platform().gql(CancelOrder, { input: { orderId: card.id } }, admin);
    expect(firstError(twice.body)).toEqual({ code: "CONFLICT", field: "input.orderId" });
    expect(twice.body.errors?.[0]?.extensions?.currentStatus).toBe("CANCELLED");
    const longReason = await platform().gql(CancelOrder, { input: { orderId: cod.id, reason: "x".repeat(501) } }, admin);
    expect(firstError(longReason.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.reason" });
    expect(await orderTally(platform())).toEqual(before);

    const notices = await platform().data(OrderNotices, { id: gid("Customer", alice.id) }, aliceToken);
    const titles = notices.customer!.timeline.edges.map((e) => e.node.title);
    expect(titles).toContain(`Order ${card.number} confirmed`);
    expect(titles).toContain(`Order ${card.number} cancelled: Found it cheaper`);
    expect(titles).toContain(`Order ${cod.number} cancelled`);
  });

  it("refuses to cancel once a parcel has left, and a dealer cancels only its own orders", async () => {
    const order = await place(platform(), aliceToken, aliceOrder());
    await confirm(platform(), admin, order.id);
    const parcel = (await orderState(platform(), admin, order.number)).shipments[0]!.trackingNumber;
    await scan(platform(), courier, [parcel], "PICKED_UP");
    const before = await orderTally(platform());
    const late = await platform().gql(CancelOrder, { input: { orderId: order.id } }, aliceToken);
    expect(firstError(late.body)).toEqual({ code: "CONFLICT", field: "input.orderId" });
    expect(late.body.errors?.[0]?.extensions?.currentStatus).toBe("SHIPPED");
    expect(await orderTally(platform())).toEqual(before);
    // The card was captured when the parcel left.
    expect((await orderState(platform(), admin, order.number)).payments[0]).toMatchObject({ method: "CARD", status: "CAPTURED", paidAt: expect.any(String) });

    const dealers = await place(platform(), dealerToken, { customerId: gid("Customer", biz.id), lines: [{ sku: wiper.sku, quantity: 1 }], deliveryOption: "DEALER_PICKUP", paymentMethod: "CARD" });
    expect(firstError((await platform().gql(CancelOrder, { input: { orderId: dealers.id } }, otherDealerToken)).body).code).toBe("NOT_FOUND");
    expect((await platform().data(CancelOrder, { input: { orderId: dealers.id } }, dealerToken)).cancelOrder.order.status).toBe("CANCELLED");
  });
},
// Mid-morning in the platform's zone, so the same-day order below is before the cut-off whenever the suite runs.
{ TIME_ZONE: zoneWhereItIs(9) });
