import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CommunicationKindEnum } from "../analytics/traits.types.js";
import type { CommunicationKind } from "../analytics/communication-plan.js";
import { Customer } from "../customers/customers.types.js";
import { LoyaltyTier } from "../customers/customers.types.js";
import { Connection } from "../graphql/connection.js";
import { DateTime } from "../graphql/scalars.js";
import { MESSAGE_CHANNELS, SKIP_REASONS, type MessageChannel, type SkipReason } from "./send.rules.js";

export const MessageChannelEnum = Object.fromEntries(MESSAGE_CHANNELS.map((c) => [c, c])) as { [K in MessageChannel]: K };
registerEnumType(MessageChannelEnum, {
  name: "MessageChannel",
  description: "How a campaign's message reaches the customer; a gateway behind a webhook endpoint (message.requested) sends it.",
  valuesConfig: {
    EMAIL: { description: "Email (the body is HTML: profile values are HTML-escaped). Consent channel EMAIL." },
    SMS: { description: "Text message. Consent channel SMS." },
    APP_PUSH: { description: "Push notification of the mobile app. Consent channel APP_PUSH." },
    MAIL: { description: "A printed letter. Consent channel POST; quiet hours do not apply." },
  },
});

export const CampaignSkipReasonEnum = Object.fromEntries(SKIP_REASONS.map((r) => [r, r])) as { [K in SkipReason]: K };
registerEnumType(CampaignSkipReasonEnum, {
  name: "CampaignSkipReason",
  description: "Why a campaign's message was not sent to a customer (recorded on their timeline).",
  valuesConfig: {
    ERASED: { description: "The customer was erased." },
    NO_CONSENT: { description: "The latest consent for the channel and purpose does not allow it (marketing needs GRANTED; service messages go unless DENIED or REVOKED; recalls need none)." },
    NOT_IN_PLAN: { description: "The communication plan of the customer's tier does not include the kind (or: owns no vehicle, has no birthday)." },
    FREQUENCY_CAP: { description: "The customer has had CAMPAIGN_FREQUENCY_CAP marketing messages already." },
    MISSING_FIELD: { description: "The template names a profile field the customer lacks, without a fallback." },
  },
});

export const CampaignStatus = { DRAFT: "DRAFT", SENDING: "SENDING", SENT: "SENT", ACTIVE: "ACTIVE" } as const;
export type CampaignStatus = keyof typeof CampaignStatus;
registerEnumType(CampaignStatus, {
  name: "CampaignStatus",
  description: "Where a campaign stands.",
  valuesConfig: {
    DRAFT: { description: "Created, not sent: previewCampaign shows what sending would do." },
    SENDING: { description: "Sent: its messages are being decided and handed to the gateway (some may wait for quiet hours to end)." },
    SENT: { description: "Every message was sent or skipped." },
    ACTIVE: { description: "A birthday campaign: sent every day to that day's birthdays, on the queue's daily schedule." },
  },
});

@InputType({ description: "Who a campaign goes to: exactly one of the fields (currentOwnersOnly goes with vehicleModelId)." })
export class CampaignAudienceInput {
  @Field(() => ID, { nullable: true, description: "The members of a segment you may see." })
  segmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Every customer who bought the product (distinct customers; cancelled orders and lines returned in full do not count; a dealer: in its own orders)." })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: "Every customer who owned a vehicle of the model (a dealer: vehicles it sold or serviced)." })
  vehicleModelId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "With vehicleModelId: only those who own one now (a recall, a service campaign). Default false: every past owner." })
  currentOwnersOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "True: customers whose birthday is today in their time zone (preference timeZone, else TIME_ZONE); the campaign is then sent every day." })
  birthdayToday?: boolean | null;

  @Field(() => LoyaltyTier, { nullable: true, description: "Every customer of the tier." })
  tier?: LoyaltyTier | null;
}

@InputType({ description: "A campaign: audience, kind, channel and template." })
export class CampaignInput {
  @Field(() => String, { description: "What the campaign is called on timelines and lists, 1–120 characters." })
  name!: string;

  @Field(() => CommunicationKindEnum, { description: "The communication plan's kind: it decides the consent purpose (MARKETING; SERVICE for SERVICE_REMINDER; none for RECALL) and which tiers may get it." })
  kind!: CommunicationKind;

  @Field(() => MessageChannelEnum, { description: "The channel." })
  channel!: MessageChannel;

