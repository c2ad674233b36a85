import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { deliveryOption, orderStatus, paymentMethod, paymentStatus, returnStatus, splitPreference } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { Connection } from "../graphql/connection.js";
import { Money } from "../graphql/money.js";
import { Node } from "../graphql/node.js";
import { DateTime } from "../graphql/scalars.js";
import { PaymentCard } from "./payment-methods.types.js";
import { OrderChannel } from "../customers/engagement.enums.js";

/** Declared with the customer filter that names it (customers/engagement.enums.ts). */
export { OrderChannel };

export const OrderStatus = enumOf(orderStatus, {
  name: "OrderStatus",
  description: "Where an order stands.",
  valuesConfig: {
    PENDING: { description: "Placed, not yet confirmed; can still be cancelled." },
    CONFIRMED: { description: "Confirmed and its parcels booked; none has left the warehouse yet." },
    PARTIALLY_SHIPPED: { description: "Some parcels have left the warehouse, others not yet." },
    SHIPPED: { description: "Every parcel has left the warehouse." },
    DELIVERED: { description: "Every parcel was delivered." },
    RETURNED: { description: "Everything delivered has come back (closed returns)." },
    CANCELLED: { description: "Cancelled before any parcel left; payments released or refunded." },
  },
});
export type OrderStatus = EnumValue<typeof OrderStatus>;

export const PaymentMethod = enumOf(paymentMethod, {
  name: "PaymentMethod",
  description: "How an order is paid.",
  valuesConfig: {
    CARD: { description: "Card: authorised at placement, captured when the first parcel leaves." },
    CASH_ON_DELIVERY: { description: "Paid to the courier: captured when the last parcel is delivered." },
    INVOICE: { description: "Invoice; only business, fleet and government customers." },
  },
});
export type PaymentMethod = EnumValue<typeof PaymentMethod>;

export const PaymentStatus = enumOf(paymentStatus, {
  name: "PaymentStatus",
  description: "Where a payment stands.",
  valuesConfig: {
    PENDING: { description: "Not yet paid (cash on delivery, invoice)." },
    AUTHORIZED: { description: "Card amount reserved, not yet taken." },
    CAPTURED: { description: "Money taken (see paidAt)." },
    REFUNDED: { description: "Released or paid back (cancellation)." },
    FAILED: { description: "Will not be paid (an unpaid payment of a cancelled order)." },
  },
});
export type PaymentStatus = EnumValue<typeof PaymentStatus>;

export const DeliveryOption = enumOf(deliveryOption, {
  name: "DeliveryOption",
  description: "How an order reaches the customer.",
  valuesConfig: {
    STANDARD: { description: "About three days; free from 99.00." },
    EXPRESS: { description: "About a day." },
    SAME_DAY: {
      description: "Delivered on the day of ordering in the platform's time zone (TIME_ZONE, default Asia/Shanghai); taken until SAME_DAY_CUTOFF (default 14:00), and a delivery window must lie within that day.",
    },
    DEALER_PICKUP: { description: "Collected at the ordering dealer; no delivery address." },
  },
});
export type DeliveryOption = EnumValue<typeof DeliveryOption>;

export const SplitPreference = enumOf(splitPreference, {
  name: "SplitPreference",
  description: "How confirming an order splits it into parcels when not everything is in stock.",
  valuesConfig: {
    FASTEST: { description: "What is in stock ships now in one parcel; the rest follows, one parcel per day of arrival." },
    TOGETHER: { description: "One parcel, once everything is in stock." },
  },
});
export type SplitPreference = EnumValue<typeof SplitPreference>;

export const ReturnStatus = enumOf(returnStatus, {
  name: "ReturnStatus",
  description: "OPEN -> CLOSED, or OPEN -> REJECTED. Arrival and refund are one step, so there is no separate received state.",
  valuesConfig: {
    OPEN: { description: "Accepted (within the return window no approval is needed) and its pick-up booked; the goods are on their way back." },
    CLOSED: { description: "Arrived at the warehouse (pick-up scanned delivered, or received by staff) and refunded: see receivedAt and refunds." },
    REJECTED: { description: "Declined by staff while open; nothing refunded, its quantities count as not returned." },
  },
});
export type ReturnStatus = EnumValue<typeof ReturnStatus>;

@ObjectType({ description: "The address an order is delivered to, as it was when the order was placed." })
export class DeliveryAddress {
  @Field(() => String, { description: "Street and number, as at ordering time." })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Building, floor or flat, if any." })
  line2!: string | null;

  @Field(() => String, { description: "City or town the parcel goes to." })
  city!: string;

  @Field(() => String, { description: "Province; the supplier report's REGION." })
  province!: string;

  @Field(() => String, { nullable: true, description: "Postal code." })
  postcode!: string | null;

  @Field(() => String, { description: "ISO-3166 alpha-2 country code." })
  country!: string;
}

@ObjectType({ implements: Node, description: "An order from any channel." })
export class Order extends Node {
  dbId!: string;
  customerDbId!: string;
  dealerDbId!: string | null;

