import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { orderLines, orders, reviewHelpfulVotes, reviews, shipmentLines, shipments, surveyResponses } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { intBetween, optionalText, requiredText, validate } from "../validation/input.js";
import { publicReviewEntity, toReview, toSurvey } from "./interactions.declaration.js";
import type { AnswerSurveyInput, EditReviewInput, MarkReviewHelpfulInput, ModerateReviewInput, WriteReviewInput } from "./reviews.inputs.js";
import { isUniqueViolation } from "../db/violations.js";


const customerOf = (principal: Principal) => {
  if (principal.role !== "CUSTOMER") throw forbidden("Only the customer who received the product writes its review");
  return principal.customerId;
};

const reviewSchema = z.object({
  stars: intBetween(1, 5, "stars"),
  title: optionalText(200, "a title"),
  body: requiredText(5000, "the review text"),
  shownAs: z.enum(["DISPLAY_NAME", "INITIALS"]).nullish().transform((v) => v ?? "INITIALS"),
});

/** A review of an order line the customer received: its order was delivered, or a parcel carrying it was. One per line. */
export async function writeReview(db: Database, principal: Principal, input: WriteReviewInput) {
  const customerId = customerOf(principal);
  const fields = validate(reviewSchema, input, "input");
  const lineId = expectGlobalId(input.orderLineId, "OrderLine", "input.orderLineId");
  return db.transaction(async (tx) => {
    const [line] = await tx
      .select({
        productId: orderLines.productId,
        received: sql<boolean>`${orders.status} = 'DELIVERED' or exists (select 1 from ${shipmentLines}
          join ${shipments} on ${shipments.id} = ${shipmentLines.shipmentId}
          where ${shipmentLines.orderLineId} = ${orderLines.id} and ${shipments.kind} = 'DELIVERY' and ${shipments.status} = 'DELIVERED')`,
      })
      .from(orderLines)
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(and(eq(orderLines.id, lineId), eq(orders.customerId, customerId)));
    if (!line) throw notFound("Order line", "input.orderLineId");
    if (!line.received) throw badInput("input.orderLineId", "A product can be reviewed once it was delivered to you");
    try {
      const [row] = await tx.insert(reviews).values({ customerId, productId: line.productId, orderLineId: lineId, ...fields }).returning();
      return { review: toReview(row!) };
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "You reviewed this order line already; edit that review instead", "input.orderLineId");
      throw error;
    }
  });
}

const reviewChanges = z.object({ stars: intBetween(1, 5, "stars").nullish(), title: optionalText(200, "a title"), body: requiredText(5000, "the review text").nullish() });

/** Only the author edits a review; another customer's review is NOT_FOUND, as it is for reading. */
export async function editReview(db: Database, principal: Principal, input: EditReviewInput) {
  const customerId = customerOf(principal);
  const fields = validate(reviewChanges, input, "input");
  if (input.stars === null) throw badInput("input.stars", "stars cannot be cleared");
  if (input.body === null) throw badInput("input.body", "the review text cannot be cleared");
  const id = expectGlobalId(input.reviewId, "Review", "input.reviewId");
  const changes: Partial<typeof reviews.$inferInsert> = { updatedAt: new Date() };
  if (fields.stars != null) changes.stars = fields.stars;
  if (input.title !== undefined) changes.title = fields.title;
  if (fields.body != null) changes.body = fields.body;
  if (input.shownAs) changes.shownAs = input.shownAs;
  const [row] = await db.update(reviews).set(changes).where(and(eq(reviews.id, id), eq(reviews.customerId, customerId))).returning();
  if (!row) throw notFound("Review", "input.reviewId");
  return { review: toReview(row) };
}

/** Staff hide a review (or show it again); the text stays as the customer wrote it. */
export async function moderateReview(db: Database, input: ModerateReviewInput) {
  const note = validate(optionalText(500, "a note"), input.note, "input.note");
  const id = expectGlobalId(input.reviewId, "Review", "input.reviewId");
  const [row] = await db
    .update(reviews)
    .set({ hiddenAt: input.hidden ? sql`coalesce(${reviews.hiddenAt}, now())` : null, moderationNote: note })
    .where(eq(reviews.id, id))
    .returning();
  if (!row) throw notFound("Review", "input.reviewId");
  return { review: toReview(row) };
}

const surveySchema = z.object({
  overallSatisfaction: intBetween(1, 5, "overallSatisfaction"),
  deliveryRating: intBetween(1, 5, "deliveryRating"),
  intendsToBuyWithin3Months: z.boolean(),
  wouldRecommend: intBetween(0, 10, "wouldRecommend"),
  comment: optionalText(2000, "a comment"),
});

/** The survey after a delivery: for a delivered order of the customer's own, once. */
export async function answerSurvey(db: Database, principal: Principal, input: AnswerSurveyInput) {
  const customerId = customerOf(principal);
  const { orderId: _, ...answers } = input;
  const fields = validate(surveySchema, answers, "input");
  const orderId = expectGlobalId(input.orderId, "Order", "input.orderId");
  const [order] = await db.select({ status: orders.status }).from(orders).where(and(eq(orders.id, orderId), eq(orders.customerId, customerId)));
  if (!order) throw notFound("Order", "input.orderId");
  if (order.status !== "DELIVERED") throw badInput("input.orderId", `The survey opens once the order is delivered (it is ${order.status})`);
  try {
    const [row] = await db.insert(surveyResponses).values({ customerId, orderId, ...fields, respondedAt: new Date() }).returning();
    return { surveyResponse: toSurvey(row!) };
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "This order's survey was answered already", "input.orderId");
    throw error;
  }
}

/**
 * A customer marks a shown review helpful, once (a repeat changes nothing); not their own. The
 * count is kept with the vote in one transaction, so MOST_HELPFUL sorts on a plain column.
 */
export async function markReviewHelpful(db: Database, principal: Principal, input: MarkReviewHelpfulInput) {
  if (principal.role !== "CUSTOMER") throw forbidden("Customers mark reviews helpful");
  const id = expectGlobalId(input.reviewId, "ProductReview", "input.reviewId");
  return db.transaction(async (tx) => {
    const [review] = await tx.select({ customerId: reviews.customerId }).from(reviews).where(and(eq(reviews.id, id), isNull(reviews.hiddenAt))).for("update");
    if (!review) throw notFound("Review", "input.reviewId");
    if (review.customerId === principal.customerId) throw badInput("input.reviewId", "Your own review cannot be marked helpful by you");
    const voted = await tx.insert(reviewHelpfulVotes).values({ reviewId: id, customerId: principal.customerId }).onConflictDoNothing().returning();
    const [row] = voted.length
      ? await tx.update(reviews).set({ helpfulCount: sql`${reviews.helpfulCount} + 1` }).where(eq(reviews.id, id)).returning()
      : await tx.select().from(reviews).where(eq(reviews.id, id));
    return { review: publicReviewEntity.toNode(row!) };
  });
}
