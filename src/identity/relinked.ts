import type { Executor } from "../db/client.js";

/**
 * Called inside the transaction of every change of the identity graph — records ingested,
 * profiles merged or unmerged, a record detached — with the profiles whose records changed, so
 * that rows another domain hangs on a person's source record (imported orders) follow the record
 * to the profile it belongs to now. Identity declares the hook and never names its followers;
 * the composition wires them in (src/reactions.ts).
 */
export type OnIdentityRelinked = (tx: Executor, customerIds: string[]) => Promise<void>;
