import { idIn } from "../db/patterns.js";
import { and, desc, max } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { productViews, wishlistItems } from "../db/schema/index.js";
import { ProductView, WishlistItem } from "./browsing.types.js";
import { engagementScope } from "./interactions.policy.js";

/** How many recently viewed products a profile shows. */
export const RECENTLY_VIEWED = 20;

export async function wishlistsOf(db: Database, principal: Principal, customerIds: readonly string[]) {
  const rows = await db
    .select()
    .from(wishlistItems)
    .where(and(engagementScope(principal, wishlistItems.customerId), idIn(wishlistItems.customerId, customerIds)))
    .orderBy(desc(wishlistItems.addedAt));
  return rows.map((r) => Object.assign(new WishlistItem(), { customerDbId: r.customerId, productDbId: r.productId, addedAt: r.addedAt }));
}

/** Distinct products by their latest view, newest first, at most RECENTLY_VIEWED per customer. */
export async function recentlyViewedOf(db: Database, principal: Principal, customerIds: readonly string[]) {
  const rows = await db
    .select({ customerId: productViews.customerId, productId: productViews.productId, viewedAt: max(productViews.viewedAt) })
    .from(productViews)
    .where(and(engagementScope(principal, productViews.customerId), idIn(productViews.customerId, customerIds)))
    .groupBy(productViews.customerId, productViews.productId)
    .orderBy(desc(max(productViews.viewedAt)));
  const perCustomer = new Map<string, number>();
  const views: ProductView[] = [];
  for (const r of rows) {
    const n = perCustomer.get(r.customerId) ?? 0;
    if (n >= RECENTLY_VIEWED) continue;
    perCustomer.set(r.customerId, n + 1);
    views.push(Object.assign(new ProductView(), { customerDbId: r.customerId, productDbId: r.productId, viewedAt: r.viewedAt! }));
  }
  return views;
}
