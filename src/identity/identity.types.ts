import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { matchRule } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime, LocalDate } from "../graphql/scalars.js";

export const MatchRule = enumOf(matchRule, {
  name: "MatchRule",
  description: "How a source record was linked to the profile.",
  valuesConfig: {
    NEW: { description: "The record started a new profile." },
    EXACT: { description: "Same source id, or a VIN the profile owns or another record carries." },
    EXACT_NORMALIZED: { description: "Same normalised email or E.164 phone, with compatible names." },
    FUZZY: { description: "Similar names (pg_trgm), always together with an exact criterion (birthday, or postcode and similar address)." },
    MANUAL: { description: "Linked by hand." },
  },
});
export type MatchRule = EnumValue<typeof MatchRule>;

@ObjectType({ description: "The customer as one source system knows them: the source, its own id, and how it was linked." })
export class SourceIdentity {
  customerDbId!: string;

  @Field(() => String, { description: "e.g. webshop, hotline, dealer-sh-01." })
  source!: string;

  @Field(() => String, { description: "The id in that source." })
  sourceId!: string;

  @Field(() => MatchRule)
  rule!: MatchRule;

  @Field(() => Float, { description: "0..1" })
  confidence!: number;

  @Field(() => DateTime)
  linkedAt!: Date;
}

export enum IngestOutcome {
  CREATED = "CREATED",
  MATCHED = "MATCHED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
}
registerEnumType(IngestOutcome, {
  name: "IngestOutcome",
  description: "What ingestion did with a record.",
  valuesConfig: {
    CREATED: { description: "New person: a new profile was made from it." },
    MATCHED: { description: "New record of a known person: linked to an existing profile (or to one made from another record of the batch)." },
    UPDATED: { description: "Known record with a changed payload: stored, still linked to its profile, golden record re-derived." },
    UNCHANGED: { description: "Known record, same payload: nothing changed." },
  },
});

@ObjectType({ description: "A record of the batch that is stored (or was already)." })
export class IngestedSourceRecord {
  customerDbId!: string;

  @Field(() => Int, { description: "Position in the batch." })
  index!: number;

  @Field(() => String)
  sourceId!: string;

  @Field(() => IngestOutcome)
  outcome!: IngestOutcome;

  @Field(() => MatchRule, { description: "How the record is linked to its profile." })
  rule!: MatchRule;

  @Field(() => Float, { description: "0..1" })
  confidence!: number;
}

@ObjectType({ description: "A record of the batch that was refused, and why; the rest of the batch is unaffected." })
export class RejectedSourceRecord {
  @Field(() => Int)
  index!: number;

  @Field(() => String, { nullable: true })
  sourceId!: string | null;

  @Field(() => String, { description: "BAD_USER_INPUT, or CONFLICT for a person whose data was erased." })
  code!: string;

  @Field(() => String, { description: "The input field at fault, e.g. input.records.3.phones.0." })
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: "Counts of a batch." })
export class IngestSummary {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  matched!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: "Existing profiles merged because a record of the batch proved them one person." })
  merged!: number;

  @Field(() => Int)
  rejected!: number;
}

@ObjectType({ description: "What happened to each record of a batch." })
export class IngestSourceRecordsPayload {
  @Field(() => IngestSummary)
  summary!: IngestSummary;

  @Field(() => [IngestedSourceRecord])
  records!: IngestedSourceRecord[];

  @Field(() => [RejectedSourceRecord])
  rejected!: RejectedSourceRecord[];
}

@ObjectType({ description: "Another profile that may be the same person." })
export class DuplicateCandidate {
  customerDbId!: string;

  @Field(() => Float, { description: "0..1; higher is likelier the same person." })
  score!: number;

  @Field(() => Boolean, { description: "true: the match rules would link these automatically." })
  confident!: boolean;

  @Field(() => [String], { description: "What the two have in common or where they differ, e.g. EMAIL, BIRTHDAY, NAME_SIMILARITY 0.82, NAMES_DIFFER." })
  reasons!: string[];
}

@ObjectType({ description: "How many rows of one table a merge moves." })
export class MovedRows {
  @Field(() => String, { description: "e.g. orders, vehicle_ownerships, identity_links." })
  table!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A merge of one profile into another; undone by unmergeCustomer." })
export class CustomerMerge {
  survivorDbId!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: "The merged-away profile's id; it now resolves to the survivor." })
  mergedCustomerId!: string;

  @Field(() => String, { description: "ROLE:subject of whoever merged (ingestion for automatic merges)." })
  performedBy!: string;

  @Field(() => DateTime)
  performedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  undoneAt!: Date | null;

  @Field(() => [MovedRows], { description: "What moved to the survivor." })
  moved!: MovedRows[];
}

@ObjectType({ description: "The profile a merge would produce, computed without writing anything." })
export class MergePreview {
  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  givenName!: string | null;

  @Field(() => String, { nullable: true })
  familyName!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => LocalDate, { nullable: true })
  birthday!: string | null;

  @Field(() => [String])
  emails!: string[];

  @Field(() => [String], { description: "E.164." })
  phones!: string[];

  @Field(() => [String], { description: "One line per address." })
  addresses!: string[];

  @Field(() => Int, { description: "Source records linked to the result." })
  sourceIdentities!: number;

  @Field(() => [MovedRows], { description: "Rows that would move to the survivor, per table." })
  moved!: MovedRows[];

  @Field(() => [MovedRows], { description: "Rows that would stay with the merged-away profile because the survivor has the same (an email, a tag); they come back on unmerge." })
  kept!: MovedRows[];
}
