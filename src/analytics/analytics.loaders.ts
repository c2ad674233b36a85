import DataLoader from "dataloader";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import type { CustomerMeasures } from "./analytics.types.js";
import { measuresOf } from "./measures.service.js";
import { complaintStatsLoader } from "./complaint-stats.service.js";
import { createTimelineLoader } from "./timeline.service.js";
import { traitsLookup } from "./traits.declaration.js";
import { segmentsOfCustomers } from "./segments.service.js";
import type { Segment } from "./segments.types.js";

export function createAnalyticsLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    measures: new DataLoader<string, CustomerMeasures>(
      async (ids) => {
        const found = await measuresOf(db, principal, ids);
        return ids.map((id) => found.get(id)!);
      },
      { cache: options.cache ?? true },
    ),
    timeline: createTimelineLoader(db, principal, options),
    /** Dealers' complaint figures, keyed by dealer and period (complaintStatsKey). */
    complaintStats: complaintStatsLoader(db, options),
    /** By customer id, as declared (null where the caller may not read them). */
    traits: traitsLookup.loader(db, principal, options),
    /** The segments each customer is in now (staff only: the resolver asks for no one else's). */
    segments: new DataLoader<string, Segment[]>(
      async (ids) => {
        const found = await segmentsOfCustomers(db, principal, ids);
        return ids.map((id) => found.get(id) ?? []);
      },
      { cache: options.cache ?? true },
    ),
  };
}
