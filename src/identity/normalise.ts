import { hash } from "node:crypto";
import { badInput, DomainError } from "../errors.js";
import { emailKey, nameKey, phoneKey } from "../validation/contact-keys.js";
import { normalizeVin, vinProblem, type VinProblem } from "../validation/vin.js";
import { addressBlockKey, addressDetailKey, parseAddress } from "./address.js";
import type { DeclaredAddress } from "../customers/profile-edits.js";

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

/** A source record's address: the shape a profile's own declared address has (customers/profile-edits.ts). */
export type SourceAddressData = DeclaredAddress;

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
  /** `payload` as JSON, the text hashed and stored (made once: a batch sends a thousand). */
  payloadJson: string;
  payloadHash: string;
  keys: { kind: KeyKind; value: string }[];
  /** Values left out of matching because they are invalid; the record is kept without them. */
  warnings: FieldWarning[];
}

/** A value of a record that was dropped from matching (a VIN with a wrong check digit, a malformed phone...). */
export interface FieldWarning {
  code: "INVALID_EMAIL" | "INVALID_PHONE" | "INVALID_VIN" | "INVALID_BIRTHDAY" | "INVALID_ADDRESS";
  field: string;
  message: string;
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
    // Runs for every record of every batch: one object built directly, no arrays of entries.
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
      // A "__proto__" key from JSON is a property like any other, not the prototype.
      if (key === "__proto__") Object.defineProperty(out, key, { value: canonical(v), enumerable: true, writable: true, configurable: true });
      else out[key] = canonical(v);
    }
    return out;
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

/**
 * Validates and normalises one record (`at` is e.g. input.records.3). A bad email, phone, VIN,
 * birthday or address is dropped from matching with a warning naming it, and the rest of the
 * record is kept: a source must not lose a customer for one bad field. It throws (a DomainError
 * naming the field) only for what makes the record unusable: no sourceId, oversized values, and
 * nothing left that identifies anyone.
 */
export function normaliseRecord(record: SourceRecordData, at: string): NormalisedRecord {
  const read = readRecord(record, at);
  if (!identifies(read)) {
    const dropped = read.warnings.map((w) => `${w.field.slice(at.length + 1)}: ${w.message}`).join("; ");
    throw badInput(at, `Nothing in this record identifies anyone: it needs a name, a valid email, phone or VIN${dropped ? ` (dropped ${dropped})` : ""}`);
  }
  return read;
}

/** A name, or an email, phone or VIN that survived validation: what lets matching find the person. */
export const identifies = (r: NormalisedRecord) => r.keys.some((k) => k.kind === "NAME") || r.emails.length > 0 || r.phones.length > 0 || r.vins.length > 0;

/** normaliseRecord without the last check: also a record that identifies no one yet (a profile's own record holding only an address). */
export function readRecord(record: SourceRecordData, at: string): NormalisedRecord {
  const sourceId = clean(record.sourceId);
  if (!sourceId || sourceId.length > 128) throw badInput(`${at}.sourceId`, "sourceId must be 1 to 128 characters");
  const givenName = text(record.givenName, `${at}.givenName`);
  const familyName = text(record.familyName, `${at}.familyName`);
  const organisationName = text(record.organisationName, `${at}.organisationName`);
  const warnings: FieldWarning[] = [];
  const drop = (code: FieldWarning["code"], field: string, message: string) => void warnings.push({ code, field, message });

  const emails: NormalisedRecord["emails"] = [];
  list(record.emails, `${at}.emails`).forEach((raw, i) => {
    const address = clean(raw);
    if (!address || address.length > 254 || !EMAIL_SHAPE.test(address)) return drop("INVALID_EMAIL", `${at}.emails.${i}`, "Not an email address");
    const key = emailKey(address);
    if (!emails.some((e) => e.key === key)) emails.push({ address, key });
  });
  const phones: string[] = [];
  list(record.phones, `${at}.phones`).forEach((raw, i) => {
    const e164 = typeof raw === "string" ? phoneKey(raw) : null;
    if (!e164) return drop("INVALID_PHONE", `${at}.phones.${i}`, "Not a valid phone number (E.164, or a Chinese number without country code)");
    if (!phones.includes(e164)) phones.push(e164);
  });
  const addresses: NormalisedAddress[] = [];
  list(record.addresses, `${at}.addresses`).forEach((a, i) => {
    const field = `${at}.addresses.${i}`;
    const line1 = text(a?.line1, `${field}.line1`);
    const city = text(a?.city, `${field}.city`);
    const country = (clean(a?.country) ?? "CN").toUpperCase();
    if (!line1) return drop("INVALID_ADDRESS", `${field}.line1`, "line1 is required");
    if (!city) return drop("INVALID_ADDRESS", `${field}.city`, "city is required");
    if (!/^[A-Z]{2}$/.test(country)) return drop("INVALID_ADDRESS", `${field}.country`, "country is an ISO 3166 two-letter code");
    addresses.push({
      line1,
      line2: text(a.line2, `${field}.line2`),
      city,
      province: text(a.province, `${field}.province`) ?? city,
      postcode: clean(a.postcode)?.replace(/\s+/g, "").toUpperCase() ?? null,
      country,
    });
  });
  let birthday = clean(record.birthday);
  if (birthday && !validDate(birthday)) {
    drop("INVALID_BIRTHDAY", `${at}.birthday`, "birthday is a past date YYYY-MM-DD after 1900");
    birthday = null;
  }
  const vins: string[] = [];
  list(record.vins, `${at}.vins`).forEach((raw, i) => {
    const problem = typeof raw === "string" ? vinProblem(raw) : "LENGTH";
    if (problem) return drop("INVALID_VIN", `${at}.vins.${i}`, VIN_PROBLEMS[problem]);
    vins.push(normalizeVin(raw));
  });
  const name = nameKey(givenName, familyName) ?? nameKey(organisationName);
  if (record.attributes && JSON.stringify(record.attributes).length > 4000) throw badInput(`${at}.attributes`, "attributes are limited to 4,000 characters");

  const payload = canonical({ ...record, sourceId }) as Record<string, unknown>;
  const payloadJson = JSON.stringify(payload);
  const payloadHash = hash("sha256", payloadJson, "hex");
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
  return { sourceId, givenName, familyName, organisationName, emails, phones, addresses, birthday, vins: [...new Set(vins)], payload, payloadJson, payloadHash, keys, warnings };
}

const VIN_PROBLEMS: Record<VinProblem, string> = {
  LENGTH: "Not a VIN: a VIN has 17 characters",
  CHARACTERS: "Not a VIN: only A-Z (without I, O, Q) and 0-9",
  CHECK_DIGIT: "Not a valid VIN: the check digit (position 9, ISO 3779) does not match",
};

export const asDomainError = (error: unknown): DomainError => {
  if (error instanceof DomainError) return error;
  throw error;
};
