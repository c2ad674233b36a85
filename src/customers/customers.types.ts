import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { addressKind, customerKind, lifecycleStage, loyaltyTier, phoneKind } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { Connection } from "../graphql/connection.js";
import { Node } from "../graphql/node.js";
import { DateTime, LocalDate } from "../graphql/scalars.js";
import { SortDirection } from "../graphql/sort.js";
import { OrderChannel } from "./engagement.enums.js";
import { ActivityCondition, CaseCondition, ConsentCondition, DealerRelationshipBasis, InteractionCondition, LeadCondition, PurchaseCondition, TraitRange, VehicleCondition } from "./filter-conditions.inputs.js";

export const CustomerKind = enumOf(customerKind, {
  name: "CustomerKind",
  description: "A person, or an organisation of one of three kinds.",
  valuesConfig: {
    PRIVATE: { description: "A private person." },
    BUSINESS: { description: "A company." },
    FLEET: { description: "A company running a fleet of vehicles." },
    GOVERNMENT: { description: "A public authority." },
  },
});
export type CustomerKind = EnumValue<typeof CustomerKind>;

export const LifecycleStage = enumOf(lifecycleStage, {
  name: "LifecycleStage",
  description: "Where the customer stands in the relationship.",
  valuesConfig: {
    PROSPECT: { description: "Known, no purchase or enquiry yet." },
    LEAD: { description: "Has shown interest (an enquiry, a test drive)." },
    CUSTOMER: { description: "Has bought goods or service." },
    OWNER: { description: "Owns a vehicle bought through the platform's dealers; a vehicle sale makes a PROSPECT, LEAD or CUSTOMER an OWNER." },
    LAPSED: { description: "An owner or customer with no order, vehicle bought or service visit for the trait rules' lapseDays (a year by default); the next one ends it." },
  },
});
export type LifecycleStage = EnumValue<typeof LifecycleStage>;

export const LoyaltyTier = enumOf(loyaltyTier, {
  name: "LoyaltyTier",
  description: "Loyalty tier from the number of orders (cancelled ones left out), by the thresholds of traitRules.",
  valuesConfig: {
    VERY_LOYAL: { description: "At least the trait rules' veryLoyalOrders orders (six by default)." },
    REGULAR: { description: "At least regularOrders orders (three by default), fewer than veryLoyalOrders." },
    OCCASIONAL: { description: "At least occasionalOrders orders (one by default), fewer than regularOrders." },
  },
});
export type LoyaltyTier = EnumValue<typeof LoyaltyTier>;

export const PhoneKind = enumOf(phoneKind, {
  name: "PhoneKind",
  description: "What a phone number is for.",
  valuesConfig: {
    MOBILE: { description: "Mobile phone." },
    HOME: { description: "Landline at home." },
    WORK: { description: "Work number." },
  },
});
export type PhoneKind = EnumValue<typeof PhoneKind>;

export const AddressKind = enumOf(addressKind, {
  name: "AddressKind",
  description: "What a postal address is for.",
  valuesConfig: {
    HOME: { description: "Where the customer lives." },
    WORK: { description: "Where the customer works." },
    DELIVERY: { description: "An address used for deliveries only." },
    BILLING: { description: "Where invoices go." },
  },
});
export type AddressKind = EnumValue<typeof AddressKind>;

@ObjectType({ description: "An email address of a customer." })
export class CustomerEmail {
  customerDbId!: string;

  @Field(() => String, { description: "The address as entered, trimmed; compared lower-cased. Personal data: reads by staff and dealers are audited." })
  address!: string;

  @Field(() => Boolean, { description: "The one address the customer is written to by default." })
  isPrimary!: boolean;

  @Field(() => Boolean, { description: "Whether the customer has confirmed that the address reaches them." })
  verified!: boolean;
}

@ObjectType({ description: "A phone number of a customer, in E.164." })
export class CustomerPhone {
  customerDbId!: string;

  @Field(() => String, { description: "E.164, e.g. +8613812345678." })
  e164!: string;

  @Field(() => PhoneKind, { description: "Mobile, home or work number." })
  kind!: PhoneKind;

  @Field(() => Boolean, { description: "The one number the customer is called on by default." })
  isPrimary!: boolean;
}

@ObjectType({ description: "A postal address of a customer." })
export class Address {
  customerDbId!: string;

  @Field(() => ID, { description: "The address's own id, for editing it." })
  id!: string;

  @Field(() => AddressKind, { description: "What the address is for: home, work, delivery or billing." })
  kind!: AddressKind;

  @Field(() => String, { description: "Street and number. Personal data: reads by staff and dealers are audited." })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Building, floor or flat, if any." })
  line2!: string | null;

  @Field(() => String, { description: "City or town of the address." })
  city!: string;

  @Field(() => String, { description: "Province (or municipality such as Shanghai); the supplier report's REGION." })
  province!: string;

  @Field(() => String, { nullable: true, description: "Postal code (six digits in China)." })
  postcode!: string | null;

  @Field(() => String, { description: "ISO-3166 country code." })
  country!: string;

