import { Repeater } from "@repeaterjs/repeater";
import { and, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { bulkExports } from "../db/schema/index.js";
import { serialDrainer } from "../pubsub/drain.js";
import type { Notices } from "../pubsub/notices.js";
import type { ExportLinks } from "./export-url.js";
import { exportScope } from "./exports.policy.js";
import { bulkExport, toBulkExport } from "./exports.service.js";
import type { BulkExport } from "./exports.types.js";

const FINISHED = new Set(["COMPLETED", "FAILED", "CANCELLED"]);

/**
 * bulkExportUpdated: the export as it stands now, then after every committed change (claimed,
 * each batch written, finished), ending after it finishes. Rings carry the id only; the row is
 * read again in the subscriber's scope. A ring lost while the LISTEN connection was away is not
 * repeated, but the next one (or polling bulkExport) shows the current state.
 */
export async function bulkExportUpdates(db: Database, principal: Principal, notices: Notices, links: ExportLinks, globalId: string) {
  const first = await bulkExport(db, principal, globalId);
  return new Repeater<BulkExport>(async (push, stop) => {
    let last = "";
    const send = async (row: typeof bulkExports.$inferSelect) => {
      const state = `${row.status}:${row.rowCount}`;
      if (state === last) return;
      last = state;
      await push(toBulkExport(row, links));
      if (FINISHED.has(row.status)) stop();
    };
    let rung = false;
    const drain = serialDrainer(async () => {
      while (rung) {
        rung = false;
        const [row] = await db.select().from(bulkExports).where(and(eq(bulkExports.id, first.id), exportScope(principal)));
        if (row) await send(row);
      }
    }, stop);
    const unsubscribe = notices.on((payload) => {
      if (payload !== first.id) return;
      rung = true;
      drain();
    });
    // Listening first, then the current state: a change between the two is read again, never missed.
    rung = true;
    drain();
    await stop;
    unsubscribe();
  });
}
