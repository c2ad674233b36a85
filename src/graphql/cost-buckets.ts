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

/** Where an operation's cost is drawn from: this process's buckets, or buckets shared through Redis. */
export interface CostBucketStore {
  readonly capacity: number;
  readonly restoreRate: number;
  charge(key: string, cost: number): Charge | Promise<Charge>;
}

/** The answer to a draw of `cost`, given what the bucket holds after it (or, refused, held). */
export function chargeOutcome(capacity: number, restoreRate: number, cost: number, available: number, allowed: boolean): Charge {
  const status = { maximumAvailable: capacity, currentlyAvailable: Math.floor(available), restoreRate };
  if (allowed) return { allowed, status };
  // An operation dearer than the whole bucket can never run; say so rather than "wait forever".
  const retryAfter = cost > capacity ? undefined : Math.ceil((cost - available) / restoreRate);
  return { allowed, status, retryAfter };
}

/**
 * A leaky bucket of query cost per principal, in this process's memory. Each operation takes its
 * cost out before it runs; the bucket refills at `restoreRate` per second up to `capacity`.
 * Several processes each keep their own: with REDIS_URL the buckets are shared
 * (`shared-cost-buckets.ts`), and these answer only while Redis cannot be reached.
 */
export class CostBuckets implements CostBucketStore {
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
    const allowed = cost <= refilled;
    const available = allowed ? refilled - cost : refilled;
    this.touch(key, { available, at });
    return chargeOutcome(this.capacity, this.restoreRate, cost, available, allowed);
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
