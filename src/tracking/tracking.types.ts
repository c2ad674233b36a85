import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { arrivalBasis, shipmentKind, shipmentStatus } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { Connection } from "../graphql/connection.js";
import { Node } from "../graphql/node.js";
import { DateTime } from "../graphql/scalars.js";

export const ShipmentStatus = enumOf(shipmentStatus, {
  name: "ShipmentStatus",
  description: "The carriers' status vocabulary.",
  valuesConfig: {
    LABEL_CREATED: { description: "Booked with the carrier; not yet collected." },
    PICKED_UP: { description: "Collected by the carrier." },
    IN_TRANSIT: { description: "On its way between depots." },
    OUT_FOR_DELIVERY: { description: "On the delivery vehicle today." },
    ATTEMPTED_DELIVERY: { description: "The courier could not hand it over; another attempt follows." },
    DELAYED: { description: "Held up; the estimated arrival moves." },
    DELIVERED: { description: "Handed over; only RETURNED may follow." },
    FAILED: { description: "Undeliverable." },
    RETURNED: { description: "Sent back to the sender." },
  },
});
export type ShipmentStatus = EnumValue<typeof ShipmentStatus>;

export const ShipmentKind = enumOf(shipmentKind, {
  name: "ShipmentKind",
  description: "Which way a parcel travels.",
  valuesConfig: {
    DELIVERY: { description: "From the warehouse to the customer." },
    RETURN_PICKUP: { description: "Collected from the customer for a return." },
  },
});
export type ShipmentKind = EnumValue<typeof ShipmentKind>;

export const ArrivalBasis = enumOf(arrivalBasis, {
  name: "ArrivalBasis",
  description: "What an arrival prediction rests on.",
  valuesConfig: {
    ROUTE_HISTORY: { description: "Past parcels of this carrier on this route (origin to destination city) from the same status." },
    CARRIER_HISTORY: { description: "Past parcels of this carrier from the same status, any route (too few on this one)." },
    NETWORK_HISTORY: { description: "Past parcels of every carrier from the same status (too few of this carrier)." },
    COURIER: { description: "The courier's own ETA: no history to predict from." },
    DELIVERED: { description: "The parcel was scanned delivered: the time of that scan." },
  },
});
export type ArrivalBasis = EnumValue<typeof ArrivalBasis>;

@ObjectType({ description: "A point on the map.", simpleResolvers: true })
export class GeoPoint {
  @Field(() => Float, { description: "Latitude in degrees (WGS 84)." })
  lat!: number;

  @Field(() => Float, { description: "Longitude in degrees (WGS 84)." })
  lng!: number;
}

@ObjectType({ implements: Node, description: "A parcel on its way: part or all of an order, or a return pick-up.", simpleResolvers: true })
export class Shipment extends Node {
  dbId!: string;
  orderDbId!: string;
  carrierDbId!: string;

  @Field(() => String, { description: "The carrier's tracking number, unique." })
  trackingNumber!: string;

  @Field(() => ShipmentKind, { description: "A delivery to the customer, or the pick-up of a return." })
  kind!: ShipmentKind;

  @Field(() => ShipmentStatus, { description: "Derived from its events; never moves backwards." })
  status!: ShipmentStatus;

  @Field(() => String, { nullable: true, description: "The warehouse the parcel leaves from." })
  warehouse!: string | null;

  @Field(() => String, { nullable: true, description: "City the parcel travels from." })
  originCity!: string | null;

  @Field(() => String, { nullable: true, description: "City the parcel travels to." })
  destinationCity!: string | null;

  @Field(() => DateTime, { nullable: true, description: "When it left the warehouse." })
  departedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When the carrier expects to deliver; moves with DELAYED events." })
  estimatedArrival!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When the parcel was scanned delivered; null before." })
  deliveredAt!: Date | null;

  @Field(() => GeoPoint, { nullable: true, description: "Where the last event placed it." })
  lastPosition!: GeoPoint | null;

  @Field(() => DateTime, { nullable: true, description: "Time of the latest tracking event; null before the first." })
  lastEventAt!: Date | null;

  @Field(() => ArrivalPrediction, {
    nullable: true,
    description: "The platform's own arrival prediction from the carrier's delivery history, renewed with every event and respecting the chosen delivery window; null for a parcel that failed or went back, or when neither history nor the courier gives one.",
  })
  arrivalPrediction!: ArrivalPrediction | null;
}

@ObjectType({ description: "When a parcel will arrive, by the platform's prediction (src/tracking/README.md).", simpleResolvers: true })
export class ArrivalPrediction {
  @Field(() => DateTime, { description: "The expected arrival: the latest scan plus the median time parcels in this state took to arrive; never before the delivery window opens." })
  expectedAt!: Date;

  @Field(() => DateTime, { description: "The early end of the likely range (the 10th percentile of past parcels)." })
  earliest!: Date;

  @Field(() => DateTime, { description: "The late end of the likely range (the 90th percentile of past parcels)." })
  latest!: Date;

  @Field(() => ArrivalBasis, { description: "What the prediction rests on: the parcel's route, its carrier, the whole network, the courier's ETA, or the delivery scan." })
  basis!: ArrivalBasis;

  @Field(() => Int, { nullable: true, description: "How many past parcels the history behind it holds; null for the courier's ETA or a delivered parcel." })
  samples!: number | null;

  @Field(() => Boolean, { nullable: true, description: "True when the expected arrival (or the delivery) falls after the chosen delivery window; null without a window." })
  lateForWindow!: boolean | null;
}

@ObjectType({ description: "One scan or status change of a shipment.", simpleResolvers: true })
export class TrackingEvent {
  shipmentDbId!: string;

  @Field(() => ID, { description: "Global id of the event." })
  id!: string;

  @Field(() => Int, { description: "The shipment's own sequence number: the resume cursor for subscriptions." })
  seq!: number;

  @Field(() => ShipmentStatus, { description: "The status the carrier reported." })
  status!: ShipmentStatus;

  @Field(() => DateTime, { description: "When it happened (events may arrive out of order)." })
  occurredAt!: Date;

  @Field(() => GeoPoint, { nullable: true, description: "Where the parcel was, if the carrier sent a position. Erased with the customer." })
  position!: GeoPoint | null;

  @Field(() => String, { nullable: true, description: "The carrier's name for the place, e.g. Pudong depot." })
  place!: string | null;

  @Field(() => String, { nullable: true, description: "The courier's note. Erased with the customer." })
  note!: string | null;

  @Field(() => DateTime, { nullable: true, description: "A new estimated arrival, if the courier gave one." })
  estimatedArrival!: Date | null;
}

export const TrackingEventConnection = Connection(TrackingEvent, "TrackingEvent");

@ObjectType({ description: "A tracking event with its parcel, as pushed to order and feed subscriptions.", simpleResolvers: true })
export class TrackingUpdate {
  @Field(() => String, { description: "Pass as `after` when resubscribing to resume right after this update." })
  cursor!: string;

  @Field(() => Shipment, { description: "The parcel as it stands after the event." })
  shipment!: Shipment;

  @Field(() => TrackingEvent, { description: "The new tracking event." })
  event!: TrackingEvent;
}

@ObjectType({ description: "How much of an order line travels in a shipment.", simpleResolvers: true })
export class ShipmentLine {
  shipmentDbId!: string;

  @Field(() => ID, { description: "The order line (OrderLine.id)." })
  orderLineId!: string;

  @Field(() => Int, { description: "How many of the order line travel in this parcel." })
  quantity!: number;
}

export const ShipmentConnection = Connection(Shipment, "Shipment");
