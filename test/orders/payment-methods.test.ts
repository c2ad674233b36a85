import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { looksLikeCardNumber } from "../../src/orders/payment-methods.service.js";
import type { AddPaymentMethodInput, PlaceOrderInput } from "../generated/graphql.js";
import { AddPaymentMethod, CustomerPaymentMethods, OrderPaymentCards, PlaceOrderWithCard, RemovePaymentMethod, SavedPaymentMethodFields, SetDefaultPaymentMethod } from "../operations/payment-methods.js";
import { makeCustomer, makeDealer, makeProduct } from "../support/factories.js";
import { gid } from "../support/order-flow.js";
import { describePlatform, firstError } from "../support/suite.js";

const nextYear = new Date().getUTCFullYear() + 1;
let tokens = 0;
const card = (overrides: Partial<AddPaymentMethodInput> = {}): AddPaymentMethodInput => ({
  brand: "VISA",
  last4: "4242",
  expiryMonth: 12,
  expiryYear: nextYear,
  provider: "stripe",
  providerToken: `pm_card_${++tokens}_x`,
  ...overrides,
});

describePlatform("saved payment methods", (platform) => {
  let admin: string, agent: string, dealerToken: string;
  let alice: { id: string }, bob: { id: string };
  let aliceToken: string, bobToken: string;
  let product: { id: string };

  beforeAll(async () => {
    const db = platform().database.db;
    const dealer = await makeDealer(db);
    alice = await makeCustomer(db, { displayName: "Alice", dealerIds: [dealer.id] });
    bob = await makeCustomer(db, { displayName: "Bob" });
    product = await makeProduct(db, { priceMinor: 9900 });
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    agent = await platform().token({ role: "AGENT", sub: "agent" });
    dealerToken = await platform().token({ role: "DEALER", sub: "dealer", dealerId: dealer.id });
    aliceToken = await platform().token({ role: "CUSTOMER", sub: "alice", customerId: alice.id });
    bobToken = await platform().token({ role: "CUSTOMER", sub: "bob", customerId: bob.id });
  });

  const add = (input: AddPaymentMethodInput, token = aliceToken) => platform().gql(AddPaymentMethod, { input }, token);
  const cardsOf = async (customerId: string, token: string) =>
    (await platform().gql(CustomerPaymentMethods, { id: gid("Customer", customerId) }, token)).body.data?.customer?.paymentMethods;
  const order = (overrides: Partial<PlaceOrderInput>): PlaceOrderInput => ({
    lines: [{ productId: gid("Product", product.id), quantity: 1 }],
    deliveryOption: "STANDARD",
    address: { line1: "1 Card Road", city: "Shanghai", province: "Shanghai" },
    ...overrides,
  });

  it("saves tokenised cards: the first is the default, makeDefault moves it, the default is listed first", async () => {
    const first = await add(card({ last4: "1111" }));
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.addPaymentMethod.paymentMethods).toEqual([
      expect.objectContaining({ brand: "VISA", last4: "1111", expiryMonth: 12, expiryYear: nextYear, expired: false, provider: "stripe", isDefault: true }),
    ]);
    await add(card({ last4: "2222", brand: "UNIONPAY" }));
    const third = await add(card({ last4: "3333", brand: "MASTERCARD", makeDefault: true }));
    expect(third.body.data!.addPaymentMethod.paymentMethods.map((c) => [c.last4, c.isDefault])).toEqual([
      ["3333", true],
      ["2222", false],
      ["1111", false],
    ]);
    expect((await cardsOf(alice.id, aliceToken))!.map((c) => c.last4)).toEqual(["3333", "2222", "1111"]);
  });

  it("never stores a card number and never reads a token out", async () => {
    const before = (await cardsOf(alice.id, aliceToken))!.length;
    for (const number of ["4111 1111 1111 1111", "tok-5555555555554444", "6221-2612-3456-7897"]) {
      const { body } = await add(card({ providerToken: number }));
      expect(firstError(body), number).toMatchObject({ code: "BAD_USER_INPUT", field: "input.providerToken" });
    }
    expect((await cardsOf(alice.id, aliceToken))!.length).toBe(before);
    expect(looksLikeCardNumber("pm_1NqXk2LkdIwHu7ix")).toBe(false);
    expect(looksLikeCardNumber("order 4111111111111112")).toBe(false);
    const { body } = await platform().gql(SavedPaymentMethodFields, {}, aliceToken);
    const fields = body.data!.__type!.fields!.map((f) => f.name);
    expect(fields).toContain("last4");
    expect(fields.filter((f) => /token/i.test(f))).toEqual([]);
  });

  it("names the field at fault and writes nothing for a bad card", async () => {
    const db = platform().database.db;
    const count = async () => (await db.select().from(s.savedPaymentMethods).where(eq(s.savedPaymentMethods.customerId, bob.id))).length;
    const cases: [Partial<AddPaymentMethodInput>, string, string][] = [
      [{ last4: "42a2" }, "BAD_USER_INPUT", "input.last4"],
      [{ expiryMonth: 13 }, "BAD_USER_INPUT", "input.expiryMonth"],
      [{ expiryYear: 2020 }, "BAD_USER_INPUT", "input.expiryYear"],
      [{ provider: "Not A Provider" }, "BAD_USER_INPUT", "input.provider"],
      [{ providerToken: "   " }, "BAD_USER_INPUT", "input.providerToken"],
    ];
    for (const [overrides, code, field] of cases) {
      const { body } = await add(card(overrides), bobToken);
      expect(firstError(body), JSON.stringify(overrides)).toMatchObject({ code, field });
    }
    expect(await count()).toBe(0);
    const saved = card();
    expect((await add(saved, bobToken)).body.errors).toBeUndefined();
    expect(firstError((await add(saved, bobToken)).body)).toMatchObject({ code: "CONFLICT", field: "input.providerToken" });
    expect(await count()).toBe(1);
  });

  it("shows cards to their customer and staff only; only the customer saves one; a stranger's card does not exist", async () => {
    expect((await cardsOf(alice.id, agent))!.length).toBe(3);
    expect((await cardsOf(alice.id, admin))!.length).toBe(3);
    expect(await cardsOf(alice.id, dealerToken)).toEqual([]);
    expect(firstError((await add(card(), agent)).body)).toMatchObject({ code: "FORBIDDEN" });
    expect(firstError((await add(card(), dealerToken)).body)).toMatchObject({ code: "FORBIDDEN" });
    const aliceCard = (await cardsOf(alice.id, aliceToken))![0]!.id;
    expect(firstError((await platform().gql(RemovePaymentMethod, { input: { paymentMethodId: aliceCard } }, bobToken)).body)).toMatchObject({
      code: "NOT_FOUND",
      field: "input.paymentMethodId",
    });
    expect(firstError((await platform().gql(SetDefaultPaymentMethod, { input: { paymentMethodId: aliceCard } }, dealerToken)).body)).toMatchObject({ code: "FORBIDDEN" });
    expect((await cardsOf(alice.id, aliceToken))!.length).toBe(3);
  });

  it("charges the default card when no method is given, a named card when given, and refuses a card that is not the customer's or has expired", async () => {
    const cards = (await cardsOf(alice.id, aliceToken))!;
    const byDefault = await platform().gql(PlaceOrderWithCard, { input: order({}) }, aliceToken);
    expect(byDefault.body.errors).toBeUndefined();
    expect(byDefault.body.data!.placeOrder.order).toMatchObject({ paymentMethod: "CARD", payments: [{ method: "CARD", status: "AUTHORIZED", card: { brand: "MASTERCARD", last4: "3333" } }] });

    const named = cards.find((c) => c.last4 === "2222")!;
    const byAgent = await platform().gql(PlaceOrderWithCard, { input: order({ customerId: gid("Customer", alice.id), savedPaymentMethodId: named.id }) }, agent);
    expect(byAgent.body.data!.placeOrder.order.payments[0]!.card).toEqual({ brand: "UNIONPAY", last4: "2222" });

    const atCheckout = await platform().gql(PlaceOrderWithCard, { input: order({ paymentMethod: "CARD" }) }, aliceToken);
    expect(atCheckout.body.data!.placeOrder.order.payments[0]!.card).toBeNull();

    const bobsCard = (await cardsOf(bob.id, bobToken))![0]!.id;
    expect(firstError((await platform().gql(PlaceOrderWithCard, { input: order({ savedPaymentMethodId: bobsCard }) }, aliceToken)).body)).toMatchObject({
      code: "NOT_FOUND",
      field: "input.savedPaymentMethodId",
    });
    expect(firstError((await platform().gql(PlaceOrderWithCard, { input: order({ savedPaymentMethodId: named.id, paymentMethod: "CASH_ON_DELIVERY" }) }, aliceToken)).body)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.savedPaymentMethodId",
    });

    const db = platform().database.db;
    const carol = await makeCustomer(db, { displayName: "Carol" });
    const carolToken = await platform().token({ role: "CUSTOMER", sub: "carol", customerId: carol.id });
    expect(firstError((await platform().gql(PlaceOrderWithCard, { input: order({}) }, carolToken)).body)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.paymentMethod" });
    // An API never saves an expired card; one that expired since is refused when charged.
    await db.insert(s.savedPaymentMethods).values({ customerId: carol.id, brand: "AMEX", last4: "0005", expiryMonth: 1, expiryYear: 2021, provider: "stripe", providerToken: "pm_old", isDefault: true });
    expect((await cardsOf(carol.id, carolToken))![0]).toMatchObject({ last4: "0005", expired: true });
    expect(firstError((await platform().gql(PlaceOrderWithCard, { input: order({}) }, carolToken)).body)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.paymentMethod" });
    expect((await db.select().from(s.orders).where(eq(s.orders.customerId, carol.id))).length).toBe(0);
  });

  it("moves the default to the newest card that has not expired when the default is removed; past payments keep the card they were charged to", async () => {
    const placed = await platform().gql(PlaceOrderWithCard, { input: order({}) }, aliceToken);
    const orderId = placed.body.data!.placeOrder.order.id;
    const cards = (await cardsOf(alice.id, aliceToken))!;
    const byDefault = cards.find((c) => c.isDefault)!;
    const removed = await platform().gql(RemovePaymentMethod, { input: { paymentMethodId: byDefault.id } }, agent);
    expect(removed.body.data!.removePaymentMethod.paymentMethods.map((c) => [c.last4, c.isDefault])).toEqual([
      ["2222", true],
      ["1111", false],
    ]);
    const payments = (await platform().gql(OrderPaymentCards, { id: orderId }, aliceToken)).body.data!.node;
    expect(payments).toEqual({ payments: [{ method: "CARD", card: { brand: "MASTERCARD", last4: "3333" } }] });

    const reset = await platform().gql(SetDefaultPaymentMethod, { input: { paymentMethodId: cards.find((c) => c.last4 === "1111")!.id } }, aliceToken);
    expect(reset.body.data!.setDefaultPaymentMethod.paymentMethods.map((c) => [c.last4, c.isDefault])).toEqual([
      ["1111", true],
      ["2222", false],
    ]);
  });

  it("keeps one default when two cards are saved at once", async () => {
    const db = platform().database.db;
    const dave = await makeCustomer(db, { displayName: "Dave" });
    const daveToken = await platform().token({ role: "CUSTOMER", sub: "dave", customerId: dave.id });
    const results = await Promise.all([add(card({ last4: "0001" }), daveToken), add(card({ last4: "0002" }), daveToken)]);
    for (const r of results) expect(r.body.errors).toBeUndefined();
    const saved = (await cardsOf(dave.id, daveToken))!;
    expect(saved).toHaveLength(2);
    expect(saved.filter((c) => c.isDefault)).toHaveLength(1);
  });
});
