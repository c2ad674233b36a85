import { Field, InputType, Int, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";

@ObjectType({
  description:
    "The bands and thresholds the computed traits follow (one set for the whole platform). Stage and tier are stored by them; RFM scores and churn risk read them when read. Staff only; an administrator changes them with updateTraitRules.",
})
export class TraitRules {
  @Field(() => [Int], { description: "Four ascending day counts: days since the last order at or under which recency scores 5, 4, 3 and 2; older scores 1." })
  recencyDays!: number[];

  @Field(() => [Int], { description: "Four ascending order counts (the first at least 2) from which frequency scores 2, 3, 4 and 5; one order scores 1." })
  frequencyOrders!: number[];

  @Field(() => [Int], { description: "Four ascending lifetime values in minor units (CNY fen) from which monetary value scores 2, 3, 4 and 5." })
  monetaryMinor!: number[];

  @Field(() => Int, { description: "Orders from which a customer's tier is OCCASIONAL." })
  occasionalOrders!: number;

  @Field(() => Int, { description: "Orders from which the tier is REGULAR." })
  regularOrders!: number;

  @Field(() => Int, { description: "Orders from which the tier is VERY_LOYAL." })
  veryLoyalOrders!: number;

  @Field(() => Int, { description: "Days without an order, a vehicle bought or a service visit after which an owner or customer shows as LAPSED (until the next one)." })
  lapseDays!: number;

  @Field(() => Int, { description: "The purchase interval churn risk assumes for a customer with fewer than two orders." })
  defaultPurchaseIntervalDays!: number;

  @Field(() => Int, { description: "Days a closed complaint still counts towards churn risk (an open one always does)." })
  recentComplaintDays!: number;

  @Field(() => DateTime, { description: "When the rules were last changed." })
  updatedAt!: Date;
}

@InputType({ description: "New trait rules: only the fields given change; bands must ascend. Every profile's stage and tier are recomputed." })
export class UpdateTraitRulesInput {
  @Field(() => [Int], { nullable: true, description: "Four ascending positive day counts (recency 5, 4, 3, 2)." })
  recencyDays?: number[] | null;

  @Field(() => [Int], { nullable: true, description: "Four ascending order counts, the first at least 2 (frequency 2, 3, 4, 5)." })
  frequencyOrders?: number[] | null;

  @Field(() => [Int], { nullable: true, description: "Four ascending positive amounts in minor units (monetary 2, 3, 4, 5)." })
  monetaryMinor?: number[] | null;

  @Field(() => Int, { nullable: true, description: "Orders from which the tier is OCCASIONAL (at least 1, below regularOrders)." })
  occasionalOrders?: number | null;

  @Field(() => Int, { nullable: true, description: "Orders from which the tier is REGULAR (below veryLoyalOrders)." })
  regularOrders?: number | null;

  @Field(() => Int, { nullable: true, description: "Orders from which the tier is VERY_LOYAL." })
  veryLoyalOrders?: number | null;

  @Field(() => Int, { nullable: true, description: "Days of silence after which an owner or customer is LAPSED (1–3650)." })
  lapseDays?: number | null;

  @Field(() => Int, { nullable: true, description: "Assumed purchase interval for churn risk with fewer than two orders (1–3650)." })
  defaultPurchaseIntervalDays?: number | null;

  @Field(() => Int, { nullable: true, description: "Days a closed complaint counts towards churn risk (1–3650)." })
  recentComplaintDays?: number | null;
}

@ObjectType({ description: "The rules in force after the change, and how many profiles were recomputed by them." })
export class UpdateTraitRulesPayload {
  @Field(() => TraitRules, { description: "The rules now in force." })
  rules!: TraitRules;

  @Field(() => Int, { description: "Profiles whose traits, stage and tier were recomputed (all of them)." })
  recomputed!: number;
}
