import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { caseEntryKind, casePriority, interactionDirection } from "../db/schema/index.js";
import { CaseKind, CaseStatus, InteractionChannel, InteractionType } from "../customers/engagement.enums.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { Connection } from "../graphql/connection.js";
import { Node } from "../graphql/node.js";
import { DateTime } from "../graphql/scalars.js";
import { ReviewerShownAs } from "./public-reviews.types.js";

/** Declared with the customer filter that names them (customers/engagement.enums.ts). */
export { CaseKind, CaseStatus, InteractionChannel, InteractionType };

export const InteractionDirection = enumOf(interactionDirection, {
  name: "InteractionDirection",
  description: "Who started the touch point.",
  valuesConfig: {
    INBOUND: { description: "The customer contacted the company." },
    OUTBOUND: { description: "The company contacted the customer." },
  },
});
export type InteractionDirection = EnumValue<typeof InteractionDirection>;

export const CasePriority = enumOf(casePriority, {
  name: "CasePriority",
  description: "How urgent a case is; sets its due time (CASE_SLA_HOURS).",
  valuesConfig: {
    LOW: { description: "Due after 168 hours by default." },
    NORMAL: { description: "Due after 72 hours by default." },
    HIGH: { description: "Due after 24 hours by default." },
    URGENT: { description: "Due after 4 hours by default." },
  },
});
export type CasePriority = EnumValue<typeof CasePriority>;

export const CaseEntryKind = enumOf(caseEntryKind, {
  name: "CaseEntryKind",
  description: "What an entry of a case's thread is.",
  valuesConfig: {
    COMMENT: { description: "A comment by the customer, the hotline or the dealer; everyone on the case reads it." },
    INTERNAL_NOTE: { description: "A note staff alone read; never shown to the customer or the dealer." },
    STATUS_CHANGE: { description: "The case moved to `status` (opened, assigned, resolved, closed, reopened); `body` holds the assignee or the resolution." },
  },
});
export type CaseEntryKind = EnumValue<typeof CaseEntryKind>;

@ObjectType({ description: "One entry of a case's thread: a comment, a staff note or a status change, with who wrote it." })
export class CaseThreadEntry {
  caseDbId!: string;

  @Field(() => ID, { description: "Global id of the entry." })
  id!: string;

  @Field(() => CaseEntryKind, { description: "Comment, internal note or status change." })
  kind!: CaseEntryKind;

  @Field(() => CaseStatus, { nullable: true, description: "The status a STATUS_CHANGE moved the case to; null for comments." })
  status!: CaseStatus | null;

  @Field(() => String, { nullable: true, description: "The text: a comment, the assignee, the resolution; null for a bare status change." })
  body!: string | null;

  @Field(() => String, { description: "The writer's role: ADMIN, AGENT, DEALER or CUSTOMER." })
  authorRole!: string;

  @Field(() => String, { description: "The writer as the thread shows them: an agent's handle, the dealership's name, the customer's display name. Never contact data." })
  authorName!: string;

  @Field(() => DateTime, { description: "When it was written; the thread is oldest first." })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: "A touch point with a customer: a call, an email, a visit, a notice..." })
export class Interaction extends Node {
  dbId!: string;
  customerDbId!: string;
  dealerDbId!: string | null;

  @Field(() => InteractionChannel, { description: "How it happened: phone, email, chat, visit, SMS, post, web or app." })
  channel!: InteractionChannel;

  @Field(() => InteractionDirection, { description: "Whether the customer or the company started it." })
  direction!: InteractionDirection;

  @Field(() => InteractionType, { description: "What it was about." })
  type!: InteractionType;

  @Field(() => String, { description: "One-line subject." })
  subject!: string;

  @Field(() => String, { nullable: true, description: "Free text written by the agent or dealer. Personal data: blanked on erasure." })
  notes!: string | null;

  @Field(() => String, { nullable: true, description: "The agent who handled it." })
  agent!: string | null;

  @Field(() => String, { nullable: true, description: "How it ended, in a few words (e.g. Satisfied)." })
  outcome!: string | null;

  @Field(() => DateTime, { description: "When it happened." })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: "The source system this interaction was imported from (ingestInteractions, e.g. hotline); null for one logged on the platform. Imported history shows like logged interactions but sent no notices." })
  source!: string | null;

  @Field(() => String, { nullable: true, description: "The imported interaction's id in its source system; null for one logged on the platform." })
  sourceInteractionId!: string | null;
}

