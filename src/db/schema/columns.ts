import { timestamp, uuid } from "drizzle-orm/pg-core";
import { newId } from "../ids.js";

export const id = () => uuid("id").primaryKey().$defaultFn(newId);

export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const timestamps = () => ({
  createdAt: tstz("created_at").notNull().defaultNow(),
  updatedAt: tstz("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdateFn(() => new Date()),
});
