import { sql, type SQL } from "drizzle-orm";

/** The NOTIFY channel bulkExportUpdated listens on (one LISTEN per process, pubsub/notices.ts). */
export const BULK_EXPORTS_CHANNEL = "bulk_export_updates";

/** The ring: the export's id only; subscribers read the row back in their own scope. */
export const exportRing = (exportId: string): SQL => sql`pg_notify(${BULK_EXPORTS_CHANNEL}, ${exportId})`;
