import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";
import { ServiceAppointment, ServiceItemKind, ServiceKind, ServiceRecord } from "./service.types.js";

@InputType({ description: "A part or a labour item, priced in minor units (fen)." })
export class ServiceItemInput {
  @Field(() => ServiceItemKind)
  kind!: ServiceItemKind;

  @Field(() => String, { description: "1 to 200 characters." })
  description!: string;

  @Field(() => ID, { nullable: true, description: "The catalog product, for a part." })
  productId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: "1 to 10,000." })
  quantity?: number | null;

  @Field(() => Int, { description: "Price of one unit in minor units, 0 or more." })
  unitPriceMinor!: number;
}

@InputType({ description: "The work done at a visit." })
export class ServiceWorkInput {
  @Field(() => ServiceKind)
  kind!: ServiceKind;

  @Field(() => Int, { description: "The odometer at the visit; it is also recorded as a mileage reading and never goes down." })
  mileageKm!: number;

  @Field(() => DateTime, { nullable: true, description: "Default: now; not in the future." })
  performedAt?: Date | null;

  @Field(() => [ServiceItemInput], { defaultValue: [], description: "At most 100 items." })
  items!: ServiceItemInput[];

  @Field(() => String, { nullable: true, description: "Up to 5,000 characters." })
  technicianNotes?: string | null;
}

@InputType({ description: "Work a repair station did on a vehicle, given by id or VIN." })
export class RecordServiceRecordInput extends ServiceWorkInput {
  @Field(() => ID, { nullable: true, description: "The vehicle; or give its VIN." })
  vehicleId?: string | null;

  @Field(() => String, { nullable: true })
  vin?: string | null;

  @Field(() => ID, { nullable: true, description: "The repair station; a dealer records its own work (its id is then taken). Staff must give it." })
  stationId?: string | null;
}

@InputType({ description: "A visit to book at a repair station." })
export class BookServiceAppointmentInput {
  @Field(() => ID, { nullable: true, description: "The vehicle; or give its VIN." })
  vehicleId?: string | null;

  @Field(() => String, { nullable: true })
  vin?: string | null;

  @Field(() => ID, { nullable: true, description: "The repair station; a dealer books at its own (its id is then taken)." })
  stationId?: string | null;

  @Field(() => DateTime, { description: "In the future, at most a year ahead; the visit takes one of the station's service bays for 60 minutes, and a time at which all are taken is CONFLICT." })
  scheduledAt!: Date;

  @Field(() => String, { description: "What the visit is for, 1 to 500 characters." })
  purpose!: string;
}

@InputType({ description: "A new time for a booked visit." })
export class RescheduleServiceAppointmentInput {
  @Field(() => ID)
  appointmentId!: string;

  @Field(() => DateTime, { description: "In the future, at most a year ahead, with a service bay free for 60 minutes (else CONFLICT)." })
  scheduledAt!: Date;
}

@InputType({ description: "A booked visit." })
export class ServiceAppointmentRefInput {
  @Field(() => ID)
  appointmentId!: string;
}

@InputType({ description: "A booked visit that took place, and the work done." })
export class CompleteServiceAppointmentInput extends ServiceWorkInput {
  @Field(() => ID)
  appointmentId!: string;
}

@ObjectType({ description: "The service record as recorded." })
export class ServiceRecordPayload {
  @Field(() => ServiceRecord, { description: "The recorded visit." })
  serviceRecord!: ServiceRecord;
}

@ObjectType({ description: "The appointment after the change, and the service record a completed visit became." })
export class ServiceAppointmentPayload {
  @Field(() => ServiceAppointment, { description: "The appointment after the change." })
  appointment!: ServiceAppointment;

  @Field(() => ServiceRecord, { nullable: true, description: "The service record written when the appointment was completed; null otherwise." })
  serviceRecord!: ServiceRecord | null;
}
