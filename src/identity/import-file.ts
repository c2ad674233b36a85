import { readSourceFile } from "../validation/source-files.js";
import type { SourceRecordData } from "./normalise.js";

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
export function readRecordFile(path: string) {
  const { records, unreadable } = readSourceFile(path, (rows) => rows.map((row, i) => ({ position: i + 2, data: fromCsvRow(row) })));
  return { records: records.map((r) => ({ position: r.position, record: r.data })), unreadable };
}
