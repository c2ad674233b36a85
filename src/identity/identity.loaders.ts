import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { groupedLoader } from "../graphql/loader.js";
import { identitiesOf } from "./identity.service.js";

export function createIdentityLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    /** A customer's source identities, oldest link first. */
    identities: groupedLoader((ids: readonly string[]) => identitiesOf(db, principal, ids), (i) => i.customerDbId, options),
  };
}
