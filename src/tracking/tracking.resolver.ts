import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context.js";
import { foundOr } from "../errors.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { Carrier } from "../organisations/organisations.types.js";
import { recordTrackingEvents } from "./record-events.service.js";
import { DeliveryFeedFilter, RecordTrackingEventsInput, RecordTrackingEventsPayload, ShipmentFilter } from "./tracking.inputs.js";
import { listShipments, shipmentByTrackingNumber } from "./tracking.service.js";
import { trackShipment } from "./tracking.streams.js";
import { deliveryFeed } from "./feed-stream.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { Shipment, ShipmentConnection, ShipmentLine, TrackingEvent, TrackingEventConnection, TrackingUpdate } from "./tracking.types.js";

@Resolver(() => Shipment)
export class ShipmentResolver {
  @Query(() => Shipment, { nullable: true, description: "A parcel by tracking number; NOT_FOUND when there is none you may see." })
  shipment(@Ctx() ctx: Context, @Arg("trackingNumber", () => String) trackingNumber: string) {
    return foundOr(shipmentByTrackingNumber(ctx.db, ctx.principal, trackingNumber), "Shipment", "trackingNumber");
  }

  @Query(() => ShipmentConnection, { description: "Shipments you may see (a courier: its carrier's), oldest first." })
  shipments(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ShipmentFilter, { nullable: true }) filter?: ShipmentFilter,
  ) {
    return listShipments(ctx.db, ctx.principal, filter, page);
  }

  @Authorized("COURIER", "ADMIN", "AGENT")
  @Mutation(() => RecordTrackingEventsPayload, {
    description: "Couriers post scans in batches (up to 250): idempotent per courier event id, tolerant of late events; bad events are reported one by one and the rest are stored.",
  })
  recordTrackingEvents(@Ctx() ctx: Context, @Arg("input", () => RecordTrackingEventsInput) input: RecordTrackingEventsInput) {
    return recordTrackingEvents(ctx.db, ctx.principal, input, {
      announce: (signals, tx) => ctx.shared.bus.announce(signals, tx),
      onShipmentsMoved: ctx.shared.reactions.shipmentsMoved,
    });
  }

  @Subscription(() => TrackingEvent, {
    description:
      "A parcel's events as they are recorded. Pass `after` (the last seq you have) to first receive what you missed, then live events: no gap, no duplicate.",
    subscribe: ({ args, context }) => {
      const { shipmentId, after } = args as { shipmentId: string; after?: number | null };
      const ctx = context as Context;
      return trackShipment(ctx.db, ctx.principal, ctx.shared.bus, expectGlobalId(shipmentId, "Shipment", "shipmentId"), after);
    },
  })
  shipmentTracking(
    @Root() event: TrackingEvent,
    @Arg("shipmentId", () => ID) _shipmentId: string,
    @Arg("after", () => Int, { nullable: true, description: "The last seq already received." }) _after?: number,
  ): TrackingEvent {
    return event;
  }

  @Subscription(() => TrackingUpdate, {
    description:
      "Live feed for dashboards: new events of the parcels you may see, filtered by carrier, dealer, status and region. There is no resume cursor: load the current state with `shipments`, then subscribe. When the server loses its database notifications for a while (a database restart), the events committed meanwhile are still delivered, late; if it cannot deliver them all, the subscription ends with an error of code RESYNC_REQUIRED: reload with `shipments` and subscribe again. Events are never silently skipped.",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      return deliveryFeed(ctx.shared.feed, ctx.principal, ctx.shared.bus, (args as { filter?: DeliveryFeedFilter | null }).filter);
    },
  })
  deliveryFeed(@Root() update: TrackingUpdate, @Arg("filter", () => DeliveryFeedFilter, { nullable: true }) _filter?: DeliveryFeedFilter): TrackingUpdate {
    return update;
  }

  @FieldResolver(() => TrackingEventConnection, { description: "Its tracking events in recording order (seq)." })
  events(@Root() shipment: Shipment, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.tracking.events.load(shipment.dbId, page);
  }

  @FieldResolver(() => [ShipmentLine], { description: "Which order lines, and how many of each, travel in it." })
  lines(@Root() shipment: Shipment, @Ctx() ctx: Context) {
    return ctx.loaders.tracking.lines.load(shipment.dbId);
  }

  @FieldResolver(() => Carrier, { nullable: true, description: "The carrier that transports the parcel." })
  carrier(@Root() shipment: Shipment, @Ctx() ctx: Context) {
    return ctx.loaders.organisations.carrier.load(shipment.carrierDbId);
  }
}
