import { Field, ObjectType } from "type-graphql";
import { consentChannel, consentPurpose, consentStatus } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime } from "../graphql/scalars.js";

export const ConsentChannel = enumOf(consentChannel, {
  name: "ConsentChannel",
  description: "The channel a consent decision is about.",
  valuesConfig: {
    EMAIL: { description: "Email." },
    SMS: { description: "Text messages." },
    PHONE: { description: "Phone calls." },
    POST: { description: "Letters." },
    APP_PUSH: { description: "Push notifications of the mobile app." },
  },
});
export type ConsentChannel = EnumValue<typeof ConsentChannel>;

export const ConsentPurpose = enumOf(consentPurpose, {
  name: "ConsentPurpose",
  description: "What the customer may be contacted for, or what their data may be used for.",
  valuesConfig: {
    MARKETING: { description: "Campaigns and offers; outbound campaign interactions need it for their channel." },
    SERVICE: { description: "Service reminders and callbacks." },
    DEALER_SHARING: { description: "Sharing the profile with dealerships." },
    PROFILING: { description: "Using the purchase history for personal suggestions (Customer.recommendations); without it on some channel, only what is popular with everyone." },
  },
});
export type ConsentPurpose = EnumValue<typeof ConsentPurpose>;

export const ConsentStatus = enumOf(consentStatus, {
  name: "ConsentStatus",
  description: "A consent decision.",
  valuesConfig: {
    GRANTED: { description: "The customer agreed." },
    DENIED: { description: "The customer refused when asked." },
    REVOKED: { description: "The customer withdrew an earlier agreement." },
  },
});
export type ConsentStatus = EnumValue<typeof ConsentStatus>;

@ObjectType({ description: "A consent decision for one channel and purpose, when and where it was given." })
export class Consent {
  customerDbId!: string;

  @Field(() => ConsentChannel, { description: "The channel the decision is about." })
  channel!: ConsentChannel;

  @Field(() => ConsentPurpose, { description: "What the customer may be contacted for on that channel." })
  purpose!: ConsentPurpose;

  @Field(() => ConsentStatus, { description: "The decision: granted, denied or revoked." })
  status!: ConsentStatus;

  @Field(() => String, { description: "Where it was recorded: webshop, hotline, a dealer's code." })
  source!: string;

  @Field(() => DateTime, { description: "When the decision was recorded." })
  recordedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When a granted consent lapses; null: until revoked." })
  expiresAt!: Date | null;
}

@ObjectType({ description: "A preference or setting of the customer." })
export class Preference {
  customerDbId!: string;

  @Field(() => String, { description: "The setting: contactChannel, newsletter, language or timeZone." })
  key!: string;

  @Field(() => String, { description: "Its value, e.g. WECHAT, MONTHLY or a BCP-47 tag such as en-GB." })
  value!: string;
}
