import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTime, LocalDate } from "../graphql/scalars.js";
import { OwnershipRole, Vehicle } from "./vehicles.types.js";

@InputType({ description: "A vehicle to register by its VIN." })
export class RegisterVehicleInput {
  @Field(() => String, { description: "17 characters, ISO 3779 check digit at position 9." })
  vin!: string;

  @Field(() => ID)
  modelId!: string;

  @Field(() => Int)
  modelYear!: number;

  @Field(() => String, { nullable: true })
  color?: string | null;

  @Field(() => String, { nullable: true })
  plate?: string | null;
}

@InputType({ description: "A sale or transfer: the vehicle's current ownership ends, the new one starts, history is kept." })
export class RecordVehicleSaleInput {
  @Field(() => String)
  vin!: string;

  @Field(() => ID, { description: "The new owner." })
  customerId!: string;

  @Field(() => LocalDate, { description: "The day ownership changes." })
  soldOn!: string;

  @Field(() => ID, { nullable: true, description: "The selling dealer; a dealer records its own sales (this is then its id)." })
  sellingDealerId?: string | null;

  @Field(() => OwnershipRole, { nullable: true, defaultValue: OwnershipRole.OWNER })
  role?: OwnershipRole | null;
}

@InputType({ description: "An odometer reading." })
export class RecordMileageInput {
  @Field(() => String)
  vin!: string;

  @Field(() => Int)
  km!: number;

  @Field(() => DateTime)
  readAt!: Date;
}

@ObjectType({ description: "The vehicle after the change." })
export class VehiclePayload {
  @Field(() => Vehicle, { description: "The vehicle after the change." })
  vehicle!: Vehicle;
}
