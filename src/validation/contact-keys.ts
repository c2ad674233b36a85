import { parsePhoneNumberFromString } from "libphonenumber-js";

/*
 * The keys that tell whether two contact details are the same: identity matching compares them,
 * the customers domain stores phones by them, privacy hashes them for suppression. One lower
 * home, so that no domain imports another for a normaliser.
 */

/** Providers known to ignore dots and "+tags" in the local part; elsewhere they may be different mailboxes. */
const DOTLESS_PROVIDERS = new Set(["gmail.com", "googlemail.com"]);

/** The mailbox an address reaches: lower-cased and trimmed; Gmail without dots and +tags. */
export function emailKey(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf("@");
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1);
  if (DOTLESS_PROVIDERS.has(domain)) {
    local = local.split("+")[0]!.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}

/** E.164, reading numbers without a country code as Chinese; null when it is no valid number. */
export function phoneKey(raw: string): string | null {
  const text = raw.trim();
  let key = phoneKeys.get(text);
  if (key !== undefined) return key;
  const parsed = parsePhoneNumberFromString(text, "CN");
  key = parsed?.isValid() ? parsed.number : null;
  if (phoneKeys.size >= 20_000) phoneKeys.clear();
  phoneKeys.set(text, key);
  return key;
}
// Parsing is the dearest step of reading a record, and ingestion reads each phone twice (the key, the erasure check).
const phoneKeys = new Map<string, string | null>();

/** Tokens lower-cased without accents or punctuation, sorted: "Smith, John" and "john SMITH" compare equal. */
export function nameKey(...parts: (string | null | undefined)[]): string | null {
  const tokens = nameTokens(parts.filter(Boolean).join(" "));
  return tokens.length ? tokens.sort().join(" ") : null;
}

export function nameTokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}
