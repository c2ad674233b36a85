import { Field, InputType, Int, ObjectType } from "type-graphql";
import { MaxItems } from "../graphql/input-lists.js";
import { ImportedRecordState, ImportOutcome, ImportWarning } from "../organisations/source-imports.types.js";
import { ServiceItemKind, ServiceKind } from "./service.types.js";
import { MAX_VISITS_PER_BATCH } from "./visit-history.service.js";

@InputType({ description: "A part or the labour of a historical visit, as charged. A part names its product by one of sku, ean or code (an unknown one stays on the visit without its product link); an item with a bad quantity or a negative price is left off with a warning." })
export class SourceVisitItemInput {
  @Field(() => ServiceItemKind, { nullable: true, description: "PART when a product is named, else LABOUR, when absent." })
  kind?: ServiceItemKind | null;

  @Field(() => String, { nullable: true, description: "The catalog's SKU of the part." })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: "The part's EAN/GTIN (Product.ean)." })
  ean?: string | null;

  @Field(() => String, { nullable: true, description: "The source's own part number (mapSourceProductCodes)." })
  code?: string | null;

  @Field(() => String, { nullable: true, description: "What the part or the work was; the product's name when absent." })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: "Parts, or hours of labour, 1 to 10,000; 1 when absent." })
  quantity?: number | null;

  @Field(() => Int, { description: "Price of one as charged, in minor units (fen)." })
  unitPrice!: number;
}

@InputType({ description: "One historical service visit as a repair station's system recorded it, named by the source's own visit id." })
export class SourceServiceVisitInput {
  @Field(() => String, { description: "The source's id of the visit: the key. The same content again changes nothing; changed content updates the service record (the previous version is kept)." })
  visitId!: string;

  @Field(() => String, { description: "The customer's id in the same source; the record lands on the profile that source record belongs to (on none until it arrives)." })
  personSourceId!: string;

  @Field(() => String, { description: "The vehicle's VIN. A VIN failing its check digit, or one of no known vehicle, keeps the visit as sent without a service record (a warning says which)." })
  vin!: string;

  @Field(() => String, { nullable: true, description: "The repair station's dealer code; a dealer's own system (dealer-<code>) defaults to, and may name only, that dealership." })
  stationCode?: string | null;

  @Field(() => String, { description: "When the work was done: YYYY-MM-DD (midnight in TIME_ZONE) or an ISO-8601 date-time with offset; not in the future." })
  performedAt!: string;

  @Field(() => Int, { description: "Odometer reading in kilometres; raises the vehicle's mileage where it is higher." })
  mileageKm!: number;

  @Field(() => ServiceKind, { nullable: true, description: "MAINTENANCE when absent." })
  kind?: ServiceKind | null;

  @Field(() => Int, { nullable: true, description: "The visit's cost as charged, in minor units: checked against the items (a difference is a warning; the record's total is the items')." })
  cost?: number | null;

  @Field(() => [SourceVisitItemInput], { nullable: true, description: "Parts and labour, at most 100." })
  items?: SourceVisitItemInput[] | null;
}

@InputType({ description: "A batch of one source's historical service visits (at most 1,000)." })
export class IngestServiceVisitsInput {
  @Field(() => String, { description: "The source system, e.g. dealer-bj-02 (a dealer imports only into dealer-<its code>)." })
  source!: string;

  @MaxItems(MAX_VISITS_PER_BATCH)
  @Field(() => [SourceServiceVisitInput], { description: "1 to 1,000 visits." })
  visits!: SourceServiceVisitInput[];
}

@InputType({ description: "Visits a source deleted." })
export class DeleteIngestedServiceVisitsInput {
  @Field(() => String, { description: "The source system the visits came from." })
  source!: string;

  @MaxItems(MAX_VISITS_PER_BATCH)
  @Field(() => [String], { description: "1 to 1,000 visit ids of that source." })
  visitIds!: string[];
}

@ObjectType({ description: "A visit of the batch that is stored (or was already)." })
export class IngestedServiceVisit {
  serviceRecordDbId!: string | null;
  customerDbId!: string | null;

  @Field(() => Int, { description: "Position in the batch." })
  index!: number;

  @Field(() => String, { description: "The source's visit id, as sent." })
  visitId!: string;

  @Field(() => ImportOutcome, { description: "Created, updated or unchanged." })
  outcome!: ImportOutcome;

  @Field(() => ImportedRecordState, { description: "On a profile, waiting for its person (built on the vehicle), or quarantined (no vehicle or station)." })
  state!: ImportedRecordState;

  @Field(() => [ImportWarning], { description: "Items and fields set aside; empty when everything was kept." })
  warnings!: ImportWarning[];
}

@ObjectType({ description: "A visit of the batch that was refused (no visit id, person, VIN, date or mileage, a date in the future, an erased person, another station in a dealer's system); the rest of the batch is unaffected." })
export class RejectedServiceVisit {
  @Field(() => Int, { description: "Position of the visit in the batch (from 0)." })
  index!: number;

  @Field(() => String, { nullable: true, description: "The visit id, when it had one." })
  visitId!: string | null;

  @Field(() => String, { description: "BAD_USER_INPUT, or CONFLICT for an erased person." })
  code!: string;

  @Field(() => String, { description: "The input field at fault, e.g. input.visits.3.mileageKm." })
  field!: string;

  @Field(() => String, { description: "Why the visit was refused, for people." })
  message!: string;
}

@ObjectType({ description: "Counts of a visit batch." })
export class ServiceVisitIngestSummary {
  @Field(() => Int, { description: "Visits not seen before." })
  created!: number;

  @Field(() => Int, { description: "Known visits whose content changed." })
  updated!: number;

  @Field(() => Int, { description: "Known visits sent again unchanged (nothing written)." })
  unchanged!: number;

  @Field(() => Int, { description: "Visits whose person's source record has not arrived (built on the vehicle, on no profile yet)." })
  pending!: number;

  @Field(() => Int, { description: "Visits with at least one warning (an item or field set aside, or not built)." })
  quarantined!: number;

  @Field(() => Int, { description: "Visits refused (see rejected); nothing of them was stored." })
  rejected!: number;
}

@ObjectType({ description: "What happened to each visit of a batch." })
export class IngestServiceVisitsPayload {
  @Field(() => ServiceVisitIngestSummary, { description: "Counts per outcome." })
  summary!: ServiceVisitIngestSummary;

  @Field(() => [IngestedServiceVisit], { description: "The stored visits, by position in the batch." })
  visits!: IngestedServiceVisit[];

  @Field(() => [RejectedServiceVisit], { description: "The refused visits, with code and field." })
  rejected!: RejectedServiceVisit[];
}

@ObjectType({ description: "The outcome of deleting a source's visits." })
export class DeleteIngestedServiceVisitsPayload {
  @Field(() => [String], { description: "Visits whose service records were removed (their records and versions are kept; sending one again brings it back)." })
  deleted!: string[];

  @Field(() => [String], { description: "Visits the source never sent, or deleted already: nothing changed for them." })
  unknown!: string[];
}
