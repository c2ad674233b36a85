import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Customer, CustomerRule } from "../customers/customers.types.js";
import { DateTime, JSONObject } from "../graphql/scalars.js";

@ObjectType({
  description:
    "A named group of customers treated alike, selected by a rule. Its members are stored and kept current in the transaction of every write the rule reads (an order, a case, a merge...); what changes with time alone (LAPSED, days since...) is caught by the daily full refresh. Staff's segments select among all customers, a dealer's among its own.",
})
export class Segment {
  dbId!: string;
  /** The owning dealership; null for staff's segments. */
  ownerDealerId!: string | null;

  @Field(() => ID, { description: "The segment's global id." })
  id!: string;

  @Field(() => String, { description: "A short unique code (lower case, digits and dashes), e.g. win-back." })
  code!: string;

  @Field(() => String, { description: "The name shown to staff." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the segment is for." })
  description!: string | null;

  @Field(() => JSONObject, { nullable: true, description: "The rule, as given to createSegment or updateSegment (a CustomerRule). Null for suppliers, who see sizes only." })
  rule!: Record<string, unknown> | null;

  @Field(() => DateTime, { description: "When the segment was created." })
  createdAt!: Date;

  @Field(() => DateTime, { description: "When it was last changed." })
  updatedAt!: Date;
}

@ObjectType({ description: "What a rule selects now, before it is saved as a segment." })
export class SegmentPreview {
  @Field(() => Int, { description: "How many customers the rule selects." })
  size!: number;

  @Field(() => [Customer], { description: "The newest few of them (at most 10)." })
  sample!: Customer[];
}

@InputType({ description: "A new segment." })
export class CreateSegmentInput {
  @Field(() => String, { description: "A short unique code: lower case letters, digits and dashes, 2–40 characters." })
  code!: string;

  @Field(() => String, { description: "The name shown to staff, 1–120 characters." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the segment is for." })
  description?: string | null;

  @Field(() => CustomerRule, { description: "Which customers belong to it." })
  rule!: CustomerRule;
}

@InputType({ description: "Changes to a segment; what is not given stays." })
export class UpdateSegmentInput {
  @Field(() => ID, { description: "The segment." })
  segmentId!: string;

  @Field(() => String, { nullable: true, description: "A new name, 1–120 characters." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A new description." })
  description?: string | null;

  @Field(() => CustomerRule, { nullable: true, description: "A new rule." })
  rule?: CustomerRule | null;
}

@InputType({ description: "The segment to delete." })
export class DeleteSegmentInput {
  @Field(() => ID, { description: "The segment." })
  segmentId!: string;
}

@ObjectType({ description: "The result of deleting a segment." })
export class DeleteSegmentPayload {
  @Field(() => ID, { description: "The deleted segment's id." })
  segmentId!: string;
}

export enum SegmentMembershipChangeKind {
  ENTERED = "ENTERED",
  LEFT = "LEFT",
}
registerEnumType(SegmentMembershipChangeKind, {
  name: "SegmentMembershipChangeKind",
  description: "Whether a customer entered or left a segment.",
  valuesConfig: {
    ENTERED: { description: "The segment's rule selects the customer now, and did not before." },
    LEFT: { description: "The segment's rule no longer selects the customer (or the profile was merged into another)." },
  },
});

@ObjectType({ description: "A customer entered or left a segment (delivered after the change's transaction committed)." })
export class SegmentMembershipChange {
  segmentDbId!: string;
  customerDbId!: string;

  @Field(() => ID, { description: "The segment's global id." })
  segmentId!: string;

  @Field(() => ID, { description: "The customer's global id." })
  customerId!: string;

  @Field(() => SegmentMembershipChangeKind, { description: "Entered or left." })
  change!: SegmentMembershipChangeKind;

  @Field(() => DateTime, { description: "When the membership changed." })
  at!: Date;
}
