import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { productScope } from "../catalog/catalog.policy.js";
import { toCustomer } from "../customers/customers.declaration.js";
import { lockEditableCustomer } from "../customers/profile-access.js";
import type { Database, Executor } from "../db/client.js";
import { products, productViews, wishlistItems } from "../db/schema/index.js";
import { badInput, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import type { CustomerProductInput, RecordProductViewInput } from "./browsing.inputs.js";

/** How many products a customer's browsing history keeps; older views are dropped as new ones come. */
export const BROWSING_HISTORY_KEPT = 50;

async function visibleProduct(tx: Executor, principal: Principal, globalId: string) {
  const id = expectGlobalId(globalId, "Product", "input.productId");
  const [row] = await tx.select({ id: products.id }).from(products).where(and(eq(products.id, id), productScope(principal)));
  if (!row) throw notFound("Product", "input.productId");
  return row.id;
}

/** Idempotent: a product already on the wishlist keeps its first addition time. */
export async function addToWishlist(db: Database, principal: Principal, input: CustomerProductInput) {
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    const productId = await visibleProduct(tx, principal, input.productId);
    await tx.insert(wishlistItems).values({ customerId: customer.id, productId }).onConflictDoNothing();
    return { customer: toCustomer(customer) };
  });
}

/** Idempotent: removing a product that is not on the wishlist changes nothing. */
export async function removeFromWishlist(db: Database, principal: Principal, input: CustomerProductInput) {
  const productId = expectGlobalId(input.productId, "Product", "input.productId");
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    await tx.delete(wishlistItems).where(and(eq(wishlistItems.customerId, customer.id), eq(wishlistItems.productId, productId)));
    return { customer: toCustomer(customer) };
  });
}

/**
 * One row per product and customer: a repeat view moves the product to the top (a late, older
 * view does not move it back). Then the history is cut to the newest BROWSING_HISTORY_KEPT.
 */
export async function recordProductView(db: Database, principal: Principal, input: RecordProductViewInput) {
  const viewedAt = input.viewedAt ?? new Date();
  if (viewedAt.getTime() > Date.now() + 60_000) throw badInput("input.viewedAt", "viewedAt lies in the future");
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    const productId = await visibleProduct(tx, principal, input.productId);
    await tx
      .insert(productViews)
      .values({ customerId: customer.id, productId, viewedAt })
      .onConflictDoUpdate({
        target: [productViews.customerId, productViews.productId],
        set: { viewedAt: sql`greatest(${productViews.viewedAt}, excluded.viewed_at)` },
      });
    await tx.delete(productViews).where(
      and(
        eq(productViews.customerId, customer.id),
        sql`${productViews.id} not in (select ${productViews.id} from ${productViews} where ${productViews.customerId} = ${customer.id}
          order by ${productViews.viewedAt} desc, ${productViews.id} desc limit ${BROWSING_HISTORY_KEPT})`,
      ),
    );
    return { customer: toCustomer(customer) };
  });
}
