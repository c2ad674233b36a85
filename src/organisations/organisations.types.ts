import { Field, Float, Int, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../graphql/connection.js";
import { Node } from "../graphql/node.js";

@ObjectType({ implements: Node, description: "A dealership: sells vehicles, runs a repair station, or both." })
export class Dealer extends Node {
  dbId!: string;

  @Field(() => String, { description: "The dealer's code, e.g. SH-01." })
  code!: string;

  @Field(() => String, { description: "Display name of the dealership." })
  name!: string;

  @Field(() => Boolean, { description: "Sells vehicles." })
  sells!: boolean;

  @Field(() => Boolean, { description: "Runs a repair station." })
  repairs!: boolean;

  @Field(() => Int, { description: "Service bays of the repair station: how many booked visits (an hour each) it takes at the same time." })
  serviceBays!: number;

  @Field(() => String, { description: "City the dealership is in." })
  city!: string;

  @Field(() => String, { description: "Province the dealership is in." })
  province!: string;

  @Field(() => Float, { nullable: true, description: "Latitude in degrees (WGS 84)." })
  lat!: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude in degrees (WGS 84)." })
  lng!: number | null;

  @Field(() => String, { nullable: true, description: "The dealership's switchboard (a business number, not PII)." })
  phone!: string | null;
}

@ObjectType({ implements: Node, description: "A manufacturer whose products the platform sells." })
export class Supplier extends Node {
  dbId!: string;

  @Field(() => String, { description: "Short unique code, e.g. BOSCH." })
  code!: string;

  @Field(() => String, { description: "Display name of the supplier." })
  name!: string;

  @Field(() => String, { description: "ISO-3166 country code." })
  country!: string;
}

@ObjectType({ implements: Node, description: "A parcel carrier." })
export class Carrier extends Node {
  dbId!: string;

  @Field(() => String, { description: "Short unique code, e.g. SF." })
  code!: string;

  @Field(() => String, { description: "Display name of the carrier." })
  name!: string;
}

export const DealerConnection = Connection(Dealer, "Dealer");
export const SupplierConnection = Connection(Supplier, "Supplier");
export const CarrierConnection = Connection(Carrier, "Carrier");

export enum DealerCapability {
  SALES = "SALES",
  REPAIR = "REPAIR",
}
registerEnumType(DealerCapability, {
  name: "DealerCapability",
  description: "What a dealership does.",
  valuesConfig: {
    SALES: { description: "Sells vehicles and goods." },
    REPAIR: { description: "Runs a repair station (service bays, service records, appointments)." },
  },
});

@InputType({ description: "Filters for dealers; all given conditions must hold." })
export class DealerFilter {
  @Field(() => String, { nullable: true, description: "Part of the name or code, case-insensitive." })
  search?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => DealerCapability, { nullable: true })
  capability?: DealerCapability | null;
}
