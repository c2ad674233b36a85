import type { NameLevel } from "./names.js";

/**
 * Fellegi–Sunter scoring (src/identity/README.md has the table and the reasoning). Each field
 * of a pair is compared to an agreement level; a level weighs log2(m/u) bits, where m is how
 * often a record of the same person shows that level and u how often a pair of different
 * people found by blocking does. The sum with the prior gives the odds that the pair is one
 * person. u is taken among blocked pairs, not random ones: two people found through a shared
 * email are mostly a household, so an email alone weighs less than over the whole population.
 */
export type Field = "NAME" | "EMAIL" | "PHONE" | "VIN" | "BIRTHDAY" | "ADDRESS";
export type Level = NameLevel | "AGREE" | "DISAGREE" | "SAME_HOME" | "SAME_BUILDING" | "OTHER_FLAT";

/** m and u per field and level; a level not listed (e.g. a VIN that differs: people own several cars) weighs nothing. */
export const WEIGHTS: Record<Field, Partial<Record<Level, { m: number; u: number }>>> = {
  NAME: { EXACT: { m: 0.8, u: 0.005 }, FUZZY: { m: 0.17, u: 0.002 }, INITIAL: { m: 0.03, u: 0.001 }, NEAR: { m: 0.04, u: 0.004 }, PARTIAL: { m: 0.005, u: 0.2 }, DIFFERENT: { m: 0.01, u: 0.79 } },
  EMAIL: { AGREE: { m: 0.9, u: 0.01 }, DISAGREE: { m: 0.3, u: 0.99 } },
  PHONE: { AGREE: { m: 0.9, u: 0.002 }, DISAGREE: { m: 0.1, u: 0.99 } },
  VIN: { AGREE: { m: 0.95, u: 0.001 } },
  BIRTHDAY: { AGREE: { m: 0.98, u: 0.003 } },
  ADDRESS: { SAME_HOME: { m: 0.45, u: 0.006 }, SAME_BUILDING: { m: 0.15, u: 0.004 }, OTHER_FLAT: { m: 0.02, u: 0.05 }, DISAGREE: { m: 0.45, u: 0.95 } },
};

/** log2 prior odds that a blocked pair is one person (about 1 in 17). */
export const PRIOR = -4;
/** Link automatically from a match probability of 0.99 (odds 2^6.63); list for review from 0.5. */
export const LINK_BITS = Math.log2(0.99 / 0.01);
export const REVIEW_BITS = 0;

/** Fields a household shares (a family email, the home). */
const HOUSEHOLD: Field[] = ["EMAIL", "ADDRESS"];

/** Fields that identify someone; a link needs one of them to agree (a name and birthday alone are a namesake as often as not). */
const IDENTIFIERS: Field[] = ["EMAIL", "PHONE", "VIN", "ADDRESS"];

export const bits = (field: Field, level: Level): number => {
  const w = WEIGHTS[field][level];
  return w ? Math.log2(w.m / w.u) : 0;
};

/** What two identities have in common, field by field (null: unknown on one side). */
export interface Evidence {
  levels: Partial<Record<Field, Level>>;
  /** For an agreeing shared value: how many distinct people carry it (its weight drops by log2 of that). */
  sharedBy: Partial<Record<Field, number>>;
  /** The other side's birthdays: a link never joins two different birthdays, directly or through a bridge. */
  birthdays: string[];
  /** An EXACT name that no one else in the graph carries (1), and how many people would carry it by chance (`nameChance`, see match.ts). */
  nameCarriers?: number;
  nameChance?: number;
  /** The same source and source id, or a VIN the profile owns. */
  sameSourceId?: boolean;
}

export const noEvidence = (): Evidence => ({ levels: {}, sharedBy: {}, birthdays: [] });

export type LinkRule = "EXACT" | "EXACT_NORMALIZED" | "FUZZY";
export type Band = "LINK" | "REVIEW" | "NONE";

export interface FieldScore {
  field: Field;
  level: Level;
  /** Bits this field adds (negative: against). */
  weight: number;
}

