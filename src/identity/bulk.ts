import { Param, sql, type SQL } from "drizzle-orm";

/**
 * One array parameter per column (`unnest($1::uuid[], $2::text[], ...)`) instead of one
 * parameter per value: a batch of 1,000 records with 8,000 keys binds a handful of parameters,
 * stays far below PostgreSQL's 65,535 and is parsed once.
 */
export const array = (values: readonly (string | null)[], type: string): SQL => sql`${new Param([...values])}::${sql.raw(type)}[]`;

/** A raw statement's rows, whichever driver answers (the identity graph's name for db/client's `rows`). */
export { rows as run } from "../db/client.js";
