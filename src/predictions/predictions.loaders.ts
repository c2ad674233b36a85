import DataLoader from "dataloader";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import type { ServiceDue } from "./predictions.types.js";
import { nextServiceDue } from "./service-due.service.js";

export function createPredictionLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    /** Each vehicle's next maintenance, one statement per batch (null outside the caller's scope). */
    nextServiceDue: new DataLoader<string, ServiceDue | null>(
      async (ids) => {
        const found = await nextServiceDue(db, principal, ids);
        return ids.map((id) => found.get(id) ?? null);
      },
      { cache: options.cache ?? true },
    ),
  };
}
