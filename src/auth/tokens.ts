import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from "jose";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { Config } from "../config.js";
import { DomainError } from "../errors.js";
import { ROLES, type Principal } from "./principal.js";

const claimsSchema = z.discriminatedUnion("role", [
  z.object({ role: z.enum(["ADMIN", "AGENT"]), sub: z.string().min(1) }),
  z.object({ role: z.literal("DEALER"), sub: z.string().min(1), dealerId: z.uuid() }),
  z.object({ role: z.literal("SUPPLIER"), sub: z.string().min(1), supplierId: z.uuid() }),
  z.object({ role: z.literal("CUSTOMER"), sub: z.string().min(1), customerId: z.uuid() }),
  z.object({ role: z.literal("COURIER"), sub: z.string().min(1), carrierId: z.uuid() }),
]);

export type TokenClaims = z.infer<typeof claimsSchema>;

export interface TokenService {
  sign(claims: TokenClaims, ttl?: string): Promise<string>;
  /** Verifies signature, issuer, audience and expiry; throws UNAUTHENTICATED otherwise. */
  verify(token: string): Promise<Principal>;
}

/** How many verified tokens are remembered, and for how long at most (a JWKS key may be rotated away). */
const VERIFIED_TOKENS = 10_000;
const VERIFIED_FOR_MS = 5 * 60_000;

/** Why a token is refused, as `extensions.reason` says (never the JWT library's own codes). */
export type TokenRefusal = "TOKEN_EXPIRED" | "TOKEN_INVALID" | "TOKEN_LIFETIME_TOO_LONG";

const refuse = (reason: TokenRefusal, message: string) => new DomainError("UNAUTHENTICATED", message, undefined, { reason });

/** What the JWT library's failure means for the client; its codes and wording stay inside. */
function refusalOf(error: unknown): DomainError {
  const { code, claim } = error as { code?: string; claim?: string };
  if (code === "ERR_JWT_EXPIRED") return refuse("TOKEN_EXPIRED", "The token has expired: sign in again");
  if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED" && claim === "exp") return refuse("TOKEN_INVALID", "Invalid token: it must carry an expiry (exp)");
  if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED" && (claim === "iss" || claim === "aud")) return refuse("TOKEN_INVALID", "Invalid token: not issued for this platform");
  if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED" && claim === "nbf") return refuse("TOKEN_INVALID", "Invalid token: not valid yet");
  return refuse("TOKEN_INVALID", "Invalid token: its signature or format is not accepted");
}

/** JWT_MAX_LIFETIME's default: a stolen token is of use for half a day at most. */
export const DEFAULT_MAX_LIFETIME = "12h";

/** Seconds in a duration written like 15m, 12h or 30d (TOKEN_TTL, JWT_MAX_LIFETIME). */
export function durationSeconds(duration: string): number {
  const match = /^(\d+)([smhdw])$/.exec(duration);
  if (!match) throw new Error(`Not a duration: ${duration}`);
  const unit = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }[match[2] as "s" | "m" | "h" | "d" | "w"];
  return Number(match[1]) * unit;
}

export function createTokenService(jwt: Config["jwt"]): TokenService {
  const maxLifetimeText = jwt.maxLifetime ?? DEFAULT_MAX_LIFETIME;
  const maxLifetime = durationSeconds(maxLifetimeText);
  const secret = jwt.secret ? new TextEncoder().encode(jwt.secret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = jwt.jwksUrl ? createRemoteJWKSet(new URL(jwt.jwksUrl)) : undefined;
  // A client sends the same token with every request; checking its HMAC or RSA signature again
  // each time was a sixth of the CPU of a small query. A token is remembered only once verified,
  // and only until it expires (at most a few minutes); a bad token is checked every time.
  const verified = new LRUCache<string, Principal>({ max: VERIFIED_TOKENS });
  const verifyOnce = async (token: string): Promise<{ principal: Principal; expiresAt?: number }> => {
    let payload: { exp?: number; iat?: number };
    try {
      // A token without exp would be valid for ever: exp is required, and its lifetime bounded below.
      const options = { issuer: jwt.issuer, audience: jwt.audience, requiredClaims: ["exp"] };
      payload = jwks
        ? (await jwtVerify(token, jwks, options)).payload
        : (await jwtVerify(token, secret!, { ...options, algorithms: ["HS256"] })).payload;
    } catch (error) {
      throw refusalOf(error);
    }
    // Measured from its issue time, or from now when it does not say (a later iat cannot lengthen it).
    const issuedAt = Math.min(payload.iat ?? Infinity, Math.floor(Date.now() / 1000));
    if (payload.exp! - issuedAt > maxLifetime) {
      throw refuse("TOKEN_LIFETIME_TOO_LONG", `Invalid token: it may live at most ${maxLifetimeText} (JWT_MAX_LIFETIME)`);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      throw refuse("TOKEN_INVALID", `Invalid token: claims must name one of ${ROLES.join(", ")} and its tenant id`);
    }
    return { principal: toPrincipal(claims.data), expiresAt: payload.exp === undefined ? undefined : payload.exp * 1000 };
  };
  return {
    async sign(claims, ttl = jwt.ttl) {
      if (!secret) throw new Error("Tokens are issued by the identity provider when JWT_JWKS_URL is set");
      if (durationSeconds(ttl) > maxLifetime) throw new Error(`A token may live at most ${maxLifetimeText} (JWT_MAX_LIFETIME); ${ttl} is longer`);
      const { sub, ...rest } = claimsSchema.parse(claims);
      return new SignJWT(rest)
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(sub)
        .setIssuer(jwt.issuer)
        .setAudience(jwt.audience)
        .setIssuedAt()
        .setExpirationTime(ttl)
        .sign(secret);
    },
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      const { principal, expiresAt } = await verifyOnce(token);
      const ttl = Math.min(VERIFIED_FOR_MS, (expiresAt ?? Infinity) - Date.now());
      if (ttl > 0) verified.set(token, principal, { ttl });
      return principal;
    },
  };
}

function toPrincipal(c: TokenClaims): Principal {
  switch (c.role) {
    case "ADMIN":
    case "AGENT":
      return { role: c.role, subject: c.sub };
    case "DEALER":
      return { role: c.role, subject: c.sub, dealerId: c.dealerId };
    case "SUPPLIER":
      return { role: c.role, subject: c.sub, supplierId: c.supplierId };
    case "CUSTOMER":
      return { role: c.role, subject: c.sub, customerId: c.customerId };
    case "COURIER":
      return { role: c.role, subject: c.sub, carrierId: c.carrierId };
  }
}

/** The principal of a request: no header is anonymous, a bad one is an error (not silently anonymous). */
export async function principalFromAuthorization(tokens: TokenService, header: unknown): Promise<Principal> {
  if (header === undefined || header === null || header === "") return { role: "ANONYMOUS", subject: null };
  const match = typeof header === "string" ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) throw new DomainError("UNAUTHENTICATED", "Authorization must be 'Bearer <token>'", undefined, { reason: "TOKEN_INVALID" });
  return tokens.verify(match[1]!);
}
