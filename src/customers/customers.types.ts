import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { addressKind, customerKind, lifecycleStage, loyaltyTier, phoneKind } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { Connection } from "../graphql/connection.js";
import { Node } from "../graphql/node.js";
import { DateTime, LocalDate } from "../graphql/scalars.js";
import { SortDirection } from "../graphql/sort.js";

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
    LAPSED: { description: "No order for a year; stays LAPSED when a vehicle is sold to them." },
  },
});
export type LifecycleStage = EnumValue<typeof LifecycleStage>;

export const LoyaltyTier = enumOf(loyaltyTier, {
  name: "LoyaltyTier",
  description: "Loyalty segment from purchase frequency and value.",
  valuesConfig: {
    VERY_LOYAL: { description: "Six or more orders." },
    REGULAR: { description: "Three to five orders." },
    OCCASIONAL: { description: "One or two orders." },
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

  @Field(() => ID, { nullable: true, description: "Customers of this dealership." })
  dealerId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Members of any of these segments (their stored memberships). Staff may name any segment, a dealer its own; a segment the caller may not see, or that does not exist, selects no one. Not allowed inside a segment's rule.",
  })
  segmentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: with an open or in-progress case; false: without." })
  hasOpenCase?: boolean | null;

  @Field(() => DateTime, { nullable: true, description: "Whose latest order was placed at or after this instant." })
  lastOrderAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Whose latest order was placed before this instant (lapsing customers)." })
  lastOrderBefore?: Date | null;

  @Field(() => [RfmGroup], { nullable: true, description: "In any of these RFM groups (Customer.traits). Traits are staff's and the customer's own: a dealer's list filtered by a trait is empty." })
  rfmGroups?: RfmGroup[] | null;

  @Field(() => Float, { nullable: true, description: "Churn risk (Customer.traits.churnRisk) at least this, 0–1." })
  churnRiskAtLeast?: number | null;

  @Field(() => Int, { nullable: true, description: "At least this many orders, cancelled ones left out (Customer.traits.orderCount)." })
  ordersAtLeast?: number | null;

  @Field(() => Int, { nullable: true, description: "Lifetime value at least this, in minor units (Customer.traits.lifetimeValue)." })
  lifetimeValueAtLeast?: number | null;

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
}
registerEnumType(CustomerOrderField, {
  name: "CustomerOrderField",
  description: "What customers are sorted by.",
  valuesConfig: {
    CREATED_AT: { description: "When the profile was created." },
    DISPLAY_NAME: { description: "The name shown for the customer, alphabetically." },
  },
});

@InputType({ description: "How to sort customers." })
export class CustomerOrder {
  @Field(() => CustomerOrderField)
  field!: CustomerOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
