import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";
import { Case, CaseKind, CasePriority, Interaction, InteractionChannel, InteractionDirection, InteractionType } from "./interactions.types.js";

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

@InputType({ description: "A complaint, repair or inquiry case to open." })
export class OpenCaseInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => CaseKind)
  kind!: CaseKind;

  @Field(() => CasePriority, { nullable: true, defaultValue: CasePriority.NORMAL })
  priority?: CasePriority | null;

  @Field(() => String)
  subject!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The dealer or repair station the complaint is against; it will see and may answer the case." })
  againstDealerId?: string | null;
}

@InputType({ description: "A step in a case's life." })
export class CaseActionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { nullable: true, description: "assign: the assignee; comment: the text; resolve: the resolution." })
  text?: string | null;
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