  @Field(() => String, { description: "Human-readable order number, e.g. MO-20261124-3F9A2C1B (the day it was placed and a random part)." })
  number!: string;

  @Field(() => OrderChannel, { description: "Where it was placed: web, mobile, dealer or call center." })
  channel!: OrderChannel;

  @Field(() => OrderStatus, { description: "Where the order stands; follows its parcels' tracking events once confirmed." })
  status!: OrderStatus;

  @Field(() => PaymentMethod, { description: "Card, cash on delivery or invoice." })
  paymentMethod!: PaymentMethod;

  @Field(() => DeliveryOption, { description: "How it is delivered; sets the shipping cost." })
  deliveryOption!: DeliveryOption;

  @Field(() => SplitPreference, { description: "How confirming splits it when not everything is in stock." })
  splitPreference!: SplitPreference;

  @Field(() => DateTime, { nullable: true, description: "Start of the agreed delivery time window." })
  deliveryWindowStart!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "End of the agreed delivery time window." })
  deliveryWindowEnd!: Date | null;

  @Field(() => DeliveryAddress, { nullable: true, description: "Null for pick-up at a dealer." })
  deliveryAddress!: DeliveryAddress | null;

  @Field(() => Money, { description: "Sum of the lines, at the prices copied from the catalog at ordering time." })
  subtotal!: Money;

  @Field(() => Money, { description: "Shipping cost of the delivery option (standard is free from 99.00)." })
  shipping!: Money;

  @Field(() => Money, { description: "subtotal + shipping." })
  total!: Money;

  @Field(() => DateTime, { description: "When the order was placed." })
  placedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When the last parcel was delivered; null before." })
  deliveredAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The source system this order was imported from (ingestOrders, e.g. dealer-sh-01); null for an order placed on the platform. Imported history counts like live orders (360° view, timeline, measures, supplier report) but sent no notices.",
  })
  source!: string | null;

  @Field(() => String, { nullable: true, description: "The imported order's transaction id in its source system; null for an order placed on the platform." })
  sourceTransactionId!: string | null;
}

@ObjectType({ description: "One line of an order, with the product's name and price as they were when ordered." })
export class OrderLine {
  dbId!: string;
  orderDbId!: string;
  productDbId!: string;

  @Field(() => ID, { description: "Global id of the line; names it in splitOrder, requestReturn and writeReview." })
  id!: string;

  @Field(() => String, { description: "The product's SKU at ordering time." })
  sku!: string;

  @Field(() => String, { description: "The product's name at ordering time." })
  name!: string;

  @Field(() => Int, { description: "How many were ordered (1-999)." })
  quantity!: number;

  @Field(() => Money, { description: "Price of one, copied from the catalog at ordering time." })
  unitPrice!: Money;

  @Field(() => Money, { description: "unitPrice x quantity." })
  total!: Money;
}

@ObjectType({ description: "A payment of an order." })
export class Payment {
  orderDbId!: string;

  @Field(() => PaymentMethod, { description: "Card, cash on delivery or invoice." })
  method!: PaymentMethod;

  @Field(() => PaymentStatus, { description: "Where the payment stands." })
  status!: PaymentStatus;

  @Field(() => Money, { description: "The amount of the payment." })
  amount!: Money;

  @Field(() => DateTime, { nullable: true, description: "When the money was taken; null before." })
  paidAt!: Date | null;

  @Field(() => PaymentCard, { nullable: true, description: "The saved card charged, as it was then; null for a card given at checkout or another method." })
  card!: PaymentCard | null;
}

@ObjectType({ description: "A refund paid back to the customer." })
export class Refund {
  returnDbId!: string | null;

  @Field(() => Money, { description: "The amount paid back." })
  amount!: Money;

  @Field(() => DateTime, { description: "When it was paid back." })
  refundedAt!: Date;
}

@ObjectType({ description: "How many of an order line a return takes back." })
export class ReturnLine {
  returnDbId!: string;

  @Field(() => ID, { description: "The order line (OrderLine.id)." })
  orderLineId!: string;

  @Field(() => Int, { description: "How many of the line come back." })
  quantity!: number;
}

@ObjectType({ description: "A return of some lines of an order." })
export class Return {
  dbId!: string;
  orderDbId!: string;

  @Field(() => ID, { description: "Global id of the return." })
  id!: string;

  @Field(() => ReturnStatus, { description: "Open, closed (received and refunded) or rejected." })
  status!: ReturnStatus;

  @Field(() => String, { nullable: true, description: "Optional: no reason is required." })
  reason!: string | null;

  @Field(() => DateTime, { description: "When the return was requested." })
  requestedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When the goods arrived back and the refund was issued (the return CLOSED)." })
  receivedAt!: Date | null;
}

export const OrderConnection = Connection(Order, "Order");

@InputType({ description: "Filters for orders; all given conditions must hold." })
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true })
  statuses?: OrderStatus[] | null;

  @Field(() => OrderChannel, { nullable: true })
  channel?: OrderChannel | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  dealerId?: string | null;

  @Field(() => DateTime, { nullable: true, description: "Placed at or after." })
  placedAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Placed before." })
  placedBefore?: Date | null;
}
