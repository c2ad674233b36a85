import { Field, Int, ObjectType } from "type-graphql";
import { ImportedRecordState, ImportOutcome, ImportWarning } from "../organisations/source-imports.types.js";

@ObjectType({ description: "An order of the batch that is stored (or was already)." })
export class IngestedOrder {
  orderDbId!: string | null;
  customerDbId!: string | null;

  @Field(() => Int, { description: "Position in the batch." })
  index!: number;

  @Field(() => String, { description: "The source's transaction id, as sent." })
  transactionId!: string;

  @Field(() => ImportOutcome, { description: "Created, updated or unchanged." })
  outcome!: ImportOutcome;

  @Field(() => ImportedRecordState, { description: "Attached to a profile, pending its person, or quarantined." })
  state!: ImportedRecordState;

  @Field(() => [ImportWarning], { description: "Lines, returns and fields set aside; empty when everything was kept." })
  warnings!: ImportWarning[];
}

@ObjectType({ description: "An order of the batch that was refused (no transaction id or person, no usable date, no lines, an unknown payment method, another dealership's code in a dealer's system); the rest of the batch is unaffected." })
export class RejectedSourceOrder {
  @Field(() => Int, { description: "Position of the order in the batch (from 0)." })
  index!: number;

  @Field(() => String, { nullable: true, description: "The transaction id, when it had one." })
  transactionId!: string | null;

  @Field(() => String, { description: "BAD_USER_INPUT." })
  code!: string;

  @Field(() => String, { description: "The input field at fault, e.g. input.orders.3.placedAt." })
  field!: string;

  @Field(() => String, { description: "Why the order was refused, for people." })
  message!: string;
}

@ObjectType({ description: "Counts of an order batch." })
export class OrderIngestSummary {
  @Field(() => Int, { description: "Transactions not seen before." })
  created!: number;

  @Field(() => Int, { description: "Known transactions whose content changed." })
  updated!: number;

  @Field(() => Int, { description: "Known transactions sent again unchanged (nothing written)." })
  unchanged!: number;

  @Field(() => Int, { description: "Stored transactions waiting for their person's source record." })
  pending!: number;

  @Field(() => Int, { description: "Stored transactions with at least one warning (a line, return or field set aside)." })
  quarantined!: number;

  @Field(() => Int, { description: "Transactions refused (see rejected); nothing of them was stored." })
  rejected!: number;
}

@ObjectType({ description: "What happened to each order of a batch." })
export class IngestOrdersPayload {
  @Field(() => OrderIngestSummary, { description: "Counts per outcome." })
  summary!: OrderIngestSummary;

  @Field(() => [IngestedOrder], { description: "The stored orders, by position in the batch." })
  orders!: IngestedOrder[];

  @Field(() => [RejectedSourceOrder], { description: "The refused orders, with code and field." })
  rejected!: RejectedSourceOrder[];
}

@ObjectType({ description: "The outcome of deleting a source's transactions." })
export class DeleteIngestedOrdersPayload {
  @Field(() => [String], { description: "Transactions whose orders were removed (their records and versions are kept; sending one again brings it back)." })
  deleted!: string[];

  @Field(() => [String], { description: "Transactions not deleted because customers refer to their orders on the platform (a review of a line, a case, an interaction or a survey): resolve those first." })
  conflicts!: string[];

  @Field(() => [String], { description: "Transactions the source never sent, or deleted already: nothing changed for them." })
  unknown!: string[];
}
