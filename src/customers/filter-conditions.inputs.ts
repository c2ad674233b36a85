import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { dealerRelationshipBasis } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime } from "../graphql/scalars.js";
import { ActivityEventType } from "./activity.enums.js";
import { CaseKind, CaseStatus, InteractionChannel, InteractionType } from "./engagement.enums.js";
import { ConsentChannel, ConsentPurpose } from "./preferences.types.js";

/*
 * The customer filter's conditions on what hangs off a profile (consents, vehicles, purchases,
 * interactions, cases, dealer relationships) and on its traits: typed inputs read by
 * history-conditions.ts, for customers(filter:) and segment rules alike.
 */

export const DealerRelationshipBasis = enumOf(dealerRelationshipBasis, {
  name: "DealerRelationshipBasis",
  description: "Why a customer is a customer of a dealership.",
  valuesConfig: {
    SALE: { description: "The dealership sold them a vehicle." },
    SERVICE: { description: "One of its stations serviced their vehicle." },
    ORDER: { description: "They ordered through it or picked an order up there." },
    SOURCE: { description: "They are in the dealership's own system (an imported source record)." },
    PREFERRED: { description: "They chose it as their preferred dealership." },
    LEAD: { description: "A lead of theirs is assigned to it (src/leads)." },
  },
});
export type DealerRelationshipBasis = EnumValue<typeof DealerRelationshipBasis>;

@InputType({ description: "Has a consent in force (the latest decision, not expired) that is GRANTED, for this channel and/or purpose; give at least one." })
export class ConsentCondition {
  @Field(() => ConsentChannel, { nullable: true, description: "The channel; any channel when left out." })
  channel?: ConsentChannel | null;

  @Field(() => ConsentPurpose, { nullable: true, description: "The purpose; any purpose when left out." })
  purpose?: ConsentPurpose | null;
}

@InputType({
  description:
    "Owns now (an OWNER period without an end) a vehicle matching every given field. Age is whole calendar years since the model year (this year's model is 0). Only vehicles the caller may see count (a dealer: those it sold or serviced).",
})
export class VehicleCondition {
  @Field(() => ID, { nullable: true, description: "Of this vehicle model (VehicleModel id)." })
  modelId?: string | null;

  @Field(() => String, { nullable: true, description: "Of this make (the model's brand, e.g. \"Meridian\"), exactly." })
  make?: string | null;

  @Field(() => Int, { nullable: true, description: "At least this many years old (0–100)." })
  minAgeYears?: number | null;

  @Field(() => Int, { nullable: true, description: "At most this many years old (0–100)." })
  maxAgeYears?: number | null;
}

@InputType({
  description:
    "Bought, in orders placed within the period, what matches every given product field (none: anything). Cancelled orders and fully returned lines do not count; a partly returned line counts with the units kept (returns not rejected). Only orders the caller may see count (a dealer: its own).",
})
export class PurchaseCondition {
  @Field(() => ID, { nullable: true, description: "This product (Product id)." })
  productId?: string | null;

  @Field(() => String, { nullable: true, description: "The product with this SKU." })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: "A product of this brand, exactly." })
  brand?: string | null;

  @Field(() => ID, { nullable: true, description: "A product of this category or any of its subcategories (ProductCategory id)." })
  categoryId?: string | null;

  @Field(() => DateTime, { nullable: true, description: "Orders placed at or after this instant." })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Orders placed before this instant." })
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: "Orders placed in the last this many days (1–3650); instead of from/to." })
  lastDays?: number | null;

  @Field(() => Int, { nullable: true, description: "At least this many units kept, summed over the matching lines (default 1)." })
  minUnits?: number | null;

  @Field(() => Int, { nullable: true, description: "In at least this many distinct orders (default 1)." })
  minOrders?: number | null;
}

@InputType({ description: "At least `atLeast` interactions (default 1) of the given types and channels within the period. Only interactions the caller may see count (a dealer: those with its dealership)." })
export class InteractionCondition {
  @Field(() => [InteractionType], { nullable: true, description: "Of any of these types; any type when left out." })
  types?: InteractionType[] | null;

  @Field(() => [InteractionChannel], { nullable: true, description: "On any of these channels; any channel when left out." })
  channels?: InteractionChannel[] | null;

  @Field(() => DateTime, { nullable: true, description: "That occurred at or after this instant." })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "That occurred before this instant." })
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: "That occurred in the last this many days (1–3650); instead of from/to." })
  lastDays?: number | null;

  @Field(() => Int, { nullable: true, description: "At least this many (1 or more; default 1)." })
  atLeast?: number | null;
}

@InputType({ description: "At least `atLeast` cases (default 1) of the given kinds and statuses, opened within the period. Only cases the caller may see count (a dealer: those against its dealership)." })
export class CaseCondition {
  @Field(() => [CaseKind], { nullable: true, description: "Of any of these kinds; any kind when left out." })
  kinds?: CaseKind[] | null;

  @Field(() => [CaseStatus], { nullable: true, description: "In any of these statuses now; any status when left out." })
  statuses?: CaseStatus[] | null;

