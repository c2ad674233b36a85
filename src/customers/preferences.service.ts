import { idIn } from "../db/patterns.js";
import { and, asc, desc } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { consentEvents, customerPreferences } from "../db/schema/index.js";
import { visibleCustomerRows } from "./customers.policy.js";
import { Consent, Preference } from "./preferences.types.js";

const toConsent = (r: typeof consentEvents.$inferSelect): Consent =>
  Object.assign(new Consent(), {
    customerDbId: r.customerId,
    channel: r.channel,
    purpose: r.purpose,
    status: r.status,
    source: r.source,
    recordedAt: r.recordedAt,
    expiresAt: r.expiresAt,
  });

/** Newest first; the id orders decisions recorded in the same instant (loaders and compiled reads). */
export const CONSENT_ORDER = [desc(consentEvents.recordedAt), desc(consentEvents.id)];
/** The key is unique per customer. */
export const PREFERENCE_ORDER = [asc(customerPreferences.key)];

/** The whole append-only consent history of customers, newest first. */
export async function consentHistoryOf(db: Database, principal: Principal, customerIds: readonly string[]): Promise<Consent[]> {
  const rows = await db
    .select()
    .from(consentEvents)
    .where(and(visibleCustomerRows(principal, consentEvents.customerId), idIn(consentEvents.customerId, customerIds)))
    .orderBy(...CONSENT_ORDER);
  return rows.map(toConsent);
}

/** The consent in force per channel and purpose: the latest decision, unless it has expired. */
export function currentConsents(history: Consent[], now = new Date()): Consent[] {
  const latest = new Map<string, Consent>();
  for (const consent of history) {
    const key = `${consent.channel}/${consent.purpose}`;
    if (!latest.has(key)) latest.set(key, consent);
  }
  return [...latest.values()].filter((c) => !c.expiresAt || c.expiresAt > now);
}

export async function preferencesOf(db: Database, principal: Principal, customerIds: readonly string[]): Promise<Preference[]> {
  const rows = await db
    .select()
    .from(customerPreferences)
    .where(and(visibleCustomerRows(principal, customerPreferences.customerId), idIn(customerPreferences.customerId, customerIds)))
    .orderBy(...PREFERENCE_ORDER);
  return rows.map((r) => Object.assign(new Preference(), { customerDbId: r.customerId, key: r.key, value: r.value }));
}
