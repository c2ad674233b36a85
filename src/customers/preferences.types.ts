import { Field, ObjectType, registerEnumType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";

export enum ConsentChannel {
  EMAIL = "EMAIL",
  SMS = "SMS",
  PHONE = "PHONE",
  POST = "POST",
}
registerEnumType(ConsentChannel, { name: "ConsentChannel" });

export enum ConsentPurpose {
  MARKETING = "MARKETING",
  SERVICE = "SERVICE",
  DEALER_SHARING = "DEALER_SHARING",
}
registerEnumType(ConsentPurpose, { name: "ConsentPurpose" });

export enum ConsentStatus {
  GRANTED = "GRANTED",
  DENIED = "DENIED",
  REVOKED = "REVOKED",
}
registerEnumType(ConsentStatus, { name: "ConsentStatus" });

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
