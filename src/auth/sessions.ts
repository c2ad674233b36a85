import { sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { DomainError } from "../errors.js";
import type { Principal } from "./principal.js";

/** Erasures are read again this far back on each refresh: an erasure committed late (a long transaction) is not missed. */
const OVERLAP_SECONDS = 300;

/**
 * Whether a verified token may still act: an erased customer's tokens are valid JWTs until they
 * expire, but erasure ends every session of that person. Checked each time a principal is built
 * (every HTTP request, every WebSocket connection and operation), after the token cache, so that
 * a cached token is refused too.
 */
export interface SessionGuard {
  /** Throws UNAUTHENTICATED (reason SESSION_ENDED) for a principal whose sessions have ended. */
  check(principal: Principal): Promise<void>;
  /** This process erased the customer: refuse its tokens from now on, without waiting for the next refresh. */
  ended(customerId: string): void;
  /** Calls `listener` when this process ends the customer's sessions (an open socket closes); returns the unsubscribe. */
  onEnded(customerId: string, listener: () => void): () => void;
}

/**
 * How one process's ended sessions reach the others at once (Redis pub/sub, `src/redis/`). A
 * process that misses a message (Redis away) still learns of the erasure from the database within
 * `SESSIONS_REFRESH_MS`.
 */
export interface EndedSessionsChannel {
  publish(customerId: string): void;
  subscribe(listener: (customerId: string) => void): void;
}

/**
 * The guard keeps the list of ended sessions — the customers erased within the longest token
 * lifetime, and the profiles merged into them — and reads what was added at most every
 * `freshMs` (SESSIONS_REFRESH_MS; another process's erasure takes at most that long to reach
 * here), in one statement for the whole process: a request costs a set lookup, however many
 * customers sign in (a check per customer cost a statement on each first request of a token).
 * Erasures older than the token lifetime need no entry: no token issued before them is still
 * valid, and an erased customer cannot sign in again. Erasures are found by their audit rows
 * (action ERASE, written in the erasure's own transaction; `audit_log_action_idx` serves the read).
 */
export function createSessionGuard(db: Database, tokenLifetimeSeconds: number, freshMs = 5_000, channel?: EndedSessionsChannel): SessionGuard {
  /** Customer id -> when its erasure was read (ms), to forget it after the token lifetime. */
  const erased = new Map<string, number>();
  const listeners = new Map<string, Set<() => void>>();
  /** When (this process's clock) the last read started: the next one looks back that far, plus the overlap. */
  let lastRead: number | undefined;
  let freshUntil = 0;
  let refreshing: Promise<void> | undefined;

  const refresh = async () => {
    const started = Date.now();
    // A duration, applied to the database's clock: the processes' clocks need not agree.
    const lookBack = (lastRead === undefined ? tokenLifetimeSeconds : (started - lastRead) / 1000) + OVERLAP_SECONDS;
    const result = await db.execute(sql`with recursive ended(id) as (
        select target_id::uuid from audit_log
        where action = 'ERASE' and target_type = 'Customer' and target_id is not null and at > now() - make_interval(secs => ${lookBack})
        union
        select c.id from customers c join ended e on c.merged_into_id = e.id
      )
      select id::text as id from ended`);
    const rows = ((result as unknown as { rows?: unknown[] }).rows ?? (result as unknown as unknown[])) as { id: string }[];
    for (const { id } of rows) if (!erased.has(id)) erased.set(id, started);
    for (const [id, at] of erased) if (started - at > (tokenLifetimeSeconds + OVERLAP_SECONDS) * 1000) erased.delete(id);
    lastRead = started;
    freshUntil = started + freshMs;
  };

  const current = async () => {
    if (Date.now() < freshUntil) return;
    refreshing ??= refresh().finally(() => (refreshing = undefined));
    await refreshing;
  };

  /** The customer's sessions end in this process, whichever process erased it. */
  const end = (customerId: string) => {
    erased.set(customerId, Date.now());
    // Profiles merged into this one end with it: read them on the next check.
    freshUntil = 0;
    // Merged-away profiles' sockets re-check on their next operation (their ids are not known here).
    for (const listener of listeners.get(customerId) ?? []) listener();
  };
  channel?.subscribe(end);

  return {
    async check(principal) {
      if (principal.role !== "CUSTOMER") return;
      await current();
      if (erased.has(principal.customerId)) {
        throw new DomainError("UNAUTHENTICATED", "This session has ended: the customer's data was erased", undefined, { reason: "SESSION_ENDED" });
      }
    },
    ended(customerId) {
      end(customerId);
      channel?.publish(customerId);
    },
    onEnded(customerId, listener) {
      let set = listeners.get(customerId);
      if (!set) listeners.set(customerId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(customerId);
      };
    },
  };
}
