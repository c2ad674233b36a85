import { Field, InputType, Int, ObjectType } from "type-graphql";
import { MaxItems } from "../graphql/input-lists.js";
import { HistoryIngestSummary, ImportedRecordState, ImportOutcome, ImportWarning } from "../organisations/source-imports.types.js";
import { MAX_SALES_PER_BATCH } from "./sale-history.service.js";
import { OwnershipRole } from "./vehicles.types.js";

@InputType({ description: "One historical vehicle sale (an ownership period) as a dealer's or maker's system recorded it, named by the source's own sale id." })
export class SourceVehicleSaleInput {
  @Field(() => String, { description: "The source's id of the sale: the key. The same content again changes nothing; changed content updates the ownership period in place (the previous version is kept). At most 100 characters." })
  saleId!: string;

  @Field(() => String, { description: "The buyer's id in the same source; the period lands on the profile that source record belongs to (it waits until the record arrives). At most 100 characters." })
  personSourceId!: string;

  @Field(() => String, { description: "The vehicle's VIN. One failing its check digit is set aside with a warning: the sale is kept as sent, not built." })
  vin!: string;

  @Field(() => String, { description: "The day of the sale, the period's first day: YYYY-MM-DD, or an ISO-8601 date-time with offset (its day in TIME_ZONE); not in the future." })
  soldOn!: string;

  @Field(() => String, { nullable: true, description: "The period's last day, when the source knows it (on or after soldOn); a period left open ends on the day the vehicle's next period begins." })
  endedOn?: string | null;

  @Field(() => OwnershipRole, { nullable: true, description: "OWNER when absent." })
  role?: OwnershipRole | null;

  @Field(() => String, { nullable: true, description: "The selling dealership's code; a dealer's own system (dealer-<code>) defaults to, and may name only, that dealership. An unknown code is set aside with a warning." })
  dealerCode?: string | null;

  @Field(() => String, { nullable: true, description: "The vehicle model's code (VehicleModel.code): a vehicle the platform does not know yet is registered with it. Without it, a sale of an unknown vehicle is kept as sent, not built." })
  modelCode?: string | null;

  @Field(() => Int, { nullable: true, description: "The model year of a vehicle registered from the sale; the sale's year when absent." })
  modelYear?: number | null;
}

@InputType({ description: "A batch of one source's historical vehicle sales (at most 1,000)." })
export class IngestVehicleSalesInput {
  @Field(() => String, { description: "The source system, e.g. dealer-sh-01 (a dealer imports only into dealer-<its code>)." })
  source!: string;

  @MaxItems(MAX_SALES_PER_BATCH)
  @Field(() => [SourceVehicleSaleInput], { description: "1 to 1,000 sales." })
  sales!: SourceVehicleSaleInput[];
}

@InputType({ description: "Vehicle sales a source deleted." })
export class DeleteIngestedVehicleSalesInput {
  @Field(() => String, { description: "The source system the sales came from." })
  source!: string;

  @MaxItems(MAX_SALES_PER_BATCH)
  @Field(() => [String], { description: "1 to 1,000 sale ids of that source." })
  saleIds!: string[];
}

@ObjectType({ description: "A sale of the batch that is stored (or was already)." })
export class IngestedVehicleSale {
  vehicleDbId!: string | null;
  customerDbId!: string | null;

  @Field(() => Int, { description: "Position in the batch." })
  index!: number;

  @Field(() => String, { description: "The source's sale id, as sent." })
  saleId!: string;

  @Field(() => ImportOutcome, { description: "Created, updated or unchanged." })
  outcome!: ImportOutcome;

  @Field(() => ImportedRecordState, { description: "On a profile, waiting for its buyer, or quarantined (a bad VIN, or an unknown vehicle without a known model)." })
  state!: ImportedRecordState;

  @Field(() => [ImportWarning], { description: "Values set aside; empty when everything was kept." })
  warnings!: ImportWarning[];
}

@ObjectType({ description: "A sale of the batch that was refused (no sale id, person, VIN or date, a date in the future, an end before the sale, an erased person, another dealership in a dealer's system); the rest of the batch is unaffected." })
export class RejectedVehicleSale {
  @Field(() => Int, { description: "Position of the sale in the batch (from 0)." })
  index!: number;

  @Field(() => String, { nullable: true, description: "The sale id, when it had one." })
  saleId!: string | null;

  @Field(() => String, { description: "BAD_USER_INPUT, or CONFLICT for an erased person." })
  code!: string;

  @Field(() => String, { description: "The input field at fault, e.g. input.sales.3.soldOn." })
  field!: string;

  @Field(() => String, { description: "Why the sale was refused, for people." })
  message!: string;
}

@ObjectType({ description: "What happened to each sale of a batch." })
export class IngestVehicleSalesPayload {
  @Field(() => HistoryIngestSummary, { description: "Counts per outcome." })
  summary!: HistoryIngestSummary;

  @Field(() => [IngestedVehicleSale], { description: "The stored sales, by position in the batch." })
  sales!: IngestedVehicleSale[];

  @Field(() => [RejectedVehicleSale], { description: "The refused sales, with code and field." })
  rejected!: RejectedVehicleSale[];
}

@ObjectType({ description: "The outcome of deleting a source's vehicle sales." })
export class DeleteIngestedVehicleSalesPayload {
  @Field(() => [String], { description: "Sales whose ownership periods were removed (their records and versions are kept; sending one again brings it back)." })
  deleted!: string[];

  @Field(() => [String], { description: "Sale ids the source never sent, or deleted already: nothing changed for them." })
  unknown!: string[];
}