  @Field(() => CampaignAudienceInput, { description: "Who it goes to." })
  audience!: CampaignAudienceInput;

  @Field(() => String, { nullable: true, description: "The subject (email, app push title, letter heading); a template like body, up to 200 characters." })
  subject?: string | null;

  @Field(() => String, {
    description:
      "The message, with profile fields as {{ givenName }} or {{ givenName | fallback }} (givenName, familyName, displayName, organisationName, tier); \\{{ is a literal {{. An unknown field is BAD_USER_INPUT naming input.body. 1–5,000 characters.",
  })
  body!: string;
}

@InputType({ description: "A campaign to send." })
export class SendCampaignInput {
  @Field(() => ID, { description: "The campaign (a DRAFT)." })
  campaignId!: string;
}

@ObjectType({ description: "How a campaign's messages stand." })
export class CampaignCounts {
  @Field(() => Int, { description: "Not decided yet." })
  pending!: number;

  @Field(() => Int, { description: "Waiting for the customer's quiet hours to end." })
  deferred!: number;

  @Field(() => Int, { description: "Handed to the gateway." })
  sent!: number;

  @Field(() => Int, { description: "Not sent, for a reason recorded on the customer's timeline." })
  skipped!: number;
}

@ObjectType({ description: "A message to an audience, sent through the gateway's webhook (message.requested) under each customer's consent and communication plan." })
export class Campaign {
  dbId!: string;

  @Field(() => ID, { description: "Global id of the campaign." })
  id!: string;

  @Field(() => String, { description: "Its name." })
  name!: string;

  @Field(() => CommunicationKindEnum, { description: "The communication plan's kind." })
  kind!: CommunicationKind;

  @Field(() => MessageChannelEnum, { description: "The channel." })
  channel!: MessageChannel;

  @Field(() => String, { description: "Who it goes to, in words (e.g. 'past buyers of product …', 'birthdays today')." })
  audience!: string;

  @Field(() => String, { nullable: true, description: "The subject template." })
  subject!: string | null;

  @Field(() => String, { description: "The body template." })
  body!: string;

  @Field(() => CampaignStatus, { description: "Where it stands." })
  status!: CampaignStatus;

  @Field(() => ID, { nullable: true, description: "The dealership that owns it (it reaches only its own customers); null for staff's." })
  dealerId!: string | null;

  @Field(() => DateTime, { description: "When it was created." })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When it was sent (a birthday campaign: activated)." })
  sentAt!: Date | null;

  @Field(() => CampaignCounts, { description: "Its messages so far." })
  counts!: CampaignCounts;
}

@ObjectType({ description: "A page of campaigns." })
export class CampaignConnection extends Connection(Campaign, "Campaign") {}

@ObjectType({ description: "The result of createCampaign or sendCampaign." })
export class CampaignPayload {
  @Field(() => Campaign, { description: "The campaign." })
  campaign!: Campaign;
}

@ObjectType({ description: "How many customers are left after one of the send-time checks, in the order they run." })
export class CampaignFunnelStep {
  @Field(() => String, { description: "AUDIENCE, then CONSENT, PLAN, FREQUENCY_CAP, TEMPLATE (skip reasons NO_CONSENT, NOT_IN_PLAN, FREQUENCY_CAP, MISSING_FIELD)." })
  step!: string;

  @Field(() => Int, { description: "Customers left after it." })
  remaining!: number;
}

@ObjectType({ description: "One customer's message as it would be sent now." })
export class CampaignSample {
  @Field(() => Customer, { description: "The customer." })
  customer!: Customer;

  @Field(() => String, { nullable: true, description: "The rendered subject." })
  subject!: string | null;

  @Field(() => String, { description: "The rendered body." })
  body!: string;
}

@ObjectType({ description: "What sending a campaign now would do: the count after every check, and a sample." })
export class CampaignPreview {
  @Field(() => [CampaignFunnelStep], { description: "The audience, then what remains after each check." })
  funnel!: CampaignFunnelStep[];

  @Field(() => Int, { description: "Customers who would get the message now or once their quiet hours end." })
  willSend!: number;

  @Field(() => Int, { description: "Of those, how many are in their quiet hours now (sent when they end)." })
  deferred!: number;

  @Field(() => [CampaignSample], { description: "The first few messages (at most 5)." })
  sample!: CampaignSample[];
}
