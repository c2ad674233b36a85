import { readFlatFile } from "../validation/source-files.js";
import type { SourceInteractionData } from "./interaction-history-record.js";

/** Column names as call-centre and dealer systems export them (case-insensitive), one interaction per row. */
const COLUMNS: Record<string, keyof SourceInteractionData> = {
  interaction_id: "interactionId",
  interactionid: "interactionId",
  contact_id: "interactionId",
  ticket_id: "interactionId",
  call_id: "interactionId",
  person_source_id: "personSourceId",
  customer_id: "personSourceId",
  occurred_at: "occurredAt",
  date: "occurredAt",
  timestamp: "occurredAt",
  channel: "channel",
  direction: "direction",
  type: "type",
  kind: "type",
  subject: "subject",
  notes: "notes",
  note: "notes",
  agent: "agent",
  outcome: "outcome",
  result: "outcome",
  dealer_code: "dealerCode",
  dealer: "dealerCode",
  store: "dealerCode",
  vin: "vin",
};

/** The interactions of a .csv (header row, one interaction per row) or .ndjson/.jsonl file (one SourceInteractionInput-shaped object per line). */
export const readInteractionFile = (path: string) => readFlatFile<SourceInteractionData, keyof SourceInteractionData>(path, COLUMNS);
