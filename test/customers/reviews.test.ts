import { count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { productViews, reviews, shipmentLines, surveyResponses, wishlistItems } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { AddToWishlist, AnswerSurvey, CustomerFeedback, EditReview, ModerateReview, RecordProductView, RemoveFromWishlist, WriteReview } from "../operations/reviews.js";
import { makeCarrier, makeCategory, makeCustomer, makeDealer, makeOrder, makeOrderLine, makeProduct, makeShipment, makeSupplier } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

describePlatform("reviews, surveys, wishlist and browsing history", (platform) => {
  let agent: string;
  let outsiders: Record<string, string>;
  let carrierId: string;
  const db = () => platform().database.db;
  const tally = async () => [(await db().select({ n: count() }).from(reviews))[0]!.n, (await db().select({ n: count() }).from(surveyResponses))[0]!.n];

  async function newCustomer() {
    const row = await makeCustomer(db());
    return { id: row.id, gid: toGlobalId("Customer", row.id), token: await platform().token({ role: "CUSTOMER", sub: row.id, customerId: row.id }) };
  }
  /** An order of the customer's in the given status with one line. */
  async function orderWithLine(customerId: string, status: "DELIVERED" | "SHIPPED" | "CONFIRMED" = "DELIVERED") {
    const order = await makeOrder(db(), customerId, { status, deliveredAt: status === "DELIVERED" ? new Date() : null });
    const line = await makeOrderLine(db(), order.id);
    return { order, line, lineId: toGlobalId("OrderLine", line.id), orderId: toGlobalId("Order", order.id), productId: toGlobalId("Product", line.productId) };
  }

  beforeAll(async () => {
    agent = await platform().token({ role: "AGENT", sub: "agent.wu" });
    carrierId = (await makeCarrier(db())).id;
    outsiders = {
      ADMIN: await platform().token({ role: "ADMIN", sub: "root" }),
      DEALER: await platform().token({ role: "DEALER", sub: "d", dealerId: (await makeDealer(db())).id }),
      SUPPLIER: await platform().token({ role: "SUPPLIER", sub: "s", supplierId: (await makeSupplier(db())).id }),
      COURIER: await platform().token({ role: "COURIER", sub: "c", carrierId }),
    };
  });

  it("lets a customer review what was delivered, once per order line, and edit it", async () => {
    const me = await newCustomer();
    const { lineId, productId } = await orderWithLine(me.id);
    const written = await platform().data(WriteReview, { input: { orderLineId: lineId, stars: 4, title: " Good ", body: "Fits my car." } }, me.token);
    expect(written.writeReview.review).toMatchObject({ stars: 4, title: "Good", body: "Fits my car.", product: { id: productId } });

    const before = await tally();
    const again = await platform().gql(WriteReview, { input: { orderLineId: lineId, stars: 1, body: "Changed my mind" } }, me.token);
    expect(firstError(again.body)).toEqual({ code: "CONFLICT", field: "input.orderLineId" });
    expect(await tally()).toEqual(before);

    const edited = await platform().data(EditReview, { input: { reviewId: written.writeReview.review.id, stars: 2, title: null } }, me.token);
    expect(edited.editReview.review).toMatchObject({ stars: 2, title: null, body: "Fits my car." });
    const feedback = await platform().data(CustomerFeedback, { id: me.gid }, me.token);
    expect(feedback.customer?.reviews.edges.map((e) => e.node.stars)).toEqual([2]);
  });

  it("accepts a line whose parcel was delivered before the whole order was, and refuses one still on its way", async () => {
    const me = await newCustomer();
    const { order, line, lineId } = await orderWithLine(me.id, "SHIPPED");
    const waiting = await platform().gql(WriteReview, { input: { orderLineId: lineId, stars: 5, body: "Can't wait" } }, me.token);
    expect(firstError(waiting.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.orderLineId" });
    const parcel = await makeShipment(db(), order, carrierId, { status: "IN_TRANSIT" });
    await db().insert(shipmentLines).values({ shipmentId: parcel.id, orderLineId: line.id, quantity: 1 });
    expect(firstError((await platform().gql(WriteReview, { input: { orderLineId: lineId, stars: 5, body: "Soon" } }, me.token)).body).code).toBe("BAD_USER_INPUT");
    const delivered = await makeShipment(db(), order, carrierId, { status: "DELIVERED" });
    await db().insert(shipmentLines).values({ shipmentId: delivered.id, orderLineId: line.id, quantity: 1 });
    expect((await platform().data(WriteReview, { input: { orderLineId: lineId, stars: 5, body: "Arrived" } }, me.token)).writeReview.review.stars).toBe(5);
  });

  it.each([
    [{ stars: 0 }, "input.stars"],
    [{ stars: 6 }, "input.stars"],
    [{ body: "   " }, "input.body"],
    [{ title: "t".repeat(201) }, "input.title"],
    [{ orderLineId: "junk" }, "input.orderLineId"],
  ])("refuses a review with %j naming the field and writes nothing", async (override, field) => {
    const me = await newCustomer();
    const { lineId } = await orderWithLine(me.id);
    const before = await tally();
    const { body } = await platform().gql(WriteReview, { input: { orderLineId: lineId, stars: 3, body: "ok", ...override } }, me.token);
    expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field });
    expect(await tally()).toEqual(before);
  });

  it("keeps reviews to their authors: other customers NOT_FOUND, staff and other roles FORBIDDEN", async () => {
    const me = await newCustomer();
    const other = await newCustomer();
    const { lineId } = await orderWithLine(me.id);
    expect(firstError((await platform().gql(WriteReview, { input: { orderLineId: lineId, stars: 3, body: "mine?" } }, other.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.orderLineId" });
    for (const token of [agent, ...Object.values(outsiders)]) {
      expect(firstError((await platform().gql(WriteReview, { input: { orderLineId: lineId, stars: 3, body: "x" } }, token)).body).code).toBe("FORBIDDEN");
    }
    expect(firstError((await platform().gql(WriteReview, { input: { orderLineId: lineId, stars: 3, body: "x" } })).body).code).toBe("UNAUTHENTICATED");

    const { writeReview } = await platform().data(WriteReview, { input: { orderLineId: lineId, stars: 3, body: "Fine." } }, me.token);
    const reviewId = writeReview.review.id;
    expect(firstError((await platform().gql(EditReview, { input: { reviewId, stars: 1 } }, other.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.reviewId" });
    expect(firstError((await platform().gql(EditReview, { input: { reviewId, stars: 1 } }, agent)).body).code).toBe("FORBIDDEN");
    const bad = await platform().gql(EditReview, { input: { reviewId, stars: 9 } }, me.token);
    expect(firstError(bad.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.stars" });
    expect((await db().select().from(reviews).where(eq(reviews.customerId, me.id)))[0]).toMatchObject({ stars: 3, body: "Fine." });
  });

  it("lets staff hide a review and show it again, keeping the customer's text", async () => {
    const me = await newCustomer();
    const { lineId } = await orderWithLine(me.id);
    const reviewId = (await platform().data(WriteReview, { input: { orderLineId: lineId, stars: 1, body: "Call 138 0000 0000 for a better deal" } }, me.token)).writeReview.review.id;
    const hidden = await platform().data(ModerateReview, { input: { reviewId, hidden: true, note: "Advertising" } }, agent);
    expect(hidden.moderateReview.review).toMatchObject({ moderationNote: "Advertising", body: "Call 138 0000 0000 for a better deal" });
    expect(hidden.moderateReview.review.hiddenAt).not.toBeNull();

    const before = (await db().select().from(reviews).where(eq(reviews.customerId, me.id)))[0];
    expect(firstError((await platform().gql(ModerateReview, { input: { reviewId, hidden: false, note: "n".repeat(501) } }, agent)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.note" });
    for (const token of [me.token, outsiders.DEALER!, outsiders.SUPPLIER!, outsiders.COURIER!]) {
      expect(firstError((await platform().gql(ModerateReview, { input: { reviewId, hidden: false } }, token)).body).code).toBe("FORBIDDEN");
    }
    expect(firstError((await platform().gql(ModerateReview, { input: { reviewId: toGlobalId("Review", "00000000-0000-7000-8000-000000000000"), hidden: true } }, agent)).body)).toEqual({ code: "NOT_FOUND", field: "input.reviewId" });
    expect((await db().select().from(reviews).where(eq(reviews.customerId, me.id)))[0]).toEqual(before);

    const shown = await platform().data(ModerateReview, { input: { reviewId, hidden: false, note: "Edited by the customer" } }, outsiders.ADMIN!);
    expect(shown.moderateReview.review).toMatchObject({ hiddenAt: null, moderationNote: "Edited by the customer" });
  });

  it("records one survey per delivered order of the customer's own", async () => {
    const me = await newCustomer();
    const { orderId } = await orderWithLine(me.id);
    const answers = { orderId, overallSatisfaction: 5, deliveryRating: 4, intendsToBuyWithin3Months: true, wouldRecommend: 9, comment: " Fast! " };
    const { answerSurvey } = await platform().data(AnswerSurvey, { input: answers }, me.token);
    expect(answerSurvey.surveyResponse).toMatchObject({ overallSatisfaction: 5, deliveryRating: 4, intendsToBuyWithin3Months: true, wouldRecommend: 9, comment: "Fast!" });
    const before = await tally();
    expect(firstError((await platform().gql(AnswerSurvey, { input: answers }, me.token)).body)).toEqual({ code: "CONFLICT", field: "input.orderId" });

    const pending = await orderWithLine(me.id, "SHIPPED");
    expect(firstError((await platform().gql(AnswerSurvey, { input: { ...answers, orderId: pending.orderId } }, me.token)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.orderId" });
    const other = await newCustomer();
    expect(firstError((await platform().gql(AnswerSurvey, { input: answers }, other.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.orderId" });
    for (const token of Object.values(outsiders)) expect(firstError((await platform().gql(AnswerSurvey, { input: answers }, token)).body).code).toBe("FORBIDDEN");
    expect(await tally()).toEqual(before);
    expect((await platform().data(CustomerFeedback, { id: me.gid }, me.token)).customer?.surveyResponses).toEqual([{ overallSatisfaction: 5, wouldRecommend: 9 }]);
  });

  it.each([
    [{ overallSatisfaction: 0 }, "input.overallSatisfaction"],
    [{ overallSatisfaction: 6 }, "input.overallSatisfaction"],
    [{ deliveryRating: 0 }, "input.deliveryRating"],
    [{ wouldRecommend: 11 }, "input.wouldRecommend"],
    [{ wouldRecommend: -1 }, "input.wouldRecommend"],
    [{ comment: "c".repeat(2001) }, "input.comment"],
  ])("refuses survey answers (%#) naming the field and records nothing", async (override, field) => {
    const me = await newCustomer();
    const { orderId } = await orderWithLine(me.id);
    const before = await tally();
    const input = { orderId, overallSatisfaction: 3, deliveryRating: 3, intendsToBuyWithin3Months: false, wouldRecommend: 5, ...override };
    expect(firstError((await platform().gql(AnswerSurvey, { input }, me.token)).body)).toEqual({ code: "BAD_USER_INPUT", field });
    expect(await tally()).toEqual(before);
  });

  it("adds to and removes from the wishlist idempotently, for oneself or by staff", async () => {
    const me = await newCustomer();
    const product = toGlobalId("Product", (await makeProduct(db())).id);
    await platform().data(AddToWishlist, { input: { productId: product } }, me.token);
    await platform().data(AddToWishlist, { input: { productId: product } }, me.token);
    await platform().data(AddToWishlist, { input: { customerId: me.gid, productId: toGlobalId("Product", (await makeProduct(db())).id) } }, agent);
    expect((await db().select({ n: count() }).from(wishlistItems).where(eq(wishlistItems.customerId, me.id)))[0]!.n).toBe(2);
    await platform().data(RemoveFromWishlist, { input: { productId: product } }, me.token);
    await platform().data(RemoveFromWishlist, { input: { productId: product } }, me.token);
    expect((await platform().data(CustomerFeedback, { id: me.gid }, me.token)).customer?.wishlist).toHaveLength(1);

    const other = await newCustomer();
    expect(firstError((await platform().gql(AddToWishlist, { input: { customerId: other.gid, productId: product } }, me.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.customerId" });
    const missing = await platform().gql(AddToWishlist, { input: { productId: toGlobalId("Product", "00000000-0000-7000-8000-000000000000") } }, me.token);
    expect(firstError(missing.body)).toEqual({ code: "NOT_FOUND", field: "input.productId" });
    expect(firstError((await platform().gql(AddToWishlist, { input: { productId: "junk" } }, me.token)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.productId" });
    for (const role of ["DEALER", "SUPPLIER", "COURIER"]) {
      expect(firstError((await platform().gql(AddToWishlist, { input: { customerId: me.gid, productId: product } }, outsiders[role])).body).code).toBe("FORBIDDEN");
    }
    expect((await db().select({ n: count() }).from(wishlistItems).where(eq(wishlistItems.customerId, other.id)))[0]!.n).toBe(0);
    expect((await db().select({ n: count() }).from(wishlistItems).where(eq(wishlistItems.customerId, me.id)))[0]!.n).toBe(1);
  });

  it("keeps browsing history deduplicated (a repeat view moves to the top) and capped at 50", async () => {
    const me = await newCustomer();
    const categoryId = (await makeCategory(db())).id;
    const supplierId = (await makeSupplier(db())).id;
    const products = [];
    for (let i = 0; i < 55; i++) products.push(toGlobalId("Product", (await makeProduct(db(), { categoryId, supplierId })).id));
    const t0 = Date.now() - 3_600_000;
    await platform().data(RecordProductView, { input: { productId: products[0]!, viewedAt: new Date(t0).toISOString() } }, me.token);
    await platform().data(RecordProductView, { input: { productId: products[1]!, viewedAt: new Date(t0 + 1000).toISOString() } }, me.token);
    const repeat = await platform().data(RecordProductView, { input: { productId: products[0]!, viewedAt: new Date(t0 + 2000).toISOString() } }, me.token);
    expect(repeat.recordProductView.customer.recentlyViewed.map((v) => v.product?.id)).toEqual([products[0], products[1]]);
    // A late report of an older view does not move the product back down.
    await platform().data(RecordProductView, { input: { productId: products[0]!, viewedAt: new Date(t0 - 5000).toISOString() } }, me.token);
    expect((await platform().data(CustomerFeedback, { id: me.gid }, me.token)).customer?.recentlyViewed[0]?.product?.id).toBe(products[0]);

    for (let i = 2; i < 55; i++) {
      await platform().data(RecordProductView, { input: { productId: products[i]!, viewedAt: new Date(t0 + 2000 + i * 1000).toISOString() } }, me.token);
    }
    const kept = await db().select({ productId: productViews.productId }).from(productViews).where(eq(productViews.customerId, me.id));
    expect(kept).toHaveLength(50);
    const recent = (await platform().data(CustomerFeedback, { id: me.gid }, me.token)).customer!.recentlyViewed;
    expect(recent.map((v) => v.product?.id)).toEqual(products.slice(35).reverse());

    const before = kept.length;
    const future = await platform().gql(RecordProductView, { input: { productId: products[0]!, viewedAt: new Date(Date.now() + 3_600_000).toISOString() } }, me.token);
    expect(firstError(future.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.viewedAt" });
    expect(firstError((await platform().gql(RecordProductView, { input: { customerId: me.gid, productId: products[0]! } }, outsiders.SUPPLIER)).body).code).toBe("FORBIDDEN");
    expect((await db().select({ n: count() }).from(productViews).where(eq(productViews.customerId, me.id)))[0]!.n).toBe(before);
  });

  it("refuses malformed ids in wishlist removal and review edits, naming the field and changing nothing", async () => {
    const me = await newCustomer();
    const product = toGlobalId("Product", (await makeProduct(db())).id);
    await platform().data(AddToWishlist, { input: { productId: product } }, me.token);
    expect(firstError((await platform().gql(RemoveFromWishlist, { input: { productId: me.gid } }, me.token)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.productId" });
    expect(firstError((await platform().gql(EditReview, { input: { reviewId: "junk", stars: 3 } }, me.token)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.reviewId" });
    expect(firstError((await platform().gql(AnswerSurvey, { input: { orderId: product, overallSatisfaction: 3, deliveryRating: 3, intendsToBuyWithin3Months: true, wouldRecommend: 5 } }, me.token)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.orderId" });
    expect((await db().select({ n: count() }).from(wishlistItems).where(eq(wishlistItems.customerId, me.id)))[0]!.n).toBe(1);
  });
});
