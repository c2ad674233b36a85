import { SignJWT } from "jose";
import { beforeAll, expect, it } from "vitest";
import { CustomerTotal } from "../operations/misc.js";
import { makeCustomer } from "../support/factories.js";
import { TEST_SECRET } from "../support/server.js";
import { describePlatform, firstError } from "../support/suite.js";

const sign = (exp: number) =>
  new SignJWT({ role: "ADMIN" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("someone")
    .setIssuer("customer-data-platform")
    .setAudience("customer-data-platform")
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(TEST_SECRET));

/** Verified tokens are remembered (src/auth/tokens.ts); remembering must not stretch what a token allows. */
describePlatform("remembered tokens", (platform) => {
  beforeAll(async () => {
    await makeCustomer(platform().database.db, { displayName: "Someone" });
  });

  it("stops accepting a remembered token when it expires", async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await sign(exp);
    for (let i = 0; i < 2; i++) expect((await platform().data(CustomerTotal, {}, token)).customers.totalCount).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 100));
    const { status, body } = await platform().gql(CustomerTotal, {}, token);
    expect(status).toBe(401);
    expect(firstError(body).code).toBe("UNAUTHENTICATED");
  });

  it("checks a token that differs from a remembered one in its signature", async () => {
    const token = await sign(Math.floor(Date.now() / 1000) + 60);
    expect((await platform().data(CustomerTotal, {}, token)).customers.totalCount).toBe(1);
    const [header, payload, signature] = token.split(".");
    const forged = `${header}.${payload}.${signature!.startsWith("A") ? "B" : "A"}${signature!.slice(1)}`;
    const { status, body } = await platform().gql(CustomerTotal, {}, forged);
    expect(status).toBe(401);
    expect(firstError(body).code).toBe("UNAUTHENTICATED");
  });
});
