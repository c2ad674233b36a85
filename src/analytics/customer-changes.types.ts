import { Field, ID, Int, ObjectType } from "type-graphql";
import { customerChangeKind } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime } from "../graphql/scalars.js";

export const CustomerChangeKind = enumOf(customerChangeKind, {
  name: "CustomerChangeKind",
  description: "What about a profile changed.",
  valuesConfig: {
    PROFILE: { description: "The profile itself (name, stage, tier, kind, a merge), its emails, phones, addresses, consents, preferences or tags." },
    TRAITS: { description: "A fact of Customer.traits (orders, value, complaints, surveys...): staff and the customer themself hear of it." },
    SEGMENT: { description: "The customer entered or left a segment (segmentId); heard by whoever may see that segment." },
  },
});
export type CustomerChangeKind = EnumValue<typeof CustomerChangeKind>;

@ObjectType({ description: "One committed change of a customer profile, in the customer's order (seq)." })
export class CustomerChange {
  customerDbId!: string;

  @Field(() => ID, { description: "The customer (Customer id)." })
  customerId!: string;

  @Field(() => Int, { description: "This change's number among the customer's changes: pass the last one you have as `after` to resume without a gap." })
  seq!: number;

  @Field(() => CustomerChangeKind, { description: "What changed; read the profile (customer) for the new state." })
  kind!: CustomerChangeKind;

  @Field(() => ID, { nullable: true, description: "For SEGMENT: the segment entered or left (Segment id)." })
  segmentId!: string | null;

  @Field(() => DateTime, { description: "When the change was written (its transaction's clock)." })
  at!: Date;
}
