import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Customer } from "../customers/customers.types.js";
import { MaxItems } from "../graphql/input-lists.js";
import { JSONObject } from "../graphql/scalars.js";
import { CustomerMerge, SourceIdentity } from "./identity.types.js";
import { MAX_RECORDS_PER_BATCH } from "./ingest.service.js";

@InputType({ description: "A postal address as the source has it." })
export class SourceAddressInput {
  @Field(() => String)
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field(() => String)
  city!: string;

  @Field(() => String, { nullable: true, description: "Defaults to the city (Beijing, Shanghai...)." })
  province?: string | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166 two-letter code; CN when absent." })
  country?: string | null;
}

@InputType({ description: "One person as a source system knows them. Refused only when nothing in it identifies anyone (a name, or a valid email, phone or VIN); invalid values are dropped with a warning." })
export class SourceRecordInput {
  @Field(() => String, { description: "The person's id in the source: sending it again with the same content changes nothing." })
  sourceId!: string;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: "For business, fleet and government customers." })
  organisationName?: string | null;

  @Field(() => [String], { nullable: true, description: "An invalid address is left out of matching with a warning." })
  emails?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Any format; numbers without country code are read as Chinese. An invalid number is left out of matching with a warning." })
  phones?: string[] | null;

  @Field(() => [SourceAddressInput], { nullable: true })
  addresses?: SourceAddressInput[] | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; a bad date is left out of matching with a warning (the record is kept)." })
  birthday?: string | null;

  @Field(() => [String], { nullable: true, description: "VINs of vehicles the person owns; a VIN with a wrong length, characters or check digit is left out of matching with a warning." })
  vins?: string[] | null;

  @Field(() => JSONObject, { nullable: true, description: "Anything else the source knows; stored with the record." })
  attributes?: Record<string, unknown> | null;
}

@InputType({ description: "A batch of one source's records (at most 1,000)." })
export class IngestSourceRecordsInput {
  @Field(() => String, { description: "e.g. webshop, app, hotline, dealer-sh-01 (a dealer's system: dealer-<its code>)." })
  source!: string;

  // The one list above the global cap of 250 items (issue 6: a source sends up to 1,000 at once).
  @MaxItems(MAX_RECORDS_PER_BATCH)
  @Field(() => [SourceRecordInput], { description: "1 to 1,000 records." })
  records!: SourceRecordInput[];
}

@InputType({ description: "Two profiles to become one." })
export class MergeCustomersInput {
  @Field(() => ID, { description: "The profile that stays." })
  survivorId!: string;

  @Field(() => ID, { description: "The profile merged into it; its id keeps resolving to the survivor." })
  mergedId!: string;
}

@InputType({ description: "A merged-away profile to restore." })
export class UnmergeCustomerInput {
  @Field(() => ID, { description: "The id the profile had before it was merged away." })
  customerId!: string;
}

@ObjectType({ description: "The merge and the surviving profile." })
export class MergeCustomersPayload {
  @Field(() => Customer, { description: "The profile that remains, now holding the merged profile's links and rows." })
  survivor!: Customer;

  @Field(() => CustomerMerge, { description: "The merge, with the rows it moved (undo it with unmergeCustomer)." })
  merge!: CustomerMerge;
}

@ObjectType({ description: "Both profiles as they were before the merge." })
export class UnmergeCustomerPayload {
  @Field(() => Customer, { description: "The profile the merge had kept, with the moved rows taken back." })
  survivor!: Customer;

  @Field(() => Customer, { description: "The profile that was merged away, on its own again." })
  restored!: Customer;

  @Field(() => CustomerMerge, { description: "The merge that was undone (undoneAt set)." })
  merge!: CustomerMerge;
}

@InputType({ description: "A source record to split off its profile, and where it goes." })
export class DetachSourceRecordInput {
  @Field(() => String, { description: "The record's source, e.g. hotline, dealer-sh-01 (as in Customer.sourceIdentities)." })
  source!: string;

  @Field(() => String, { description: "The record's id in that source." })
  sourceId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "An existing profile to attach the record to. Without it the record gets a new profile of its own. Naming the profile it came from undoes an earlier detach.",
  })
  onto?: string | null;
}

@ObjectType({ description: "Where a detached source record went, and the profile it left." })
export class DetachSourceRecordPayload {
  @Field(() => SourceIdentity, { description: "The record, now linked to `to` by hand (rule MANUAL)." })
  sourceIdentity!: SourceIdentity;

  @Field(() => Customer, { description: "The profile the record left, with the contacts only that record had brought taken away and its golden fields re-derived." })
  from!: Customer;

  @Field(() => Customer, { description: "The profile that now holds the record and what it brought." })
  to!: Customer;

  @Field(() => Boolean, { description: "true: `to` is a new profile made from the record." })
  createdProfile!: boolean;

  @Field(() => Boolean, {
    description: "true: `from` was left with no record and no rows of any kind and was retired; its id now resolves to `to` (attaching the record back revives it).",
  })
  fromRetired!: boolean;
}
