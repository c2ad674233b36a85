import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { appointmentStatus, serviceItemKind, serviceKind } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { Connection } from "../graphql/connection.js";
import { Money } from "../graphql/money.js";
import { Node } from "../graphql/node.js";
import { DateTime } from "../graphql/scalars.js";

export const ServiceKind = enumOf(serviceKind, {
  name: "ServiceKind",
  description: "What a workshop visit was for.",
  valuesConfig: {
    MAINTENANCE: { description: "Scheduled maintenance (inspection, oil, filters)." },
    REPAIR: { description: "A repair paid by the owner." },
    WARRANTY: { description: "A repair under the vehicle's warranty." },
    RECALL: { description: "Work ordered by a manufacturer's recall." },
  },
});
export type ServiceKind = EnumValue<typeof ServiceKind>;

export const ServiceItemKind = enumOf(serviceItemKind, {
  name: "ServiceItemKind",
  description: "A line of a service record.",
  valuesConfig: {
    PART: { description: "A part fitted." },
    LABOUR: { description: "Work time charged." },
  },
});
export type ServiceItemKind = EnumValue<typeof ServiceItemKind>;

export const AppointmentStatus = enumOf(appointmentStatus, {
  name: "AppointmentStatus",
  description: "BOOKED -> CANCELLED, COMPLETED or NO_SHOW; any other step is a CONFLICT.",
  valuesConfig: {
    BOOKED: { description: "Booked; takes one of the station's service bays for 60 minutes." },
    CANCELLED: { description: "Cancelled by the customer, the station or staff; the bay is free again." },
    COMPLETED: { description: "The visit took place; it produced a service record." },
    NO_SHOW: { description: "The customer did not come." },
  },
});
export type AppointmentStatus = EnumValue<typeof AppointmentStatus>;

@ObjectType({ implements: Node, description: "Work a repair station did on a vehicle." })
export class ServiceRecord extends Node {
  dbId!: string;
  vehicleDbId!: string;
  dealerDbId!: string;

  @Field(() => ServiceKind, { description: "Maintenance, repair, warranty or recall work." })
  kind!: ServiceKind;

  @Field(() => Int, { description: "Odometer reading at the visit, in kilometres; also stored as a mileage reading." })
  mileageKm!: number;

  @Field(() => DateTime, { description: "When the work was done." })
  performedAt!: Date;

  @Field(() => Money, { description: "Sum of the items." })
  total!: Money;

  @Field(() => String, { nullable: true, description: "The technician's notes." })
  technicianNotes!: string | null;

  @Field(() => String, { nullable: true, description: "The source system this visit was imported from (ingestServiceVisits, e.g. station-bj-02); null for work recorded on the platform. Imported visits sent no notices." })
  source!: string | null;

  @Field(() => String, { nullable: true, description: "The imported visit's id in its source system; null for work recorded on the platform." })
  sourceVisitId!: string | null;
}

@ObjectType({ description: "A part or a labour item of a service record." })
export class ServiceItem {
  recordDbId!: string;

  @Field(() => ServiceItemKind, { description: "A part or labour." })
  kind!: ServiceItemKind;

  @Field(() => String, { description: "What the part or the work was." })
  description!: string;

  @Field(() => Int, { description: "How many parts, or hours of labour." })
  quantity!: number;

  @Field(() => Money, { description: "Price of one." })
  unitPrice!: Money;

  @Field(() => Money, { description: "unitPrice x quantity." })
  total!: Money;
}

@ObjectType({ description: "A booked visit to a repair station." })
export class ServiceAppointment {
  vehicleDbId!: string;
  dealerDbId!: string;
  serviceRecordDbId!: string | null;
  customerDbId!: string;

  @Field(() => ID, { description: "Global id of the appointment." })
  id!: string;

  @Field(() => DateTime, { description: "Start of the visit; it takes one service bay for 60 minutes." })
  scheduledAt!: Date;

  @Field(() => AppointmentStatus, { description: "Booked, cancelled, completed or no-show." })
  status!: AppointmentStatus;

  @Field(() => String, { description: "What the visit is for, in the customer's words." })
  purpose!: string;
}

export const ServiceRecordConnection = Connection(ServiceRecord, "ServiceRecord");

export const ServiceAppointmentConnection = Connection(ServiceAppointment, "ServiceAppointment");

@InputType({ description: "Filters for a station's appointments." })
export class ServiceAppointmentFilter {
  @Field(() => [AppointmentStatus], { nullable: true })
  statuses?: AppointmentStatus[] | null;

  @Field(() => DateTime, { nullable: true, description: "Scheduled at or after." })
  from?: Date | null;
}
