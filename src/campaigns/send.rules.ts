import { purposeOf, type CommunicationKind, type CommunicationMatrix } from "../analytics/communication-plan.js";
import { mayMessage } from "../webhooks/consent.rules.js";
import { render, type Template, type TemplateValues } from "./template.js";

/** The channels a campaign sends on, and the consent channel each one asks. */
export const MESSAGE_CHANNELS = ["EMAIL", "SMS", "APP_PUSH", "MAIL"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
export const CONSENT_CHANNEL: Record<MessageChannel, "EMAIL" | "SMS" | "APP_PUSH" | "POST"> = { EMAIL: "EMAIL", SMS: "SMS", APP_PUSH: "APP_PUSH", MAIL: "POST" };
/** The timeline's channel for the OUTBOUND interaction a send or skip records. */
export const INTERACTION_CHANNEL: Record<MessageChannel, "EMAIL" | "SMS" | "APP" | "POST"> = { EMAIL: "EMAIL", SMS: "SMS", APP_PUSH: "APP", MAIL: "POST" };

export const SKIP_REASONS = ["ERASED", "NO_CONSENT", "NOT_IN_PLAN", "FREQUENCY_CAP", "MISSING_FIELD"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** What the decision needs to know of one customer, read at send time (campaigns.service.ts `factsOf`). */
export interface CustomerFacts {
  customerId: string;
  erased: boolean;
  tier: "VERY_LOYAL" | "REGULAR" | "OCCASIONAL" | null;
  lapsed: boolean;
  hasBirthday: boolean;
  ownsVehicle: boolean;
  /** The latest decision for the campaign's consent channel and purpose, null when none is in force. */
  consent: "GRANTED" | "DENIED" | "REVOKED" | null;
  /** Messages sent to the customer within the frequency cap's window, by any campaign. */
  recentSends: number;
  /** The customer's IANA zone (preference `timeZone`), else the platform's. */
  timeZone: string;
  values: TemplateValues;
}

export interface SendSettings {
  /** At most `max` marketing messages per customer in `days` days (recalls and service reminders are not counted against it). */
  frequencyCap: { max: number; days: number };
  /** Local minutes after midnight: no message is sent from `start` until `end` (it may wrap midnight). */
  quietHours: { start: number; end: number } | null;
}

export interface CampaignRules {
  kind: CommunicationKind;
  channel: MessageChannel;
  subject: Template | null;
  body: Template;
}

export type Decision =
  | { status: "SENT"; subject: string | null; body: string }
  | { status: "SKIPPED"; reason: SkipReason; detail: string }
  | { status: "DEFERRED"; until: Date };

/**
 * Whether a campaign's message goes to one customer now, in this order: an erased profile; the
 * latest consent for the channel and the kind's purpose (a marketing message only with a consent
 * given, a service one unless refused, a safety recall always); the communication plan of the
 * customer's tier (the matrix in force; service reminders and recalls to vehicle owners, a
 * birthday card only with a birthday); the frequency cap (marketing only); the template's fields;
 * and quiet hours in the customer's time zone, which defer rather than skip (not for letters).
 */
export function decide(campaign: CampaignRules, facts: CustomerFacts, matrix: CommunicationMatrix, settings: SendSettings, now: Date): Decision {
  const skip = (reason: SkipReason, detail: string): Decision => ({ status: "SKIPPED", reason, detail });
  if (facts.erased) return skip("ERASED", "the customer was erased");
  const purpose = purposeOf(campaign.kind);
  if (purpose && !mayMessage(purpose as "SERVICE" | "MARKETING", facts.consent)) {
    return skip("NO_CONSENT", `no ${purpose} consent for ${CONSENT_CHANNEL[campaign.channel]} (${facts.consent ?? "none recorded"})`);
  }
  const row = facts.lapsed ? "LAPSED" : (facts.tier ?? "NO_PURCHASE");
  if (campaign.kind === "SERVICE_REMINDER" || campaign.kind === "RECALL") {
    if (!facts.ownsVehicle) return skip("NOT_IN_PLAN", "owns no vehicle");
  } else if (!matrix[row].includes(campaign.kind)) {
    return skip("NOT_IN_PLAN", `${campaign.kind} is not in the communication plan for ${row}`);
  }
  if (campaign.kind === "BIRTHDAY" && !facts.hasBirthday) return skip("NOT_IN_PLAN", "no birthday on the profile");
  if (purpose === "MARKETING" && facts.recentSends >= settings.frequencyCap.max) {
    return skip("FREQUENCY_CAP", `${facts.recentSends} messages in the last ${settings.frequencyCap.days} days (at most ${settings.frequencyCap.max})`);
  }
  const html = campaign.channel === "EMAIL";
  const body = render(campaign.body, facts.values, html);
  if ("missing" in body) return skip("MISSING_FIELD", `the profile has no ${body.missing}`);
  const subject = campaign.subject ? render(campaign.subject, facts.values, false) : null;
  if (subject && "missing" in subject) return skip("MISSING_FIELD", `the profile has no ${subject.missing}`);
  if (settings.quietHours && campaign.channel !== "MAIL") {
    const wait = minutesOfQuiet(localMinutes(now, facts.timeZone), settings.quietHours);
    if (wait > 0) return { status: "DEFERRED", until: new Date(Math.floor(now.getTime() / 60_000) * 60_000 + wait * 60_000) };
  }
  return { status: "SENT", subject: subject?.text ?? null, body: body.text };
}

/** Minutes until the quiet hours end, 0 outside them (the window may wrap midnight: 21:00–08:00). */
export function minutesOfQuiet(minutes: number, quiet: { start: number; end: number }): number {
  const inside = quiet.start <= quiet.end ? minutes >= quiet.start && minutes < quiet.end : minutes >= quiet.start || minutes < quiet.end;
  if (!inside) return 0;
  return (quiet.end - minutes + 1440) % 1440 || 1440;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterOf = (timeZone: string) => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  return f;
};

/** The local calendar day (YYYY-MM-DD) and minutes after midnight in a zone (an unknown zone reads as UTC). */
export function localClock(at: Date, timeZone: string): { day: string; minutes: number } {
  let parts: Record<string, string>;
  try {
    parts = Object.fromEntries(formatterOf(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  } catch {
    parts = Object.fromEntries(formatterOf("UTC").formatToParts(at).map((p) => [p.type, p.value]));
  }
  return { day: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const localMinutes = (at: Date, timeZone: string) => localClock(at, timeZone).minutes;

/**
 * The birthdays (MM-DD) that are today in a zone, and the local year (a birthday greeting's
 * occasion: one per customer and year). On 28 February of a year without a 29th, those born on
 * the 29th are greeted too.
 */
export function birthdaysToday(at: Date, timeZone: string): { days: string[]; year: string } {
  const { day } = localClock(at, timeZone);
  const [year, month, date] = day.split("-") as [string, string, string];
  const days = [`${month}-${date}`];
  const y = Number(year);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (month === "02" && date === "28" && !leap) days.push("02-29");
  return { days, year };
}

/** "21:00-08:00" → local minutes; "off" → null. */
export function parseQuietHours(text: string): { start: number; end: number } | null {
  if (text === "off") return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m) throw new Error(`'${text}' is not HH:MM-HH:MM or off`);
  return { start: Number(m[1]) * 60 + Number(m[2]), end: Number(m[3]) * 60 + Number(m[4]) };
}
