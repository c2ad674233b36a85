import DataLoader from "dataloader";
import type { Placeholder } from "drizzle-orm";
import { scopeKey, type Principal } from "../auth/principal.js";
import { preparedStatement, type Preparable } from "../db/prepared.js";

/**
 * A request-scoped loader keyed by id: one statement per batch, results mapped back by key
 * (a Map, never by position) so that missing or out-of-scope rows come back as null.
 */
export function byKeyLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
  options: { cache?: boolean } = {},
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const found = new Map<K, V>();
      for (const value of await fetch(keys)) found.set(keyOf(value), value);
      return keys.map((key) => found.get(key) ?? null);
    },
    { cache: options.cache ?? true },
  );
}

/** A loader of lists grouped by a parent key (e.g. a customer's emails). */
export function groupedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  parentOf: (value: V) => K,
  options: { cache?: boolean } = {},
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const groups = new Map<K, V[]>();
      for (const value of await fetch(keys)) {
        const parent = parentOf(value);
        const group = groups.get(parent);
        if (group) group.push(value);
        else groups.set(parent, [value]);
      }
      return keys.map((key) => groups.get(key) ?? []);
    },
    { cache: options.cache ?? true },
  );
}

/**
 * A loader statement whose text depends only on the principal's scope: `build` may use nothing
 * but the principal (through its policies) and the ids placeholder. It lives here, not in db/,
 * because the key is the principal's scope: the database layer knows no principals.
 */
export function byIds<T>(db: object, name: string, principal: Principal, ids: Iterable<string>, build: (ids: Placeholder<"ids">) => Preparable<T>): Promise<T> {
  return preparedStatement(db, `${name}|${scopeKey(principal)}`, build).execute({ ids: [...ids] });
}
