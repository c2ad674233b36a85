import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";
import { Case, CaseKind, CasePriority, Interaction, InteractionChannel, InteractionDirection, InteractionType, SurveyResponse } from "./interactions.types.js";

@InputType({ description: "A touch point to log on the customer's timeline." })
export class LogInteractionInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => InteractionChannel)
  channel!: InteractionChannel;

  @Field(() => InteractionDirection)
  direction!: InteractionDirection;

  @Field(() => InteractionType)
  type!: InteractionType;

  @Field(() => String)
  subject!: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  outcome?: string | null;

  @Field(() => DateTime, { nullable: true, description: "Default: now." })
  occurredAt?: Date | null;
}

@InputType({ description: "A complaint, repair or inquiry case to open: staff for any customer, a customer for themself (against the maker, or a dealer with againstDealerId)." })
export class OpenCaseInput {
  @Field(() => ID, { nullable: true, description: "Whose case it is; a customer may leave it out (themself). Required for staff." })
  customerId?: string | null;

  @Field(() => CaseKind)
  kind!: CaseKind;

  @Field(() => CasePriority, { nullable: true, description: "Default NORMAL; only staff set it (a customer's case is triaged by the hotline)." })
  priority?: CasePriority | null;

  @Field(() => String)
  subject!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The dealer or repair station the complaint is against; it will see and may answer the case." })
  againstDealerId?: string | null;

  @Field(() => ID, { nullable: true, description: "The customer's order the case is about." })
  orderId?: string | null;

  @Field(() => ID, { nullable: true, description: "The customer's parcel the case is about." })
  shipmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "The customer's vehicle (owned now or before) the case is about." })
  vehicleId?: string | null;

  @Field(() => ID, { nullable: true, description: "The customer's service visit the case is about." })
  serviceRecordId?: string | null;

  @Field(() => ID, { nullable: true, description: "The product the case is about." })
  productId?: string | null;
}

@InputType({ description: "A step in a case's life." })
export class CaseActionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { nullable: true, description: "assign: the assignee; comment: the text; resolve: the resolution." })
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: "comment only: a note staff alone read (never the customer or the dealer). Staff only." })
  internal?: boolean | null;
}

@InputType({ description: "The customer's satisfaction with a closed case (CSAT), given once." })
export class RateCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: "1 (very dissatisfied) to 5 (very satisfied)." })
  score!: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@ObjectType({ description: "The case and the survey answer that rated it." })
export class RateCasePayload {
  @Field(() => Case, { description: "The rated case." })
  case!: Case;

  @Field(() => SurveyResponse, { description: "The answer, stored as a survey response (it feeds the customer's latest CSAT trait)." })
  surveyResponse!: SurveyResponse;
}

@ObjectType({ description: "The interaction as logged." })
export class InteractionPayload {
  @Field(() => Interaction, { description: "The logged interaction." })
  interaction!: Interaction;
}

@ObjectType({ description: "The case after the change." })
export class CasePayload {
  @Field(() => Case, { description: "The case after the change." })
  case!: Case;
}
