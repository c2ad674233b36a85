import type { PersistedQueryOptions } from "@apollo/server";
import { LRUCache } from "lru-cache";
import type { SharedStore } from "../redis/store.js";

type QueryCache = NonNullable<PersistedQueryOptions["cache"]>;

/** How long a registered query is kept in Redis after its last registration (a client registers again on a miss). */
export const PERSISTED_QUERY_TTL_SECONDS = 24 * 3600;

/**
 * Automatic persisted queries (Apollo's APQ: a client sends a query's SHA-256 and sends the text
 * only when the server does not know it) registered once for all processes: the query texts live
 * in Redis, so a hash registered through one process is known to every other. While Redis cannot
 * be reached, queries are registered and looked up in this process's memory (as Apollo does by
 * default, bounded in bytes), and a client whose hash is unknown here sends its text again.
 */
export function sharedPersistedQueries(store: SharedStore): PersistedQueryOptions {
  const local = new LRUCache<string, string>({ maxSize: 30 * 1024 * 1024, sizeCalculation: (text) => text.length || 1, ttl: PERSISTED_QUERY_TTL_SECONDS * 1000 });
  const key = (hash: string) => store.key("pq", hash);
  const cache: QueryCache = {
    async get(hash) {
      const shared = await store.attempt("persisted_queries", () => store.redis.get(key(hash)), () => null);
      return shared ?? local.get(hash);
    },
    async set(hash, text, options) {
      const ttl = options?.ttl ?? PERSISTED_QUERY_TTL_SECONDS;
      await store.attempt(
        "persisted_queries",
        async () => void (await store.redis.set(key(hash), text, "EX", ttl)),
        () => void local.set(hash, text),
      );
    },
    async delete(hash) {
      local.delete(hash);
      await store.attempt("persisted_queries", () => store.redis.del(key(hash)), () => 0);
    },
  };
  return { cache, ttl: PERSISTED_QUERY_TTL_SECONDS };
}
