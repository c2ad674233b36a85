import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../graphql/connection.js";
import { LocalDate } from "../graphql/scalars.js";

@ObjectType({ description: "Why an item is expected when it is: the purchases it was learnt from and the two rhythms it weighs." })
export class RepurchaseEvidence {
  @Field(() => Int, { description: "Days on which the customer bought the item and kept it (returned and cancelled purchases do not count)." })
  purchases!: number;

  @Field(() => [LocalDate], { description: "The latest of those purchase days, newest first (up to five)." })
  lastPurchases!: string[];

  @Field(() => Int, { description: "Units bought on the latest purchase day: two packs are expected to last twice as long." })
  lastQuantity!: number;

  @Field(() => Float, { nullable: true, description: "The customer's own mean interval in days per unit (geometric mean); null after a single purchase." })
  ownIntervalDays!: number | null;

  @Field(() => Float, { description: "The mean interval in days per unit of every customer who bought the item again (geometric mean)." })
  populationIntervalDays!: number;

  @Field(() => Float, { description: "How much the customer's own intervals count against the population's, 0–1 (credibility weight: more own intervals and a more varied population count more)." })
  ownWeight!: number;
}

@ObjectType({ description: "A product (or a category of products that replace each other) the customer is expected to buy again soon." })
export class DueItem {
  productDbId!: string | null;
  categoryDbId!: string | null;

  @Field(() => LocalDate, { description: "The expected next purchase day." })
  expectedOn!: string;

  @Field(() => LocalDate, { description: "The early end of the 80 % interval of the next purchase day." })
  lowOn!: string;

  @Field(() => LocalDate, { description: "The late end of the 80 % interval of the next purchase day." })
  highOn!: string;

  @Field(() => Boolean, { description: "The expected day has passed without a purchase." })
  overdue!: boolean;

  @Field(() => RepurchaseEvidence, { description: "The purchases and rhythms behind the prediction." })
  evidence!: RepurchaseEvidence;
}

export const DueItemConnection = Connection(DueItem, "DueItem");

export enum ServiceDueReason {
  TIME = "TIME",
  MILEAGE = "MILEAGE",
}

registerEnumType(ServiceDueReason, {
  name: "ServiceDueReason",
  description: "Which of the model's maintenance intervals falls due first.",
  valuesConfig: {
    TIME: { description: "The months since the last maintenance (or since delivery) run out first." },
    MILEAGE: { description: "The kilometres since the last maintenance reach the interval first, at the vehicle's projected rate." },
  },
});

@ObjectType({ description: "When a vehicle's next maintenance is due, by the model's interval in months and kilometres, whichever comes first." })
export class ServiceDue {
  vehicleDbId!: string;
  customerDbId!: string | null;

  @Field(() => LocalDate, { description: "The day maintenance falls due." })
  date!: string;

  @Field(() => Int, { description: "The odometer reading (km) at which it falls due by distance." })
  mileage!: number;

  @Field(() => Int, { description: "The odometer reading (km) projected for today from the readings' rate (the latest reading without a rate)." })
  projectedMileage!: number;

  @Field(() => Boolean, { description: "Due today or earlier, by time or by the projected mileage, and not done yet." })
  overdue!: boolean;

  @Field(() => ServiceDueReason, { description: "Which interval falls due first." })
  reason!: ServiceDueReason;

  @Field(() => LocalDate, { nullable: true, description: "The latest maintenance visit at any station; null when there was none (the interval counts from delivery)." })
  lastServiceOn!: string | null;
}

export const ServiceDueConnection = Connection(ServiceDue, "ServiceDue");
