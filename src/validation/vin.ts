/**
 * VINs per ISO 3779: 17 characters from A–Z and 0–9 without I, O and Q; position 9 is the
 * check digit of the transliterated, weighted sum (the North American scheme most makers use,
 * including for vehicles sold in China).
 */
const TRANSLITERATION: Record<string, number> = Object.fromEntries(
  [..."ABCDEFGHJKLMNPRSTUVWXYZ"].map((c, i) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]!]),
);
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{17}$/;

function valueOf(char: string): number {
  return /\d/.test(char) ? Number(char) : TRANSLITERATION[char]!;
}

/** The check digit ('0'–'9' or 'X') for a 17-character VIN (its own position 9 is ignored). */
export function vinCheckDigit(vin: string): string {
  const sum = [...vin].reduce((total, char, i) => total + valueOf(char) * WEIGHTS[i]!, 0);
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

export type VinProblem = "LENGTH" | "CHARACTERS" | "CHECK_DIGIT";

/** Why a VIN is invalid, or null when it is valid. Input is upper-cased and trimmed first. */
export function vinProblem(raw: string): VinProblem | null {
  const vin = normalizeVin(raw);
  if (vin.length !== 17) return "LENGTH";
  if (!VIN_SHAPE.test(vin)) return "CHARACTERS";
  return vin[8] === vinCheckDigit(vin) ? null : "CHECK_DIGIT";
}

export const normalizeVin = (raw: string): string => raw.trim().toUpperCase();

/** A valid VIN from a 17-character body whose position 9 is replaced by the check digit. */
export function withCheckDigit(body: string): string {
  const vin = normalizeVin(body);
  return `${vin.slice(0, 8)}${vinCheckDigit(vin)}${vin.slice(9)}`;
}
