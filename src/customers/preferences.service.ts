import type { Consent } from "./preferences.types.js";

/** The consent in force per channel and purpose: the latest decision, unless it has expired. */
export function currentConsents(history: Consent[], now = new Date()): Consent[] {
  const latest = new Map<string, Consent>();
  for (const consent of history) {
    const key = `${consent.channel}/${consent.purpose}`;
    if (!latest.has(key)) latest.set(key, consent);
  }
  return [...latest.values()].filter((c) => !c.expiresAt || c.expiresAt > now);
}
