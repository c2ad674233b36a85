import { describe, expect, it } from "vitest";
import { credibilityEstimate, householdEvidence, INTERVAL_Z, logIntervals } from "../../src/predictions/estimator.js";

// A population buying every 20 days (log 20), customers' true rhythms varying by τ² = 0.09, one customer's intervals by σ² = 0.04.
const population = { meanLog: Math.log(20), withinVariance: 0.04, betweenVariance: 0.09 };

describe("repurchase estimator (credibility on the log scale)", () => {
  it("takes the population's rhythm after a single purchase, with the widest interval", () => {
    const e = credibilityEstimate([], population);
    expect(e.weight).toBe(0);
    expect(e.days).toBeCloseTo(20, 9);
    const spread = Math.sqrt(0.04 + 0.09);
    expect(e.lowDays).toBeCloseTo(20 * Math.exp(-INTERVAL_Z * spread), 9);
    expect(e.highDays).toBeCloseTo(20 * Math.exp(INTERVAL_Z * spread), 9);
  });

  it("shrinks a few own intervals towards the population, many hardly at all: Z = n / (n + σ²/τ²)", () => {
    const own = (n: number) => Array.from({ length: n }, () => Math.log(40));
    const few = credibilityEstimate(own(1), population);
    const many = credibilityEstimate(own(12), population);
    expect(few.weight).toBeCloseTo(1 / (1 + 0.04 / 0.09), 12);
    expect(many.weight).toBeCloseTo(12 / (12 + 0.04 / 0.09), 12);
    expect(few.days).toBeCloseTo(Math.exp(few.weight * Math.log(40) + (1 - few.weight) * Math.log(20)), 9);
    expect(few.days).toBeGreaterThan(20);
    expect(few.days).toBeLessThan(many.days);
    expect(many.days).toBeLessThan(40);
    expect(many.days).toBeGreaterThan(38);
    // More known about the customer: a narrower interval.
    expect(many.highDays / many.lowDays).toBeLessThan(few.highDays / few.lowDays);
  });

  it("trusts own intervals sooner when customers differ much more than one customer's intervals do", () => {
    const own = [Math.log(40), Math.log(40)];
    const alike = credibilityEstimate(own, { ...population, betweenVariance: 0.01 });
    const varied = credibilityEstimate(own, { ...population, betweenVariance: 0.5 });
    expect(varied.weight).toBeGreaterThan(alike.weight);
    expect(varied.days).toBeGreaterThan(alike.days);
  });

  it("measures intervals per unit bought: two packs bought are expected to last twice as long", () => {
    const x = logIntervals([
      { day: "2026-04-01", quantity: 1 },
      { day: "2026-01-01", quantity: 1 },
      { day: "2026-01-31", quantity: 2 },
    ]);
    // 30 days after one pack, 60 after two: 30 days a pack both times.
    expect(x.map((v) => Math.round(Math.exp(v)))).toEqual([30, 30]);
  });

  it("measures intervals in the category's usual pack and expects the next one as long as the pack last bought lasts", () => {
    // A brand whose pack lasts 25 % longer (δ = ln 1.25): 25 days after it are 20 usual days.
    const big = Math.log(1.25);
    const x = logIntervals([
      { day: "2026-01-01", quantity: 1, packOffset: big },
      { day: "2026-01-26", quantity: 1 },
      { day: "2026-02-15", quantity: 1, packOffset: big },
    ]);
    expect(x.map((v) => Math.round(Math.exp(v)))).toEqual([20, 20]);
    const usual = credibilityEstimate(x, population);
    const afterBig = credibilityEstimate(x, population, big);
    expect(afterBig.weight).toBe(usual.weight);
    expect(afterBig.days / usual.days).toBeCloseTo(1.25, 9);
    expect(afterBig.highDays / usual.highDays).toBeCloseTo(1.25, 9);
  });

  it("takes a household's pace from its other items when households share one, and changes nothing when they do not", () => {
    const shared = { ...population, betweenVariance: 0.2, customerDeviation: 0.05, sharedVariance: 0.15 };
    // In another item this customer buys about 1.5 × as slowly as that item's average customer, on 6 intervals.
    const other = householdEvidence(Array.from({ length: 6 }, () => Math.log(30) + Math.log(1.5) + 0.05), { ...shared, meanLog: Math.log(30) })!;
    expect(other.deviation).toBeCloseTo(Math.log(1.5), 12);
    expect(other.precision).toBeCloseTo(1 / (0.2 - 0.15 + 0.04 / 6), 12);
    const alone = credibilityEstimate([], shared);
    const withHousehold = credibilityEstimate([], shared, 0, [other]);
    // A first purchase: the population's rhythm, moved towards the household's slower pace, with a narrower interval.
    const w = 0.15;
    expect(withHousehold.days).toBeCloseTo(20 * Math.exp((w * other.deviation * other.precision) / (1 + w * other.precision)), 9);
    expect(withHousehold.days).toBeGreaterThan(alone.days);
    expect(withHousehold.highDays / withHousehold.lowDays).toBeLessThan(alone.highDays / alone.lowDays);
    // Own intervals weigh more against a prior that knows more: Z grows less.
    expect(credibilityEstimate([Math.log(25)], shared, 0, [other]).weight).toBeLessThan(credibilityEstimate([Math.log(25)], shared).weight);
    // No shared pace: the other items are not read.
    expect(credibilityEstimate([Math.log(25)], { ...shared, sharedVariance: 0 }, 0, [other])).toEqual(credibilityEstimate([Math.log(25)], { ...shared, sharedVariance: 0 }));
  });
});
