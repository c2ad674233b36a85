import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { trackOrderParcels } from "../tracking/order-stream.js";
import { Shipment, TrackingUpdate } from "../tracking/tracking.types.js";
import { visibleOrderId } from "./orders.service.js";
import { Order } from "./orders.types.js";

/**
 * Where orders meet their parcels. It lives with orders, the domain above tracking: orders may
 * name shipments, tracking never names orders (src/README.md, "Layout").
 */
@Resolver(() => Order)
export class OrderParcelsResolver {
  @FieldResolver(() => [Shipment], { description: "The parcels the order travels in (several when it was split)." })
  shipments(@Root() order: Order, @Ctx() ctx: Context) {
    return ctx.loaders.tracking.ofOrder.load(order.dbId);
  }

  @Subscription(() => TrackingUpdate, {
    description: "Every parcel of an order as it moves. Pass the last `cursor` you received as `after` to resume without gap or duplicate.",
    subscribe: async ({ args, context }) => {
      const { orderId, after } = args as { orderId: string; after?: string | null };
      const ctx = context as Context;
      const id = await visibleOrderId(ctx.db, ctx.principal, expectGlobalId(orderId, "Order", "orderId"));
      return trackOrderParcels(ctx.db, ctx.principal, ctx.shared.bus, id, after);
    },
  })
  orderTracking(
    @Root() update: TrackingUpdate,
    @Arg("orderId", () => ID) _orderId: string,
    @Arg("after", () => String, { nullable: true, description: "The cursor of the last update received." }) _after?: string,
  ): TrackingUpdate {
    return update;
  }
}

@Resolver(() => Shipment)
export class ShipmentOrderResolver {
  @FieldResolver(() => Order, { nullable: true, description: "The order it belongs to; null where you may not see the order." })
  order(@Root() shipment: Shipment, @Ctx() ctx: Context) {
    return ctx.loaders.orders.order.load(shipment.orderDbId);
  }
}
