import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ownershipRole } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { Connection } from "../graphql/connection.js";
import { Node } from "../graphql/node.js";
import { LocalDate } from "../graphql/scalars.js";

export const OwnershipRole = enumOf(ownershipRole, {
  name: "OwnershipRole",
  description: "How a customer holds a vehicle for a period.",
  valuesConfig: {
    OWNER: { description: "Owns it." },
    DRIVER: { description: "Drives it (a company car); not an owner." },
    LESSEE: { description: "Leases it." },
  },
});
export type OwnershipRole = EnumValue<typeof OwnershipRole>;

@ObjectType({ implements: Node, description: "A vehicle model (the definition, not one car)." })
export class VehicleModel extends Node {
  dbId!: string;

  @Field(() => String, { description: "Short unique code of the model." })
  code!: string;

  @Field(() => String, { description: "The manufacturer, e.g. Meridian." })
  make!: string;

  @Field(() => String, { description: "Display name of the model, e.g. Aurora." })
  name!: string;

  @Field(() => String, { description: "SEDAN, SUV, VAN, ..." })
  bodyType!: string;

  @Field(() => String, { description: "BEV, PHEV or ICE." })
  powertrain!: string;

  @Field(() => Int, { description: "Warranty length for new vehicles, in months." })
  warrantyMonths!: number;
}

@ObjectType({ implements: Node, description: "One vehicle, known by its VIN." })
export class Vehicle extends Node {
  dbId!: string;
  modelDbId!: string;

  @Field(() => String, { description: "17-character VIN (ISO 3779)." })
  vin!: string;

  @Field(() => Int, { description: "Model year as the manufacturer states it (may differ from the build date)." })
  modelYear!: number;

  @Field(() => String, { nullable: true, description: "Paint colour." })
  color!: string | null;

  @Field(() => String, { nullable: true, description: "Registration plate; null before registration." })
  plate!: string | null;

  @Field(() => Int, { description: "Latest known odometer reading in km." })
  mileageKm!: number;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the warranty, counted from the first sale; null before it is sold." })
  warrantyEndsOn!: string | null;

  @Field(() => Boolean, { description: "Whether the warranty still runs today." })
  underWarranty!: boolean;
}

@ObjectType({ description: "A period in which a customer owned, leased or drove a vehicle." })
export class VehicleOwnership {
  vehicleDbId!: string;
  customerDbId!: string;
  sellingDealerDbId!: string | null;

  @Field(() => OwnershipRole, { description: "Owner, driver or lessee." })
  role!: OwnershipRole;

  @Field(() => LocalDate, { description: "First day of the period." })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: "Null while it lasts." })
  endedOn!: string | null;

  @Field(() => Boolean, { description: "Whether the period is still running (no endedOn)." })
  current!: boolean;

  @Field(() => String, { nullable: true, description: "The source system this sale was imported from (ingestVehicleSales, e.g. dealer-sh-01); null for a sale recorded on the platform." })
  source!: string | null;

  @Field(() => String, { nullable: true, description: "The imported sale's id in its source system; null for a sale recorded on the platform." })
  sourceSaleId!: string | null;
}

export const VehicleConnection = Connection(Vehicle, "Vehicle");

@InputType({ description: "Filters for vehicles." })
export class VehicleFilter {
  @Field(() => ID, { nullable: true, description: "Vehicles of this model." })
  modelId?: string | null;

  @Field(() => Int, { nullable: true })
  modelYear?: number | null;

  @Field(() => Boolean, { nullable: true, description: "true: warranty still running." })
  underWarranty?: boolean | null;
}

