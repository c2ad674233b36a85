import { Field, InputType, Int, ObjectType } from "type-graphql";
import { MaxItems } from "../graphql/input-lists.js";
import { HistoryIngestSummary, ImportedRecordState, ImportOutcome, ImportWarning } from "../organisations/source-imports.types.js";
import { MAX_INTERACTIONS_PER_BATCH } from "./interaction-history.service.js";
import { InteractionChannel, InteractionDirection, InteractionType } from "./interactions.types.js";

@InputType({ description: "One historical interaction (a call, an email, a visit, a complaint...) as a source system recorded it, named by the source's own id." })
export class SourceInteractionInput {
  @Field(() => String, { description: "The source's id of the interaction: the key. The same content again changes nothing; changed content updates the interaction in place (the previous version is kept). At most 100 characters." })
  interactionId!: string;

  @Field(() => String, { description: "The customer's id in the same source; the interaction lands on the profile that source record belongs to (it waits until the record arrives). At most 100 characters." })
  personSourceId!: string;

  @Field(() => String, { description: "When it happened: YYYY-MM-DD (midnight in TIME_ZONE) or an ISO-8601 date-time with offset; not in the future." })
  occurredAt!: string;

  @Field(() => InteractionChannel, { description: "How it happened (a file may also say CALL, MAIL, LETTER, WALK_IN...)." })
  channel!: InteractionChannel;

  @Field(() => InteractionDirection, { nullable: true, description: "INBOUND when absent." })
  direction?: InteractionDirection | null;

  @Field(() => InteractionType, { nullable: true, description: "What it was about; INQUIRY when absent." })
  type?: InteractionType | null;

  @Field(() => String, { nullable: true, description: "One-line subject, at most 200 characters; the type and channel when absent (\"Complaint by phone\")." })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: "Free text of the agent or dealer, at most 5,000 characters. Personal data: blanked on erasure." })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: "Who handled it in the source system, at most 200 characters." })
  agent?: string | null;

  @Field(() => String, { nullable: true, description: "How it ended, at most 500 characters." })
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: "The dealership it happened at or with; a dealer's own system (dealer-<code>) defaults to, and may name only, that dealership. An unknown code is set aside with a warning." })
  dealerCode?: string | null;

  @Field(() => String, { nullable: true, description: "The vehicle it was about. A VIN failing its check digit, or of no known vehicle, is set aside with a warning; the interaction is kept." })
  vin?: string | null;
}

@InputType({ description: "A batch of one source's historical interactions (at most 1,000)." })
export class IngestInteractionsInput {
  @Field(() => String, { description: "The source system, e.g. hotline or dealer-sh-01 (a dealer imports only into dealer-<its code>)." })
  source!: string;

  @MaxItems(MAX_INTERACTIONS_PER_BATCH)
  @Field(() => [SourceInteractionInput], { description: "1 to 1,000 interactions." })
  interactions!: SourceInteractionInput[];
}

@InputType({ description: "Interactions a source deleted." })
export class DeleteIngestedInteractionsInput {
  @Field(() => String, { description: "The source system the interactions came from." })
  source!: string;

  @MaxItems(MAX_INTERACTIONS_PER_BATCH)
  @Field(() => [String], { description: "1 to 1,000 interaction ids of that source." })
  interactionIds!: string[];
}

@ObjectType({ description: "An interaction of the batch that is stored (or was already)." })
export class IngestedInteraction {
  interactionDbId!: string | null;
  customerDbId!: string | null;

  @Field(() => Int, { description: "Position in the batch." })
  index!: number;

  @Field(() => String, { description: "The source's interaction id, as sent." })
  interactionId!: string;

  @Field(() => ImportOutcome, { description: "Created, updated or unchanged." })
  outcome!: ImportOutcome;

  @Field(() => ImportedRecordState, { description: "On a profile (ATTACHED) or waiting for its person (PENDING)." })
  state!: ImportedRecordState;

  @Field(() => [ImportWarning], { description: "Values set aside (an unknown dealer, a bad or unknown VIN); empty when everything was kept." })
  warnings!: ImportWarning[];
}

@ObjectType({ description: "An interaction of the batch that was refused (no id, person or date, a date in the future, an unknown channel or type, an erased person, another dealership in a dealer's system); the rest of the batch is unaffected." })
export class RejectedInteraction {
  @Field(() => Int, { description: "Position of the interaction in the batch (from 0)." })
  index!: number;

  @Field(() => String, { nullable: true, description: "The interaction id, when it had one." })
  interactionId!: string | null;

  @Field(() => String, { description: "BAD_USER_INPUT, or CONFLICT for an erased person." })
  code!: string;

  @Field(() => String, { description: "The input field at fault, e.g. input.interactions.3.occurredAt." })
  field!: string;

  @Field(() => String, { description: "Why the interaction was refused, for people." })
  message!: string;
}

@ObjectType({ description: "What happened to each interaction of a batch." })
export class IngestInteractionsPayload {
  @Field(() => HistoryIngestSummary, { description: "Counts per outcome." })
  summary!: HistoryIngestSummary;

  @Field(() => [IngestedInteraction], { description: "The stored interactions, by position in the batch." })
  interactions!: IngestedInteraction[];

  @Field(() => [RejectedInteraction], { description: "The refused interactions, with code and field." })
  rejected!: RejectedInteraction[];
}

@ObjectType({ description: "The outcome of deleting a source's interactions." })
export class DeleteIngestedInteractionsPayload {
  @Field(() => [String], { description: "Interactions removed from every view (their records and versions are kept; sending one again brings it back)." })
  deleted!: string[];

  @Field(() => [String], { description: "Interaction ids the source never sent, or deleted already: nothing changed for them." })
  unknown!: string[];
}