  @Field(() => DateTime, { nullable: true, description: "Opened at or after this instant." })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Opened before this instant." })
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: "Opened in the last this many days (1–3650); instead of from/to." })
  lastDays?: number | null;

  @Field(() => Int, { nullable: true, description: "At least this many (1 or more; default 1)." })
  atLeast?: number | null;
}

@InputType({
  description:
    "At least `atLeast` behavioural events (trackEvents; default 1) of the given types, about the given product or model, within the period: \"viewed model X at least twice in the last 7 days\". Events are staff's and the customer's own: for a dealer this selects no one.",
})
export class ActivityCondition {
  @Field(() => [ActivityEventType], { nullable: true, description: "Of any of these types; any type when left out." })
  types?: ActivityEventType[] | null;

  @Field(() => ID, { nullable: true, description: "About this product (Product id)." })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: "About this vehicle model (VehicleModel id)." })
  modelId?: string | null;

  @Field(() => DateTime, { nullable: true, description: "That occurred at or after this instant." })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "That occurred before this instant." })
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: "That occurred in the last this many days (1–3650); instead of from/to." })
  lastDays?: number | null;

  @Field(() => Int, { nullable: true, description: "At least this many (1 or more; default 1)." })
  atLeast?: number | null;
}

@InputType({
  description:
    "Has a lead (src/leads) matching every given field. `not` of { testDriveBooked: true } is \"no test drive booked\". Only leads the caller may see count (a dealer: those assigned to it).",
})
export class LeadCondition {
  @Field(() => ID, { nullable: true, description: "For this vehicle model (VehicleModel id); any model when left out." })
  modelId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: a test drive was booked on it (it reached TEST_DRIVE_BOOKED); false: none was." })
  testDriveBooked?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Captured in the last this many days (1–3650)." })
  lastDays?: number | null;
}

/** The numeric traits a filter ranges over and a list sorts by (Customer.traits). */
export enum CustomerTrait {
  ORDER_COUNT = "ORDER_COUNT",
  LIFETIME_VALUE = "LIFETIME_VALUE",
  AVERAGE_ORDER_VALUE = "AVERAGE_ORDER_VALUE",
  DAYS_SINCE_LAST_ORDER = "DAYS_SINCE_LAST_ORDER",
  MEAN_DAYS_BETWEEN_ORDERS = "MEAN_DAYS_BETWEEN_ORDERS",
  DAYS_SINCE_LAST_SERVICE = "DAYS_SINCE_LAST_SERVICE",
  RETURN_COUNT = "RETURN_COUNT",
  COMPLAINT_COUNT = "COMPLAINT_COUNT",
  OPEN_COMPLAINT_COUNT = "OPEN_COMPLAINT_COUNT",
  LATEST_NPS = "LATEST_NPS",
  LATEST_CSAT = "LATEST_CSAT",
  RECENCY_SCORE = "RECENCY_SCORE",
  FREQUENCY_SCORE = "FREQUENCY_SCORE",
  MONETARY_SCORE = "MONETARY_SCORE",
  CHURN_RISK = "CHURN_RISK",
  VEHICLES_OWNED = "VEHICLES_OWNED",
}
registerEnumType(CustomerTrait, {
  name: "CustomerTrait",
  description: "A numeric trait of Customer.traits, as that field reads it.",
  valuesConfig: {
    ORDER_COUNT: { description: "orderCount: orders, cancelled ones left out." },
    LIFETIME_VALUE: { description: "lifetimeValue, in minor units." },
    AVERAGE_ORDER_VALUE: { description: "averageOrderValue, in minor units; none without orders." },
    DAYS_SINCE_LAST_ORDER: { description: "daysSinceLastOrder; none without orders." },
    MEAN_DAYS_BETWEEN_ORDERS: { description: "meanDaysBetweenOrders; none with fewer than two orders." },
    DAYS_SINCE_LAST_SERVICE: { description: "daysSinceLastService; none without a service visit." },
    RETURN_COUNT: { description: "returnCount." },
    COMPLAINT_COUNT: { description: "complaintCount." },
    OPEN_COMPLAINT_COUNT: { description: "openComplaintCount." },
    LATEST_NPS: { description: "latestNps, 0–10; none without a survey." },
    LATEST_CSAT: { description: "latestCsat, 1–5; none without a survey." },
    RECENCY_SCORE: { description: "recencyScore, 1–5; none without orders." },
    FREQUENCY_SCORE: { description: "frequencyScore, 1–5; none without orders." },
    MONETARY_SCORE: { description: "monetaryScore, 1–5; none without orders." },
    CHURN_RISK: { description: "churnRisk, 0–1; none without orders." },
    VEHICLES_OWNED: { description: "vehiclesOwned." },
  },
});

@InputType({ description: "A trait within bounds (inclusive); give min, max or both. A customer without a value for the trait (no orders for DAYS_SINCE_LAST_ORDER) does not match." })
export class TraitRange {
  @Field(() => CustomerTrait, { description: "Which trait." })
  trait!: CustomerTrait;

  @Field(() => Float, { nullable: true, description: "At least this." })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: "At most this." })
  max?: number | null;
}
