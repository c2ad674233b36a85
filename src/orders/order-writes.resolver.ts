import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { cancelOrder, confirmOrder, splitOrder } from "./order-lifecycle.service.js";
import {
  CancelOrderInput,
  ConfirmOrderInput,
  OrderPayload,
  PlaceOrderInput,
  PlaceOrderPayload,
  ReceiveReturnInput,
  RejectReturnInput,
  RequestReturnInput,
  ReturnPayload,
  SplitOrderInput,
} from "./order-writes.inputs.js";
import { placeOrder } from "./place-order.service.js";
import { receiveReturn, rejectReturn, requestReturn } from "./returns.service.js";

@Resolver()
export class OrderWritesResolver {
  @Authorized("ADMIN", "AGENT", "DEALER", "CUSTOMER")
  @Mutation(() => PlaceOrderPayload, {
    description: "Place an order: a customer for themself, staff through the call center, a dealer for its customers. Prices come from the catalog now.",
  })
  placeOrder(@Ctx() ctx: Context, @Arg("input", () => PlaceOrderInput) input: PlaceOrderInput) {
    return placeOrder(ctx.db, ctx.principal, input, ctx.shared.ordering);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => OrderPayload, { description: "Confirm a pending order and book its parcels by stock and the customer's split preference." })
  confirmOrder(@Ctx() ctx: Context, @Arg("input", () => ConfirmOrderInput) input: ConfirmOrderInput) {
    return confirmOrder(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => OrderPayload, { description: "Split an order into parcels by hand (confirms a pending order; rebooks a confirmed one while nothing has left)." })
  splitOrder(@Ctx() ctx: Context, @Arg("input", () => SplitOrderInput) input: SplitOrderInput) {
    return splitOrder(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER", "CUSTOMER")
  @Mutation(() => OrderPayload, { description: "Cancel an order before anything has shipped; card payments are released or refunded." })
  cancelOrder(@Ctx() ctx: Context, @Arg("input", () => CancelOrderInput) input: CancelOrderInput) {
    return cancelOrder(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => ReturnPayload, { description: "Return delivered lines within their return window; a pick-up is booked. No reason is required." })
  requestReturn(@Ctx() ctx: Context, @Arg("input", () => RequestReturnInput) input: RequestReturnInput) {
    return requestReturn(ctx.db, ctx.principal, input, ctx.shared.returnWindowDays);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => ReturnPayload, { description: "Receive an open return whose pick-up was not scanned delivered: refunded and CLOSED in one step; the order is RETURNED once everything has come back." })
  receiveReturn(@Ctx() ctx: Context, @Arg("input", () => ReceiveReturnInput) input: ReceiveReturnInput) {
    return receiveReturn(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => ReturnPayload, { description: "Decline an open return: nothing is refunded, an unsent pick-up is voided." })
  rejectReturn(@Ctx() ctx: Context, @Arg("input", () => RejectReturnInput) input: RejectReturnInput) {
    return rejectReturn(ctx.db, ctx.principal, input);
  }
}
