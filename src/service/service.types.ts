import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../graphql/connection.js";
import { Money } from "../graphql/money.js";
import { Node } from "../graphql/node.js";
import { DateTime } from "../graphql/scalars.js";

export enum ServiceKind {
  MAINTENANCE = "MAINTENANCE",
  REPAIR = "REPAIR",
  WARRANTY = "WARRANTY",
  RECALL = "RECALL",
}
registerEnumType(ServiceKind, { name: "ServiceKind" });

export enum ServiceItemKind {
  PART = "PART",
  LABOUR = "LABOUR",
}
registerEnumType(ServiceItemKind, { name: "ServiceItemKind" });

export enum AppointmentStatus {
  BOOKED = "BOOKED",
  CANCELLED = "CANCELLED",
  COMPLETED = "COMPLETED",
  NO_SHOW = "NO_SHOW",
}
registerEnumType(AppointmentStatus, { name: "AppointmentStatus" });

@ObjectType({ implements: Node, description: "Work a repair station did on a vehicle." })
export class ServiceRecord extends Node {
  dbId!: string;
  vehicleDbId!: string;
  dealerDbId!: string;

  @Field(() => ServiceKind)
  kind!: ServiceKind;

  @Field(() => Int)
  mileageKm!: number;

  @Field(() => DateTime)
  performedAt!: Date;

  @Field(() => Money)
  total!: Money;

  @Field(() => String, { nullable: true })
  technicianNotes!: string | null;
}

@ObjectType({ description: "A part or a labour item of a service record." })
export class ServiceItem {
  recordDbId!: string;

  @Field(() => ServiceItemKind)
  kind!: ServiceItemKind;

  @Field(() => String)
  description!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Money)
  unitPrice!: Money;

  @Field(() => Money)
  total!: Money;
}

@ObjectType({ description: "A booked visit to a repair station." })
export class ServiceAppointment {
  vehicleDbId!: string;
  dealerDbId!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  scheduledAt!: Date;

  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;

  @Field(() => String)
  purpose!: string;
}

export const ServiceRecordConnection = Connection(ServiceRecord, "ServiceRecord");
