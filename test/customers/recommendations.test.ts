import { eq, sql } from "drizzle-orm";
import { print } from "graphql";
import { beforeAll, expect, it } from "vitest";
import { rows } from "../../src/db/client.js";
import * as s from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { refreshProductAssociations, refreshRecommendationSeeds } from "../../src/recommendations/associations.service.js";
import { BoughtTogetherQuery, CustomerRecommendationsQuery } from "../operations/recommendations.js";
import { comparison, compiledIn, readsOf, startResolversOnlyServer } from "../support/compiled-comparison.js";
import { makeCustomer, makeDealer, makeOrder, makeProduct } from "../support/factories.js";
import type { RunningServer } from "../../src/server.js";
import { describePlatform, firstError } from "../support/suite.js";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describePlatform("recommendations: bought together and per customer", (platform) => {
  type P = Awaited<ReturnType<typeof makeProduct>>;
  let camera: P, card: P, bag: P, lens: P, withdrawn: P, popular: P, returned: P, giftCard: P;
  let x: { id: string }, y: { id: string }, z: { id: string };
  let dealer: { id: string }, otherDealer: { id: string };
  let resolvers: RunningServer;
  const db = () => platform().database.db;

  /** A customer's order of these products (one statement of lines, as placeOrder writes them). */
  async function buys(customerId: string, items: P[], overrides: Parameters<typeof makeOrder>[2] = {}) {
    const order = await makeOrder(db(), customerId, overrides);
    await db()
      .insert(s.orderLines)
      .values(items.map((p) => ({ orderId: order.id, productId: p.id, sku: p.sku, name: p.name, quantity: 1, unitPriceMinor: p.priceMinor, totalMinor: p.priceMinor })));
    return order;
  }
  /** Customers, each with its orders (products, days ago), written in three statements: the trigger counts many customers at once. */
  async function crowd(plans: { products: P[]; days: number }[][]) {
    const people = await db().insert(s.customers).values(plans.map((_, i) => ({ displayName: `Buyer ${i}` }))).returning();
    const stamp = Date.now().toString(36);
    const planned = plans.flatMap((orders, i) => orders.map((order, j) => ({ ...order, number: `RC-${stamp}-${i}-${j}`, customerId: people[i]!.id })));
    const written = await db()
      .insert(s.orders)
      .values(planned.map((o) => ({ number: o.number, customerId: o.customerId, channel: "WEB" as const, status: "CONFIRMED" as const, paymentMethod: "CARD" as const, deliveryOption: "STANDARD" as const, subtotalMinor: 1000, totalMinor: 1000, placedAt: daysAgo(o.days) })))
      .returning();
    const idOf = new Map(written.map((o) => [o.number, o.id]));
    await db()
      .insert(s.orderLines)
      .values(planned.flatMap((o) => o.products.map((p) => ({ orderId: idOf.get(o.number)!, productId: p.id, sku: p.sku, name: p.name, quantity: 1, unitPriceMinor: p.priceMinor, totalMinor: p.priceMinor }))));
  }
  const consent = (customerId: string, purpose: "PROFILING" | "MARKETING", status: "GRANTED" | "REVOKED", at = new Date()) =>
    db().insert(s.consentEvents).values({ customerId, channel: "EMAIL", purpose, status, source: "test", recordedAt: at });

  beforeAll(async () => {
    resolvers = await startResolversOnlyServer(platform());
    const made: P[] = [];
    for (const name of ["Camera", "Memory card", "Camera bag", "Lens", "Batteries", "Strap"]) made.push(await makeProduct(db(), { name }));
    [camera, card, bag, lens, popular, returned] = made as [P, P, P, P, P, P];
    withdrawn = await makeProduct(db(), { name: "Old flash", active: false });
    dealer = await makeDealer(db());
    otherDealer = await makeDealer(db());
    // 6 bought camera + card (4 of them a bag too, 3 of them batteries), 2 camera + lens, 4 camera + the withdrawn flash,
    // 8 batteries only (2 of them a card, 5 a strap).
    await crowd([
      ...Array.from({ length: 6 }, (_, i) => [
        { products: [camera], days: 40 },
        { products: [card, ...(i < 4 ? [bag] : []), ...(i < 3 ? [popular] : [])], days: 30 },
      ]),
      ...Array.from({ length: 2 }, () => [{ products: [camera, lens], days: 20 }]),
      ...Array.from({ length: 4 }, () => [{ products: [camera, withdrawn], days: 21 }]),
      ...Array.from({ length: 8 }, (_, i) => [{ products: [popular, ...(i < 2 ? [card] : []), ...(i < 5 ? [returned] : [])], days: 10 }]),
    ]);
    // x: three orders (REGULAR), the camera last through the dealer, the strap returned (it leads to batteries: no reason
    // of x's may start from it); PROFILING and MARKETING consent.
    x = await makeCustomer(db(), { dealerIds: [dealer.id] });
    const strapOrder = await buys(x.id, [returned], { placedAt: daysAgo(60) });
    giftCard = await makeProduct(db(), { name: "Coffee beans" });
    await buys(x.id, [giftCard], { placedAt: daysAgo(50) });
    await buys(x.id, [camera], { placedAt: daysAgo(3), dealerId: dealer.id });
    const [line] = await db().select().from(s.orderLines).where(eq(s.orderLines.orderId, strapOrder.id));
    const [ret] = await db().insert(s.returns).values({ orderId: strapOrder.id, customerId: x.id, status: "CLOSED", reason: "test", requestedAt: daysAgo(45) }).returning();
    await db().insert(s.returnLines).values({ returnId: ret!.id, orderLineId: line!.id, quantity: 1 });
    // The repurchase model (predictions/) expects x's coffee beans again in three days.
    const on = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await db().insert(s.repurchasePredictions).values({
      customerId: x.id, itemId: giftCard.id, productId: giftCard.id, purchases: 2, lastPurchases: [on(-50), on(-100)], lastQuantity: 1,
      ownDays: 50, populationDays: 40, weight: 0.6, expectedOn: on(3), lowOn: on(-5), highOn: on(10),
    });
    await consent(x.id, "PROFILING", "GRANTED");
    await consent(x.id, "MARKETING", "GRANTED");
    // y: bought the camera, granted PROFILING and revoked it later; z: bought a lens, never asked.
    y = await makeCustomer(db());
    await buys(y.id, [camera], { placedAt: daysAgo(5) });
    await consent(y.id, "PROFILING", "GRANTED", daysAgo(4));
    await consent(y.id, "PROFILING", "REVOKED", daysAgo(2));
    z = await makeCustomer(db());
    await buys(z.id, [lens], { placedAt: daysAgo(5) });
  });

  const counts = async () => ({
    buyers: (await db().select().from(s.productBuyers)).map((r) => [r.productId, r.customers]).sort(),
    pairs: (await db().select().from(s.productPairs)).map((r) => [r.productId, r.otherProductId, r.customers]).sort(),
    total: (await db().select().from(s.productBuyerTotals)).map((r) => r.customers),
  });

  it("keeps the co-purchase counts per new order, equal to the rebuild; bought together by confidence over the thresholds, public, withdrawn left out", async () => {
    const kept = await counts();
    expect(kept.total).toEqual([6 + 2 + 4 + 8 + 3]);
    const rebuilt = await refreshProductAssociations(db());
    expect(rebuilt.customers).toBe(23);
    expect(await counts()).toEqual(kept);

    const { product } = await platform().data(BoughtTogetherQuery, { sku: camera.sku, first: 10 });
    // camera buyers: 6 + 2 + 4 + x + y = 14 of 23. Card: 6 of the camera's (8 buyers), bag: 4 (4 buyers); the lens has 2 (under
    // the minimum of 3), batteries 3 but less often than chance (11 buyers), the flash is withdrawn.
    expect(product!.boughtTogether.map((a) => a.product.sku)).toEqual([card.sku, bag.sku]);
    const [withCard, withBag] = product!.boughtTogether;
    expect(withCard).toMatchObject({ customers: 6 });
    expect(withCard!.confidence).toBeCloseTo(6 / 14, 6);
    expect(withCard!.lift).toBeCloseTo(6 / 14 / (8 / 23), 6);
    expect(withCard!.support).toBeCloseTo(6 / 23, 6);
    expect(withBag!.confidence).toBeCloseTo(4 / 14, 6);
    expect(withBag!.lift).toBeGreaterThan(withCard!.lift);
    // On the compiled read path: one statement, the same answer as the resolvers, for the public, staff and the supplier
    // of the withdrawn flash (which it may see, and which is still left out); a first out of range is the resolver's error.
    const compare = comparison(platform, () => resolvers);
    const callers = [undefined, await platform().token({ role: "AGENT", sub: "agent.pairs" }), await platform().token({ role: "SUPPLIER", sub: "supplier.pairs", supplierId: withdrawn.supplierId! })];
    for (const token of callers) {
      const { body, statements } = await compare(print(BoughtTogetherQuery), { sku: camera.sku, first: 10 }, token);
      expect(readsOf(statements)).toHaveLength(1);
      expect(compiledIn(statements)).toBe(true);
      expect((body.data as { product: { boughtTogether: unknown[] } }).product.boughtTogether).toHaveLength(2);
    }
    const refused = await compare(print(BoughtTogetherQuery), { sku: camera.sku, first: 51 }, callers[1]);
    expect(firstError(refused.body)).toEqual({ code: "BAD_USER_INPUT", field: "first" });
    expect(compiledIn(refused.statements)).toBe(false);

    // A new order counts at once, without a rebuild.
    await buys((await makeCustomer(db())).id, [camera, bag]);
    const after = await platform().data(BoughtTogetherQuery, { sku: camera.sku, first: 1 });
    expect(after.product!.boughtTogether).toHaveLength(1);
    expect(after.product!.boughtTogether[0]).toMatchObject({ product: { sku: card.sku }, customers: 6 });
    expect((await platform().data(BoughtTogetherQuery, { sku: bag.sku, first: 5 })).product!.boughtTogether[0]).toMatchObject({ product: { sku: camera.sku }, customers: 5 });
    expect(firstError((await platform().gql(BoughtTogetherQuery, { sku: camera.sku, first: 0 })).body)).toEqual({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("recommends what goes with recent purchases, then the tier's and everyone's favourites, leaving out what was bought, returned or withdrawn; one statement, equal to the resolvers", async () => {
    await refreshProductAssociations(db());
    const staff = await platform().token({ role: "AGENT", sub: "agent.rec" });
    const compare = comparison(platform, () => resolvers);
    const query = print(CustomerRecommendationsQuery);
    const { body, statements } = await compare(query, { id: toGlobalId("Customer", x.id), first: 10 }, staff);
    expect(compiledIn(statements)).toBe(true);
    expect(readsOf(statements)).toHaveLength(1);
    const answer = (body.data as { customer: { recommendations: { personalised: boolean; allowed: boolean; items: { product: { sku: string }; source: string; reason: string; score: number }[] } } }).customer.recommendations;
    expect(answer).toMatchObject({ personalised: true, allowed: true });
    const skus = answer.items.map((i) => i.product.sku);
    // Bought before, but due again: first; then what goes with the camera.
    expect(answer.items[0]).toMatchObject({ product: { sku: giftCard.sku }, source: "DUE" });
    expect(answer.items[0]!.reason).toMatch(/^Due around \d{4}-\d{2}-\d{2}: bought about every 50 days, last on \d{4}-\d{2}-\d{2}$/);
    expect(answer.items[1]).toMatchObject({ product: { sku: card.sku }, source: "BOUGHT_TOGETHER" });
    expect(answer.items[1]!.reason).toMatch(/^\d+% of the customers who bought Camera .*also bought it$/);
    expect(skus).toContain(bag.sku);
    expect(skus).toContain(popular.sku);
    for (const left of [camera, returned, withdrawn]) expect(skus).not.toContain(left.sku);
    expect([...answer.items].map((i) => i.score)).toEqual([...answer.items].map((i) => i.score).sort((a, b) => b - a));
    expect(answer.items.find((i) => i.product.sku === popular.sku)!.reason).toMatch(/^Bought by \d+% of (regular|all) customers in the last 90 days$/);

    // first bounds the list; out of range, the resolver's BAD_USER_INPUT on either path.
    const two = await platform().data(CustomerRecommendationsQuery, { id: toGlobalId("Customer", x.id), first: 2 }, staff);
    expect(two.customer!.recommendations.items.map((i) => i.product.sku)).toEqual(skus.slice(0, 2));
    expect(firstError((await platform().gql(CustomerRecommendationsQuery, { id: toGlobalId("Customer", x.id), first: 101 }, staff)).body)).toEqual({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("without PROFILING consent only popular items, the same for everyone, and says so; MESSAGE follows the communication plan", async () => {
    const staff = await platform().token({ role: "ADMIN", sub: "admin.rec" });
    const of = async (id: string, context?: "ON_SITE" | "MESSAGE") => (await platform().data(CustomerRecommendationsQuery, { id: toGlobalId("Customer", id), first: 5, context }, staff)).customer!.recommendations;
    const [ofY, ofZ] = [await of(y.id), await of(z.id)];
    expect(ofY).toMatchObject({ personalised: false, allowed: true });
    expect(ofY.basis).toMatch(/no PROFILING consent/);
    expect(ofY.items.length).toBeGreaterThan(0);
    expect(ofY.items.every((i) => i.source === "POPULAR" && /not personal/.test(i.reason))).toBe(true);
    expect(ofZ.items).toEqual(ofY.items);

    // x is REGULAR with MARKETING consent: the plan sends recommendations; y (OCCASIONAL, no MARKETING) gets none in a message.
    expect(await of(x.id, "MESSAGE")).toMatchObject({ allowed: true, personalised: true });
    const message = await of(y.id, "MESSAGE");
    expect(message).toMatchObject({ allowed: false, items: [] });
    expect(message.basis).toMatch(/communication plan sends no recommendations to occasional customers/);
  });

  it("is read by staff, the customer themself and the customer's dealer (its own orders only as starting points); not by others", async () => {
    const id = toGlobalId("Customer", x.id);
    const self = await platform().data(CustomerRecommendationsQuery, { id, first: 3 }, await platform().token({ role: "CUSTOMER", sub: "x", customerId: x.id }));
    expect(self.customer!.recommendations.items.map((i) => i.product.sku).slice(0, 2)).toEqual([giftCard.sku, card.sku]);
    const asDealer = await platform().data(CustomerRecommendationsQuery, { id, first: 3 }, await platform().token({ role: "DEALER", sub: "d", dealerId: dealer.id }));
    expect(asDealer.customer!.recommendations.items[1]).toMatchObject({ product: { sku: card.sku }, source: "BOUGHT_TOGETHER" });
    for (const token of [
      await platform().token({ role: "DEALER", sub: "d2", dealerId: otherDealer.id }),
      await platform().token({ role: "CUSTOMER", sub: "y", customerId: y.id }),
      await platform().token({ role: "SUPPLIER", sub: "s", supplierId: camera.supplierId }),
      await platform().token({ role: "COURIER", sub: "c", carrierId: dealer.id }),
      undefined,
    ]) {
      const denied = await platform().gql(CustomerRecommendationsQuery, { id, first: 3 }, token);
      expect(denied.body.data?.customer ?? null).toBeNull();
      // As for the profile itself: its existence is not revealed.
      expect(firstError(denied.body)).toEqual({ code: "NOT_FOUND", field: "id" });
    }
  });
  it("keeps each customer's starting points and left-out products per write: a new order and a return count at once, as the rebuild has them", async () => {
    const staff = await platform().token({ role: "ADMIN", sub: "admin.rec.kept" });
    const w = await makeCustomer(db());
    await consent(w.id, "PROFILING", "GRANTED");
    const of = async () => (await platform().data(CustomerRecommendationsQuery, { id: toGlobalId("Customer", w.id), first: 10 }, staff)).customer!.recommendations.items;
    await buys(w.id, [camera], { placedAt: daysAgo(2) });
    const afterCamera = await of();
    expect(afterCamera.map((i) => i.product.sku)).not.toContain(camera.sku);
    expect(afterCamera.find((i) => i.product.sku === card.sku)).toMatchObject({ source: "BOUGHT_TOGETHER" });
    expect(afterCamera.find((i) => i.product.sku === card.sku)!.reason).toContain(`(bought ${daysAgo(2).toISOString().slice(0, 10)})`);

    // The card bought: left out at once, and a starting point of its own.
    const cardOrder = await buys(w.id, [card], { placedAt: daysAgo(1) });
    const afterCard = await of();
    expect(afterCard.map((i) => i.product.sku)).not.toContain(card.sku);
    const [kept] = await db().select().from(s.customerRecommendationSeeds).where(eq(s.customerRecommendationSeeds.customerId, w.id));
    expect(kept!.productIds).toEqual([card.id, camera.id]);
    expect(new Set(kept!.leftOut)).toEqual(new Set([card.id, camera.id]));

    // The card sent back: no longer a starting point, still left out.
    const [line] = await db().select().from(s.orderLines).where(eq(s.orderLines.orderId, cardOrder.id));
    const [ret] = await db().insert(s.returns).values({ orderId: cardOrder.id, customerId: w.id, status: "CLOSED", reason: "test", requestedAt: new Date() }).returning();
    await db().insert(s.returnLines).values({ returnId: ret!.id, orderLineId: line!.id, quantity: 1 });
    const [afterReturn] = await db().select().from(s.customerRecommendationSeeds).where(eq(s.customerRecommendationSeeds.customerId, w.id));
    expect(afterReturn!.productIds).toEqual([camera.id]);
    expect(new Set(afterReturn!.leftOut)).toEqual(new Set([card.id, camera.id]));
    const afterCardReturned = await of();
    expect(afterCardReturned.map((i) => i.product.sku)).not.toContain(card.sku);
    expect(afterCardReturned.every((i) => !i.reason.includes(card.name))).toBe(true);

    // The rebuild writes what the triggers kept, for every customer (spoiled first, so that it has to).
    const stored = async () =>
      rows(db(), sql`select customer_id, product_ids::text[], bought_at::text[], left_out::text[] from customer_recommendation_seeds order by customer_id`);
    const before = await stored();
    expect(before.length).toBeGreaterThan(20);
    await db().execute(sql`update customer_recommendation_seeds set product_ids = '{}', bought_at = '{}', left_out = '{}'`);
    await refreshRecommendationSeeds(db());
    expect(await stored()).toEqual(before);
  });
  /**
   * The answer from a customer's kept ranking (checked valid: made from their tier and the models in force), and the one
   * the request ranks for itself once the models' version has moved on (every kept ranking stale): they must be equal.
   */
  async function keptAndRanked(id: string, first: number) {
    const staff = await platform().token({ role: "ADMIN", sub: "admin.rec.ranked" });
    const of = async () => (await platform().data(CustomerRecommendationsQuery, { id: toGlobalId("Customer", id), first }, staff)).customer!.recommendations;
    const [row] = await rows<{ valid: boolean }>(
      db(),
      sql`select s.ranked_models = m.version and s.ranked_tier is not distinct from c.tier::text as valid
        from customer_recommendation_seeds s join customers c on c.id = s.customer_id cross join recommendation_models m where s.customer_id = ${id}::uuid`,
    );
    expect(row?.valid).toBe(true);
    const kept = await of();
    await db().execute(sql`update recommendation_models set version = version + 1`);
    const ranked = await of();
    await db().execute(sql`update recommendation_models set version = version - 1`);
    expect(kept).toEqual(ranked);
    return kept;
  }

  it("answers from each customer's kept ranking as the request would rank; a new order, a withdrawal, a tier change, what is due and a return count at once", async () => {
    await refreshProductAssociations(db());
    await refreshRecommendationSeeds(db());
    const skus = (items: { product: { sku: string } }[]) => items.map((i) => i.product.sku);
    // The kept ranking is what answers: spoiled (its scores reversed), the answer follows it.
    const before = await keptAndRanked(x.id, 10);
    await db().execute(sql`update customer_recommendation_seeds set ranked_scores = array(select -u from unnest(ranked_scores) u) where customer_id = ${x.id}::uuid`);
    const spoiled = (await platform().data(CustomerRecommendationsQuery, { id: toGlobalId("Customer", x.id), first: 10 }, await platform().token({ role: "ADMIN", sub: "a" }))).customer!.recommendations;
    expect(skus(spoiled.items)).not.toEqual(skus(before.items));
    await refreshRecommendationSeeds(db());
    expect(await keptAndRanked(x.id, 10)).toEqual(before);

    // Without PROFILING consent nothing is ranked (the answer is not personal); the consent given, the ranking is made.
    const v = await makeCustomer(db());
    await buys(v.id, [lens], { placedAt: daysAgo(10) });
    const [unranked] = await db().select().from(s.customerRecommendationSeeds).where(eq(s.customerRecommendationSeeds.customerId, v.id));
    expect(unranked).toMatchObject({ rankedModels: null, rankedIds: null });
    await consent(v.id, "PROFILING", "GRANTED");
    expect(skus((await keptAndRanked(v.id, 10)).items)).not.toContain(lens.sku);
    // A new order counts at once, no rebuild: what goes with the camera comes in, from the camera (and the day it was bought).
    await buys(v.id, [camera], { placedAt: daysAgo(1) });
    const afterCamera = await keptAndRanked(v.id, 10);
    expect(skus(afterCamera.items)).not.toContain(camera.sku);
    expect(afterCamera.items.find((i) => i.product.sku === card.sku)).toMatchObject({ source: "BOUGHT_TOGETHER" });
    expect(afterCamera.items.find((i) => i.product.sku === card.sku)!.reason).toContain(`bought ${camera.name} (bought ${daysAgo(1).toISOString().slice(0, 10)})`);
    // The card bought next: left out at once.
    const cardOrder = await buys(v.id, [card]);
    expect(skus((await keptAndRanked(v.id, 10)).items)).not.toContain(card.sku);
    // A withdrawn product leaves at once, and comes back when on sale again.
    await db().update(s.products).set({ active: false }).where(eq(s.products.id, bag.id));
    expect(skus((await keptAndRanked(v.id, 10)).items)).not.toContain(bag.sku);
    await db().update(s.products).set({ active: true }).where(eq(s.products.id, bag.id));
    expect(skus((await keptAndRanked(v.id, 10)).items)).toContain(bag.sku);
    // Another tier: ranked again with that tier's favourites (the trigger on customers), not left to the request.
    await db().update(s.customers).set({ tier: "VERY_LOYAL" }).where(eq(s.customers.id, v.id));
    const [ranked] = await db().select().from(s.customerRecommendationSeeds).where(eq(s.customerRecommendationSeeds.customerId, v.id));
    expect(ranked!.rankedTier).toBe("VERY_LOYAL");
    await keptAndRanked(v.id, 10);
    // Due: the camera (bought, so left out of the kept ranking) comes back first, by today's date.
    const on = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await db().insert(s.repurchasePredictions).values({
      customerId: v.id, itemId: camera.id, productId: camera.id, purchases: 2, lastPurchases: [on(-1), on(-31)], lastQuantity: 1,
      ownDays: 30, populationDays: 30, weight: 0.6, expectedOn: on(2), lowOn: on(-5), highOn: on(10),
    });
    const due = await keptAndRanked(v.id, 10);
    expect(due.items[0]).toMatchObject({ product: { sku: camera.sku }, source: "DUE" });
    // A return: the card is no starting point any more (no reason names it), and stays left out.
    const [line] = await db().select().from(s.orderLines).where(eq(s.orderLines.orderId, cardOrder.id));
    const [ret] = await db().insert(s.returns).values({ orderId: cardOrder.id, customerId: v.id, status: "CLOSED", reason: "test", requestedAt: new Date() }).returning();
    await db().insert(s.returnLines).values({ returnId: ret!.id, orderLineId: line!.id, quantity: 1 });
    const returned = await keptAndRanked(v.id, 10);
    expect(skus(returned.items)).not.toContain(card.sku);
    expect(returned.items.every((i) => !i.reason.includes(`bought ${card.name} `))).toBe(true);
  });

  it("keeps the 30 best candidates: asking for more, or with too many of them withdrawn, the request ranks for itself", async () => {
    // 34 more products bought recently: everyone's favourites outnumber what is kept.
    const many: P[] = [];
    for (let i = 0; i < 34; i++) many.push(await makeProduct(db(), { name: `Filler ${i}` }));
    await crowd([[{ products: many, days: 5 }], [{ products: many.slice(0, 20), days: 6 }]]);
    await refreshProductAssociations(db());
    await refreshRecommendationSeeds(db());
    const u = await makeCustomer(db());
    await consent(u.id, "PROFILING", "GRANTED");
    await buys(u.id, [lens], { placedAt: daysAgo(1) });
    const [kept] = await db().select().from(s.customerRecommendationSeeds).where(eq(s.customerRecommendationSeeds.customerId, u.id));
    expect(kept!.rankedIds).toHaveLength(30);
    expect(kept!.rankedComplete).toBe(false);
    expect((await keptAndRanked(u.id, 10)).items).toHaveLength(10);
    expect((await keptAndRanked(u.id, 40)).items).toHaveLength(40);
    // 25 of the 30 kept withdrawn: the kept ones give 5, the request ranks for itself to find 10.
    const withdrawnNow = kept!.rankedIds!.slice(0, 25);
    await db().update(s.products).set({ active: false }).where(sql`${s.products.id} = any(${sql.param(withdrawnNow)}::uuid[])`);
    const answer = await keptAndRanked(u.id, 10);
    expect(answer.items).toHaveLength(10);
    expect(answer.items.every((i) => i.product.active)).toBe(true);
    await db().update(s.products).set({ active: true }).where(sql`${s.products.id} = any(${sql.param(withdrawnNow)}::uuid[])`);
  });
});
