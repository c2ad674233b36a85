import { SignJWT } from "jose";
import { beforeAll, expect, it } from "vitest";
import { CustomerTotal } from "../operations/misc.js";
import { makeCustomer } from "../support/factories.js";
import { TEST_SECRET } from "../support/server.js";
import { describePlatform, firstError } from "../support/suite.js";

const sign = (claims: Record<string, unknown>, options: { issuer?: string; audience?: string; exp?: number; secret?: string } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("someone")
    .setIssuer(options.issuer ?? "customer-data-platform")
    .setAudience(options.audience ?? "customer-data-platform")
    .setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 60)
    .sign(new TextEncoder().encode(options.secret ?? TEST_SECRET));

describePlatform("authentication", (platform) => {
  beforeAll(async () => {
    await makeCustomer(platform().database.db, { displayName: "Someone" });
  });

  it("accepts a valid bearer token and treats a missing one as anonymous", async () => {
    const admin = await platform().data(CustomerTotal, {}, await sign({ role: "ADMIN" }));
    expect(admin.customers.totalCount).toBe(1);
    const anonymous = await platform().data(CustomerTotal, {});
    expect(anonymous.customers.totalCount).toBe(0);
  });

  it.each([
    ["a wrong signature", () => sign({ role: "ADMIN" }, { secret: "another-secret-that-is-long-enough-too!!" })],
    ["an expired token", () => sign({ role: "ADMIN" }, { exp: Math.floor(Date.now() / 1000) - 10 })],
    ["another issuer", () => sign({ role: "ADMIN" }, { issuer: "someone-else" })],
    ["another audience", () => sign({ role: "ADMIN" }, { audience: "another-api" })],
    ["an unknown role", () => sign({ role: "ROOT" })],
    ["a dealer without dealerId", () => sign({ role: "DEALER" })],
    ["garbage", async () => "not.a.jwt"],
  ])("answers 401 UNAUTHENTICATED for %s", async (_name, token) => {
    const { status, body } = await platform().gql(CustomerTotal, {}, await token());
    expect(status).toBe(401);
    expect(firstError(body).code).toBe("UNAUTHENTICATED");
    expect(body.data ?? null).toBeNull();
  });

  it("rejects an Authorization header that is not a bearer token", async () => {
    const response = await fetch(`${platform().url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic YWRtaW46YWRtaW4=" },
      body: JSON.stringify({ query: "{ customers { totalCount } }" }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
  });
});
