import { timestamp, uuid } from "drizzle-orm/pg-core";
import { newId } from "../ids.js";

export const id = () => uuid("id").primaryKey().$defaultFn(newId);

/**
 * Milliseconds, like the JavaScript Date every timestamp becomes: keyset cursors carry the value
 * as read, and a stored microsecond (now() has them) would not survive the round trip, so paging
 * would skip or repeat rows.
 */
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: "date", precision: 3 });

export const timestamps = () => ({
  createdAt: tstz("created_at").notNull().defaultNow(),
  updatedAt: tstz("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdateFn(() => new Date()),
});
