import type { cases, interactions, reviews, surveyResponses } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { Case, Interaction, Review, SurveyResponse } from "./interactions.types.js";

export type InteractionRow = typeof interactions.$inferSelect;
export type CaseRow = typeof cases.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;

export const toInteraction = (r: InteractionRow): Interaction =>
  Object.assign(new Interaction(), {
    id: toGlobalId("Interaction", r.id),
    dbId: r.id,
    customerDbId: r.customerId,
    dealerDbId: r.dealerId,
    channel: r.channel,
    direction: r.direction,
    type: r.type,
    subject: r.subject,
    notes: r.notes,
    agent: r.agent,
    outcome: r.outcome,
    occurredAt: r.occurredAt,
  });

export const toCase = (r: CaseRow): Case =>
  Object.assign(new Case(), {
    id: toGlobalId("Case", r.id),
    dbId: r.id,
    customerDbId: r.customerId,
    againstDealerDbId: r.againstDealerId,
    number: r.number,
    kind: r.kind,
    status: r.status,
    priority: r.priority,
    subject: r.subject,
    description: r.description,
    assignee: r.assignee,
    resolution: r.resolution,
    openedAt: r.openedAt,
    dueAt: r.dueAt,
    resolvedAt: r.resolvedAt,
  });

export const toReview = (r: ReviewRow): Review =>
  Object.assign(new Review(), {
    id: toGlobalId("Review", r.id),
    dbId: r.id,
    customerDbId: r.customerId,
    productDbId: r.productId,
    stars: r.stars,
    title: r.title,
    body: r.body,
    createdAt: r.createdAt,
    hiddenAt: r.hiddenAt,
    moderationNote: r.moderationNote,
  });

export const toSurvey = (r: typeof surveyResponses.$inferSelect): SurveyResponse =>
  Object.assign(new SurveyResponse(), {
    id: toGlobalId("SurveyResponse", r.id),
    customerDbId: r.customerId,
    overallSatisfaction: r.overallSatisfaction,
    deliveryRating: r.deliveryRating,
    intendsToBuyWithin3Months: r.intendsToBuyWithin3Months,
    wouldRecommend: r.wouldRecommend,
    comment: r.comment,
    respondedAt: r.respondedAt,
  });
