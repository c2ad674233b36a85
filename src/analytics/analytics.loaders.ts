import DataLoader from "dataloader";
import type { CommunicationMatrix } from "./communication-plan.js";
import { matrixInForce } from "./communication-rules.service.js";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import type { CustomerMeasures } from "./analytics.types.js";
import { categoryCellsOf } from "./category-matrix.service.js";
import type { CustomerCategoryCell } from "./category-matrix.types.js";
import { measuresOf } from "./measures.service.js";
import { complaintStatsLoader } from "./complaint-stats.service.js";
import { createTimelineLoader } from "./timeline.service.js";
import { traitsLookup } from "./traits.declaration.js";
import { customerSegments, segmentRelations } from "./segments.declaration.js";
import { segmentSizes } from "./segments.service.js";

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
    /** Each customer's category-matrix cells (empty where the caller may not read them): one statement per batch. */
    categoryCells: new DataLoader<string, CustomerCategoryCell[]>(
      async (ids) => {
        const found = await categoryCellsOf(db, principal, ids);
        return ids.map((id) => found.get(id) ?? []);
      },
      { cache: options.cache ?? true },
    ),
    /** The communication matrix in force, read once per request however many plans it answers. */
    communicationMatrix: new DataLoader<"in force", CommunicationMatrix>(async (keys) => {
      const matrix = await matrixInForce(db);
      return keys.map(() => matrix);
    }),
    /** Stored sizes by segment id, one grouped statement per batch (null: suppressed for a supplier). */
    segmentSizes: new DataLoader<string, number | null>(
      async (ids) => {
        const found = await segmentSizes(db, principal, ids);
        return ids.map((id) => (found.has(id) ? found.get(id)! : 0));
      },
      { cache: options.cache ?? true },
    ),
    /** The segments each customer is a member of, of those the caller may see (staff, the owning dealer), as declared. */
    segments: customerSegments.loaders(db, principal, options).segments,
    /** Each segment's members in the caller's scope, paged, as declared. */
    segmentMembers: segmentRelations.loaders(db, principal, options).members,
  };
}
