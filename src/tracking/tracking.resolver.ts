import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { foundOr } from "../errors.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { Order } from "../orders/orders.types.js";
import { Carrier } from "../organisations/organisations.types.js";
import { recordTrackingEvents } from "./record-events.service.js";
import { RecordTrackingEventsInput, RecordTrackingEventsPayload } from "./tracking.inputs.js";
import { shipmentByTrackingNumber } from "./tracking.service.js";
import { Shipment, TrackingEventConnection } from "./tracking.types.js";

@Resolver(() => Shipment)
export class ShipmentResolver {
  @Query(() => Shipment, { nullable: true, description: "A parcel by tracking number; NOT_FOUND when there is none you may see." })
  shipment(@Ctx() ctx: Context, @Arg("trackingNumber", () => String) trackingNumber: string) {
    return foundOr(shipmentByTrackingNumber(ctx.db, ctx.principal, trackingNumber), "Shipment", "trackingNumber");
  }

  @Authorized("COURIER", "ADMIN", "AGENT")
  @Mutation(() => RecordTrackingEventsPayload, {
    description: "Couriers post scans in batches (up to 250): idempotent per courier event id, tolerant of late events; bad events are reported one by one and the rest are stored.",
  })
  recordTrackingEvents(@Ctx() ctx: Context, @Arg("input", () => RecordTrackingEventsInput) input: RecordTrackingEventsInput) {
    return recordTrackingEvents(ctx.db, ctx.principal, input);
  }

  @FieldResolver(() => TrackingEventConnection, { description: "Its tracking events in recording order (seq)." })
  events(@Root() shipment: Shipment, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.tracking.events.load(shipment.dbId, page);
  }

  @FieldResolver(() => Carrier, { nullable: true })
  carrier(@Root() shipment: Shipment, @Ctx() ctx: Context) {
    return ctx.loaders.organisations.carrier.load(shipment.carrierDbId);
  }

  @FieldResolver(() => Order, { nullable: true, description: "The order it belongs to; null where you may not see the order." })
  order(@Root() shipment: Shipment, @Ctx() ctx: Context) {
    return ctx.loaders.orders.order.load(shipment.orderDbId);
  }
}

@Resolver(() => Order)
export class OrderShipmentsResolver {
  @FieldResolver(() => [Shipment], { description: "The parcels the order travels in (several when it was split)." })
  shipments(@Root() order: Order, @Ctx() ctx: Context) {
    return ctx.loaders.tracking.ofOrder.load(order.dbId);
  }
}
