import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import type { SourceRecordData } from "./normalise.js";

/** A line of the file that is no record at all (bad JSON): reported like a rejected record. */
export interface UnreadableLine {
  position: number;
  message: string;
}

const COLUMNS: Record<string, keyof SourceRecordData | "line1" | "line2" | "city" | "province" | "postcode" | "country"> = {
  sourceid: "sourceId",
  source_id: "sourceId",
  id: "sourceId",
  givenname: "givenName",
  given_name: "givenName",
  first_name: "givenName",
  familyname: "familyName",
  family_name: "familyName",
  last_name: "familyName",
  organisationname: "organisationName",
  organisation: "organisationName",
  company: "organisationName",
  email: "emails",
  emails: "emails",
  phone: "phones",
  phones: "phones",
  vin: "vins",
  vins: "vins",
  birthday: "birthday",
  birth_date: "birthday",
  dob: "birthday",
  line1: "line1",
  address: "line1",
  street: "line1",
  line2: "line2",
  city: "city",
  province: "province",
  postcode: "postcode",
  zip: "postcode",
  country: "country",
};

const many = (value: string) => value.split(/[;|]/).map((v) => v.trim()).filter(Boolean);

/** A CSV row: known columns by name (case-insensitive, several spellings), every other column kept as an attribute. */
function fromCsvRow(row: Record<string, string>): SourceRecordData {
  const record: SourceRecordData = { sourceId: "" };
  const address: Record<string, string> = {};
  const attributes: Record<string, string> = {};
  for (const [column, raw] of Object.entries(row)) {
    const value = raw.trim();
    if (!value) continue;
    const field = COLUMNS[column.trim().toLowerCase()];
    if (!field) attributes[column.trim()] = value;
    else if (field === "emails" || field === "phones" || field === "vins") record[field] = many(value);
    else if (["line1", "line2", "city", "province", "postcode", "country"].includes(field)) address[field] = value;
    else (record as unknown as Record<string, string>)[field] = value;
  }
  if (Object.keys(address).length) record.addresses = [{ line1: address.line1 ?? "", city: address.city ?? "", ...address }];
  if (Object.keys(attributes).length) record.attributes = attributes;
  return record;
}

/** The records of a .csv (header row) or .ndjson/.jsonl file (one SourceRecordInput-shaped object per line), in file order. */
export function readRecordFile(path: string): { records: { position: number; record: SourceRecordData }[]; unreadable: UnreadableLine[] } {
  const text = readFileSync(path, "utf8");
  const kind = extname(path).toLowerCase();
  if (kind === ".csv") {
    const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: false }) as Record<string, string>[];
    return { records: rows.map((row, i) => ({ position: i + 2, record: fromCsvRow(row) })), unreadable: [] };
  }
  if (kind === ".ndjson" || kind === ".jsonl") {
    const records: { position: number; record: SourceRecordData }[] = [];
    const unreadable: UnreadableLine[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const value = JSON.parse(line) as unknown;
        if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("not a JSON object");
        records.push({ position: i + 1, record: value as SourceRecordData });
      } catch (error) {
        unreadable.push({ position: i + 1, message: `not a JSON object (${(error as Error).message})` });
      }
    });
    return { records, unreadable };
  }
  throw new Error(`${path}: expected a .csv, .ndjson or .jsonl file`);
}
