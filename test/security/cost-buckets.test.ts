import { randomBytes } from "node:crypto";
import pino from "pino";
import { Registry } from "prom-client";
import { afterAll, describe, expect, it } from "vitest";
import { CostBuckets, type CostBucketStore } from "../../src/graphql/cost-buckets.js";
import { sharedCostBuckets } from "../../src/graphql/shared-cost-buckets.js";
import { connectSharedStore } from "../../src/redis/store.js";
import { dropKeys, testRedisUrl } from "../support/redis.js";

const redisUrl = await testRedisUrl();

/** Draws of cost 4, 8, 6, 1 and 11 from a bucket of 10 refilling 1 per second, taken within milliseconds. */
async function drawSequence(buckets: CostBucketStore, key: string) {
  const answers = [];
  for (const cost of [4, 8, 6, 1, 11]) answers.push(await buckets.charge(key, cost));
  return answers;
}

const expected = [
  { allowed: true, status: { maximumAvailable: 10, currentlyAvailable: 6, restoreRate: 1 } },
  { allowed: false, status: { maximumAvailable: 10, currentlyAvailable: 6, restoreRate: 1 }, retryAfter: 2 },
  { allowed: true, status: { maximumAvailable: 10, currentlyAvailable: 0, restoreRate: 1 } },
  { allowed: false, status: { maximumAvailable: 10, currentlyAvailable: 0, restoreRate: 1 }, retryAfter: 1 },
  // Dearer than the whole bucket: no time to wait would do.
  { allowed: false, status: { maximumAvailable: 10, currentlyAvailable: 0, restoreRate: 1 }, retryAfter: undefined },
];

describe("cost buckets (leaky bucket per caller)", () => {
  it("takes the cost when it is there, refuses with the seconds to wait, and refills with time", async () => {
    let now = 1_000_000;
    const buckets = new CostBuckets(10, 1, 100, () => now);
    expect(await drawSequence(buckets, "caller")).toEqual(expected);
    now += 7_000;
    expect(buckets.charge("caller", 7)).toEqual({ allowed: true, status: { maximumAvailable: 10, currentlyAvailable: 0, restoreRate: 1 } });
    // Each caller has a bucket of its own.
    expect(buckets.charge("someone else", 10).allowed).toBe(true);
  });

  describe.skipIf(!redisUrl)("shared through Redis", () => {
    const prefix = `test:${randomBytes(4).toString("hex")}:`;
    const stores: { close(): Promise<void> }[] = [];
    afterAll(async () => {
      for (const store of stores) await store.close();
      await dropKeys(redisUrl!, prefix);
    });

    it("answers as the in-process bucket does, and lets the key expire once the bucket would be full again", async () => {
      const store = await connectSharedStore({ url: redisUrl!, keyPrefix: prefix }, pino({ level: "silent" }), new Registry());
      stores.push(store);
      expect(await drawSequence(sharedCostBuckets(store, new CostBuckets(10, 1)), "caller")).toEqual(expected);
      // Empty, refilling 1 per second: full in 10 s, plus a second of margin.
      const ttl = await store.redis.pttl(`${prefix}bucket:caller`);
      expect(ttl).toBeGreaterThan(10_000);
      expect(ttl).toBeLessThanOrEqual(11_000);
    });
  });
});
