import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";

@InputType({ description: "Whom to erase." })
export class EraseCustomerInput {
  @Field(() => ID, { description: "The customer; a merged-away id erases the surviving profile (the same person)." })
  customerId!: string;
}

@ObjectType({ description: "The outcome of an erasure." })
export class EraseCustomerPayload {
  @Field(() => ID, { description: "The erased profile; it stays, nameless, so that orders and analytics remain true." })
  customerId!: string;

  @Field(() => DateTime, { description: "When the erasure was carried out." })
  erasedAt!: Date;

  @Field(() => Int, { description: "Profiles erased: the customer and the profiles merged into it." })
  profiles!: number;

  @Field(() => Int, { description: "Hashed emails, phones and source identities kept so that ingestion does not bring the person back." })
  suppressedIdentities!: number;
}
