import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Customer } from "../customers/customers.types.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { Dealer } from "../organisations/organisations.types.js";
import { Vehicle } from "../vehicles/vehicles.types.js";
import { ServiceAppointment, ServiceAppointmentConnection, ServiceAppointmentFilter, ServiceItem, ServiceRecord, ServiceRecordConnection } from "./service.types.js";

@Resolver(() => ServiceRecord)
export class ServiceRecordResolver {
  @FieldResolver(() => [ServiceItem], { description: "Parts and labour." })
  items(@Root() record: ServiceRecord, @Ctx() ctx: Context) {
    return ctx.loaders.service.items.load(record.dbId);
  }

  @FieldResolver(() => Dealer, { nullable: true, description: "The repair station that did the work." })
  station(@Root() record: ServiceRecord, @Ctx() ctx: Context) {
    return ctx.loaders.organisations.dealer.load(record.dealerDbId);
  }

  @FieldResolver(() => Vehicle, { nullable: true, description: "The serviced vehicle; null when outside the caller's scope." })
  vehicle(@Root() record: ServiceRecord, @Ctx() ctx: Context) {
    return ctx.loaders.vehicles.vehicle.load(record.vehicleDbId);
  }
}

@Resolver(() => ServiceAppointment)
export class ServiceAppointmentResolver {
  @FieldResolver(() => Dealer, { nullable: true, description: "The repair station the visit is booked at." })
  station(@Root() appointment: ServiceAppointment, @Ctx() ctx: Context) {
    return ctx.loaders.organisations.dealer.load(appointment.dealerDbId);
  }

  @FieldResolver(() => Customer, { nullable: true, description: "Who the visit is booked for; null where you may not see that profile." })
  customer(@Root() appointment: ServiceAppointment, @Ctx() ctx: Context) {
    return ctx.loaders.customers.customer.load(appointment.customerDbId);
  }

  @FieldResolver(() => Vehicle, { nullable: true, description: "The vehicle the visit is for; null when outside the caller's scope." })
  vehicle(@Root() appointment: ServiceAppointment, @Ctx() ctx: Context) {
    return ctx.loaders.vehicles.vehicle.load(appointment.vehicleDbId);
  }

  @FieldResolver(() => ServiceRecord, { nullable: true, description: "The service record a completed visit became." })
  serviceRecord(@Root() appointment: ServiceAppointment, @Ctx() ctx: Context) {
    return appointment.serviceRecordDbId ? ctx.loaders.service.record.load(appointment.serviceRecordDbId) : null;
  }
}

@Resolver(() => Vehicle)
export class VehicleServiceResolver {
  @FieldResolver(() => ServiceRecordConnection, { description: "Service history you may see, latest visit first." })
  serviceRecords(@Root() vehicle: Vehicle, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.service.ofVehicle.load(vehicle.dbId, page);
  }

  @FieldResolver(() => [ServiceAppointment], { description: "Booked, completed and cancelled visits." })
  appointments(@Root() vehicle: Vehicle, @Ctx() ctx: Context) {
    return ctx.loaders.service.appointments.load(vehicle.dbId);
  }
}

@Resolver(() => Dealer)
export class DealerServiceResolver {
  @FieldResolver(() => ServiceRecordConnection, { description: "Work done by this station (visible to staff and to the dealer itself)." })
  serviceRecords(@Root() dealer: Dealer, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.service.ofDealer.load(dealer.dbId, page);
  }

  @FieldResolver(() => ServiceAppointmentConnection, { description: "Visits booked at this station, soonest first (visible to staff and to the dealer itself; a customer sees their own)." })
  serviceAppointments(
    @Root() dealer: Dealer,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ServiceAppointmentFilter, { nullable: true }) filter?: ServiceAppointmentFilter,
  ) {
    return ctx.loaders.service.appointmentsOfDealer.load(dealer.dbId, page, filter);
  }
}
