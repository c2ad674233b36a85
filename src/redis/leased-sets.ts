import { defineScript, type SharedStore } from "./store.js";

/*
 * Counted sets whose members hold leases: a process adds a member while the set is below a cap,
 * removes it when done, and renews the leases of those it still holds. A process that dies
 * without removing its members stops renewing them, and they drop out when their lease runs out,
 * so a crash does not keep a user's places taken for good. Scores are lease ends on Redis's clock.
 */

const NOW = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
`;

/** KEYS[1] the set; ARGV member, cap, lease ms. Returns 1 when added, 0 when the set is full. */
const ADMIT = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
`;

/** KEYS[1] the set; ARGV lease ms, then the members to renew (added again should Redis have lost them). */
const RENEW = `${NOW}
local lease = tonumber(ARGV[1])
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + lease, ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], lease)
return #ARGV - 1
`;

export interface LeasedSets {
  /** Adds `member` unless the set already holds `cap` live members; throws when Redis does not answer. */
  admit(set: string, member: string, cap: number): Promise<boolean>;
  release(set: string, members: string[]): Promise<void>;
  /** Extends the leases of members still held, in one round trip. */
  renew(held: Map<string, string[]>): Promise<void>;
}

export function leasedSets(store: SharedStore, leaseMs: number): LeasedSets {
  const admit = defineScript(store.redis, "cdpLeasedSetAdmit", 1, ADMIT);
  store.redis.defineCommand("cdpLeasedSetRenew", { numberOfKeys: 1, lua: RENEW });
  const key = (set: string) => store.key("lease", set);
  return {
    admit: async (set, member, cap) => (await admit([key(set)], [member, cap, leaseMs])) === 1,
    async release(set, members) {
      if (members.length > 0) await store.redis.zrem(key(set), ...members);
    },
    async renew(held) {
      if (held.size === 0) return;
      const pipeline = store.redis.pipeline() as unknown as { cdpLeasedSetRenew(...args: (string | number)[]): void; exec(): Promise<unknown> };
      for (const [set, members] of held) if (members.length > 0) pipeline.cdpLeasedSetRenew(key(set), leaseMs, ...members);
      await pipeline.exec();
    },
  };
}
