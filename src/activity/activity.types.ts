import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ActivityEventType, ActivityPlatform } from "../customers/activity.enums.js";
import { DateTime, JSONObject } from "../graphql/scalars.js";

@InputType({
  description:
    "One behavioural event. Signed-in customers' events land on their profile; a visitor who is not signed in gives the app's anonymousId, and their events join the profile when they register or sign in with it.",
})
export class TrackEventInput {
  @Field(() => ID, { description: "The app's own id for the event, a UUID: the same id sent again stores nothing (idempotent retries)." })
  id!: string;

  @Field(() => ActivityEventType, { description: "What happened; some types require a field (see ActivityEventType)." })
  type!: ActivityEventType;

  @Field(() => ActivityPlatform, { description: "Which app sent it." })
  platform!: ActivityPlatform;

  @Field(() => DateTime, { description: "When it happened on the device; not more than a minute in the future, nor older than the retention period." })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: "The app's anonymous visitor id (8–64 letters, digits, - and _). Required without a token; a signed-in customer may send it too." })
  anonymousId?: string | null;

  @Field(() => ID, { nullable: true, description: "Staff only: the customer the event is about. A customer may give their own id or leave it out." })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: "The product viewed or put in the cart (Product id)." })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: "The vehicle model viewed (VehicleModel id)." })
  modelId?: string | null;

  @Field(() => String, { nullable: true, description: "A CUSTOM event's name: 1–64 letters, digits, _, . and -." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "The page or screen (at most 2,000 characters)." })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "A SEARCH's terms (at most 200 characters)." })
  searchTerm?: string | null;

  @Field(() => JSONObject, { nullable: true, description: "Anything else the app wants to keep with the event: a JSON object of at most 4,096 bytes when serialised." })
  properties?: Record<string, unknown> | null;
}

@ObjectType({ description: "What trackEvents stored." })
export class TrackEventsPayload {
  @Field(() => Int, { description: "Events stored by this call." })
  accepted!: number;

  @Field(() => Int, { description: "Events whose id was stored already (retries): not stored again." })
  duplicates!: number;
}
