import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Page cursors carry the keyset values of a row (a display name, a date), which are personal
 * data: they leave the server sealed, with AES-256-GCM under a server key. The nonce is derived
 * from the plaintext (an HMAC, as in SIV constructions), so a row's cursor is the same every time
 * and on both read paths (the resolvers and the compiled statement); equal cursors reveal only
 * that they point at the same row, which their edges already show.
 */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export interface CursorSealer {
  seal(plain: string): string;
  /** The plaintext of a cursor sealed with the same secret, or null for anything else (tampered, foreign, garbage). */
  open(cursor: string): string | null;
}

export function createCursorSealer(secret: string | Buffer): CursorSealer {
  const encrypt = Buffer.from(hkdfSync("sha256", secret, "", "cdp page cursor v1 encrypt", 32));
  const nonceKey = Buffer.from(hkdfSync("sha256", secret, "", "cdp page cursor v1 nonce", 32));
  const nonceOf = (data: Buffer) => createHmac("sha256", nonceKey).update(data).digest().subarray(0, NONCE_BYTES);
  return {
    seal(plain) {
      const data = Buffer.from(plain, "utf8");
      const nonce = nonceOf(data);
      const cipher = createCipheriv("aes-256-gcm", encrypt, nonce);
      const sealed = Buffer.concat([cipher.update(data), cipher.final()]);
      return Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString("base64url");
    },
    open(cursor) {
      const raw = Buffer.from(cursor, "base64url");
      if (raw.length < NONCE_BYTES + TAG_BYTES) return null;
      const nonce = raw.subarray(0, NONCE_BYTES);
      try {
        const decipher = createDecipheriv("aes-256-gcm", encrypt, nonce);
        decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
        const data = Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
        return timingSafeEqual(nonceOf(data), nonce) ? data.toString("utf8") : null;
      } catch {
        return null;
      }
    },
  };
}

// Until a server configures its secret (CLIs, tests of pure functions): a key of this process only.
let sealer = createCursorSealer(randomBytes(32));

/**
 * Sets the secret cursors are sealed with (CURSOR_SECRET, else JWT_SECRET) at server start. One
 * per process: servers sharing a process share their secret.
 */
export function configureCursorSecret(secret: string): void {
  sealer = createCursorSealer(secret);
}

export const sealCursor = (plain: string): string => sealer.seal(plain);
export const openCursor = (cursor: string): string | null => sealer.open(cursor);
