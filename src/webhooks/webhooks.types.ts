import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../graphql/connection.js";
import { DateTime } from "../graphql/scalars.js";
import { OUTBOX_EVENT_TYPES, type OutboxEventType } from "../outbox/event-types.js";

/** customer.created ↔ CUSTOMER_CREATED: the API's enum names the outbox's dotted types. */
export const enumNameOf = (type: string): string => type.replace(".", "_").toUpperCase();
export const typeOfEnumName = (name: string): OutboxEventType => {
  const type = (Object.keys(OUTBOX_EVENT_TYPES) as OutboxEventType[]).find((t) => enumNameOf(t) === name);
  if (!type) throw new Error(`Unknown webhook event type ${name}`);
  return type;
};

export const WebhookEventType = Object.fromEntries(Object.keys(OUTBOX_EVENT_TYPES).map((type) => [enumNameOf(type), enumNameOf(type)])) as Record<string, string>;
export type WebhookEventType = string;
registerEnumType(WebhookEventType, {
  name: "WebhookEventType",
  description: "What an endpoint may subscribe to; the payload's `type` is the dotted lower-case form (CUSTOMER_CREATED is customer.created).",
  valuesConfig: Object.fromEntries(Object.entries(OUTBOX_EVENT_TYPES).map(([type, description]) => [enumNameOf(type), { description }])),
});

export const WebhookDeliveryStatus = { PENDING: "PENDING", DELIVERED: "DELIVERED", FAILED: "FAILED", SKIPPED: "SKIPPED" } as const;
export type WebhookDeliveryStatus = keyof typeof WebhookDeliveryStatus;
registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "Where a delivery stands.",
  valuesConfig: {
    PENDING: { description: "Not delivered yet: the next attempt is due at nextAttemptAt." },
    DELIVERED: { description: "The endpoint answered 2xx." },
    FAILED: { description: "Given up: WEBHOOK_MAX_ATTEMPTS failed attempts, or the endpoint was disabled. replayWebhookDelivery sends it again." },
    SKIPPED: { description: "Not sent on purpose: a notice the customer has not consented to on that channel, or an erased customer." },
  },
});

@ObjectType({ description: "A partner's HTTPS receiver of platform events, signed per the Standard Webhooks conventions." })
export class WebhookEndpoint {
  dbId!: string;

  @Field(() => ID, { description: "Global id of the endpoint." })
  id!: string;

  @Field(() => String, { description: "Where events are POSTed." })
  url!: string;

  @Field(() => String, { nullable: true, description: "What the endpoint is for, as its owner wrote it." })
  description!: string | null;

  @Field(() => [WebhookEventType], { description: "The event types it receives." })
  eventTypes!: string[];

  @Field(() => Boolean, { description: "False once disabled (by its owner, or by failures: at least WEBHOOK_DISABLE_AFTER consecutive failed attempts over at least WEBHOOK_DISABLE_AFTER_MINUTES); nothing is sent to it then." })
  enabled!: boolean;

  @Field(() => Int, { description: "Failed attempts since the last successful one." })
  consecutiveFailures!: number;

  @Field(() => DateTime, { nullable: true, description: "When its current run of failed attempts began; null after a successful one." })
  failingSince!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When it was disabled; null while enabled." })
  disabledAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was disabled (by its owner, or the failures that did it)." })
  disabledReason!: string | null;

  @Field(() => ID, { nullable: true, description: "The dealership that owns it (it receives only its own customers' events); null for the platform's own." })
  dealerId!: string | null;

  @Field(() => DateTime, { description: "When it was registered." })
  createdAt!: Date;
}

@ObjectType({ description: "One event sent (or to be sent) to one endpoint: the delivery log." })
export class WebhookDelivery {
  dbId!: string;

  @Field(() => ID, { description: "Global id of the delivery." })
  id!: string;

  @Field(() => String, { description: "The event's id: the webhook-id header, the same on every attempt and replay (receivers deduplicate by it)." })
  eventId!: string;

  @Field(() => WebhookEventType, { description: "The event's type." })
  eventType!: string;

  @Field(() => WebhookDeliveryStatus, { description: "Where it stands." })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: "Attempts made so far." })
  attempts!: number;

  @Field(() => DateTime, { nullable: true, description: "When the next attempt is due (PENDING only)." })
  nextAttemptAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When the last attempt was made." })
  lastAttemptAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When the endpoint accepted it." })
  deliveredAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last answer; null when there was none (timeout, refused connection)." })
  responseStatus!: number | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed, or why it was skipped." })
  lastError!: string | null;

  @Field(() => ID, { nullable: true, description: "The delivery this one replays; null for the first." })
  replayOf!: string | null;

  @Field(() => DateTime, { description: "When the delivery was created." })
  createdAt!: Date;
}

@ObjectType({ description: "A page of webhook endpoints." })
export class WebhookEndpointConnection extends Connection(WebhookEndpoint, "WebhookEndpoint") {}

@ObjectType({ description: "A page of deliveries, newest first." })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, "WebhookDelivery") {}

@InputType({ description: "A new webhook endpoint." })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: "An http(s) URL without credentials; https in production." })
  url!: string;

  @Field(() => [WebhookEventType], { description: "The event types to receive (at least one)." })
  eventTypes!: string[];

  @Field(() => String, { nullable: true, description: "What it is for (a note for its owner)." })
  description?: string | null;
}

@InputType({ description: "Changes to an endpoint; fields left out stay as they are." })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: "The endpoint." })
  endpointId!: string;

  @Field(() => String, { nullable: true, description: "A new URL." })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: "A new list of event types (at least one)." })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true, description: "A new note." })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Disable it, or enable it again (which clears its failure count)." })
  enabled?: boolean | null;
}

@InputType({ description: "The endpoint to delete." })
export class DeleteWebhookEndpointInput {
  @Field(() => ID, { description: "The endpoint; its delivery log goes with it." })
  endpointId!: string;
}

@InputType({ description: "The delivery to send again." })
export class ReplayWebhookDeliveryInput {
  @Field(() => ID, { description: "The delivery to replay (any status); the new one carries the same event id." })
  deliveryId!: string;
}

@ObjectType({ description: "The endpoint registered, with its signing secret." })
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: "The endpoint." })
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: "The signing secret (whsec_…): shown once, here; verify the webhook-signature header with it." })
  secret!: string;
}

@ObjectType({ description: "The endpoint changed." })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: "The endpoint as it is now." })
  endpoint!: WebhookEndpoint;
}

@ObjectType({ description: "The endpoint deleted." })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { description: "The id it had." })
  deletedId!: string;
}

@ObjectType({ description: "The new delivery of a replayed one." })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { description: "The new delivery, PENDING." })
  delivery!: WebhookDelivery;
}
