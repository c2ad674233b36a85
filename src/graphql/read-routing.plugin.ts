import type { ApolloServerPlugin } from "@apollo/server";
import type { Principal } from "../auth/principal.js";
import { readFromReplica } from "../db/unavailable.js";
import type { SharedStore } from "../redis/store.js";
import { bucketKey } from "./limits.plugin.js";

/** Who wrote lately: a principal's reads within the window after its last mutation go to the primary. */
export interface RecentWriters {
  noteWrite(key: string): Promise<void>;
  wroteRecently(key: string): Promise<boolean>;
}

/** Most principals tracked in one process before expired entries are swept. */
const SWEEP_AT = 10_000;

/** This process's own writers (no REDIS_URL: a client's next request may reach another process, see docs/deployment.md). */
export class LocalRecentWriters implements RecentWriters {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async noteWrite(key: string): Promise<void> {
    const now = this.now();
    if (this.until.size >= SWEEP_AT) for (const [k, until] of this.until) if (until <= now) this.until.delete(k);
    this.until.set(key, now + this.windowMs);
  }

  async wroteRecently(key: string): Promise<boolean> {
    return this.wroteHere(key);
  }

  wroteHere(key: string): boolean {
    const until = this.until.get(key);
    return until !== undefined && until > this.now();
  }
}

/**
 * Every process's writers, in Redis (`ryw:<caller>`, expiring with the window), so that a read
 * right after a write sees it whichever process each request reaches. This process's own
 * writes are answered without asking Redis. When Redis cannot be asked, reads go to the primary:
 * a stale answer is worse than a busier primary during the outage.
 */
export function sharedRecentWriters(store: SharedStore, windowMs: number): RecentWriters {
  const local = new LocalRecentWriters(windowMs);
  const key = (caller: string) => store.key("ryw", caller);
  return {
    async noteWrite(caller) {
      await local.noteWrite(caller);
      await store.attempt("read_your_writes", () => store.redis.set(key(caller), "1", "PX", windowMs), () => "OK");
    },
    async wroteRecently(caller) {
      if (local.wroteHere(caller)) return true;
      return store.attempt("read_your_writes", async () => (await store.redis.exists(key(caller))) === 1, () => true);
    },
  };
}

/**
 * With a read replica: a query operation's reads go to it (db/client.ts routes them) unless its
 * principal wrote within the window; a mutation starts its principal's window when it answers
 * (after its commit). Subscriptions and everything else stay on the primary.
 */
export function readRoutingPlugin<T extends { principal: Principal; clientAddress?: string }>(writers: RecentWriters, replica: { readonly usable: boolean }): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          // A bypassed replica answers nothing: no need to ask Redis about the caller.
          if (operation?.operation !== "query" || !replica.usable) return;
          if (!(await writers.wroteRecently(bucketKey(contextValue.principal, contextValue.clientAddress)))) readFromReplica(true);
        },
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation === "mutation") await writers.noteWrite(bucketKey(contextValue.principal, contextValue.clientAddress));
        },
      };
    },
  };
}
