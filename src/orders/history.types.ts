import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

export enum OrderIngestOutcome {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
}
registerEnumType(OrderIngestOutcome, {
  name: "OrderIngestOutcome",
  description: "What importing did with a historical order.",
  valuesConfig: {
    CREATED: { description: "A transaction not seen before (or one the source had deleted and sends again)." },
    UPDATED: { description: "A known transaction with changed content: its order was rebuilt in place (same id and number); the previous version is kept." },
    UNCHANGED: { description: "Sent before with the same content and the same products found: nothing was written." },
  },
});

export enum ImportedOrderState {
  ATTACHED = "ATTACHED",
  PENDING = "PENDING",
  QUARANTINED = "QUARANTINED",
}
registerEnumType(ImportedOrderState, {
  name: "ImportedOrderState",
  description: "Where an imported transaction stands.",
  valuesConfig: {
    ATTACHED: { description: "An order on the profile its person's source record belongs to; it follows that record through merges, unmerges and detaches." },
    PENDING: { description: "Stored, waiting for the person's source record (same source, personSourceId); attached when it arrives." },
    QUARANTINED: { description: "Stored, but no line could be kept (unknown products, bad quantities or prices): no order until a corrected record is sent." },
  },
});

@ObjectType({ description: "A value of an imported order that was set aside (a line, a return, a dealer code); the record itself is kept as sent." })
export class ImportWarning {
  @Field(() => String, { description: "UNKNOWN_PRODUCT, NO_PRODUCT, INVALID_QUANTITY, NEGATIVE_AMOUNT, INVALID_AMOUNT, QUARANTINED_LINE or UNKNOWN_DEALER." })
  code!: string;

  @Field(() => String, { description: "The input field set aside, e.g. input.orders.3.lines.1.sku." })
  field!: string;

  @Field(() => String, { description: "What is wrong and what was done, for people." })
  message!: string;
}

@ObjectType({ description: "An order of the batch that is stored (or was already)." })
export class IngestedOrder {
  orderDbId!: string | null;
  customerDbId!: string | null;

  @Field(() => Int, { description: "Position in the batch." })
  index!: number;

  @Field(() => String, { description: "The source's transaction id, as sent." })
  transactionId!: string;

  @Field(() => OrderIngestOutcome, { description: "Created, updated or unchanged." })
  outcome!: OrderIngestOutcome;

  @Field(() => ImportedOrderState, { description: "Attached to a profile, pending its person, or quarantined." })
  state!: ImportedOrderState;

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
