import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { RfmGroup } from "../customers/customers.types.js";
import { ConsentChannel } from "../customers/preferences.types.js";
import { COMMUNICATION_KINDS, type CommunicationKind } from "./communication-plan.js";

/** The GraphQL enum of the plan's kinds, made from the rule module's list. */
export const CommunicationKindEnum = Object.fromEntries(COMMUNICATION_KINDS.map((k) => [k, k])) as { [K in CommunicationKind]: K };
import { Money } from "../graphql/money.js";
import { DateTime } from "../graphql/scalars.js";
import { OrderChannel } from "../orders/orders.types.js";

@ObjectType({
  description:
    "What the customer's whole history says (all channels, dealers and sources), kept current in the transaction of every order, return, service visit, case, complaint and survey. Staff and the customer themself; null for other callers.",
})
export class CustomerTraits {
  customerDbId!: string;

  @Field(() => Int, { description: "Orders placed, cancelled ones left out." })
  orderCount!: number;

  @Field(() => Money, { description: "Sum of those orders' totals." })
  lifetimeValue!: Money;

  @Field(() => Money, { nullable: true, description: "Lifetime value per order, rounded to the minor unit; null without orders." })
  averageOrderValue!: Money | null;

  @Field(() => DateTime, { nullable: true, description: "The first counted order; null without orders." })
  firstOrderAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "The latest counted order; null without orders." })
  lastOrderAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "Whole days since the latest counted order; null without orders." })
  daysSinceLastOrder!: number | null;

  @Field(() => Float, { nullable: true, description: "Mean days between consecutive orders (first to last over the gaps); null with fewer than two orders." })
  meanDaysBetweenOrders!: number | null;

  @Field(() => OrderChannel, { nullable: true, description: "The channel of most of the counted orders (the latest used breaks ties); null without orders." })
  preferredChannel!: OrderChannel | null;

  @Field(() => DateTime, { nullable: true, description: "The latest service visit at any repair station; null without one." })
  lastServiceAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "Whole days since the latest service visit; null without one." })
  daysSinceLastService!: number | null;

  @Field(() => Int, { description: "Returns requested, rejected ones left out." })
  returnCount!: number;

  @Field(() => Int, { description: "Complaints: complaint cases, and complaints logged without a case." })
  complaintCount!: number;

  @Field(() => Int, { description: "Complaint cases open or in progress." })
  openComplaintCount!: number;

  @Field(() => Int, { nullable: true, description: "The latest survey's would-recommend score (0–10, the NPS question); null without one." })
  latestNps!: number | null;

  @Field(() => Int, { nullable: true, description: "The latest survey's overall satisfaction (1–5, CSAT); null without a survey." })
  latestCsat!: number | null;

  @Field(() => Int, { nullable: true, description: "Recency score 5 (most recent) to 1, by the days since the last order against the rules' recencyDays (by default at most 30 days scores 5, over a year 1); null without orders." })
  recencyScore!: number | null;

  @Field(() => Int, { nullable: true, description: "Frequency score 1 (one order) to 5, by the rules' frequencyOrders (by default 8 or more orders score 5); null without orders." })
  frequencyScore!: number | null;

  @Field(() => Int, { nullable: true, description: "Monetary score 1 to 5 of the lifetime value, by the rules' monetaryMinor (by default under 500.00 scores 1, 15,000.00 or more 5); null without orders." })
  monetaryScore!: number | null;

  @Field(() => RfmGroup, { nullable: true, description: "The named group of the recency and frequency scores; null without orders." })
  rfmGroup!: RfmGroup | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Churn risk 0–1 (two places): 0.6 × overdue against the customer's own mean interval (the rules' defaultPurchaseIntervalDays, 180 by default, with fewer than two orders; full at three intervals), + 0.25 with an open complaint or one in the rules' recentComplaintDays (90), + 0.15 × return rate (full at one return in two orders). Null without orders.",
  })
  churnRisk!: number | null;

  @Field(() => Int, { description: "Vehicles the customer owns now." })
  vehiclesOwned!: number;

  @Field(() => DateTime, { description: "When these facts were last recomputed." })
  refreshedAt!: Date;
}

registerEnumType(CommunicationKindEnum, {
  name: "CommunicationKind",
  description: "A kind of message the platform may send a customer (activation sends only what Customer.communicationPlan allows).",
  valuesConfig: {
    GREETING: { description: "Seasonal greetings and thanks." },
    BIRTHDAY: { description: "A birthday card." },
    RECOMMENDATION: { description: "What goes with what the customer bought." },
    OFFER: { description: "A promotion or discount." },
    REACTIVATION: { description: "A win-back message to a customer who stopped buying." },
    SERVICE_REMINDER: { description: "Maintenance due on the customer's vehicle (needs SERVICE consent)." },
    RECALL: { description: "A safety recall of the customer's vehicle: sent to every owner, consent or not." },
  },
});

@ObjectType({ description: "One kind of message in a customer's communication plan: whether it may be sent, on which channels, and why." })
export class PlannedCommunication {
  @Field(() => CommunicationKindEnum, { description: "The kind of message." })
  kind!: CommunicationKind;

  @Field(() => Boolean, { description: "Whether the tier, stage, profile and consents allow it." })
  allowed!: boolean;

  @Field(() => [ConsentChannel], { description: "The channels it may use (those with the needed consent granted); empty when not allowed." })
  channels!: ConsentChannel[];

  @Field(() => String, { description: "Why, in words: the tier's plan, a missing consent or birthday, no vehicle." })
  reason!: string;
}
