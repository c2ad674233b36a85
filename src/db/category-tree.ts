import { sql, type SQL } from "drizzle-orm";
import { productCategories } from "./schema/index.js";

/**
 * A category's id and its subcategories' at every depth, as a subquery (products of a category,
 * the category matrix, the customer filter's purchases). Here, below every domain, because both
 * the catalogue (which owns categories) and the customer filter (on catalog's floor) read it;
 * catalog.service.ts re-exports it.
 */
export const categoryAndBelow = (categoryId: string | SQL): SQL =>
  sql`(with recursive tree as (
        select id from ${productCategories} where id = ${categoryId}::uuid
        union all select c.id from ${productCategories} c join tree on c.parent_id = tree.id)
      select id from tree)`;
