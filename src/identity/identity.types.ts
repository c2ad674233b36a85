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

  @Field(() => MatchRule, { description: "Which match rule linked the record to this profile." })
  rule!: MatchRule;

  @Field(() => Float, { description: "0..1" })
  confidence!: number;

  @Field(() => DateTime, { description: "When the record was linked to this profile." })
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

@ObjectType({ description: "A value of a stored record that was left out of matching because it is invalid; the record itself is kept." })
export class IngestWarning {
  @Field(() => String, { description: "INVALID_EMAIL, INVALID_PHONE, INVALID_VIN (e.g. a wrong check digit), INVALID_BIRTHDAY or INVALID_ADDRESS." })
  code!: string;

  @Field(() => String, { description: "The input field dropped, e.g. input.records.3.vins.0." })
  field!: string;

  @Field(() => String, { description: "What is wrong with the value, for people." })
  message!: string;
}

@ObjectType({ description: "A record of the batch that is stored (or was already)." })
export class IngestedSourceRecord {
  customerDbId!: string;

  @Field(() => Int, { description: "Position in the batch." })
  index!: number;

  @Field(() => String, { description: "The record's id in its source, as sent." })
  sourceId!: string;

  @Field(() => IngestOutcome, { description: "What ingestion did: created a profile, matched one, updated or left the record unchanged." })
  outcome!: IngestOutcome;

  @Field(() => MatchRule, { description: "How the record is linked to its profile." })
  rule!: MatchRule;

  @Field(() => Float, { description: "0..1" })
  confidence!: number;

  @Field(() => [IngestWarning], { description: "Invalid values of this record (a bad VIN, phone, email, birthday or address) that matching ignored; the record is stored and linked without them. Empty when every value was valid." })
  warnings!: IngestWarning[];
}

@ObjectType({ description: "A record of the batch that was refused, and why (nothing in it identifies anyone, a missing sourceId, an erased person); the rest of the batch is unaffected." })
export class RejectedSourceRecord {
  @Field(() => Int, { description: "Position of the record in the batch (from 0)." })
  index!: number;

  @Field(() => String, { nullable: true, description: "The record's id in its source, when it had one." })
  sourceId!: string | null;

  @Field(() => String, { description: "BAD_USER_INPUT, or CONFLICT for a person whose data was erased." })
  code!: string;

  @Field(() => String, { description: "The input field at fault, e.g. input.records.3.phones.0." })
  field!: string;

  @Field(() => String, { description: "Why the record was refused, for people." })
  message!: string;
}

@ObjectType({ description: "Counts of a batch." })
export class IngestSummary {
  @Field(() => Int, { description: "Records that made a new profile." })
  created!: number;

  @Field(() => Int, { description: "New records linked to an existing profile." })
  matched!: number;

  @Field(() => Int, { description: "Known records whose payload changed." })
  updated!: number;

  @Field(() => Int, { description: "Known records sent again with the same payload." })
  unchanged!: number;

  @Field(() => Int, { description: "Existing profiles merged because a record of the batch proved them one person." })
  merged!: number;

  @Field(() => Int, { description: "Records refused (see rejected); nothing of them was stored." })
  rejected!: number;
}

@ObjectType({ description: "What happened to each record of a batch." })
export class IngestSourceRecordsPayload {
  @Field(() => IngestSummary, { description: "Counts per outcome." })
  summary!: IngestSummary;

  @Field(() => [IngestedSourceRecord], { description: "The stored records, by position in the batch, with the profile each is linked to." })
  records!: IngestedSourceRecord[];

  @Field(() => [RejectedSourceRecord], { description: "The refused records, with code and field." })
  rejected!: RejectedSourceRecord[];
}

export enum ConfidenceBand {
  CERTAIN = "CERTAIN",
  LIKELY = "LIKELY",
  POSSIBLE = "POSSIBLE",
}
registerEnumType(ConfidenceBand, {
  name: "ConfidenceBand",
  description: "How sure a reviewer may be that two profiles are one person.",
  valuesConfig: {
    CERTAIN: { description: "Merge: the rules link the pair with odds of 2^16 to 1 or more (e.g. an email, the exact name and the birthday), or a VIN and the birthday agree." },
    LIKELY: { description: "Probably one person: the rules would link the pair (match probability at least 0.99 with an email, phone, VIN or address agreeing)." },
    POSSIBLE: { description: "Review with care: below the link threshold (a family email shared by two given names, a namesake with the same birthday), and always when the birthdays differ." },
  },
});

export enum MatchField {
  NAME = "NAME",
  EMAIL = "EMAIL",
  PHONE = "PHONE",
  VIN = "VIN",
  BIRTHDAY = "BIRTHDAY",
  ADDRESS = "ADDRESS",
}
registerEnumType(MatchField, {
  name: "MatchField",
  description: "A field matching compares.",
  valuesConfig: {
    NAME: { description: "The person's or organisation's name, in any order." },
    EMAIL: { description: "An email address, normalised (lower case; Gmail without dots and +tags)." },
    PHONE: { description: "A phone number in E.164." },
    VIN: { description: "A vehicle identification number." },
    BIRTHDAY: { description: "The date of birth." },
    ADDRESS: { description: "A home: city, street, house number, and building, unit and room where known." },
  },
});

