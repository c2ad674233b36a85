import { defineScript, type SharedStore } from "./store.js";

/**
 * The leaky bucket's arithmetic done inside Redis, so that a read and its update cannot interleave
 * with another process's: refill by the time passed (Redis's own clock, so the processes' clocks
 * need not agree), take `cost` if it is there, store, and let the key expire once the bucket would
 * be full again (an expired bucket and a full one are the same thing).
 * KEYS[1] the bucket; ARGV capacity, restore rate per second, cost. Returns {taken 0/1, available}.
 */
const LUA = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'available', 'at')
local available = capacity
if state[1] then
  available = math.min(capacity, tonumber(state[1]) + (now - tonumber(state[2])) / 1000 * rate)
end
local taken = 0
if cost <= available then
  available = available - cost
  taken = 1
end
redis.call('HSET', KEYS[1], 'available', string.format('%.17g', available), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - available) / rate * 1000) + 1000)
return { taken, string.format('%.17g', available) }
`;

export interface Draw {
  taken: boolean;
  /** What the bucket holds after the draw (or, refused, what it held). */
  available: number;
}

/** Draws from shared leaky buckets; throws when Redis does not answer (the caller falls back). */
export function leakyBuckets(store: SharedStore, capacity: number, restoreRate: number) {
  const draw = defineScript(store.redis, "cdpLeakyBucketDraw", 1, LUA);
  return async (bucket: string, cost: number): Promise<Draw> => {
    const [taken, available] = (await draw([store.key("bucket", bucket)], [capacity, restoreRate, cost])) as [number, string];
    return { taken: taken === 1, available: Number(available) };
  };
}
