import { leakyBuckets } from "../redis/leaky-bucket.js";
import type { SharedStore } from "../redis/store.js";
import { chargeOutcome, type CostBucketStore, type CostBuckets } from "./cost-buckets.js";

/**
 * Cost buckets every process draws from alike (a caller throttled by one is throttled by all),
 * kept in Redis; while Redis cannot be reached, this process's own buckets answer.
 */
export function sharedCostBuckets(store: SharedStore, local: CostBuckets): CostBucketStore {
  const { capacity, restoreRate } = local;
  const draw = leakyBuckets(store, capacity, restoreRate);
  return {
    capacity,
    restoreRate,
    charge: (key, cost) =>
      store.attempt(
        "buckets",
        async () => {
          const { taken, available } = await draw(key, cost);
          return chargeOutcome(capacity, restoreRate, cost, available, taken);
        },
        () => local.charge(key, cost),
      ),
  };
}