export enum AgreementLevel {
  EXACT = "EXACT",
  FUZZY = "FUZZY",
  INITIAL = "INITIAL",
  NEAR = "NEAR",
  PARTIAL = "PARTIAL",
  DIFFERENT = "DIFFERENT",
  AGREE = "AGREE",
  DISAGREE = "DISAGREE",
  SAME_HOME = "SAME_HOME",
  SAME_BUILDING = "SAME_BUILDING",
  OTHER_FLAT = "OTHER_FLAT",
}
registerEnumType(AgreementLevel, {
  name: "AgreementLevel",
  description: "How one field of two profiles compares (src/identity/README.md has the weight of each level).",
  valuesConfig: {
    EXACT: { description: "Names: the same, in any order." },
    FUZZY: { description: "Names: a typo or a nickname apart." },
    INITIAL: { description: "Names: one gives a name only by its initial (J. Smith / John Smith): weaker than a typo, as any name with that letter fits." },
    NEAR: {
      description: "Names: a given name a letter off another real name (Ping/Ming, Robert/Roberta), or two misspellings two letters apart: a typo or a relative; the other fields decide.",
    },
    PARTIAL: { description: "Names: a part agrees (e.g. the family name), another is a different name." },
    DIFFERENT: { description: "Names: different." },
    AGREE: { description: "Email, phone, VIN or birthday: a value in common." },
    DISAGREE: { description: "Email, phone, birthday or address: both have one, none in common." },
    SAME_HOME: { description: "Address: the same home." },
    SAME_BUILDING: { description: "Address: the same building, the flat unknown on one side." },
    OTHER_FLAT: { description: "Address: the same building, another flat." },
  },
});

@ObjectType({ description: "How one field of the two profiles compares, and how much it counts: the evidence behind a duplicate candidate's score." })
export class FieldAgreement {
  @Field(() => MatchField, { description: "The field compared." })
  field!: MatchField;

  @Field(() => AgreementLevel, { description: "How the two values compare." })
  level!: AgreementLevel;

  @Field(() => Float, { description: "The bits (log2 of m/u) this level adds to the log odds that the two are one person; negative counts against, lower for a value many people share." })
  weight!: number;
}

@ObjectType({ description: "Another profile that may be the same person." })
export class DuplicateCandidate {
  customerDbId!: string;

  @Field(() => Float, { description: "0..1; higher is likelier the same person." })
  score!: number;

  @Field(() => Boolean, { description: "true: the match rules would link these automatically." })
  confident!: boolean;

  @Field(() => ConfidenceBand, { description: "How sure a reviewer may be: CERTAIN, LIKELY or POSSIBLE." })
  band!: ConfidenceBand;

  @Field(() => [FieldAgreement], { description: "The evidence per field: each compared field with its agreement level (fields neither shares nor contradicts are left out)." })
  evidence!: FieldAgreement[];

  @Field(() => [String], { description: "What the two have in common or where they differ, e.g. EMAIL, BIRTHDAY, NAME_SIMILARITY 0.82, NAMES_DIFFER." })
  reasons!: string[];
}

@ObjectType({ description: "How many rows of one table a merge moves." })
export class MovedRows {
  @Field(() => String, { description: "e.g. orders, vehicle_ownerships, identity_links." })
  table!: string;

  @Field(() => Int, { description: "How many rows of that table moved." })
  count!: number;
}

@ObjectType({ description: "A merge of one profile into another; undone by unmergeCustomer." })
export class CustomerMerge {
  survivorDbId!: string;

  @Field(() => ID, { description: "Id of the merge, as recorded in customer_merges." })
  id!: string;

  @Field(() => ID, { description: "The merged-away profile's id; it now resolves to the survivor." })
  mergedCustomerId!: string;

  @Field(() => String, { description: "ROLE:subject of whoever merged (ingestion for automatic merges)." })
  performedBy!: string;

  @Field(() => DateTime, { description: "When the merge was made." })
  performedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When it was undone; null while it stands." })
  undoneAt!: Date | null;

  @Field(() => [MovedRows], { description: "What moved to the survivor." })
  moved!: MovedRows[];
}

@ObjectType({ description: "The profile a merge would produce, computed without writing anything." })
export class MergePreview {
  @Field(() => String, { description: "The survivor's display name after the merge." })
  displayName!: string;

  @Field(() => String, { nullable: true, description: "Given name the golden record would have after the merge." })
  givenName!: string | null;

  @Field(() => String, { nullable: true, description: "Family name the golden record would have after the merge." })
  familyName!: string | null;

  @Field(() => String, { nullable: true, description: "Organisation name the golden record would have after the merge." })
  organisationName!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Birthday the golden record would have after the merge." })
  birthday!: string | null;

  @Field(() => [String], { description: "Every email address the survivor would have." })
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
