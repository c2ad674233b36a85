import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { customerIdentities } from "./identity.declaration.js";

export function createIdentityLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    /** A customer's source identities, oldest link first, as declared. */
    identities: customerIdentities.loaders(db, principal, options).sourceIdentities,
  };
}
