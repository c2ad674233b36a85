import { hash } from "node:crypto";
import { interactionChannel, interactionDirection, interactionType } from "../db/schema/index.js";
import { badInput } from "../errors.js";
import { oneOf, pastInstant, text } from "../validation/source-values.js";
import { normalizeVin, vinProblem } from "../validation/vin.js";

/** One historical interaction as a source system sends it (the GraphQL input, or a row of a file): loosely typed, each value checked here. */
export interface SourceInteractionData {
  interactionId?: string | null;
  personSourceId?: string | null;
  occurredAt?: string | null;
  channel?: string | null;
  direction?: string | null;
  type?: string | null;
  subject?: string | null;
  notes?: string | null;
  agent?: string | null;
  outcome?: string | null;
  dealerCode?: string | null;
  vin?: string | null;
}

const CHANNELS = interactionChannel.enumValues;
const DIRECTIONS = interactionDirection.enumValues;
const TYPES = interactionType.enumValues;
export type HistoryChannel = (typeof CHANNELS)[number];
export type HistoryInteractionType = (typeof TYPES)[number];

/** What call-centre and dealer systems call the channels (after upper-casing, spaces and hyphens as underscores). */
const CHANNEL_ALIASES: Record<string, HistoryChannel> = { CALL: "PHONE", TELEPHONE: "PHONE", HOTLINE: "PHONE", MAIL: "EMAIL", E_MAIL: "EMAIL", LETTER: "POST", WALK_IN: "VISIT", SHOWROOM: "VISIT", TEXT: "SMS" };

/** The interaction as stored: trimmed, the date an ISO instant, names upper-cased. Its JSON is hashed. */
export interface InteractionPayload {
  interactionId: string;
  personSourceId: string;
  occurredAt: string;
  channel: HistoryChannel;
  direction: (typeof DIRECTIONS)[number];
  type: HistoryInteractionType;
  subject: string;
  notes: string | null;
  agent: string | null;
  outcome: string | null;
  dealerCode: string | null;
  vin: string | null;
}

export interface InteractionWarning {
  code: string;
  field: string;
  message: string;
}

const CODE_MAX = 100;
const sentence = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");

/**
 * Checks one interaction without the database. Refused (BAD_USER_INPUT at the field): no id,
 * person or date, a date in the future, a channel, direction or type the platform does not know,
 * text over its length. A VIN failing its check is set aside with a warning (the interaction is
 * kept, on no vehicle). Direction defaults to INBOUND, type to INQUIRY, the subject to the type
 * and channel ("Complaint by phone").
 */
export function readSourceInteraction(raw: SourceInteractionData, at: string, timeZone: string, now: Date): { payload: InteractionPayload; warnings: InteractionWarning[] } {
  if (!raw || typeof raw !== "object") throw badInput(at, "An interaction record is an object");
  const warnings: InteractionWarning[] = [];
  const interactionId = text(raw.interactionId, `${at}.interactionId`, CODE_MAX, true)!;
  const personSourceId = text(raw.personSourceId, `${at}.personSourceId`, CODE_MAX, true)!;
  const occurredAt = pastInstant(raw.occurredAt, `${at}.occurredAt`, timeZone, now);
  const channelText = text(raw.channel, `${at}.channel`, 40, true)!;
  const channel = CHANNEL_ALIASES[channelText.toUpperCase().replaceAll(/[\s-]+/g, "_")] ?? oneOf(channelText, CHANNELS, `${at}.channel`)!;
  const direction = oneOf(raw.direction, DIRECTIONS, `${at}.direction`) ?? "INBOUND";
  const type = oneOf(raw.type, TYPES, `${at}.type`) ?? "INQUIRY";
  const subject = text(raw.subject, `${at}.subject`, 200) ?? `${sentence(type)} by ${channel.toLowerCase()}`;
  let vin = text(raw.vin, `${at}.vin`, 40);
  if (vin) {
    vin = normalizeVin(vin);
    const problem = vinProblem(vin);
    if (problem) {
      warnings.push({ code: "INVALID_VIN", field: `${at}.vin`, message: `${vin} is not a valid VIN (${problem.toLowerCase().replace("_", " ")}): the interaction is kept, on no vehicle` });
    }
  }
  return {
    payload: {
      interactionId,
      personSourceId,
      occurredAt: occurredAt.toISOString(),
      channel,
      direction,
      type,
      subject,
      notes: text(raw.notes, `${at}.notes`, 5_000),
      agent: text(raw.agent, `${at}.agent`, 200),
      outcome: text(raw.outcome, `${at}.outcome`, 500),
      dealerCode: text(raw.dealerCode, `${at}.dealerCode`, CODE_MAX),
      vin,
    },
    warnings,
  };
}

export interface InteractionResolution {
  dealerId: string | null;
  vehicleId: string | null;
}

/** Applies what the database found: the dealer by code (unknown: kept without one) and the vehicle by VIN (unknown: kept on none). */
export function resolveSourceInteraction(
  payload: InteractionPayload,
  at: string,
  found: { dealerId: string | null; dealerKnown: boolean; vehicleId: string | null },
  warnings: InteractionWarning[],
): InteractionResolution {
  if (payload.dealerCode && !found.dealerKnown) warnings.push({ code: "UNKNOWN_DEALER", field: `${at}.dealerCode`, message: `No dealer has code ${payload.dealerCode}: the interaction is kept without a dealer` });
  const validVin = payload.vin !== null && !vinProblem(payload.vin);
  if (validVin && !found.vehicleId) warnings.push({ code: "UNKNOWN_VEHICLE", field: `${at}.vin`, message: `No vehicle has VIN ${payload.vin}: the interaction is kept on no vehicle (sent again once the vehicle is known, it is linked)` });
  return { dealerId: found.dealerId, vehicleId: validVin ? found.vehicleId : null };
}

export const interactionHash = (payload: InteractionPayload, resolution: InteractionResolution) => hash("sha256", JSON.stringify([payload, resolution]));
