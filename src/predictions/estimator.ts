/**
 * The repurchase estimator, as a pure function: the specification the SQL of
 * `refresh_repurchase` (drizzle/0022_repurchase_predictions.sql) computes set-based, kept here so
 * that its behaviour is unit-tested without a database (a database test holds the two equal).
 *
 * Bühlmann credibility on the log scale. x = ln(days between purchases ÷ units bought at the
 * first of the two): the customer's n intervals have mean m; the item's population has mean μ,
 * within-customer variance σ² and between-customer variance τ² of the customers' true means.
 * Z = n ÷ (n + σ²/τ²) is the weight of the customer's own mean, θ = Z·m + (1 − Z)·μ the estimate,
 * σ² + (1 − Z)·τ² the variance of the next log interval (the interval's own noise plus what is
 * still unknown about the customer's mean). With no interval yet Z = 0: the population's rhythm.
 *
 * Pack offsets (replaceable categories): a product whose pack lasts longer or shorter than the
 * category's usual one has an offset δ (log scale, `Population.packOffsets`, estimated by the
 * rebuild within customers). An interval that starts with a purchase of that product is measured
 * as x − δ (`logIntervals`' `packOffset`), so that every interval speaks of the usual pack, and the
 * estimate for the next interval adds the offset of the product last bought (`credibilityEstimate`'s
 * `lastPackOffset`). Without offsets (a product, or a category's products alike) both are 0.
 *
 * Household (a customer effect shared by items): a household that empties its coffee fast may
 * empty its detergent fast too. A customer's deviation in another item j, d_j = m_j − μ_j − c_j
 * (c_j: where the item's average customer stands), is evidence of their pace with precision
 * p_j = 1 ÷ (τ_j² − ω² + σ_j²/n_j) (`householdEvidence`); ω², the variance of the shared pace, is
 * the covariance of one customer's deviations in two items, estimated by the rebuild from every
 * such pair (0 when items do not move together: then nothing changes). With w = min(ω², τ²),
 * S = Σ d_j·p_j and P = Σ p_j over the other items, the prior of the customer's mean in this
 * item is μ + w·S ÷ (1 + w·P), with variance τ² − w + w ÷ (1 + w·P), and the credibility weight
 * is taken against that variance: Z = n ÷ (n + σ² ÷ prior variance).
 */
export interface Population {
  /** μ: the item's mean log interval per unit. */
  meanLog: number;
  /** σ²: the variance of one customer's log intervals around their own mean. */
  withinVariance: number;
  /** τ²: the variance of the customers' true mean log intervals. */
  betweenVariance: number;
  /** c: the mean of the item's repeat buyers' own means, less μ. */
  customerDeviation?: number;
  /** ω²: the variance of a household's pace shared by its items (0: none). */
  sharedVariance?: number;
}

/** What a customer's intervals in one item say of their household's pace. */
export interface HouseholdEvidence {
  deviation: number;
  precision: number;
}

export interface Estimate {
  /** Z, 0–1: how much the customer's own intervals count. */
  weight: number;
  /** Days per unit: exp(θ). */
  days: number;
  /** The 80 % interval of the next interval per unit, in days. */
  lowDays: number;
  highDays: number;
}

/** z of the 10th and 90th percentiles of the normal: the interval holds 80 % of next intervals. */
export const INTERVAL_Z = 1.2816;

/**
 * `ownLogIntervals` already corrected by the offsets of the packs they start with; `lastPackOffset`:
 * the offset of the product last bought; `others`: the evidence of the customer's other items.
 */
export function credibilityEstimate(ownLogIntervals: readonly number[], population: Population, lastPackOffset = 0, others: readonly HouseholdEvidence[] = []): Estimate {
  const n = ownLogIntervals.length;
  const w = Math.min(population.sharedVariance ?? 0, population.betweenVariance);
  const sum = others.reduce((total, e) => total + e.deviation * e.precision, 0);
  const precision = others.reduce((total, e) => total + e.precision, 0);
  const shift = (w * sum) / (1 + w * precision);
  const prior = population.betweenVariance - w + w / (1 + w * precision);
  const weight = n / (n + population.withinVariance / prior);
  const own = n ? ownLogIntervals.reduce((total, x) => total + x, 0) / n : 0;
  const theta = weight * own + (1 - weight) * (population.meanLog + shift) + lastPackOffset;
  const spread = Math.sqrt(population.withinVariance + (1 - weight) * prior);
  return { weight, days: Math.exp(theta), lowDays: Math.exp(theta - INTERVAL_Z * spread), highDays: Math.exp(theta + INTERVAL_Z * spread) };
}

/**
 * The log intervals per unit of purchase days (ISO dates, any order) with the units bought on each
 * and the offset of the pack bought (0 when none), each less the offset of the pack it starts with.
 */
export function logIntervals(purchases: readonly { day: string; quantity: number; packOffset?: number }[]): number[] {
  const sorted = [...purchases].sort((a, b) => a.day.localeCompare(b.day));
  return sorted
    .slice(1)
    .map((p, i) => Math.log(Math.max(1, (Date.parse(p.day) - Date.parse(sorted[i]!.day)) / 86_400_000) / sorted[i]!.quantity) - (sorted[i]!.packOffset ?? 0));
}

/** The evidence of one item's corrected log intervals (none without an interval): d = m − μ − c, precision 1 ÷ (τ² − ω² (at least 0.01) + σ²/n). */
export function householdEvidence(ownLogIntervals: readonly number[], population: Population): HouseholdEvidence | null {
  const n = ownLogIntervals.length;
  if (n === 0) return null;
  const m = ownLogIntervals.reduce((total, x) => total + x, 0) / n;
  return {
    deviation: m - population.meanLog - (population.customerDeviation ?? 0),
    precision: 1 / (Math.max(population.betweenVariance - (population.sharedVariance ?? 0), 0.01) + population.withinVariance / n),
  };
}
