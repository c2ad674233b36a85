/** What a client is told about its bucket, in Shopify's vocabulary (`extensions.cost.throttleStatus`). */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  /** Points per second that flow back into the bucket. */
  restoreRate: number;
}

export interface Charge {
  allowed: boolean;
  status: ThrottleStatus;
  /** Seconds until the bucket holds enough for the refused operation. */
  retryAfter?: number;
}

interface Bucket {
  available: number;
  at: number;
}

/**
 * A leaky bucket of query cost per principal, in this process's memory. Each operation takes its
 * cost out before it runs; the bucket refills at `restoreRate` per second up to `capacity`.
 * Several processes would each keep their own buckets (a shared limit needs Redis).
 */
export class CostBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly capacity: number,
    readonly restoreRate: number,
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  charge(key: string, cost: number): Charge {
    const at = this.now();
    const bucket = this.buckets.get(key);
    const refilled = bucket ? Math.min(this.capacity, bucket.available + ((at - bucket.at) / 1000) * this.restoreRate) : this.capacity;
    const status = (available: number): ThrottleStatus => ({
      maximumAvailable: this.capacity,
      currentlyAvailable: Math.floor(available),
      restoreRate: this.restoreRate,
    });
    if (cost > refilled) {
      const missing = cost - refilled;
      // An operation dearer than the whole bucket can never run; say so rather than "wait forever".
      const retryAfter = cost > this.capacity ? undefined : Math.ceil(missing / this.restoreRate);
      this.touch(key, { available: refilled, at });
      return { allowed: false, status: status(refilled), retryAfter };
    }
    this.touch(key, { available: refilled - cost, at });
    return { allowed: true, status: status(refilled - cost) };
  }

  /** Re-inserting keeps the Map in least-recently-used order, so eviction drops the stalest keys. */
  private touch(key: string, bucket: Bucket) {
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) {
      // A key that is evicted comes back with a full bucket: only idle keys are old enough to go.
      for (const stale of this.buckets.keys()) {
        this.buckets.delete(stale);
        if (this.buckets.size <= this.maxKeys) break;
      }
    }
  }
}