@ObjectType({ implements: Node, description: "A complaint, repair or inquiry handled to its end." })
export class Case extends Node {
  dbId!: string;
  customerDbId!: string;
  againstDealerDbId!: string | null;

  @Field(() => String, { description: "Case number CS-YYMMDD-XXXXXX: the day it was opened and a non-sequential tail." })
  number!: string;

  @Field(() => CaseKind, { description: "Complaint, repair or inquiry." })
  kind!: CaseKind;

  @Field(() => CaseStatus, { description: "Where the case stands." })
  status!: CaseStatus;

  @Field(() => CasePriority, { description: "How urgent it is; decides dueAt." })
  priority!: CasePriority;

  @Field(() => String, { description: "One-line subject." })
  subject!: string;

  @Field(() => String, { nullable: true, description: "The customer's account of the matter." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Who works on it (set by assigning the case); null while open." })
  assignee!: string | null;

  @Field(() => String, { nullable: true, description: "How it was resolved; set when resolved." })
  resolution!: string | null;

  @Field(() => DateTime, { description: "When the case was opened." })
  openedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When the service level says it must be resolved." })
  dueAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When it was resolved; null before." })
  resolvedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When it was closed; null before. A closed case asks the customer for their satisfaction (rateCase)." })
  closedAt!: Date | null;

  @Field(() => Boolean, { description: "Past its service level: still unresolved after dueAt, or resolved after it (CASE_SLA_HOURS by priority)." })
  overdue!: boolean;
}

@ObjectType({ implements: Node, description: "A product review by a customer who received it." })
export class Review extends Node {
  dbId!: string;
  customerDbId!: string;
  productDbId!: string;

  @Field(() => Int, { description: "1 to 5." })
  stars!: number;

  @Field(() => String, { nullable: true, description: "Short headline written by the customer." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "The review text. Personal data: blanked on erasure." })
  body!: string | null;

  @Field(() => DateTime, { description: "When the review was written." })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When staff hid it from public display; null while it is shown." })
  hiddenAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why staff hid or restored it." })
  moderationNote!: string | null;

  @Field(() => ReviewerShownAs, { description: "How shoppers see the author named (Product.reviews)." })
  shownAs!: ReviewerShownAs;
}

@ObjectType({ description: "A satisfaction survey answer." })
export class SurveyResponse {
  customerDbId!: string;

  @Field(() => ID, { description: "Global id of the survey response." })
  id!: string;

  @Field(() => Int, { description: "Overall satisfaction, 1 to 5." })
  overallSatisfaction!: number;

  @Field(() => Int, { nullable: true, description: "Delivery rating, 1 to 5." })
  deliveryRating!: number | null;

  @Field(() => Boolean, { nullable: true, description: "Intends to buy again within three months." })
  intendsToBuyWithin3Months!: boolean | null;

  @Field(() => Int, { nullable: true, description: "Would recommend, 0 to 10 (NPS)." })
  wouldRecommend!: number | null;

  @Field(() => String, { nullable: true, description: "Free-text comment. Personal data: blanked on erasure." })
  comment!: string | null;

  @Field(() => DateTime, { description: "When the customer answered." })
  respondedAt!: Date;
}

export const InteractionConnection = Connection(Interaction, "Interaction");
export const CaseConnection = Connection(Case, "Case");
export const ReviewConnection = Connection(Review, "Review");
export const CaseThreadConnection = Connection(CaseThreadEntry, "CaseThread");

@InputType({ description: "Filters for a customer's interactions." })
export class InteractionFilter {
  @Field(() => [InteractionChannel], { nullable: true })
  channels?: InteractionChannel[] | null;

  @Field(() => [InteractionType], { nullable: true })
  types?: InteractionType[] | null;

  @Field(() => InteractionDirection, { nullable: true })
  direction?: InteractionDirection | null;

  @Field(() => DateTime, { nullable: true, description: "At or after." })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Before." })
  to?: Date | null;
}

@InputType({ description: "Filters for cases." })
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true })
  statuses?: CaseStatus[] | null;

  @Field(() => CaseKind, { nullable: true })
  kind?: CaseKind | null;

  @Field(() => ID, { nullable: true, description: "Cases raised against this dealer." })
  againstDealerId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;
}
