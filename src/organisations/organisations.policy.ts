import type { SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";

/**
 * Dealers, suppliers and carriers are businesses: their names, cities and switchboards are public
 * (a dealer locator and a carrier's name on a parcel need them), so every role, anonymous
 * included, sees all of them. What a business may *change* is decided by each mutation.
 */
export const organisationScope = (_principal: Principal): SQL | undefined => undefined;
