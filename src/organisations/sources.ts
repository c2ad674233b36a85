import { eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { dealers } from "../db/schema/index.js";
import { badInput, forbidden } from "../errors.js";

/**
 * Source systems (web shop, hotline, each dealer's and repair station's system) are named, not
 * registered; a dealer's system is `dealer-<its code, lower-cased>`, and that name is what binds
 * an import to the dealership. These rules serve every ingestion (people in identity, orders in
 * orders): one place decides who may write into which source.
 */
const SOURCE_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * The source under which each profile keeps one record of what was entered in the platform
 * itself (registration, self-service, staff edits); no import may use it.
 */
export const PROFILE_SOURCE = "profile";

/**
 * The source under which an app's anonymous visitor id is linked to the profile that signed in
 * with it (src/activity/README.md); no import may use it either.
 */
export const ANONYMOUS_SOURCE = "anonymous";

/** A dealer's system is the source `dealer-<its code, lower-cased>`: the dealership it binds to, if any. */
export async function dealerOfSource(tx: Executor, source: string): Promise<string | null> {
  if (!source.startsWith("dealer-")) return null;
  const [row] = await tx.select({ id: dealers.id }).from(dealers).where(sql`lower(${dealers.code}) = ${source.slice("dealer-".length)}`);
  return row?.id ?? null;
}

/**
 * The source an import writes into, checked: a valid name, not the platform's own, and one the
 * caller may write: staff any, a dealer only its own system's (`dealer-<its code>`), nobody else.
 */
export async function importSource(db: Executor, principal: Principal, raw: string, what: string): Promise<string> {
  const source = raw.trim();
  if (!SOURCE_NAME.test(source)) throw badInput("input.source", "A source name is 1 to 64 lower-case letters, digits, - and _ (e.g. webshop, dealer-sh-01)");
  if (source === PROFILE_SOURCE) throw badInput("input.source", `'${PROFILE_SOURCE}' holds what was entered in the platform itself; import under the source system's own name`);
  if (source === ANONYMOUS_SOURCE) throw badInput("input.source", `'${ANONYMOUS_SOURCE}' holds the apps' anonymous visitor ids; import under the source system's own name`);
  if (principal.role === "ADMIN" || principal.role === "AGENT") return source;
  if (principal.role !== "DEALER") throw forbidden(`Only staff and dealers import ${what}`);
  const [own] = await db.select({ code: dealers.code }).from(dealers).where(eq(dealers.id, principal.dealerId));
  if (!own || source !== `dealer-${own.code.toLowerCase()}`) {
    throw forbidden(`A dealer imports only into its own source${own ? ` (dealer-${own.code.toLowerCase()})` : ""}`);
  }
  return source;
}
