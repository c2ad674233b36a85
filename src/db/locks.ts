import { sql } from "drizzle-orm";
import type { Executor } from "./client.js";

/** One advisory lock key for the identity graph (which source record belongs to which profile). */
const IDENTITY_GRAPH = 7220913;

/**
 * Ingestion of people and merges take it exclusively: matching reads the identity graph and
 * then writes to it, and two batches deciding at once could each create a profile for the same
 * person or merge a profile another is moving.
 */
export const lockIdentityGraph = (tx: Executor) => tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(IDENTITY_GRAPH))})`);

/**
 * Writers that only read the graph to hang rows on it (imported orders) share it: they do not
 * wait for each other, but a merge or detach cannot move a link between their read and their
 * commit, which would leave a row on the profile the person just left.
 */
export const shareIdentityGraph = (tx: Executor) => tx.execute(sql`select pg_advisory_xact_lock_shared(${sql.raw(String(IDENTITY_GRAPH))})`);

/** The shared lock as an expression, for a statement that takes it together with others (one round trip: the history imports' `lockSource`). */
export const identityGraphSharedLock = sql.raw(`pg_advisory_xact_lock_shared(${IDENTITY_GRAPH})`);