  @Field(() => Float, { nullable: true, description: "Latitude in degrees (WGS 84), when geocoded." })
  lat!: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude in degrees (WGS 84), when geocoded." })
  lng!: number | null;

  @Field(() => Boolean, { description: "The one address deliveries go to by default." })
  isDefaultDelivery!: boolean;
}

@ObjectType({ implements: Node, description: "One lifelong customer profile: a person or an organisation." })
export class Customer extends Node {
  dbId!: string;
  preferredDealerDbId!: string | null;

  @Field(() => CustomerKind, { description: "A private person, or a business, fleet or government organisation." })
  kind!: CustomerKind;

  @Field(() => LifecycleStage, { description: "Lifecycle stage: prospect, lead, customer, owner or lapsed." })
  stage!: LifecycleStage;

  @Field(() => LoyaltyTier, { nullable: true, description: "Null until the customer has bought something." })
  tier!: LoyaltyTier | null;

  @Field(() => String, { description: "Name to show: the person's full name or the organisation's name." })
  displayName!: string;

  @Field(() => String, { nullable: true, description: "Given name of a person (golden record: derived from the linked source records by survivorship, or set by the customer)." })
  givenName!: string | null;

  @Field(() => String, { nullable: true, description: "Family name of a person (golden record, as givenName)." })
  familyName!: string | null;

  @Field(() => String, { nullable: true, description: "For business, fleet and government customers." })
  organisationName!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Date of birth. Personal data: reads by staff and dealers are audited; never in supplier reports." })
  birthday!: string | null;

  @Field(() => String, { description: "BCP-47 language tag." })
  preferredLanguage!: string;

  @Field(() => DateTime, { description: "When the profile was created." })
  createdAt!: Date;

  @Field(() => DateTime, { description: "When the profile's own fields last changed." })
  updatedAt!: Date;
}

export const CustomerConnection = Connection(Customer, "Customer");

export enum RfmGroup {
  CHAMPIONS = "CHAMPIONS",
  LOYAL = "LOYAL",
  NEW = "NEW",
  PROMISING = "PROMISING",
  NEEDS_ATTENTION = "NEEDS_ATTENTION",
  AT_RISK = "AT_RISK",
  CANNOT_LOSE = "CANNOT_LOSE",
  HIBERNATING = "HIBERNATING",
}
registerEnumType(RfmGroup, {
  name: "RfmGroup",
  description: "A customer's place on the recency × frequency grid (scores 1–5 each).",
  valuesConfig: {
    CHAMPIONS: { description: "Recency 4–5 and frequency 4–5: bought recently and often." },
    LOYAL: { description: "Recency 3–5 and frequency 3–5, not champions." },
    NEW: { description: "Recency 4–5, one order." },
    PROMISING: { description: "Recency 3–5, frequency 1–2, not new." },
    NEEDS_ATTENTION: { description: "Recency 2, frequency 1–2." },
    AT_RISK: { description: "Recency 2, frequency 3–5: a good customer fading." },
    CANNOT_LOSE: { description: "Recency 1, frequency 3–5: a good customer gone quiet." },
    HIBERNATING: { description: "Recency 1, frequency 1–2." },
  },
});

