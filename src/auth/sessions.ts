import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { LRUCache } from "lru-cache";
import type { Database } from "../db/client.js";
import { customers } from "../db/schema/index.js";
import { DomainError } from "../errors.js";
import type { Principal } from "./principal.js";

/** How long "this customer is not erased" is believed; another server process's erasure takes at most this long to reach here. */
const STILL_ACTIVE_MS = 5_000;
const REMEMBERED = 10_000;

/**
 * Whether a verified token may still act: an erased customer's tokens are valid JWTs until they
 * expire, but erasure ends every session of that person. Checked each time a principal is built
 * (every HTTP request, every WebSocket connection and operation), after the token cache, so that
 * a cached token is refused too.
 */
export interface SessionGuard {
  /** Throws UNAUTHENTICATED (reason SESSION_ENDED) for a principal whose sessions have ended. */
  check(principal: Principal): Promise<void>;
  /** This process erased the customer: refuse its tokens from now on, without waiting for the cache. */
  ended(customerId: string): void;
  /** Calls `listener` when this process ends the customer's sessions (an open socket closes); returns the unsubscribe. */
  onEnded(customerId: string, listener: () => void): () => void;
}

export function createSessionGuard(db: Database): SessionGuard {
  // Erasure cannot be undone: an erased customer is remembered for good, an active one briefly.
  const erased = new LRUCache<string, boolean>({ max: REMEMBERED });
  const survivor = alias(customers, "survivor");
  const listeners = new Map<string, Set<() => void>>();
  const isErased = async (customerId: string): Promise<boolean> => {
    const known = erased.get(customerId);
    if (known !== undefined) return known;
    // A merged-away profile is erased with the profile it was merged into.
    const [row] = await db
      .select({ erased: sql<boolean>`(${customers.erasedAt} is not null or ${survivor.erasedAt} is not null)` })
      .from(customers)
      .leftJoin(survivor, eq(survivor.id, customers.mergedIntoId))
      .where(eq(customers.id, customerId));
    const answer = row?.erased === true;
    erased.set(customerId, answer, answer ? {} : { ttl: STILL_ACTIVE_MS });
    return answer;
  };
  return {
    async check(principal) {
      if (principal.role === "CUSTOMER" && (await isErased(principal.customerId))) {
        throw new DomainError("UNAUTHENTICATED", "This session has ended: the customer's data was erased", undefined, { reason: "SESSION_ENDED" });
      }
    },
    ended(customerId) {
      // Profiles merged into this one are erased with it: forget every "still active" answer.
      for (const [id, value] of erased.entries()) if (!value) erased.delete(id);
      erased.set(customerId, true);
      // Merged-away profiles' sockets re-check on their next operation (their ids are not known here).
      for (const listener of listeners.get(customerId) ?? []) listener();
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
