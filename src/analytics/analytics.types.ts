import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../graphql/connection.js";
import { Money } from "../graphql/money.js";
import { DateTime } from "../graphql/scalars.js";

@ObjectType({ description: "Basic measures of a customer, over the orders and cases you may see." })
export class CustomerMeasures {
  @Field(() => Int, { description: "Orders placed, not counting cancelled ones." })
  orderCount!: number;

  @Field(() => Money, { description: "Sum of those orders' totals." })
  lifetimeValue!: Money;

  @Field(() => Money, { nullable: true, description: "Null without orders." })
  averageOrderValue!: Money | null;

  @Field(() => DateTime, { nullable: true, description: "When the first order counted here was placed; null without orders." })
  firstOrderAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When the latest order counted here was placed; null without orders." })
  lastOrderAt!: Date | null;

  @Field(() => Int, { description: "Cases open or in progress." })
  openCases!: number;
}

export enum TimelineKind {
  ORDER_PLACED = "ORDER_PLACED",
  SHIPMENT_EVENT = "SHIPMENT_EVENT",
  SERVICE_VISIT = "SERVICE_VISIT",
  INTERACTION = "INTERACTION",
  CASE_OPENED = "CASE_OPENED",
  REVIEW = "REVIEW",
  SURVEY = "SURVEY",
  PROFILE_MERGED = "PROFILE_MERGED",
  PROFILE_UNMERGED = "PROFILE_UNMERGED",
  SOURCE_RECORD_MOVED = "SOURCE_RECORD_MOVED",
  SEGMENT_ENTERED = "SEGMENT_ENTERED",
  SEGMENT_LEFT = "SEGMENT_LEFT",
}
registerEnumType(TimelineKind, {
  name: "TimelineKind",
  description: "What a timeline entry is about.",
  valuesConfig: {
    ORDER_PLACED: { description: "An order was placed." },
    SHIPMENT_EVENT: { description: "A parcel of an order got a tracking event." },
    SERVICE_VISIT: { description: "A workshop visit (service record)." },
    INTERACTION: { description: "A touch point: call, email, chat, visit, notice." },
    CASE_OPENED: { description: "A case was opened." },
    REVIEW: { description: "The customer reviewed a product." },
    SURVEY: { description: "The customer answered a satisfaction survey." },
    PROFILE_MERGED: { description: "Another profile was merged into this one (or this one into another)." },
    PROFILE_UNMERGED: { description: "A merge was undone." },
    SOURCE_RECORD_MOVED: { description: "An administrator detached a source record from this profile, or attached one to it (refId: the other profile)." },
    SEGMENT_ENTERED: { description: "The customer entered a segment (refId: the Segment). Shown to who may see the segment: staff, or the dealer that owns it." },
    SEGMENT_LEFT: { description: "The customer left a segment (refId: the Segment). Shown to who may see the segment: staff, or the dealer that owns it." },
  },
});

@ObjectType({ description: "One moment in the customer's history." })
export class TimelineEntry {
  @Field(() => TimelineKind, { description: "What happened: decides which object refId points at." })
  kind!: TimelineKind;

  @Field(() => DateTime, { description: "When it happened; the timeline is sorted by it, newest first." })
  occurredAt!: Date;

  @Field(() => String, { description: "A one-line summary, e.g. the order number or the interaction's subject." })
  title!: string;

  @Field(() => ID, { description: "Global id of the object behind the entry (Order, TrackingEvent, ServiceRecord, ...)." })
  refId!: string;
}

export const TimelineConnection = Connection(TimelineEntry, "Timeline");

@InputType({ description: "Which timeline entries to show." })
export class TimelineFilter {
  @Field(() => [TimelineKind], { nullable: true })
  kinds?: TimelineKind[] | null;

  @Field(() => DateTime, { nullable: true, description: "At or after." })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Before." })
  to?: Date | null;
}
