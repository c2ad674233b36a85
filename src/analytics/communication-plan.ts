import type { Consent, ConsentChannel, ConsentPurpose } from "../customers/preferences.types.js";
import { consentChannel } from "../db/schema/index.js";

/** What a customer may be sent; activation (a later stage) sends only what the plan allows. */
export const COMMUNICATION_KINDS = ["GREETING", "BIRTHDAY", "RECOMMENDATION", "OFFER", "REACTIVATION", "SERVICE_REMINDER", "RECALL"] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];

type Tier = "VERY_LOYAL" | "REGULAR" | "OCCASIONAL";

/** Who a row of the matrix is for: a tier, a customer without a purchase yet, or a lapsed one (any tier). */
export const COMMUNICATION_AUDIENCES = ["VERY_LOYAL", "REGULAR", "OCCASIONAL", "NO_PURCHASE", "LAPSED"] as const;
export type CommunicationAudience = (typeof COMMUNICATION_AUDIENCES)[number];

/** The kinds a matrix row may allow: service reminders and recalls follow vehicle ownership, not the tier. */
export const TIERED_KINDS = ["GREETING", "BIRTHDAY", "RECOMMENDATION", "OFFER", "REACTIVATION"] as const satisfies readonly CommunicationKind[];

/**
 * The audience × kind matrix in force (table `communication_rules`, `updateCommunicationMatrix`);
 * the migration's defaults follow the CRM practice: the very loyal get greetings, birthday cards
 * and recommendations rather than sales pitches; regular customers recommendations and offers;
 * occasional ones offers and re-activation; a lapsed customer re-activation only.
 */
export type CommunicationMatrix = Record<CommunicationAudience, readonly CommunicationKind[]>;

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

/** The consent purpose a kind needs (null: none, a safety recall); campaigns check it per customer at send time. */
export const purposeOf = (kind: CommunicationKind): ConsentPurpose | null => PURPOSE[kind];

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

/** The customer's plan under the matrix in force: every kind, whether it may be sent, on which channels, and why. */
export function communicationPlan(input: PlanInput, matrix: CommunicationMatrix): PlannedCommunication[] {
  const row: CommunicationAudience = input.stage === "LAPSED" ? "LAPSED" : (input.tier ?? "NO_PURCHASE");
  const inTier = new Set(matrix[row]);
  return COMMUNICATION_KINDS.map((kind) => {
    const wanted = kind === "SERVICE_REMINDER" || kind === "RECALL" ? input.ownsVehicle : inTier.has(kind);
    const purpose = PURPOSE[kind];
    const channels = purpose === null ? [...ALL_CHANNELS] : input.consents.filter((c) => c.purpose === purpose && c.status === "GRANTED").map((c) => c.channel);
    const why = (allowed: boolean, reason: string): PlannedCommunication => ({ kind, allowed, channels: allowed ? channels : [], reason });
    if (!wanted) {
      if (kind === "SERVICE_REMINDER" || kind === "RECALL") return why(false, "owns no vehicle");
      return why(false, row === "LAPSED" ? "a lapsed customer gets re-activation only" : `not in the plan for ${row === "NO_PURCHASE" ? "customers without a purchase" : row}`);
    }
    if (kind === "BIRTHDAY" && !input.hasBirthday) return why(false, "no birthday on the profile");
    if (channels.length === 0) return why(false, `no ${purpose} consent on any channel`);
    return why(true, purpose === null ? "a safety recall goes to every owner" : `${row === "NO_PURCHASE" ? "no purchase yet" : row}, with ${purpose} consent`);
  });
}
