import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Database } from "../db/client.js";
import { bulkExports } from "../db/schema/index.js";
import { contentTypeOf, extensionOf } from "./export-format.js";
import { fileOf } from "./export-runner.js";
import type { ExportLinks } from "./export-url.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /exports/:id?expires=…&signature=…: the file of a COMPLETED export, to whoever holds a link
 * bulkExport signed (no token: a warehouse loader or a browser fetches it). A link that is
 * tampered with, for another export, or expired is 403; an export that is not (or no longer)
 * complete is 404. Errors are JSON like the API's: `{ error: { code, message } }`.
 */
export function registerExportDownloads(app: FastifyInstance, db: Database, links: ExportLinks, dir: string): void {
  app.get<{ Params: { id: string }; Querystring: { expires?: string; signature?: string } }>("/exports/:id", async (request, reply) => {
    const { id } = request.params;
    const refuse = (status: number, code: string, message: string) => reply.code(status).header("cache-control", "no-store").send({ error: { code, message } });
    const verdict = UUID.test(id) ? links.verify(id, request.query.expires, request.query.signature) : "INVALID";
    if (verdict === "INVALID") return refuse(403, "FORBIDDEN", "The download link is not valid: ask bulkExport for a new one");
    if (verdict === "EXPIRED") return refuse(403, "FORBIDDEN", "The download link has expired: ask bulkExport for a new one");
    const [row] = await db.select({ id: bulkExports.id, kind: bulkExports.kind, format: bulkExports.format, status: bulkExports.status }).from(bulkExports).where(eq(bulkExports.id, id));
    const path = row && row.status === "COMPLETED" ? fileOf(dir, row) : undefined;
    const size = path ? await stat(path).then((s) => s.size, () => undefined) : undefined;
    if (!row || !path || size === undefined) return refuse(404, "NOT_FOUND", "The export has no file to download");
    return reply
      .header("content-type", contentTypeOf(row.format))
      .header("content-length", String(size))
      .header("content-disposition", `attachment; filename="${row.kind.toLowerCase()}-${row.id}.${extensionOf(row.format)}"`)
      .header("cache-control", "private, no-store")
      .send(createReadStream(path));
  });
}