export interface Decision {
  /** A confident match: link (or merge) automatically. */
  merge: boolean;
  /** Linked by a rare name alone (nothing else to compare): it attaches a record, never joins two profiles. */
  nameOnly: boolean;
  band: Band;
  rule: LinkRule;
  /** The match probability of a link (0 when not linked). */
  confidence: number;
  /** The match probability, 0..1, for ranking candidates. */
  score: number;
  /** log2 odds, the prior included. */
  bits: number;
  fields: FieldScore[];
  reasons: string[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Link on a rare name alone from this match probability (see README: the estimate is conservative). */
export const NAME_ONLY_LINK = 0.9;
/** Without a better estimate, a record is as likely a new person as a known one. */
export const PRIOR_KNOWN = 0.5;

/**
 * The match probability of a pair that only a rare name joins: the record's person is already
 * known (PRIOR_KNOWN) and shows the name (m of EXACT), against the expected number of others
 * carrying it by chance (`nameChance`). 0 unless the name is carried by no one else and no
 * compared field is against (a different phone, email, home, birthday).
 */
export function nameOnlyProbability(e: Evidence, fields: FieldScore[], known = PRIOR_KNOWN): number {
  // The exact name, or a misspelling of it (FUZZY) with the birthday agreeing (the one person born that day with a name like it).
  const level = e.levels.NAME === "EXACT" ? "EXACT" : e.levels.NAME === "FUZZY" && e.levels.BIRTHDAY === "AGREE" ? "FUZZY" : null;
  if (!level || e.nameCarriers !== 1 || e.nameChance === undefined || fields.some((f) => f.weight < 0)) return 0;
  const m = WEIGHTS.NAME[level]!.m * known;
  return m / (m + e.nameChance);
}

export function decide(e: Evidence, known = PRIOR_KNOWN): Decision {
  const fields: FieldScore[] = [];
  for (const [field, level] of Object.entries(e.levels) as [Field, Level][]) {
    let weight = bits(field, level);
    const shared = e.sharedBy[field] ?? 1;
    if (weight > 0 && shared > 1) weight = Math.max(0, weight - Math.log2(shared));
    fields.push({ field, level, weight: round(weight) });
  }
  // An email and a home are both a household's: two people of one household agree on both
  // together, so the two are not independent evidence and only the stronger counts.
  const household = fields.filter((f) => HOUSEHOLD.includes(f.field) && f.weight > 0).sort((a, b) => b.weight - a.weight);
  for (const f of household.slice(1)) f.weight = 0;
  const total = PRIOR + fields.reduce((s, f) => s + f.weight, 0);
  const score = round(1 / (1 + 2 ** -total));
  const conflict = e.levels.BIRTHDAY === "DISAGREE";
  const identified = fields.some((f) => IDENTIFIERS.includes(f.field) && f.weight > 0 && f.level !== "DISAGREE" && f.level !== "OTHER_FLAT");
  const byName = identified ? 0 : nameOnlyProbability(e, fields, known);
  const nameOnly = byName >= NAME_ONLY_LINK;
  const band: Band = conflict ? "NONE" : (total >= LINK_BITS && identified) || nameOnly ? "LINK" : total >= REVIEW_BITS ? "REVIEW" : "NONE";
  const rule: LinkRule = e.levels.VIN === "AGREE" ? "EXACT" : e.levels.EMAIL === "AGREE" || e.levels.PHONE === "AGREE" ? "EXACT_NORMALIZED" : "FUZZY";
  const reasons = fields.map((f) => `${f.field} ${f.level} ${f.weight >= 0 ? "+" : ""}${f.weight.toFixed(1)}`);
  if (conflict) reasons.push("BIRTHDAY_DIFFERS");
  return { merge: band === "LINK", nameOnly: band === "LINK" && !identified, band, rule, confidence: band === "LINK" ? (nameOnly && !identified ? round(byName) : score) : 0, score, bits: round(total), fields, reasons };
}
