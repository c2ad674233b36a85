import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";
import { Shipment, ShipmentStatus } from "./tracking.types.js";

@InputType({ description: "One scan or status change as the courier's handheld reports it." })
export class TrackingEventInput {
  @Field(() => String, { description: "The courier's own id of this event: posting it again changes nothing." })
  courierEventId!: string;

  @Field(() => String)
  trackingNumber!: string;

  @Field(() => ShipmentStatus)
  status!: ShipmentStatus;

  @Field(() => DateTime, { description: "When it happened; events may arrive out of order." })
  occurredAt!: Date;

  @Field(() => Float, { nullable: true, description: "Latitude, -90..90 (with lng)." })
  lat?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude, -180..180 (with lat)." })
  lng?: number | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => DateTime, { nullable: true, description: "A new estimated arrival." })
  estimatedArrival?: Date | null;
}

@InputType({ description: "A batch of tracking events (at most 250)." })
export class RecordTrackingEventsInput {
  @Field(() => [TrackingEventInput])
  events!: TrackingEventInput[];
}

@ObjectType({ description: "An event of the batch that is stored (or was already)." })
export class RecordedTrackingEvent {
  @Field(() => Int, { description: "Position in the batch." })
  index!: number;

  @Field(() => String, { description: "The courier's own id of the event, as sent." })
  courierEventId!: string;

  @Field(() => Int, { description: "The shipment's sequence number of the event." })
  seq!: number;

  @Field(() => Boolean, { description: "true: the same courier event id was stored before; nothing changed." })
  duplicate!: boolean;

  @Field(() => Shipment, { description: "The shipment as it stands after this event." })
  shipment!: Shipment;
}

@ObjectType({ description: "An event of the batch that was refused, and why; the rest of the batch is unaffected." })
export class RejectedTrackingEvent {
  @Field(() => Int, { description: "Position of the event in the batch (from 0)." })
  index!: number;

  @Field(() => String, { description: "The courier's own id of the event, as sent." })
  courierEventId!: string;

  @Field(() => String, { description: "BAD_USER_INPUT, NOT_FOUND or CONFLICT." })
  code!: string;

  @Field(() => String, { description: "The input field at fault, e.g. events.3.lat." })
  field!: string;

  @Field(() => String, { description: "Why the event was refused, for people." })
  message!: string;
}

@ObjectType({ description: "What happened to each event of a batch." })
export class RecordTrackingEventsPayload {
  @Field(() => [RecordedTrackingEvent], { description: "The events stored (or stored before: duplicate), by position in the batch." })
  recorded!: RecordedTrackingEvent[];

  @Field(() => [RejectedTrackingEvent], { description: "The events refused, with code and field; the rest of the batch is stored." })
  rejected!: RejectedTrackingEvent[];
}

@InputType({ description: "A map rectangle: parcels whose event lies inside." })
export class BoundingBox {
  @Field(() => Float)
  minLat!: number;

  @Field(() => Float)
  maxLat!: number;

  @Field(() => Float)
  minLng!: number;

  @Field(() => Float)
  maxLng!: number;
}

@InputType({ description: "Which parcels a dashboard's live feed shows; all given conditions must hold." })
export class DeliveryFeedFilter {
  @Field(() => ID, { nullable: true })
  carrierId?: string | null;

  @Field(() => ID, { nullable: true, description: "Parcels of orders sold by or picked up at this dealer." })
  dealerId?: string | null;

  @Field(() => [ShipmentStatus], { nullable: true })
  statuses?: ShipmentStatus[] | null;

  @Field(() => BoundingBox, { nullable: true, description: "A region, by the event's position." })
  region?: BoundingBox | null;
}

@InputType({ description: "Filters for shipments." })
export class ShipmentFilter {
  @Field(() => [ShipmentStatus], { nullable: true })
  statuses?: ShipmentStatus[] | null;

  @Field(() => ID, { nullable: true })
  carrierId?: string | null;
}
