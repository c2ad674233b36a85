import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";

@ObjectType({
  description:
    "A dealership's complaints in a period (cases of kind COMPLAINT raised against it, by when they were opened), for the maker's hotline. The service level is CASE_SLA_HOURS by priority (default URGENT 4, HIGH 24, NORMAL 72, LOW 168 hours).",
})
export class ComplaintStats {
  @Field(() => DateTime, { description: "Start of the period (inclusive)." })
  from!: Date;

  @Field(() => DateTime, { description: "End of the period (exclusive)." })
  to!: Date;

  @Field(() => Int, { description: "Complaints opened against the dealership in the period." })
  complaintCount!: number;

  @Field(() => Int, { description: "Customers related to the dealership now (a sale, service visit, order or its own records): the rate's base." })
  customerCount!: number;

  @Field(() => Float, { nullable: true, description: "Complaints per 100 related customers, two decimals; null when it has no customers." })
  ratePer100Customers!: number | null;

  @Field(() => Int, { description: "Of the period's complaints, those still open or in progress." })
  openCount!: number;

  @Field(() => Int, { description: "Of the period's complaints, those past their service level (unresolved after the due time, or resolved after it)." })
  overdueCount!: number;

  @Field(() => Float, { nullable: true, description: "Median hours from opening to resolution of the period's resolved complaints; null when none is resolved." })
  medianResolutionHours!: number | null;

  @Field(() => Float, { nullable: true, description: "Mean hours from opening to resolution of the period's resolved complaints; null when none is resolved." })
  meanResolutionHours!: number | null;
}
