import type { Decision, Evidence } from "./match.js";

export type MatchField = "VIN" | "EMAIL" | "PHONE" | "BIRTHDAY" | "NAME" | "POSTCODE" | "ADDRESS";
export type AgreementLevel = "EXACT" | "SIMILAR" | "PARTIAL" | "DIFFERENT";
export type ConfidenceBand = "CERTAIN" | "LIKELY" | "POSSIBLE";

/** How one field of two profiles compares; `similarity` (pg_trgm, 0..1) where the comparison is fuzzy. */
export interface FieldAgreement {
  field: MatchField;
  level: AgreementLevel;
  similarity: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The evidence per field, for a reviewer: only fields both sides have and that were compared
 * (a VIN, email or phone is listed when shared; matching looks pairs up by shared values, so a
 * differing email is not known to differ, only not to agree).
 */
export function fieldAgreements(e: Evidence): FieldAgreement[] {
  const out: FieldAgreement[] = [];
  for (const field of ["VIN", "EMAIL", "PHONE"] as const) if (e.exact.has(field)) out.push({ field, level: "EXACT", similarity: null });
  if (e.sameBirthday || e.birthdayConflict) out.push({ field: "BIRTHDAY", level: e.sameBirthday ? "EXACT" : "DIFFERENT", similarity: null });
  if (e.bothNamed) {
    const level: AgreementLevel = e.namesCompatible ? (e.nameSimilarity >= 1 ? "EXACT" : "SIMILAR") : e.namesOverlap ? "PARTIAL" : "DIFFERENT";
    out.push({ field: "NAME", level, similarity: e.nameSimilarity > 0 ? round(e.nameSimilarity) : null });
  }
  if (e.samePostcode) out.push({ field: "POSTCODE", level: "EXACT", similarity: null });
  if (e.addressSimilarity > 0) out.push({ field: "ADDRESS", level: e.addressSimilarity >= 1 ? "EXACT" : "SIMILAR", similarity: round(e.addressSimilarity) });
  return out;
}

/**
 * How sure a reviewer may be. CERTAIN: the rules link the pair on a VIN, two contacts or a
 * contact and the birthday, or a VIN and the birthday agree whatever the names (a garbled short
 * given name must not hide the owner of the same car born the same day). LIKELY: the rules would
 * link it, or a VIN, email or phone is shared by compatible names. POSSIBLE: everything else (a
 * family email shared by different given names, a similar name at the same postcode), and always
 * when the birthdays differ.
 */
export function confidenceBand(e: Evidence, d: Decision): ConfidenceBand {
  if (e.birthdayConflict) return "POSSIBLE";
  const shared = e.exact.size;
  if (e.exact.has("VIN") && e.sameBirthday) return "CERTAIN";
  if (d.merge && (e.exact.has("VIN") || shared >= 2 || (shared >= 1 && e.sameBirthday))) return "CERTAIN";
  if (d.merge) return "LIKELY";
  if (shared >= 1 && (e.namesCompatible || !e.bothNamed)) return "LIKELY";
  return "POSSIBLE";
}
