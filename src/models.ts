/**
 * The stored models `npm run models:refresh` rebuilds in bulk, in order; the write triggers keep
 * them between rebuilds. A model adds its rebuild as one more step here.
 */
import type { Executor } from "./db/client.js";
import { refreshAllRepurchase } from "./predictions/repurchase.service.js";
import { refreshProductAssociations } from "./recommendations/associations.service.js";

export interface ModelRefresh {
  name: string;
  /** Rebuilds the model from the whole history; returns a line saying what it wrote. */
  run: (db: Executor) => Promise<string>;
}

export const MODEL_REFRESHES: readonly ModelRefresh[] = [
  {
    name: "repurchase",
    run: async (db) => {
      const { items, predictions } = await refreshAllRepurchase(db);
      return `${items} items with a repurchase cycle, ${predictions} customer × item predictions`;
    },
  },
  {
    name: "co-purchases",
    run: async (db) => {
      const { products, pairs, customers } = await refreshProductAssociations(db);
      return `${products} products, ${pairs} product pairs over ${customers} buyers, and the recent popularity per tier`;
    },
  },
];
