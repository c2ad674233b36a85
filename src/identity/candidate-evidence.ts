import type { Decision, Evidence } from "./match.js";
import { LINK_BITS, type FieldScore } from "./scoring.js";

export type ConfidenceBand = "CERTAIN" | "LIKELY" | "POSSIBLE";

/** Odds of at least 2^16 to 1 (p ≥ 0.99998): e.g. an email, the exact name and the birthday. */
const CERTAIN_BITS = 16;

/**
 * How sure a reviewer may be, from the Fellegi–Sunter decision (scoring.ts). CERTAIN: the pair
 * links with odds of 2^16 to 1 or more, or a VIN and the birthday agree (the owner of the same
 * car born the same day, whatever a garbled short given name says). LIKELY: the rules would link
 * it (p ≥ 0.99 with an identifier agreeing). POSSIBLE: the review band, and always when the
 * birthdays differ.
 */
export function confidenceBand(e: Evidence, d: Decision): ConfidenceBand {
  if (e.levels.BIRTHDAY === "DISAGREE") return "POSSIBLE";
  if (e.levels.VIN === "AGREE" && e.levels.BIRTHDAY === "AGREE") return "CERTAIN";
  if (d.merge && d.bits >= Math.max(CERTAIN_BITS, LINK_BITS)) return "CERTAIN";
  return d.merge ? "LIKELY" : "POSSIBLE";
}

/** The evidence per field, strongest first: each compared field, its agreement level and the bits it adds. */
export const fieldAgreements = (d: Decision): FieldScore[] => [...d.fields].sort((a, b) => b.weight - a.weight || (a.field < b.field ? -1 : 1));
