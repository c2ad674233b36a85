import { and, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { sourceScope, visibleCustomerRows } from "../customers/customers.policy.js";
import { identityLinks, sourceRecords } from "../db/schema/index.js";

/** A customer's source identities (identity_links joined to source_records): the profile's scope, then the source's. */
export const sourceIdentityScope = (principal: Principal): SQL | undefined =>
  and(visibleCustomerRows(principal, identityLinks.customerId), sourceScope(principal, sourceRecords.source));
