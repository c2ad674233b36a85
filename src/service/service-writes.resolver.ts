import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import {
  bookServiceAppointment,
  cancelServiceAppointment,
  completeServiceAppointment,
  markServiceAppointmentNoShow,
  rescheduleServiceAppointment,
} from "./appointments.service.js";
import {
  BookServiceAppointmentInput,
  CompleteServiceAppointmentInput,
  RecordServiceRecordInput,
  RescheduleServiceAppointmentInput,
  ServiceAppointmentPayload,
  ServiceAppointmentRefInput,
  ServiceRecordPayload,
} from "./service.inputs.js";
import { recordServiceRecord } from "./service-writes.service.js";

/** Repair stations record their work; customers, stations and staff book visits. */
@Resolver()
export class ServiceWritesResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => ServiceRecordPayload, {
    description: "Record work done at a repair station (a dealer: its own); the odometer becomes a mileage reading, the station a SERVICE dealership of the owner.",
  })
  recordServiceRecord(@Ctx() ctx: Context, @Arg("input", () => RecordServiceRecordInput) input: RecordServiceRecordInput) {
    return recordServiceRecord(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER", "CUSTOMER")
  @Mutation(() => ServiceAppointmentPayload, { description: "Book a visit: a customer for a vehicle they own, a dealer at its own station, staff anywhere." })
  bookServiceAppointment(@Ctx() ctx: Context, @Arg("input", () => BookServiceAppointmentInput) input: BookServiceAppointmentInput) {
    return bookServiceAppointment(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER", "CUSTOMER")
  @Mutation(() => ServiceAppointmentPayload, { description: "Move a BOOKED visit to another time." })
  rescheduleServiceAppointment(@Ctx() ctx: Context, @Arg("input", () => RescheduleServiceAppointmentInput) input: RescheduleServiceAppointmentInput) {
    return rescheduleServiceAppointment(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER", "CUSTOMER")
  @Mutation(() => ServiceAppointmentPayload, { description: "Cancel a BOOKED visit." })
  cancelServiceAppointment(@Ctx() ctx: Context, @Arg("input", () => ServiceAppointmentRefInput) input: ServiceAppointmentRefInput) {
    return cancelServiceAppointment(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => ServiceAppointmentPayload, { description: "A BOOKED visit took place: it becomes a service record of its station." })
  completeServiceAppointment(@Ctx() ctx: Context, @Arg("input", () => CompleteServiceAppointmentInput) input: CompleteServiceAppointmentInput) {
    return completeServiceAppointment(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => ServiceAppointmentPayload, { description: "The customer did not come to a BOOKED visit." })
  markServiceAppointmentNoShow(@Ctx() ctx: Context, @Arg("input", () => ServiceAppointmentRefInput) input: ServiceAppointmentRefInput) {
    return markServiceAppointmentNoShow(ctx.db, ctx.principal, input);
  }
}
