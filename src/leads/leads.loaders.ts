import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { leadRelations } from "./leads.declaration.js";

export function createLeadLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  /** A lead's model, dealer and funnel history, as declared. */
  return leadRelations.loaders(db, principal, options);
}
