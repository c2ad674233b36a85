import { Field, ObjectType } from "type-graphql";
import { consentChannel, consentPurpose, consentStatus } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime } from "../graphql/scalars.js";

export const ConsentChannel = enumOf(consentChannel, { name: "ConsentChannel" });
export type ConsentChannel = EnumValue<typeof ConsentChannel>;

export const ConsentPurpose = enumOf(consentPurpose, { name: "ConsentPurpose" });
export type ConsentPurpose = EnumValue<typeof ConsentPurpose>;

export const ConsentStatus = enumOf(consentStatus, { name: "ConsentStatus" });
export type ConsentStatus = EnumValue<typeof ConsentStatus>;

@ObjectType({ description: "A consent decision for one channel and purpose, when and where it was given." })
export class Consent {
  customerDbId!: string;

  @Field(() => ConsentChannel)
  channel!: ConsentChannel;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  @Field(() => String, { description: "Where it was recorded: webshop, hotline, a dealer's code." })
  source!: string;

  @Field(() => DateTime)
  recordedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  expiresAt!: Date | null;
}

@ObjectType({ description: "A preference or setting of the customer." })
export class Preference {
  customerDbId!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}
