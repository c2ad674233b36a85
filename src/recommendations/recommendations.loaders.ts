import DataLoader from "dataloader";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { associationsOf, type AssociationRow } from "./associations.service.js";
import { recommendationsOf, type RecommendationsAnswer } from "./recommendations.service.js";
import type { RecommendationContext } from "./recommendations.types.js";

/** Keys carry the arguments: one statement per batch of parents asked with the same ones. */
const keyOf = (id: string, ...args: unknown[]) => JSON.stringify([id, ...args]);

function grouped<V>(load: (ids: string[], args: unknown[]) => Promise<Map<string, V>>, empty: () => V, cache: boolean) {
  return new DataLoader<string, V>(
    async (keys) => {
      const groups = new Map<string, { args: unknown[]; ids: string[] }>();
      for (const key of keys) {
        const [id, ...args] = JSON.parse(key) as [string, ...unknown[]];
        const group = groups.get(JSON.stringify(args)) ?? { args, ids: [] };
        group.ids.push(id);
        groups.set(JSON.stringify(args), group);
      }
      const answers = new Map<string, V>();
      for (const { args, ids } of groups.values()) {
        const found = await load(ids, args);
        for (const id of ids) answers.set(keyOf(id, ...args), found.get(id) ?? empty());
      }
      return keys.map((key) => answers.get(key)!);
    },
    { cache },
  );
}

export function createRecommendationLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const cache = options.cache ?? true;
  const boughtTogether = grouped<AssociationRow[]>((ids, [first]) => associationsOf(db, principal, ids, first as number), () => [], cache);
  const recommendations = grouped<RecommendationsAnswer | null>(
    (ids, [first, context]) => recommendationsOf(db, principal, ids, first as number, context as RecommendationContext),
    () => null,
    cache,
  );
  return {
    /** A product's associations (Product.boughtTogether), by product id and `first`. */
    boughtTogether: { load: (productId: string, first: number) => boughtTogether.load(keyOf(productId, first)) },
    /** A customer's recommendations, by customer id, `first` and context. */
    recommendations: { load: (customerId: string, first: number, context: RecommendationContext) => recommendations.load(keyOf(customerId, first, context)) },
  };
}
