import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";
import { DeliveryOption, Order, OrderChannel, PaymentMethod, Return, SplitPreference } from "./orders.types.js";

@InputType({ description: "A product and how many; the product by id or by SKU (one of them)." })
export class PlaceOrderLineInput {
  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field(() => String, { nullable: true })
  sku?: string | null;

  @Field(() => Int, { description: "1 to 999." })
  quantity!: number;
}

@InputType({ description: "A delivery address given with the order (not saved to the profile)." })
export class DeliveryAddressInput {
  @Field(() => String)
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field(() => String)
  city!: string;

  @Field(() => String)
  province!: string;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166 alpha-2; default CN." })
  country?: string | null;
}

@InputType({ description: "When the customer wants the delivery: in the future, start before end, at most 12 hours long." })
export class DeliveryWindowInput {
  @Field(() => DateTime)
  start!: Date;

  @Field(() => DateTime)
  end!: Date;
}

@InputType({ description: "An order to place. Prices are taken from the catalog at this moment." })
export class PlaceOrderInput {
  @Field(() => ID, { nullable: true, description: "Whose order; a customer orders for themself and may leave it out." })
  customerId?: string | null;

  @Field(() => [PlaceOrderLineInput], { description: "1 to 100 lines; lines of the same product are merged into one." })
  lines!: PlaceOrderLineInput[];

  @Field(() => DeliveryOption)
  deliveryOption!: DeliveryOption;

  @Field(() => ID, { nullable: true, description: "A saved address of the customer; or give `address`. Neither for DEALER_PICKUP." })
  addressId?: string | null;

  @Field(() => DeliveryAddressInput, { nullable: true })
  address?: DeliveryAddressInput | null;

  @Field(() => ID, { nullable: true, description: "The dealership to pick up at (required for DEALER_PICKUP); a dealer ordering is the dealer." })
  dealerId?: string | null;

  @Field(() => DeliveryWindowInput, { nullable: true })
  deliveryWindow?: DeliveryWindowInput | null;

  @Field(() => PaymentMethod, {
    nullable: true,
    description: "INVOICE only for business, fleet and government customers. Omitted: the customer's default saved card (CARD), BAD_USER_INPUT when there is none.",
  })
  paymentMethod?: PaymentMethod | null;

  @Field(() => ID, { nullable: true, description: "A saved card of the customer to charge (Customer.paymentMethods); implies CARD. It must not have expired." })
  savedPaymentMethodId?: string | null;

  @Field(() => SplitPreference, { nullable: true, description: "Default FASTEST." })
  splitPreference?: SplitPreference | null;

  @Field(() => OrderChannel, {
    nullable: true,
    description: "A customer's WEB (default) or MOBILE; staff always order through CALL_CENTER, dealers through DEALER.",
  })
  channel?: OrderChannel | null;

  @Field(() => String, { nullable: true, description: "Up to 100 characters; a retried submit with the same key returns the first order." })
  idempotencyKey?: string | null;
}

@ObjectType({ description: "The order placed." })
export class PlaceOrderPayload {
  @Field(() => Order, { description: "The order: the new one, or the first one when the idempotency key was used before." })
  order!: Order;

  @Field(() => Boolean, { description: "True when the idempotency key had been used: this is the first order, nothing new was placed." })
  replayed!: boolean;
}

@InputType({ description: "Confirm a pending order; its parcels are booked by stock and the customer's split preference." })
export class ConfirmOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => ID, { nullable: true, description: "The carrier of the parcels; default: the first carrier by code." })
  carrierId?: string | null;
}

@InputType({ description: "Cancel an order before anything has shipped." })
export class CancelOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => String, { nullable: true, description: "Optional, up to 500 characters." })
  reason?: string | null;
}

@InputType({ description: "How many of an order line." })
export class OrderLineQuantityInput {
  @Field(() => ID)
  orderLineId!: string;

  @Field(() => Int)
  quantity!: number;
}

@InputType({ description: "One parcel of a split." })
export class ShipmentPartInput {
  @Field(() => [OrderLineQuantityInput])
  lines!: OrderLineQuantityInput[];

  @Field(() => ID, { nullable: true, description: "Default: the first carrier by code." })
  carrierId?: string | null;
}

@InputType({
  description:
    "Split an order into parcels by hand. Every line's quantity must be covered exactly once. A pending order is confirmed with this split; a confirmed order's parcels are rebooked while none has left.",
})
export class SplitOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => [ShipmentPartInput], { description: "1 to 20 parcels." })
  parts!: ShipmentPartInput[];
}

@ObjectType({ description: "The order after the change." })
export class OrderPayload {
  @Field(() => Order, { description: "The order after the change." })
  order!: Order;
}

@InputType({ description: "Return delivered lines within their return window; no reason is required." })
export class RequestReturnInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => [OrderLineQuantityInput], { description: "1 to 100 lines, each at most the delivered quantity not yet returned." })
  lines!: OrderLineQuantityInput[];

  @Field(() => String, { nullable: true, description: "Optional, up to 1000 characters." })
  reason?: string | null;
}

@InputType({ description: "Mark a return as received at the warehouse; refunds its lines." })
export class ReceiveReturnInput {
  @Field(() => ID)
  returnId!: string;
}

@InputType({ description: "Decline an open return; nothing is refunded, and its quantities may be returned again." })
export class RejectReturnInput {
  @Field(() => ID)
  returnId!: string;

  @Field(() => String, { nullable: true, description: "Optional, up to 500 characters; told to the customer." })
  reason?: string | null;
}

@ObjectType({ description: "The return and its order after the change." })
export class ReturnPayload {
  @Field(() => Return, { description: "The return after the change." })
  return!: Return;

  @Field(() => Order, { description: "The returned order, with its status after the change." })
  order!: Order;
}
