import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { rows } from "../../src/db/client.js";
import { CASE_NUMBERS, formatNumber, ORDER_NUMBERS, type NumberSeries } from "../../src/db/numbers.js";
import * as s from "../../src/db/schema/index.js";
import type { PlaceOrderInput } from "../generated/graphql.js";
import { OpenCase } from "../operations/engagement.js";
import { PlaceOrder } from "../operations/order-writes.js";
import { makeCase, makeCarrier, makeCustomer, makeOrder, makeProduct } from "../support/factories.js";
import { gid, hoursFromNow, orderTally, zoneWhereItIs } from "../support/order-flow.js";
import type { TestPlatform } from "../support/server.js";
import { describePlatform, firstError, describePlatformOn } from "../support/suite.js";

async function setUp(platform: TestPlatform) {
  const db = platform.database.db;
  await makeCarrier(db);
  const alice = await makeCustomer(db, { displayName: "Alice", city: "Hangzhou" });
  const [address] = await db.select().from(s.customerAddresses).where(eq(s.customerAddresses.customerId, alice.id));
  const filter = await makeProduct(db, { name: "Cabin filter", priceMinor: 4500 });
  const token = await platform.token({ role: "CUSTOMER", sub: "alice", customerId: alice.id });
  const agent = await platform.token({ role: "AGENT", sub: "agent" });
  const order = (overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
    lines: [{ productId: gid("Product", filter.id), quantity: 1 }],
    deliveryOption: "STANDARD",
    addressId: gid("Address", address!.id),
    paymentMethod: "CARD",
    ...overrides,
  });
  return { alice, token, agent, order };
}

/** The number the series' sequence hands out next (the test owns its database, nothing else draws). */
async function upcoming(platform: TestPlatform, series: NumberSeries): Promise<string> {
  const [state] = await rows<{ last_value: string | number; is_called: boolean }>(platform.database.db, sql.raw(`select last_value, is_called from ${series.sequence}`));
  const next = BigInt(state!.last_value) + (state!.is_called ? 1n : 0n);
  return formatNumber(series, next, new Date());
}

describePlatform(
  "order and case numbers, same-day delivery",
  (platform) => {
    let ctx: Awaited<ReturnType<typeof setUp>>;
    beforeAll(async () => {
      ctx = await setUp(platform());
    });

    it("gives concurrent checkouts distinct numbers in the MO-YYYYMMDD-XXXXXXXX format", async () => {
      const results = await Promise.all(Array.from({ length: 8 }, () => platform().gql(PlaceOrder, { input: ctx.order() }, ctx.token)));
      expect(results.map((r) => r.body.errors)).toEqual(Array(8).fill(undefined));
      const numbers = results.map((r) => r.body.data!.placeOrder.order.number);
      expect(new Set(numbers).size).toBe(8);
      for (const number of numbers) expect(number).toMatch(/^MO-\d{8}-[0-9A-F]{8}$/);
    });

    it("skips a number some other writer took already instead of failing the checkout", async () => {
      const taken = await upcoming(platform(), ORDER_NUMBERS);
      // An import (or a hand-made fix) used the very number the sequence would hand out next.
      await makeOrder(platform().database.db, ctx.alice.id, { number: taken });
      const before = await orderTally(platform());
      const { body } = await platform().gql(PlaceOrder, { input: ctx.order() }, ctx.token);
      expect(body.errors).toBeUndefined();
      expect(body.data!.placeOrder.order.number).not.toBe(taken);
      expect(body.data!.placeOrder.order.number).toMatch(/^MO-\d{8}-[0-9A-F]{8}$/);
      const after = await orderTally(platform());
      expect([after.orders - before.orders, after.lines - before.lines, after.payments - before.payments]).toEqual([1, 1, 1]);
    });

    it("does the same for case numbers", async () => {
      const taken = await upcoming(platform(), CASE_NUMBERS);
      await makeCase(platform().database.db, ctx.alice.id, { number: taken });
      const input = { customerId: gid("Customer", ctx.alice.id), kind: "COMPLAINT" as const, subject: "Scratched door" };
      const opened = await Promise.all([1, 2, 3].map(() => platform().gql(OpenCase, { input }, ctx.agent)));
      expect(opened.map((r) => r.body.errors)).toEqual([undefined, undefined, undefined]);
      const numbers = opened.map((r) => r.body.data!.openCase.case.number);
      expect(new Set([...numbers, taken]).size).toBe(4);
      for (const number of numbers) expect(number).toMatch(/^CS-\d{6}-[0-9A-F]{6}$/);
    });

    it("takes a same-day order with a window later today (platform time, before the cut-off)", async () => {
      const { body } = await platform().gql(PlaceOrder, { input: ctx.order({ deliveryOption: "SAME_DAY", deliveryWindow: hoursFromNow(1, 3) }) }, ctx.token);
      expect(body.errors).toBeUndefined();
      expect(body.data!.placeOrder.order).toMatchObject({ deliveryOption: "SAME_DAY", shipping: { amountMinor: 3500 } });
      // Without a window it is simply today.
      const open = await platform().gql(PlaceOrder, { input: ctx.order({ deliveryOption: "SAME_DAY" }) }, ctx.token);
      expect(open.body.errors).toBeUndefined();
    });

    it.each([
      ["a window tomorrow", () => hoursFromNow(24, 26), "input.deliveryWindow.start"],
      ["a window that runs past local midnight", () => hoursFromNow(14, 16), "input.deliveryWindow.end"],
    ])("refuses a same-day order with %s, writing nothing", async (_name, window, field) => {
      const before = await orderTally(platform());
      const { body } = await platform().gql(PlaceOrder, { input: ctx.order({ deliveryOption: "SAME_DAY", deliveryWindow: window() }) }, ctx.token);
      expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field });
      expect(await orderTally(platform())).toEqual(before);
    });
  },
  // About 09:00 in the platform's zone: before the 14:00 cut-off, and midnight 15 hours away.
  { TIME_ZONE: zoneWhereItIs(9) },
);

describePlatformOn("postgres",
  "same-day delivery after the cut-off",
  (platform) => {
    it("refuses SAME_DAY after the cut-off, naming the option and writing nothing; EXPRESS is still taken", async () => {
      const ctx = await setUp(platform());
      const before = await orderTally(platform());
      const { body } = await platform().gql(PlaceOrder, { input: ctx.order({ deliveryOption: "SAME_DAY" }) }, ctx.token);
      expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field: "input.deliveryOption" });
      expect(body.errors![0]!.message).toContain("14:00");
      expect(await orderTally(platform())).toEqual(before);
      const express = await platform().gql(PlaceOrder, { input: ctx.order({ deliveryOption: "EXPRESS" }) }, ctx.token);
      expect(express.body.errors).toBeUndefined();
    });
  },
  // About 17:00 in the platform's zone.
  { TIME_ZONE: zoneWhereItIs(17) },
);
