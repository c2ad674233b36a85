import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

/** GraphQL types every import of a source's history shares (orders, service visits, interactions, vehicle sales). */

export enum ImportOutcome {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
}
registerEnumType(ImportOutcome, {
  name: "ImportOutcome",
  description: "What importing did with a source's historical record (an order, a service visit, an interaction, a vehicle sale).",
  valuesConfig: {
    CREATED: { description: "A record not seen before (or one the source had deleted and sends again)." },
    UPDATED: { description: "A known record with changed content: what it became (an order, a service record) was rebuilt in place, same id; the previous version is kept." },
    UNCHANGED: { description: "Sent before with the same content and the same products found: nothing was written." },
  },
});

export enum ImportedRecordState {
  ATTACHED = "ATTACHED",
  PENDING = "PENDING",
  QUARANTINED = "QUARANTINED",
}
registerEnumType(ImportedRecordState, {
  name: "ImportedRecordState",
  description: "Where an imported record stands.",
  valuesConfig: {
    ATTACHED: { description: "Built (an order, a service record) and on the profile its person's source record belongs to; it follows that record through merges, unmerges and detaches." },
    PENDING: { description: "Waiting for the person's source record (same source, personSourceId); attached when it arrives. An order, an interaction or a vehicle sale is not built until then; a service visit is, on its vehicle." },
    QUARANTINED: { description: "Stored as sent but not built: an order with no line left (unknown products, bad quantities or prices), a visit to an unknown vehicle or station, a vehicle sale with a bad VIN or of an unknown vehicle whose model is not named. Sending a corrected record (or the same one once the product, vehicle or station is known) builds it." },
  },
});

@ObjectType({ description: "A value of an imported record that was set aside (an order line, a return, a service item, a code); the record itself is kept as sent." })
export class ImportWarning {
  @Field(() => String, { description: "UNKNOWN_PRODUCT, NO_PRODUCT, INVALID_QUANTITY, NEGATIVE_AMOUNT, INVALID_AMOUNT, QUARANTINED_LINE, UNKNOWN_DEALER, INVALID_VIN, UNKNOWN_VEHICLE, UNKNOWN_MODEL, UNKNOWN_STATION or COST_MISMATCH." })
  code!: string;

  @Field(() => String, { description: "The input field set aside, e.g. input.orders.3.lines.1.sku." })
  field!: string;

  @Field(() => String, { description: "What is wrong and what was done, for people." })
  message!: string;
}

@ObjectType({ description: "Counts of a batch of imported history (interactions, vehicle sales)." })
export class HistoryIngestSummary {
  @Field(() => Int, { description: "Records not seen before (or deleted by the source and sent again)." })
  created!: number;

  @Field(() => Int, { description: "Known records whose content changed." })
  updated!: number;

  @Field(() => Int, { description: "Known records sent again unchanged (nothing written)." })
  unchanged!: number;

  @Field(() => Int, { description: "Records whose person's source record has not arrived (stored, not built yet)." })
  pending!: number;

  @Field(() => Int, { description: "Records with at least one value set aside (see warnings); the record is kept." })
  quarantined!: number;

  @Field(() => Int, { description: "Records refused (see rejected); nothing of them was stored." })
  rejected!: number;
}
