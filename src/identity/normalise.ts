import { createHash } from "node:crypto";
import { badInput, DomainError } from "../errors.js";
import { emailKey, nameKey, phoneKey } from "../validation/contact-keys.js";
import { normalizeVin, vinProblem } from "../vehicles/vin.js";
import { addressBlockKey, addressDetailKey, parseAddress } from "./address.js";

/** One person as a source system sends it; the GraphQL input and the CLI both produce this. */
export interface SourceRecordData {
  sourceId: string;
  givenName?: string | null;
  familyName?: string | null;
  organisationName?: string | null;
  emails?: string[] | null;
  phones?: string[] | null;
  addresses?: SourceAddressData[] | null;
  /** YYYY-MM-DD */
  birthday?: string | null;
  vins?: string[] | null;
  attributes?: Record<string, unknown> | null;
}

export interface SourceAddressData {
  line1: string;
  line2?: string | null;
  city: string;
  province?: string | null;
  postcode?: string | null;
  country?: string | null;
}

export interface NormalisedAddress {
  line1: string;
  line2: string | null;
  city: string;
  province: string;
  postcode: string | null;
  country: string;
}

/** A validated record: display values as sent (trimmed) and the keys matching compares. */
export interface NormalisedRecord {
  sourceId: string;
  givenName: string | null;
  familyName: string | null;
  organisationName: string | null;
  emails: { address: string; key: string }[];
  phones: string[];
  addresses: NormalisedAddress[];
  birthday: string | null;
  vins: string[];
  /** What is stored: the record as it came, without empty fields. */
  payload: Record<string, unknown>;
  payloadHash: string;
  keys: { kind: KeyKind; value: string }[];
}

export type KeyKind = "EMAIL" | "PHONE" | "VIN" | "BIRTHDAY" | "POSTCODE" | "NAME" | "ADDRESS";

const MAX_TEXT = 200;
const MAX_LIST = 20;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const clean = (value: string | null | undefined) => {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
};


/** Keys sorted and empty values dropped, so the same record always hashes the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text && text >= "1900-01-01" && date.getTime() <= Date.now();
}

function text(value: string | null | undefined, field: string): string | null {
  const cleaned = clean(value);
  if (cleaned && cleaned.length > MAX_TEXT) throw badInput(field, `At most ${MAX_TEXT} characters`);
  return cleaned;
}

function list<T>(value: T[] | null | undefined, field: string): T[] {
  if ((value?.length ?? 0) > MAX_LIST) throw badInput(field, `At most ${MAX_LIST} entries`);
  return value ?? [];
}

/** Validates and normalises one record; throws a DomainError naming the field at fault (`at` is e.g. input.records.3). */
export function normaliseRecord(record: SourceRecordData, at: string): NormalisedRecord {
  const sourceId = clean(record.sourceId);
  if (!sourceId || sourceId.length > 128) throw badInput(`${at}.sourceId`, "sourceId must be 1 to 128 characters");
  const givenName = text(record.givenName, `${at}.givenName`);
  const familyName = text(record.familyName, `${at}.familyName`);
  const organisationName = text(record.organisationName, `${at}.organisationName`);

  const emails: NormalisedRecord["emails"] = [];
  list(record.emails, `${at}.emails`).forEach((raw, i) => {
    const address = clean(raw);
    if (!address || address.length > 254 || !EMAIL_SHAPE.test(address)) throw badInput(`${at}.emails.${i}`, "Not an email address");
    const key = emailKey(address);
    if (!emails.some((e) => e.key === key)) emails.push({ address, key });
  });
  const phones: string[] = [];
  list(record.phones, `${at}.phones`).forEach((raw, i) => {
    const e164 = phoneKey(raw ?? "");
    if (!e164) throw badInput(`${at}.phones.${i}`, "Not a valid phone number (E.164, or a Chinese number without country code)");
    if (!phones.includes(e164)) phones.push(e164);
  });
  const addresses: NormalisedAddress[] = list(record.addresses, `${at}.addresses`).map((a, i) => {
    const line1 = text(a.line1, `${at}.addresses.${i}.line1`);
    const city = text(a.city, `${at}.addresses.${i}.city`);
    if (!line1) throw badInput(`${at}.addresses.${i}.line1`, "line1 is required");
    if (!city) throw badInput(`${at}.addresses.${i}.city`, "city is required");
    const country = (clean(a.country) ?? "CN").toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) throw badInput(`${at}.addresses.${i}.country`, "country is an ISO 3166 two-letter code");
    return {
      line1,
      line2: text(a.line2, `${at}.addresses.${i}.line2`),
      city,
      province: text(a.province, `${at}.addresses.${i}.province`) ?? city,
      postcode: clean(a.postcode)?.replace(/\s+/g, "").toUpperCase() ?? null,
      country,
    };
  });
  const birthday = clean(record.birthday);
  if (birthday && !validDate(birthday)) throw badInput(`${at}.birthday`, "birthday is a past date YYYY-MM-DD after 1900");
  const vins = list(record.vins, `${at}.vins`).map((raw, i) => {
    if (vinProblem(raw ?? "")) throw badInput(`${at}.vins.${i}`, "Not a valid VIN (17 characters, ISO 3779 check digit)");
    return normalizeVin(raw);
  });
  const name = nameKey(givenName, familyName) ?? nameKey(organisationName);
  if (!name && emails.length === 0 && phones.length === 0 && vins.length === 0) {
    throw badInput(at, "A record needs a name, an email, a phone or a VIN");
  }
  if (record.attributes && JSON.stringify(record.attributes).length > 4000) throw badInput(`${at}.attributes`, "attributes are limited to 4,000 characters");

  const payload = canonical({ ...record, sourceId }) as Record<string, unknown>;
  const payloadHash = createHash("sha256").update(JSON.stringify(payload)).digest("hex");
  const keys: NormalisedRecord["keys"] = [];
  const add = (kind: KeyKind, value: string | null | undefined) => {
    if (value && !keys.some((k) => k.kind === kind && k.value === value)) keys.push({ kind, value });
  };
  emails.forEach((e) => add("EMAIL", e.key));
  phones.forEach((p) => add("PHONE", p));
  vins.forEach((v) => add("VIN", v));
  add("BIRTHDAY", birthday);
  add("NAME", name);
  // A building is a blocking key; the home inside it (building, unit, room) is compared when both sides know it.
  addresses.forEach((a) => {
    const parts = parseAddress(a);
    add("ADDRESS", addressBlockKey(parts));
    add("ADDRESS", addressDetailKey(parts));
  });
  return { sourceId, givenName, familyName, organisationName, emails, phones, addresses, birthday, vins: [...new Set(vins)], payload, payloadHash, keys };
}

export const asDomainError = (error: unknown): DomainError => {
  if (error instanceof DomainError) return error;
  throw error;
};
