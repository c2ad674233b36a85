import type { ApolloServerPlugin } from "@apollo/server";
import type { Principal } from "../auth/principal.js";
import { parseLsn, type ReadReplica } from "../db/replica.js";
import { readFromReplica } from "../db/unavailable.js";
import { badInput, type DomainError } from "../errors.js";
import type { SharedStore } from "../redis/store.js";
import { toGraphQLError } from "./errors.js";
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

/** The header a mutation's response carries its write position in, and a later request sends it back in. */
export const LSN_HEADER = "x-cdp-lsn";

/**
 * Read-your-writes for one deployment, over either transport. By default by time: a caller's
 * queries within the window after its last mutation read from the primary. A request that sends
 * the position of a write it must see (`x-cdp-lsn`, as a mutation's response gave it) is routed
 * by that instead: to the replica as soon as the replica has replayed it, whoever wrote since.
 */
export interface ReadRouting {
  /** Whether a query operation of this caller may read from the replica. */
  replicaMayAnswer(caller: string, lsn?: bigint): Promise<boolean>;
  /** After a mutation: starts the caller's window, and gives the primary's write position to hand back (undefined if it could not be read). */
  wrote(caller: string): Promise<string | undefined>;
}

export function readRouting(writers: RecentWriters, replica: Pick<ReadReplica, "usable" | "hasReplayed" | "primaryPosition">): ReadRouting {
  return {
    async replicaMayAnswer(caller, lsn) {
      // A bypassed replica answers nothing: no need to ask Redis about the caller.
      if (!replica.usable) return false;
      return lsn === undefined ? !(await writers.wroteRecently(caller)) : replica.hasReplayed(lsn);
    },
    async wrote(caller) {
      // The mutation has committed: a primary that cannot say its position costs the client only the header.
      const [, lsn] = await Promise.all([writers.noteWrite(caller), replica.primaryPosition().catch(() => undefined)]);
      return lsn;
    },
  };
}

/** A client's write position, or the error it is answered with (either transport). */
export function lsnOf(value: unknown, field: string): bigint | undefined {
  if (value === undefined || value === null) return undefined;
  const lsn = typeof value === "string" ? parseLsn(value) : undefined;
  if (lsn === undefined) throw badInput(field, `${field} must be a WAL position as a mutation's response gave it (e.g. 16/B374D848)`);
  return lsn;
}

/**
 * With a read replica: a query operation's reads go to it (db/client.ts routes them) as
 * `routing` decides; a mutation's response carries the primary's write position (the
 * `x-cdp-lsn` header and `extensions.lsn`), taken after its commit. Subscriptions and everything
 * else stay on the primary.
 */
export function readRoutingPlugin<T extends { principal: Principal; clientAddress?: string }>(routing: ReadRouting): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, request }) {
          let lsn: bigint | undefined;
          try {
            lsn = lsnOf(request.http?.headers.get(LSN_HEADER), LSN_HEADER);
          } catch (error) {
            throw toGraphQLError(error as DomainError, 400);
          }
          if (operation?.operation !== "query") return;
          if (await routing.replicaMayAnswer(bucketKey(contextValue.principal, contextValue.clientAddress), lsn)) readFromReplica(true);
        },
        async willSendResponse({ operation, contextValue, response }) {
          if (operation?.operation !== "mutation") return;
          const lsn = await routing.wrote(bucketKey(contextValue.principal, contextValue.clientAddress));
          if (!lsn) return;
          response.http.headers.set(LSN_HEADER, lsn);
          if (response.body.kind === "single") response.body.singleResult.extensions = { ...response.body.singleResult.extensions, lsn };
        },
      };
    },
  };
}
