import type { Consent, ConsentChannel, ConsentPurpose } from "../customers/preferences.types.js";
import { consentChannel } from "../db/schema/index.js";

/** What a customer may be sent; activation (a later stage) sends only what the plan allows. */
export const COMMUNICATION_KINDS = ["GREETING", "BIRTHDAY", "RECOMMENDATION", "OFFER", "REACTIVATION", "SERVICE_REMINDER", "RECALL"] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];

type Tier = "VERY_LOYAL" | "REGULAR" | "OCCASIONAL";

/**
 * The tier × kind matrix, after the CRM practice the platform follows: the very loyal get
 * greetings, birthday cards and recommendations rather than sales pitches; regular customers get
 * recommendations and offers; occasional ones offers and re-activation. A lapsed customer (any
 * tier) gets re-activation only; one without a tier (no purchase yet) offers. Service reminders
 * go to vehicle owners and recalls to every owner whatever their tier.
 */
export const COMMUNICATION_MATRIX: Record<Tier | "NONE" | "LAPSED", readonly CommunicationKind[]> = {
  VERY_LOYAL: ["GREETING", "BIRTHDAY", "RECOMMENDATION"],
  REGULAR: ["BIRTHDAY", "RECOMMENDATION", "OFFER"],
  OCCASIONAL: ["OFFER", "REACTIVATION"],
  NONE: ["OFFER"],
  LAPSED: ["REACTIVATION"],
};

/** Which consent purpose a kind needs; a safety recall needs none (the law asks for it to be sent). */
const PURPOSE: Record<CommunicationKind, ConsentPurpose | null> = {
  GREETING: "MARKETING",
  BIRTHDAY: "MARKETING",
  RECOMMENDATION: "MARKETING",
  OFFER: "MARKETING",
  REACTIVATION: "MARKETING",
  SERVICE_REMINDER: "SERVICE",
  RECALL: null,
};

const ALL_CHANNELS: readonly ConsentChannel[] = consentChannel.enumValues;

export interface PlanInput {
  tier: Tier | null;
  stage: string;
  ownsVehicle: boolean;
  hasBirthday: boolean;
  /** The consents in force (Customer.consents). */
  consents: readonly Pick<Consent, "channel" | "purpose" | "status">[];
}

export interface PlannedCommunication {
  kind: CommunicationKind;
  allowed: boolean;
  channels: ConsentChannel[];
  reason: string;
}

/** The customer's plan: every kind, whether it may be sent, on which channels, and why. */
export function communicationPlan(input: PlanInput): PlannedCommunication[] {
  const row = input.stage === "LAPSED" ? "LAPSED" : (input.tier ?? "NONE");
  const inTier = new Set(COMMUNICATION_MATRIX[row]);
  return COMMUNICATION_KINDS.map((kind) => {
    const wanted = kind === "SERVICE_REMINDER" || kind === "RECALL" ? input.ownsVehicle : inTier.has(kind);
    const purpose = PURPOSE[kind];
    const channels = purpose === null ? [...ALL_CHANNELS] : input.consents.filter((c) => c.purpose === purpose && c.status === "GRANTED").map((c) => c.channel);
    const why = (allowed: boolean, reason: string): PlannedCommunication => ({ kind, allowed, channels: allowed ? channels : [], reason });
    if (!wanted) {
      if (kind === "SERVICE_REMINDER" || kind === "RECALL") return why(false, "owns no vehicle");
      return why(false, row === "LAPSED" ? "a lapsed customer gets re-activation only" : `not in the plan for ${row === "NONE" ? "customers without a purchase" : row}`);
    }
    if (kind === "BIRTHDAY" && !input.hasBirthday) return why(false, "no birthday on the profile");
    if (channels.length === 0) return why(false, `no ${purpose} consent on any channel`);
    return why(true, purpose === null ? "a safety recall goes to every owner" : `${row === "NONE" ? "no purchase yet" : row}, with ${purpose} consent`);
  });
}
