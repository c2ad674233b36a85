import { Field, InputType, Int } from "type-graphql";
import { MaxItems } from "../graphql/input-lists.js";
import { MAX_ORDERS_PER_BATCH } from "./history-ingest.service.js";
import { OrderChannel, PaymentMethod } from "./orders.types.js";

@InputType({ description: "One product line as the source charged it. Name the product by exactly one of sku, ean or code; a line whose product is unknown, or with a bad quantity or a negative price, is quarantined: kept with the record, left off the order, and reported as a warning." })
export class SourceOrderLineInput {
  @Field(() => String, { nullable: true, description: "The catalog's SKU." })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: "The EAN/GTIN printed on the package (Product.ean)." })
  ean?: string | null;

  @Field(() => String, { nullable: true, description: "The source's own product code, mapped to a product by mapSourceProductCodes." })
  code?: string | null;

  @Field(() => String, { nullable: true, description: "The line's text on the receipt; the catalog name when absent." })
  name?: string | null;

  @Field(() => Int, { description: "Units sold, 1 to 9,999." })
  quantity!: number;

  @Field(() => Int, { description: "Price per unit as charged, in minor units (fen), 0 or more." })
  unitPrice!: number;
}

@InputType({ description: "One line of a return: which line of the order (by position) and how many units came back." })
export class SourceReturnLineInput {
  @Field(() => Int, { description: "Position of the line in the order's lines, from 0." })
  line!: number;

  @Field(() => Int, { description: "Units returned, at most what is left of the line." })
  quantity!: number;
}

@InputType({ description: "A return of the historical order, received and refunded." })
export class SourceReturnInput {
  @Field(() => String, { description: "When the goods came back: YYYY-MM-DD (midnight in TIME_ZONE) or an ISO-8601 date-time with offset; not before the order." })
  returnedAt!: string;

  @Field(() => String, { nullable: true, description: "Why, as the source recorded it." })
  reason?: string | null;

  @Field(() => [SourceReturnLineInput], { description: "The lines returned." })
  lines!: SourceReturnLineInput[];

  @Field(() => Int, { nullable: true, description: "Amount refunded in minor units; the returned units at their charged price when absent. A negative refund quarantines the return." })
  refund?: number | null;
}

@InputType({ description: "One historical order as a source system recorded it, named by the source's own transaction id." })
export class SourceOrderInput {
  @Field(() => String, { description: "The source's id of the transaction: the key. Sending it again with the same content changes nothing; changed content updates the order (the previous version is kept)." })
  transactionId!: string;

  @Field(() => String, {
    description: "The buyer's id in the same source (a source record sent with ingestSourceRecords). The order lands on the profile that record belongs to, and waits (PENDING) until it arrives.",
  })
  personSourceId!: string;

  @Field(() => String, { description: "When it was sold: YYYY-MM-DD (midnight in TIME_ZONE) or an ISO-8601 date-time with offset; not in the future." })
  placedAt!: string;

  @Field(() => OrderChannel, { nullable: true, description: "Where it was sold; DEALER when a dealer is named, else WEB, when absent." })
  channel?: OrderChannel | null;

  @Field(() => String, { nullable: true, description: "The selling dealership's code; a dealer's own system (dealer-<code>) defaults to, and may name only, that dealership. An unknown code is dropped with a warning." })
  dealerCode?: string | null;

  @Field(() => PaymentMethod, { description: "How it was paid." })
  paymentMethod!: PaymentMethod;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the amounts; CNY when absent." })
  currency?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: the order was cancelled in the source (it is kept as CANCELLED, without a payment)." })
  cancelled?: boolean | null;

  @Field(() => [SourceOrderLineInput], { description: "1 to 100 lines." })
  lines!: SourceOrderLineInput[];

  @Field(() => [SourceReturnInput], { nullable: true, description: "Returns of this order, at most 20." })
  returns?: SourceReturnInput[] | null;
}

@InputType({ description: "A batch of one source's historical orders (at most 1,000)." })
export class IngestOrdersInput {
  @Field(() => String, { description: "The source system, e.g. webshop or dealer-sh-01 (a dealer imports only into dealer-<its code>)." })
  source!: string;

  @MaxItems(MAX_ORDERS_PER_BATCH)
  @Field(() => [SourceOrderInput], { description: "1 to 1,000 orders." })
  orders!: SourceOrderInput[];
}

@InputType({ description: "Transactions a source deleted." })
export class DeleteIngestedOrdersInput {
  @Field(() => String, { description: "The source system the transactions came from." })
  source!: string;

  @MaxItems(MAX_ORDERS_PER_BATCH)
  @Field(() => [String], { description: "1 to 1,000 transaction ids of that source." })
  transactionIds!: string[];
}
