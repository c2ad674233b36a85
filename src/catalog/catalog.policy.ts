import { eq, or, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { products } from "../db/schema/index.js";

/**
 * The catalog is public while a product is on sale. Staff also see withdrawn products, and a
 * supplier sees its own withdrawn ones (they are still its products).
 */
export function productScope(principal: Principal): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "SUPPLIER":
      return or(eq(products.active, true), eq(products.supplierId, principal.supplierId));
    default:
      return eq(products.active, true);
  }
}

/** Categories and vehicle models are reference data: public. */
export const referenceDataScope = (_principal: Principal): SQL | undefined => undefined;
