import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Download links: `/exports/<id>?expires=<unix seconds>&signature=<HMAC-SHA256 of id and
 * expiry>`. The link is the permission (a warehouse loader fetches it without a token), so it
 * is short-lived and bound to one export; the secret never leaves the server.
 */
export interface ExportLinks {
  /** A link to the export's file valid for the configured lifetime, and when it stops working. */
  sign(exportId: string, now?: number): { url: string; expiresAt: Date };
  /** Whether a link's expiry and signature are the server's and not past. */
  verify(exportId: string, expires: string | undefined, signature: string | undefined, now?: number): "VALID" | "EXPIRED" | "INVALID";
}

export function exportLinks(secret: string, lifetimeSeconds: number): ExportLinks {
  // A key of its own, derived: the cursor/JWT secret itself never signs a link.
  const key = createHmac("sha256", secret).update("bulk-export-links").digest();
  const mac = (id: string, expires: number) => createHmac("sha256", key).update(`${id}.${expires}`).digest("base64url");
  return {
    sign(exportId, now = Date.now()) {
      const expires = Math.floor(now / 1000) + lifetimeSeconds;
      return { url: `/exports/${exportId}?expires=${expires}&signature=${mac(exportId, expires)}`, expiresAt: new Date(expires * 1000) };
    },
    verify(exportId, expires, signature, now = Date.now()) {
      if (!expires || !signature || !/^\d{1,12}$/.test(expires)) return "INVALID";
      const expected = Buffer.from(mac(exportId, Number(expires)));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "INVALID";
      return Number(expires) * 1000 <= now ? "EXPIRED" : "VALID";
    },
  };
}
