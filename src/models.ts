/**
 * The stored models `npm run models:refresh` rebuilds in bulk, in order; the write triggers keep
 * them between rebuilds. A model adds its rebuild as one more step here.
 */
import { sql } from "drizzle-orm";
import type { Database, Executor } from "./db/client.js";
import { refreshAllRepurchase } from "./predictions/repurchase.service.js";
import { refreshProductAssociations, refreshRecommendationSeeds } from "./recommendations/associations.service.js";

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
  {
    name: "recommendation seeds",
    run: async (db) => `${await refreshRecommendationSeeds(db)} customers' starting points and left-out products`,
  },
];

/**
 * Runs every rebuild in order, each in a transaction of its own without statement timeout (the
 * server's pool has OPERATION_TIMEOUT_MS; a rebuild of a large history takes longer). Answers
 * each model's line and seconds: the CLI prints them, the scheduled job logs them.
 */
export async function refreshModels(db: Database): Promise<{ name: string; summary: string; seconds: number }[]> {
  const done = [];
  for (const model of MODEL_REFRESHES) {
    const started = performance.now();
    const summary = await db.transaction(async (tx) => {
      await tx.execute(sql`set local statement_timeout = 0`);
      return model.run(tx);
    });
    done.push({ name: model.name, summary, seconds: Math.round(performance.now() - started) / 1000 });
  }
  return done;
}