@InputType({ description: "Filters for customers; all given conditions must hold." })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: "Free text: part of the name or email, a phone number, a VIN or a source system's id." })
  search?: string | null;

  @Field(() => CustomerKind, { nullable: true })
  kind?: CustomerKind | null;

  @Field(() => LifecycleStage, { nullable: true })
  stage?: LifecycleStage | null;

  @Field(() => LoyaltyTier, { nullable: true })
  tier?: LoyaltyTier | null;

  @Field(() => String, { nullable: true, description: "City of any of the customer's addresses." })
  city?: string | null;

  @Field(() => ID, { nullable: true, description: "Customers of this dealership (staff: any; a dealer: only its own, another's finds no one)." })
  dealerId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Members of any of these segments (their stored memberships). Staff may name any segment, a dealer its own; a segment the caller may not see, or that does not exist, selects no one. Not allowed inside a segment's rule.",
  })
  segmentIds?: string[] | null;

  @Field(() => [DealerRelationshipBasis], { nullable: true, description: "With dealerId: related to that dealership on any of these grounds (bought a vehicle there, serviced there...)." })
  dealerBases?: DealerRelationshipBasis[] | null;

  @Field(() => ConsentCondition, { nullable: true, description: "With a consent in force, granted, for a channel and/or purpose." })
  consent?: ConsentCondition | null;

  @Field(() => VehicleCondition, { nullable: true, description: "Owning now a vehicle of a model, make or age." })
  vehicle?: VehicleCondition | null;

  @Field(() => PurchaseCondition, { nullable: true, description: "Having bought a product, brand or category (subcategories included) within a period." })
  purchased?: PurchaseCondition | null;

  @Field(() => InteractionCondition, { nullable: true, description: "With at least N interactions of given types and channels within a period." })
  interactions?: InteractionCondition | null;

  @Field(() => CaseCondition, { nullable: true, description: "With at least N cases of given kinds and statuses opened within a period." })
  cases?: CaseCondition | null;

  @Field(() => ActivityCondition, { nullable: true, description: "With at least N behavioural events (trackEvents) of given types about a product or model within a period." })
  activity?: ActivityCondition | null;

  @Field(() => LeadCondition, { nullable: true, description: "With a lead for a model, with or without a test drive booked." })
  leads?: LeadCondition | null;

  @Field(() => Boolean, { nullable: true, description: "true: with an open or in-progress case; false: without (cases the caller may see: a dealer, those against it)." })
  hasOpenCase?: boolean | null;

  @Field(() => DateTime, { nullable: true, description: "Whose latest order was placed at or after this instant (among the orders the caller may see: a dealer, its own)." })
  lastOrderAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Whose latest order was placed before this instant (lapsing customers; among the orders the caller may see)." })
  lastOrderBefore?: Date | null;

  @Field(() => [RfmGroup], { nullable: true, description: "In any of these RFM groups (Customer.traits). Traits are staff's and the customer's own: a dealer's list filtered by a trait is empty." })
  rfmGroups?: RfmGroup[] | null;

  @Field(() => Float, { nullable: true, description: "Churn risk (Customer.traits.churnRisk) at least this, 0–1." })
  churnRiskAtLeast?: number | null;

  @Field(() => Int, { nullable: true, description: "At least this many orders, cancelled ones left out (Customer.traits.orderCount)." })
  ordersAtLeast?: number | null;

  @Field(() => Int, { nullable: true, description: "Lifetime value at least this, in minor units (Customer.traits.lifetimeValue)." })
  lifetimeValueAtLeast?: number | null;

  @Field(() => [OrderChannel], { nullable: true, description: "Whose preferred order channel (Customer.traits.preferredChannel) is any of these (traits: staff and the customer themself)." })
  preferredChannels?: OrderChannel[] | null;

  @Field(() => [TraitRange], { nullable: true, description: "Every one of these traits within its bounds (Customer.traits; staff and the customer themself: a dealer's list filtered by a trait is empty)." })
  traits?: TraitRange[] | null;

  @Field(() => DateTime, { nullable: true, description: "Profiles created at or after this instant." })
  createdAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Profiles created before this instant." })
  createdBefore?: Date | null;
}

@InputType({ description: "A rule selecting customers (a segment): exactly one of all, any, not or where, nested at most 6 deep with at most 30 filters." })
export class CustomerRule {
  @Field(() => [CustomerRule], { nullable: true, description: "Every one of these rules holds." })
  all?: CustomerRule[] | null;

  @Field(() => [CustomerRule], { nullable: true, description: "At least one of these rules holds." })
  any?: CustomerRule[] | null;

  @Field(() => CustomerRule, { nullable: true, description: "This rule does not hold." })
  not?: CustomerRule | null;

  @Field(() => CustomerFilter, { nullable: true, description: "A customer filter, read as customers(filter:) reads it: all its fields hold." })
  where?: CustomerFilter | null;
}

export enum CustomerOrderField {
  CREATED_AT = "CREATED_AT",
  DISPLAY_NAME = "DISPLAY_NAME",
  LIFETIME_VALUE = "LIFETIME_VALUE",
  ORDER_COUNT = "ORDER_COUNT",
  AVERAGE_ORDER_VALUE = "AVERAGE_ORDER_VALUE",
  LAST_ORDER_AT = "LAST_ORDER_AT",
  DAYS_SINCE_LAST_ORDER = "DAYS_SINCE_LAST_ORDER",
  CHURN_RISK = "CHURN_RISK",
  RFM_SCORE = "RFM_SCORE",
}
registerEnumType(CustomerOrderField, {
  name: "CustomerOrderField",
  description: "What customers are sorted by.",
  valuesConfig: {
    CREATED_AT: { description: "When the profile was created." },
    DISPLAY_NAME: { description: "The name shown for the customer, alphabetically." },
    LIFETIME_VALUE: { description: "Customer.traits.lifetimeValue. Trait orderings: staff and the customer themself (a dealer: FORBIDDEN); customers without a value come last in either direction." },
    ORDER_COUNT: { description: "Customer.traits.orderCount." },
    AVERAGE_ORDER_VALUE: { description: "Customer.traits.averageOrderValue; customers without orders last." },
    LAST_ORDER_AT: { description: "Customer.traits.lastOrderAt; customers without orders last." },
    DAYS_SINCE_LAST_ORDER: { description: "Customer.traits.daysSinceLastOrder (within a day, by the instant of the last order); customers without orders last." },
    CHURN_RISK: { description: "Customer.traits.churnRisk; customers without orders last." },
    RFM_SCORE: { description: "The RFM cell as one number, recency × 100 + frequency × 10 + monetary (555 is best); customers without orders last." },
  },
});

@InputType({ description: "How to sort customers." })
export class CustomerOrder {
  @Field(() => CustomerOrderField, { description: "What to sort by; ties are broken by the profile id, in the same direction." })
  field!: CustomerOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending or descending." })
  direction!: SortDirection;
}
