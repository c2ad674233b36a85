import { sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { MODEL_REFRESHES } from "../models.js";
import { learnTransitTimes, repredictParcels } from "../tracking/arrival-prediction.js";
import { SeedContext, TABLE_ORDER, type WorldRows, type WorldShape } from "./context.js";
import { generateEngagement } from "./engagement.js";
import { generateOrders } from "./orders.js";
import { generatePeople } from "./people.js";
import { generateReference } from "./reference.js";
import { generateVehicles } from "./vehicles.js";

export interface SeedOptions {
  customers: number;
  seed: number;
  /** "Now" of the generated world; defaults to the real now so that demo parcels are in transit. */
  now?: Date;
  /** Rows per INSERT; bounded by PostgreSQL's 65,535 parameters per statement. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  shape?: WorldShape;
}

/** The whole demo world in memory: deterministic for a given seed, size and reference date. */
export function generateWorld(options: Pick<SeedOptions, "customers" | "seed" | "now" | "shape">): WorldRows {
  const ctx = new SeedContext(options.seed, options.now ?? new Date(), options.shape);
  const ref = generateReference(ctx);
  const people = generatePeople(ctx, ref, options.customers);
  generateVehicles(ctx, ref, people);
  const orders = generateOrders(ctx, ref, people);
  generateEngagement(ctx, ref, people, orders);
  return ctx.rows;
}

/** Generates a world and writes it in one transaction: a failed seed leaves nothing behind. */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<Record<string, number>> {
  const world = generateWorld(options);
  const batchSize = options.batchSize ?? 500;
  const total = TABLE_ORDER.reduce((sum, [name]) => sum + world[name].length, 0);
  let done = 0;
  await db.transaction(async (tx) => {
    for (const [name, table] of TABLE_ORDER) {
      const rows = world[name] as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += batchSize) {
        const batch = rows.slice(i, i + batchSize);
        await tx.insert(table).values(batch as never);
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
    // Parcels get their arrival predicted from the world's own delivery history.
    await learnTransitTimes(tx, { until: options.now ?? new Date() });
    await repredictParcels(tx, options.now ?? new Date());
    // Every segment's members from its rule, as createSegment computes them (the same database function the writes' triggers run).
    await tx.execute(sql`select refresh_segment_memberships(null)`);
    // The prediction models from the written history (due-soon lists), as npm run models:refresh builds them.
    for (const model of MODEL_REFRESHES) await model.run(tx);
    // The live series continue after the seeded numbers (which came from the same formula).
    for (const [sequence, used] of [["order_number_seq", world.orders.length], ["case_number_seq", world.cases.length]] as const) {
      await tx.execute(sql`select setval(${sequence}, ${Math.max(used, 1)}, ${used > 0})`);
    }
  });
  return Object.fromEntries(TABLE_ORDER.map(([name]) => [name, world[name].length]));
}
