import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { foundOr } from "../errors.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { Dealer } from "../organisations/organisations.types.js";
import { recordMileage, recordVehicleSale, registerVehicle } from "./vehicle-writes.service.js";
import { RecordMileageInput, RecordVehicleSaleInput, RegisterVehicleInput, VehiclePayload } from "./vehicles.inputs.js";
import { listVehicles, vehicleByVin } from "./vehicles.service.js";
import { Vehicle, VehicleConnection, VehicleFilter, VehicleModel, VehicleOwnership } from "./vehicles.types.js";

@Resolver(() => Vehicle)
export class VehicleResolver {
  @Query(() => VehicleConnection, { description: "Vehicles you may see, by VIN." })
  vehicles(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => VehicleFilter, { nullable: true }) filter?: VehicleFilter,
  ) {
    return listVehicles(ctx.db, ctx.principal, filter, page);
  }

  @Query(() => Vehicle, { nullable: true, description: "A vehicle by VIN (any case); NOT_FOUND when there is none you may see." })
  vehicle(@Ctx() ctx: Context, @Arg("vin", () => String) vin: string) {
    return foundOr(vehicleByVin(ctx.db, ctx.principal, vin), "Vehicle", "vin");
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => VehiclePayload, { description: "Register a vehicle by VIN (check digit validated). The warranty starts with its first sale." })
  registerVehicle(@Ctx() ctx: Context, @Arg("input", () => RegisterVehicleInput) input: RegisterVehicleInput) {
    return registerVehicle(ctx.db, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => VehiclePayload, {
    description: "A sale or ownership transfer: the current ownership ends on that day, the new one begins; history is kept. A dealer records its own sales.",
  })
  recordVehicleSale(@Ctx() ctx: Context, @Arg("input", () => RecordVehicleSaleInput) input: RecordVehicleSaleInput) {
    return recordVehicleSale(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => VehiclePayload, { description: "An odometer reading; mileage never goes down." })
  recordMileage(@Ctx() ctx: Context, @Arg("input", () => RecordMileageInput) input: RecordMileageInput) {
    return recordMileage(ctx.db, ctx.principal, input);
  }

  @FieldResolver(() => VehicleModel, { nullable: true, description: "The vehicle's model (the vehicle definition)." })
  model(@Root() vehicle: Vehicle, @Ctx() ctx: Context) {
    return ctx.loaders.vehicles.model.load(vehicle.modelDbId);
  }

  @FieldResolver(() => [VehicleOwnership], { description: "Owner history, oldest first (a customer sees their own periods only)." })
  ownerships(@Root() vehicle: Vehicle, @Ctx() ctx: Context) {
    return ctx.loaders.vehicles.ownerships.load(vehicle.dbId);
  }
}

@Resolver(() => VehicleOwnership)
export class VehicleOwnershipResolver {
  @FieldResolver(() => Customer, { nullable: true, description: "Null where you may not see that profile." })
  customer(@Root() ownership: VehicleOwnership, @Ctx() ctx: Context) {
    return ctx.loaders.customers.customer.load(ownership.customerDbId);
  }

  @FieldResolver(() => Dealer, { nullable: true, description: "The dealership that sold the vehicle for this period, if any." })
  sellingDealer(@Root() ownership: VehicleOwnership, @Ctx() ctx: Context) {
    return ownership.sellingDealerDbId ? ctx.loaders.organisations.dealer.load(ownership.sellingDealerDbId) : null;
  }
}

@Resolver(() => Customer)
export class CustomerVehiclesResolver {
  @FieldResolver(() => [Vehicle], { description: "Vehicles the customer owns or owned, current ones first." })
  vehicles(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.vehicles.ofCustomer.load(customer.dbId);
  }
}

@Resolver(() => Dealer)
export class DealerVehiclesResolver {
  @FieldResolver(() => VehicleConnection, { description: "Vehicles this dealership sold or serviced, by VIN; staff see any dealer's, a dealer only its own." })
  vehicles(@Root() dealer: Dealer, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.vehicles.ofDealer.load(dealer.dbId, page);
  }
}
