import { count } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { customers } from "../db/schema/index.js";

/** Whether the database has no customers yet: the signal to seed demo data. Apart from the generator so that asking does not load it. */
export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(customers);
  return row!.n === 0;
}
