import { Param, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../db/client.js";

/**
 * One array parameter per column (`unnest($1::uuid[], $2::text[], ...)`) instead of one
 * parameter per value: a batch of 1,000 records with 8,000 keys binds a handful of parameters,
 * stays far below PostgreSQL's 65,535 and is parsed once.
 */
export const array = (values: readonly (string | null)[], type: string): SQL => sql`${new Param([...values])}::${sql.raw(type)}[]`;

export async function run<T>(tx: Executor, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
