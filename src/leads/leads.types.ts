import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { leadSource, leadStatus } from "../db/schema/index.js";
import { Connection } from "../graphql/connection.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime, LocalDate } from "../graphql/scalars.js";

export const LeadSource = enumOf(leadSource, {
  name: "LeadSource",
  description: "Where a lead came from.",
  valuesConfig: {
    WEB_FORM: { description: "The public web form (anyone, no sign-in)." },
    SHOWROOM: { description: "A visitor at a dealership, entered by the dealer." },
    EVENT: { description: "A trade fair, launch or test-drive event." },
    HOTLINE: { description: "A call to the maker's hotline, entered by an agent." },
  },
});
export type LeadSource = EnumValue<typeof LeadSource>;

export const LeadStatus = enumOf(leadStatus, {
  name: "LeadStatus",
  description: "Where a lead stands in the sales funnel.",
  valuesConfig: {
    NEW: { description: "Captured, nobody has contacted the prospect yet." },
    CONTACTED: { description: "The dealer or the hotline has spoken to the prospect." },
    TEST_DRIVE_BOOKED: { description: "A test drive is booked (testDriveAt)." },
    WON: { description: "Sold: the prospect bought a vehicle (and owns it now)." },
    LOST: { description: "Closed without a sale (lostReason says why)." },
  },
});
export type LeadStatus = EnumValue<typeof LeadStatus>;

@ObjectType({ description: "A step of a lead through the funnel." })
export class LeadStatusChange {
  leadDbId!: string;

  @Field(() => LeadStatus, { description: "The status the lead moved to." })
  status!: LeadStatus;

  @Field(() => String, { description: "Who moved it: the role and the account (e.g. DEALER dealer.sh01)." })
  changedBy!: string;

  @Field(() => String, { nullable: true, description: "What they noted with it." })
  note!: string | null;

  @Field(() => DateTime, { description: "When it moved." })
  changedAt!: Date;
}

@ObjectType({ description: "A prospect's interest in a vehicle model, worked by a dealership until won or lost." })
export class Lead {
  dbId!: string;
  customerDbId!: string;
  modelDbId!: string;
  dealerDbId!: string | null;

  @Field(() => ID, { description: "Global id of the lead." })
  id!: string;

  @Field(() => LeadSource, { description: "Where it came from." })
  source!: LeadSource;

  @Field(() => LeadStatus, { description: "Where it stands." })
  status!: LeadStatus;

  @Field(() => String, { nullable: true, description: "What the prospect wrote or said when the lead was captured." })
  message!: string | null;

  @Field(() => DateTime, { nullable: true, description: "The booked test drive; set with TEST_DRIVE_BOOKED." })
  testDriveAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was lost; required with LOST." })
  lostReason!: string | null;

  @Field(() => DateTime, { description: "When the lead was captured." })
  createdAt!: Date;

  @Field(() => DateTime, { description: "When its status last changed." })
  statusChangedAt!: Date;
}

export const LeadConnection = Connection(Lead, "Lead");

@InputType({ description: "Filters for leads; all given conditions must hold." })
export class LeadFilter {
  @Field(() => [LeadStatus], { nullable: true })
  statuses?: LeadStatus[] | null;

  @Field(() => [LeadSource], { nullable: true })
  sources?: LeadSource[] | null;

  @Field(() => ID, { nullable: true, description: "Staff: one dealership's leads (a dealer always sees only its own)." })
  dealerId?: string | null;
}

@InputType({ description: "A prospect's interest, from the web form, a showroom, an event or the hotline." })
export class CaptureLeadInput {
  @Field(() => String, { description: "1–100 characters." })
  givenName!: string;

  @Field(() => String, { description: "1–100 characters." })
  familyName!: string;

  @Field(() => String, { nullable: true, description: "Give an email or a phone (or both): the dealer must be able to answer." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Any common format; stored as E.164." })
  phone?: string | null;

  @Field(() => ID, { description: "The vehicle model of interest." })
  modelId!: string;

  @Field(() => LeadSource, { description: "WEB_FORM for anyone; staff enter HOTLINE or EVENT leads, dealers SHOWROOM or EVENT leads." })
  source!: LeadSource;

  @Field(() => ID, { nullable: true, description: "The dealership the prospect chose; a dealer's own leads are always its own." })
  dealerId?: string | null;

  @Field(() => String, { nullable: true, description: "Up to 2,000 characters." })
  message?: string | null;

  @Field(() => Boolean, { description: "Whether the prospect agrees to be sent marketing on the channels given (recorded in the consent history either way)." })
  marketingConsent!: boolean;
}

@ObjectType({ description: "A lead received. The web form gets a reference only: nothing of the profile it matched is shown." })
export class CaptureLeadPayload {
  @Field(() => String, { description: "The lead's reference to quote to the dealer or the hotline." })
  reference!: string;

  @Field(() => Lead, { nullable: true, description: "The lead, for staff and dealers; null for the public form." })
  lead!: Lead | null;
}

@InputType({ description: "Move a lead through the funnel." })
export class UpdateLeadStatusInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => LeadStatus)
  status!: LeadStatus;

  @Field(() => DateTime, { nullable: true, description: "Required with TEST_DRIVE_BOOKED." })
  testDriveAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Required with LOST, up to 500 characters." })
  lostReason?: string | null;

  @Field(() => String, { nullable: true, description: "With WON: the VIN of the vehicle sold, which the prospect then owns." })
  vin?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "With WON: the day of the sale (default today)." })
  soldOn?: string | null;

  @Field(() => String, { nullable: true, description: "Up to 2,000 characters, kept with the change." })
  note?: string | null;
}

@InputType({ description: "The model a prospect is interested in, changed by what no rule can know (they asked about another one)." })
export class ChangeLeadInterestInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => ID, { description: "The vehicle model the prospect wants now." })
  modelId!: string;
}

@InputType({ description: "Hand a lead to a dealership." })
export class AssignLeadInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => ID)
  dealerId!: string;
}

@ObjectType({ description: "The lead after the change." })
export class LeadPayload {
  @Field(() => Lead, { description: "The lead as it is now." })
  lead!: Lead;
}

@InputType({ description: "The period of a conversion report: leads captured from `from` (inclusive) to `to` (exclusive); default the last 12 months." })
export class LeadConversionInput {
  @Field(() => DateTime, { nullable: true })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true })
  to?: Date | null;
}

@ObjectType({ description: "How the leads of one dealership from one source went." })
export class LeadConversionRow {
  dealerDbId!: string | null;

  @Field(() => LeadSource, { description: "Where the leads came from." })
  source!: LeadSource;

  @Field(() => Int, { description: "Leads captured in the period." })
  leads!: number;

  @Field(() => Int, { description: "Of them, contacted at some point (any status past NEW)." })
  contacted!: number;

  @Field(() => Int, { description: "Of them, with a test drive booked at some point." })
  testDrives!: number;

  @Field(() => Int, { description: "Won: a vehicle sold to the prospect." })
  won!: number;

  @Field(() => Int, { description: "Closed without a sale." })
  lost!: number;

  @Field(() => Float, { description: "won ÷ leads, 0–1." })
  conversionRate!: number;

  @Field(() => Float, { nullable: true, description: "Median hours from capture to the first contact, over the contacted ones." })
  medianHoursToContact!: number | null;
}
