import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import type { RunningServer } from "../../src/server.js";
import { comparison, post, startResolversOnlyServer, type Body } from "../support/compiled-comparison.js";
import { makeCase, makeCategory, makeCustomer, makeDealer, makeOrder, makeOrderLine, makeProduct, makeVehicle } from "../support/factories.js";
import { describePlatform } from "../support/suite.js";

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const iso = (days: number) => daysAgo(days).toISOString();
const YEAR = new Date().getUTCFullYear();

const LIST = `query Customers($filter: CustomerFilter, $orderBy: CustomerOrder, $first: Int, $after: String, $last: Int, $before: String) {
  customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } edges { cursor node { id } }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/**
 * The customer filter's conditions on a profile's history (consents, vehicles, purchases,
 * interactions, cases, dealer relationships, trait ranges) and the trait orderings, in a small
 * world of its own (one city names it). Every list request goes to both read paths, which must
 * answer alike: the compiled statement (variables bound per request) and the resolvers.
 */
describePlatform("customer filter: history conditions, scope and trait orderings", (platform) => {
  let resolvers: RunningServer;
  const compare = comparison(platform, () => resolvers);
  let admin: string;
  let dealerA: string;
  const city = `Filterville-${Math.random().toString(36).slice(2, 8)}`;
  const w = {} as Record<"c1" | "c2" | "c3" | "c4" | "c5" | "dealerA" | "dealerB" | "product" | "zeta" | "parent" | "model", string>;
  const gid = (id: string) => toGlobalId("Customer", id);
  const make = `Tiangong${city.slice(-6)}`;

  beforeAll(async () => {
    resolvers = await startResolversOnlyServer(platform());
    const db = platform().database.db;
    w.dealerA = (await makeDealer(db)).id;
    w.dealerB = (await makeDealer(db)).id;
    admin = await platform().token({ role: "ADMIN", sub: "admin.filter" });
    dealerA = await platform().token({ role: "DEALER", sub: "dealer.filter", dealerId: w.dealerA });
    const parent = await makeCategory(db);
    const child = await makeCategory(db, { parentId: parent.id });
    w.parent = parent.id;
    const product = await makeProduct(db, { categoryId: child.id, brand: `Brand-${city}` });
    const zeta = await makeProduct(db, { brand: `Zeta-${city}` });
    w.product = product.id;
    w.zeta = zeta.id;
    const customer = async () => (await makeCustomer(db, { city, dealerIds: [w.dealerA] })).id;
    w.c1 = await customer();
    w.c2 = await customer();
    w.c3 = await customer();
    w.c4 = await customer();
    w.c5 = await customer();
    const consent = (customerId: string, status: "GRANTED" | "REVOKED", recordedAt: Date, expiresAt?: Date) =>
      db.insert(s.consentEvents).values({ customerId, channel: "EMAIL", purpose: "MARKETING", status, source: "test", recordedAt, expiresAt });
    // c1 granted; c2 granted, then revoked; c3 granted, but it expired.
    await consent(w.c1, "GRANTED", daysAgo(3));
    await consent(w.c2, "GRANTED", daysAgo(5));
    await consent(w.c2, "REVOKED", daysAgo(1));
    await consent(w.c3, "GRANTED", daysAgo(9), daysAgo(1));

    // c1 owns a two-year-old car sold by dealer A; c2 sold the same make; c3 owns a ten-year-old one.
    const v1 = await makeVehicle(db, w.c1, { modelYear: YEAR - 2 }, { sellingDealerId: w.dealerA, startedOn: "2025-01-01" });
    w.model = v1.modelId;
    await db.update(s.vehicleModels).set({ make }).where(eq(s.vehicleModels.id, v1.modelId));
    await makeVehicle(db, w.c2, { modelId: v1.modelId, modelYear: YEAR - 1 }, { endedOn: "2025-06-01" });
    await makeVehicle(db, w.c3, { modelYear: YEAR - 10 });

    // Orders: c1 two units at dealer A; c2 one unit at dealer B, and one cancelled at A; c3 one returned in full (web), and Zeta long ago.
    const line = async (customerId: string, days: number, quantity: number, extra: Partial<typeof s.orders.$inferInsert> = {}, p = product) => {
      const order = await makeOrder(db, customerId, { placedAt: daysAgo(days), ...extra });
      const orderLine = await makeOrderLine(db, order.id, { product: p, quantity });
      return { order, orderLine };
    };
    await line(w.c1, 10, 2, { dealerId: w.dealerA, channel: "DEALER", totalMinor: 5000 });
    await line(w.c2, 10, 1, { dealerId: w.dealerB, channel: "DEALER", totalMinor: 5000 });
    await line(w.c2, 5, 3, { dealerId: w.dealerA, channel: "DEALER", status: "CANCELLED", totalMinor: 9000 });
    const returned = await line(w.c3, 50, 1, { totalMinor: 2000 });
    const [ret] = await db.insert(s.returns).values({ orderId: returned.order.id, customerId: w.c3, status: "CLOSED", requestedAt: daysAgo(45) }).returning();
    await db.insert(s.returnLines).values({ returnId: ret!.id, orderLineId: returned.orderLine.id, quantity: 1 });
    await line(w.c3, 400, 1, { totalMinor: 3000 }, zeta);

    // Interactions: c1 two inquiries by phone at dealer A; c2 one email to the call center.
    const interaction = (customerId: string, channel: "PHONE" | "EMAIL", dealerId: string | null, days: number) =>
      db.insert(s.interactions).values({ customerId, channel, direction: "INBOUND", type: "INQUIRY", subject: "Question", dealerId, occurredAt: daysAgo(days) });
    await interaction(w.c1, "PHONE", w.dealerA, 2);
    await interaction(w.c1, "PHONE", w.dealerA, 4);
    await interaction(w.c2, "EMAIL", null, 3);

    // Cases: c1 an open complaint against A; c2 an open one against B; c3 a closed inquiry.
    await makeCase(db, w.c1, { kind: "COMPLAINT", status: "OPEN", againstDealerId: w.dealerA, openedAt: daysAgo(6) });
    await makeCase(db, w.c2, { kind: "COMPLAINT", status: "OPEN", againstDealerId: w.dealerB, openedAt: daysAgo(6) });
    await makeCase(db, w.c3, { kind: "INQUIRY", status: "CLOSED", openedAt: daysAgo(30) });

    // c2 also bought a car at dealer A (SALE).
    await db.insert(s.dealerRelationships).values({ dealerId: w.dealerA, customerId: w.c2, basis: "SALE" });
  });

  afterAll(async () => {
    await resolvers?.close();
  });

  /** The customers of this world a filter selects (both paths, equal answers), as their names in the world. */
  async function select(filter: Record<string, unknown>, token = admin): Promise<string[]> {
    const { body } = await compare(LIST, { filter: { city, ...filter }, first: 50 }, token);
    expect(body.errors, JSON.stringify(filter)).toBeUndefined();
    return namesOf(body);
  }

  const namesOf = (body: Body) => {
    const byGid = new Map(Object.entries(w).map(([name, id]) => [gid(id), name]));
    return ((body.data!.customers as Page).edges.map((e) => byGid.get(e.node.id) ?? e.node.id) as string[]).sort();
  };

  it("consent: a granted decision in force for the channel and purpose (not a revoked or expired one)", async () => {
    expect(await select({ consent: { channel: "EMAIL", purpose: "MARKETING" } })).toEqual(["c1"]);
    expect(await select({ consent: { purpose: "MARKETING" } })).toEqual(["c1"]);
    expect(await select({ consent: { channel: "SMS" } })).toEqual([]);
  });

  it("vehicle: owns now a vehicle of the model, make and age", async () => {
    expect(await select({ vehicle: { make } })).toEqual(["c1"]);
    expect(await select({ vehicle: { modelId: toGlobalId("VehicleModel", w.model) } })).toEqual(["c1"]);
    expect(await select({ vehicle: { maxAgeYears: 5 } })).toEqual(["c1"]);
    expect(await select({ vehicle: { minAgeYears: 8, maxAgeYears: 12 } })).toEqual(["c3"]);
  });

  it("purchased: product, SKU, brand or category (subcategories included) within a period; cancelled orders and returned lines do not count", async () => {
    const product = toGlobalId("Product", w.product);
    expect(await select({ purchased: { productId: product } })).toEqual(["c1", "c2"]);
    expect(await select({ purchased: { categoryId: toGlobalId("ProductCategory", w.parent), lastDays: 30 } })).toEqual(["c1", "c2"]);
    expect(await select({ purchased: { brand: `Brand-${city}`, minUnits: 2 } })).toEqual(["c1"]);
    expect(await select({ purchased: { productId: product, minOrders: 2 } })).toEqual([]);
    expect(await select({ purchased: { brand: `Zeta-${city}` } })).toEqual(["c3"]);
    expect(await select({ purchased: { brand: `Zeta-${city}`, from: iso(500), to: iso(300) } })).toEqual(["c3"]);
    expect(await select({ purchased: { brand: `Zeta-${city}`, lastDays: 300 } })).toEqual([]);
  });

  it("interactions and cases: at least N of the kinds asked within a period", async () => {
    expect(await select({ interactions: { types: ["INQUIRY"], atLeast: 2 } })).toEqual(["c1"]);
    expect(await select({ interactions: { channels: ["EMAIL", "SMS"], lastDays: 7 } })).toEqual(["c2"]);
    expect(await select({ interactions: { channels: ["PHONE"], from: iso(3), to: iso(0) } })).toEqual(["c1"]);
    expect(await select({ cases: { kinds: ["COMPLAINT"], statuses: ["OPEN"] } })).toEqual(["c1", "c2"]);
    expect(await select({ cases: { statuses: ["CLOSED", "RESOLVED"], lastDays: 60 } })).toEqual(["c3"]);
    expect(await select({ cases: { atLeast: 2 } })).toEqual([]);
  });

  it("dealer relationship on a basis, and trait ranges", async () => {
    expect(await select({ dealerId: toGlobalId("Dealer", w.dealerA), dealerBases: ["SALE"] })).toEqual(["c2"]);
    expect(await select({ dealerId: toGlobalId("Dealer", w.dealerA), dealerBases: ["ORDER", "SALE"] })).toEqual(["c1", "c2", "c3", "c4", "c5"]);
    expect(await select({ traits: [{ trait: "ORDER_COUNT", min: 1 }] })).toEqual(["c1", "c2", "c3"]);
    expect(await select({ traits: [{ trait: "ORDER_COUNT", min: 2, max: 2 }] })).toEqual(["c3"]);
    expect(await select({ traits: [{ trait: "LIFETIME_VALUE", max: 4999 }, { trait: "ORDER_COUNT", min: 1 }] })).toEqual([]);
    expect(await select({ traits: [{ trait: "AVERAGE_ORDER_VALUE", min: 5000 }] })).toEqual(["c1", "c2"]);
    expect(await select({ traits: [{ trait: "RETURN_COUNT", min: 1 }] })).toEqual(["c3"]);
    expect(await select({ preferredChannels: ["WEB"] })).toEqual(["c3"]);
    expect(await select({ preferredChannels: ["DEALER", "MOBILE"], traits: [{ trait: "ORDER_COUNT", max: 1 }] })).toEqual(["c1", "c2"]);
  });

  it("in a rule: not, any and all over the conditions, as previewSegment reads them", async () => {
    const preview = async (rule: unknown) => {
      const body = await post(platform().url, `query P($rule: CustomerRule!) { previewSegment(rule: $rule) { size sample { id } } }`, { rule }, admin);
      expect(body.errors, JSON.stringify(rule)).toBeUndefined();
      return namesOf({ data: { customers: { edges: ((body.data!.previewSegment as { sample: { id: string }[] }).sample).map((node) => ({ node })) } } });
    };
    const inWorld = { where: { city } };
    expect(await preview({ all: [inWorld, { not: { where: { consent: { channel: "EMAIL" } } } }] })).toEqual(["c2", "c3", "c4", "c5"]);
    expect(await preview({ all: [inWorld, { any: [{ where: { vehicle: { minAgeYears: 8 } } }, { where: { interactions: { atLeast: 2 } } }] }] })).toEqual(["c1", "c3"]);
    expect(await preview({ all: [inWorld, { not: { where: { purchased: { lastDays: 3650 } } } }] })).toEqual(["c4", "c5"]);
  });

  it("a stored segment reads its rule's periods back as instants", async () => {
    const rule = { all: [{ where: { city } }, { where: { purchased: { brand: `Zeta-${city}`, from: iso(500), to: iso(300) }, cases: { lastDays: 90 } } }] };
    const code = `zeta-${city.slice(-6).toLowerCase()}`;
    const created = await post(platform().url, `mutation C($input: CreateSegmentInput!) { createSegment(input: $input) { size } }`, { input: { code, name: "Zeta buyers", rule } }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createSegment).toEqual({ size: 1 });
    const listed = await post(platform().url, `{ segments { code size members(first: 10) { edges { node { id } } } } }`, {}, admin);
    const segment = (listed.data!.segments as { code: string; size: number; members: { edges: { node: { id: string } }[] } }[]).find((x) => x.code === code)!;
    expect(segment.size).toBe(1);
    expect(segment.members.edges.map((e) => e.node.id)).toEqual([gid(w.c3)]);
  });

  it("in literals as in variables: the same customers on both paths", async () => {
    const literal = `{ customers(first: 10, filter: { city: "${city}", purchased: { productId: "${toGlobalId("Product", w.product)}", lastDays: 30 }, cases: { kinds: [COMPLAINT] }, traits: [{ trait: ORDER_COUNT, min: 1 }] }, orderBy: { field: LIFETIME_VALUE, direction: DESC }) { totalCount edges { cursor node { id } } } }`;
    const { body } = await compare(literal, {}, admin);
    expect(body.errors).toBeUndefined();
    expect(namesOf(body)).toEqual(["c1", "c2"]);
  });

  it("a dealer: conditions count only its own orders, interactions, cases and vehicles (the last order elsewhere is not revealed)", async () => {
    // c2's latest order was at dealer B: staff see it, dealer A does not (its own order of c2 was cancelled).
    expect(await select({ lastOrderAfter: iso(20) })).toEqual(["c1", "c2"]);
    expect(await select({ lastOrderAfter: iso(20) }, dealerA)).toEqual(["c1"]);
    expect(await select({ lastOrderBefore: iso(20) })).toEqual(["c3"]);
    expect(await select({ lastOrderBefore: iso(20) }, dealerA)).toEqual([]);
    expect(await select({ purchased: { productId: toGlobalId("Product", w.product) } }, dealerA)).toEqual(["c1"]);
    expect(await select({ purchased: { brand: `Zeta-${city}` } }, dealerA)).toEqual([]);
    expect(await select({ interactions: { atLeast: 1 } }, dealerA)).toEqual(["c1"]);
    expect(await select({ hasOpenCase: true })).toEqual(["c1", "c2"]);
    expect(await select({ hasOpenCase: true }, dealerA)).toEqual(["c1"]);
    expect(await select({ hasOpenCase: false }, dealerA)).toEqual(["c2", "c3", "c4", "c5"]);
    expect(await select({ cases: { statuses: ["CLOSED"] } }, dealerA)).toEqual([]);
    expect(await select({ vehicle: { minAgeYears: 0 } }, dealerA)).toEqual(["c1"]);
    // Consents go with the profile the dealer sees; traits do not (traitsScope).
    expect(await select({ consent: { purpose: "MARKETING" } }, dealerA)).toEqual(["c1"]);
    expect(await select({ traits: [{ trait: "ORDER_COUNT", min: 0 }] }, dealerA)).toEqual([]);
  });

  it("a dealer may not sort by a trait: FORBIDDEN on orderBy.field, on both paths", async () => {
    const { body } = await compare(LIST, { filter: { city }, orderBy: { field: "LIFETIME_VALUE", direction: "DESC" }, first: 5 }, dealerA);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "orderBy.field" });
    expect(body.data).toBeNull();
  });

  it.each([
    [{ consent: {} }, "filter.consent"],
    [{ vehicle: { modelId: "not-an-id" } }, "filter.vehicle.modelId"],
    [{ vehicle: { minAgeYears: 5, maxAgeYears: 2 } }, "filter.vehicle.maxAgeYears"],
    [{ purchased: { lastDays: 0 } }, "filter.purchased.lastDays"],
    [{ purchased: { lastDays: 5, from: "2025-01-01T00:00:00.000Z" } }, "filter.purchased.lastDays"],
    [{ purchased: { from: "2025-02-01T00:00:00.000Z", to: "2025-01-01T00:00:00.000Z" } }, "filter.purchased.to"],
    [{ purchased: { categoryId: "bad" } }, "filter.purchased.categoryId"],
    [{ purchased: { minUnits: 0 } }, "filter.purchased.minUnits"],
    [{ interactions: { atLeast: 0 } }, "filter.interactions.atLeast"],
    [{ cases: { from: "2025-02-01T00:00:00.000Z", to: "2025-02-01T00:00:00.000Z" } }, "filter.cases.to"],
    [{ traits: [{ trait: "CHURN_RISK" }] }, "filter.traits.0"],
    [{ traits: [{ trait: "ORDER_COUNT", min: 1 }, { trait: "ORDER_COUNT", min: 3, max: 1 }] }, "filter.traits.1.max"],
    [{ dealerBases: ["SALE"] }, "filter.dealerBases"],
  ])("names the field at fault: %j → %s", async (filter, field) => {
    const { body } = await compare(LIST, { filter, first: 5 }, admin);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("names the field at fault inside a rule", async () => {
    const rule = { any: [{ where: { city } }, { where: { purchased: { lastDays: -1 } } }] };
    const body = await post(platform().url, `query P($rule: CustomerRule!) { previewSegment(rule: $rule) { size } }`, { rule }, admin);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "rule.any.1.where.purchased.lastDays" });
  });

  /** Pages through the world in an ordering, two at a time, forward; then backward from the end. */
  async function pageThrough(orderBy: Record<string, string>): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const { body } = await compare(LIST, { filter: { city }, orderBy, first: 2, after }, admin);
      expect(body.errors).toBeUndefined();
      const page = body.data!.customers as Page;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 10; i++) {
      const { body } = await compare(LIST, { filter: { city }, orderBy, last: 2, before }, admin);
      expect(body.errors).toBeUndefined();
      const page = body.data!.customers as Page;
      backward.unshift(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(seen);
    return seen;
  }

  it("orders by a trait across pages, with ties broken by id and customers without a value last in both directions", async () => {
    // Average order value: c1 and c2 tie at 5000 (c2's cancelled order does not count), c3 2500, c4 and c5 have none.
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const tie = [w.c1, w.c2].sort(byId);
    const none = [w.c4, w.c5].sort(byId);
    expect(await pageThrough({ field: "AVERAGE_ORDER_VALUE", direction: "ASC" })).toEqual([w.c3, ...tie, ...none].map(gid));
    expect(await pageThrough({ field: "AVERAGE_ORDER_VALUE", direction: "DESC" })).toEqual([...[...tie].reverse(), w.c3, ...[...none].reverse()].map(gid));
    // Lifetime value has no missing values: c1, c2 and c3 tie at 5000 (a return does not lower it), c4 and c5 at 0.
    const fiveThousand = [w.c1, w.c2, w.c3].sort(byId).reverse();
    expect(await pageThrough({ field: "LIFETIME_VALUE", direction: "DESC" })).toEqual([...fiveThousand, ...[...none].reverse()].map(gid));
    // The last order: c2's at dealer B (10 days) ties with c1's only to the microsecond they were written, so compare as sets per rank.
    const recent = await pageThrough({ field: "DAYS_SINCE_LAST_ORDER", direction: "ASC" });
    expect(new Set(recent.slice(0, 2))).toEqual(new Set([w.c1, w.c2].map(gid)));
    expect(recent.slice(2)).toEqual([w.c3, ...none].map(gid));
    const latest = await pageThrough({ field: "LAST_ORDER_AT", direction: "DESC" });
    expect(latest.slice(0, 3)).toEqual(recent.slice(0, 3));
    expect(latest.slice(3)).toEqual([...none].reverse().map(gid));
    expect(await pageThrough({ field: "ORDER_COUNT", direction: "ASC" })).toHaveLength(5);
    expect(await pageThrough({ field: "CHURN_RISK", direction: "DESC" })).toHaveLength(5);
    expect((await pageThrough({ field: "RFM_SCORE", direction: "DESC" })).slice(3)).toEqual([...none].reverse().map(gid));
  });
});
