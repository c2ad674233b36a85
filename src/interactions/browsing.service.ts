import { Param, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { rows, type Database } from "../db/client.js";
import { productViews } from "../db/schema/index.js";
import { ProductView } from "./browsing.types.js";
import { VIEW_ORDER } from "./interactions.declaration.js";
import { engagementScope } from "./interactions.policy.js";

/** How many recently viewed products a profile shows. */
export const RECENTLY_VIEWED = 20;

/**
 * The newest RECENTLY_VIEWED views per customer: one index range scan per customer (lateral
 * join on (customer_id, viewed_at) with a limit) instead of reading the whole history. Writes
 * keep one row per product, so no grouping is needed.
 */
export async function recentlyViewedOf(db: Database, principal: Principal, customerIds: readonly string[]) {
  const scope = engagementScope(principal, productViews.customerId);
  const found = await rows<{ customer_id: string; product_id: string; viewed_at: string | Date }>(
    db,
    sql`select v.customer_id, v.product_id, v.viewed_at
      from unnest(${new Param([...customerIds])}::uuid[]) as c(id)
      cross join lateral (
        select ${productViews.customerId}, ${productViews.productId}, ${productViews.viewedAt} from ${productViews}
        where ${productViews.customerId} = c.id ${scope ? sql`and ${scope}` : sql``}
        order by ${sql.join(VIEW_ORDER, sql`, `)}
        limit ${RECENTLY_VIEWED}
      ) as v`,
  );
  return found.map((r) => Object.assign(new ProductView(), { customerDbId: r.customer_id, productDbId: r.product_id, viewedAt: new Date(r.viewed_at) }));
}
