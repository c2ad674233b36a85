import { count } from "drizzle-orm";
import { expect, it } from "vitest";
import { customers } from "../../src/db/schema/index.js";
import { IssuePasswordReset, Login, Me, RegisterCustomer, ResetPassword } from "../operations/accounts.js";
import { describePlatform, firstError } from "../support/suite.js";

const newAccount = (email: string) => ({ email, password: "correct horse battery", givenName: "Mei", familyName: "Lin", phone: "138 0013 8000" });

describePlatform("customer accounts", (platform) => {
  const profiles = async () => (await platform().database.db.select({ n: count() }).from(customers))[0]!.n;

  it("registers a customer who is signed in at once and sees only themself", async () => {
    const { registerCustomer } = await platform().data(RegisterCustomer, { input: newAccount("Mei.Lin@Example.com") });
    expect(registerCustomer.customer).toMatchObject({ displayName: "Mei Lin", stage: "PROSPECT" });
    const me = await platform().data(Me, {}, registerCustomer.token);
    expect(me.customers.edges.map((e) => e.node)).toEqual([
      { id: registerCustomer.customer.id, displayName: "Mei Lin", emails: [{ address: "Mei.Lin@Example.com" }], phones: [{ e164: "+8613800138000" }] },
    ]);
  });

  it("refuses a second account for the same email, in any case and spacing", async () => {
    await platform().data(RegisterCustomer, { input: newAccount("twice@example.com") });
    const before = await profiles();
    const again = await platform().gql(RegisterCustomer, { input: newAccount("  TWICE@example.com ") });
    expect(firstError(again.body)).toEqual({ code: "CONFLICT", field: "input.email" });
    expect(await profiles()).toBe(before);
  });

  it.each([
    [{ email: "not-an-email" }, "input.email"],
    [{ password: "short" }, "input.password"],
    [{ givenName: "  " }, "input.givenName"],
    [{ phone: "12" }, "input.phone"],
  ])("refuses %j naming the field and creates nothing", async (override, field) => {
    const before = await profiles();
    const { body } = await platform().gql(RegisterCustomer, { input: { ...newAccount(`bad-${field}@example.com`), ...override } });
    expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field });
    expect(await profiles()).toBe(before);
  });

  it("signs in with the right password only, answering a wrong email and a wrong password alike", async () => {
    await platform().data(RegisterCustomer, { input: newAccount("login@example.com") });
    const ok = await platform().data(Login, { input: { email: "LOGIN@example.com", password: "correct horse battery" } });
    expect(ok.login.customer.displayName).toBe("Mei Lin");
    const wrongPassword = await platform().gql(Login, { input: { email: "login@example.com", password: "wrong password!" } });
    const unknown = await platform().gql(Login, { input: { email: "nobody@example.com", password: "correct horse battery" } });
    expect(firstError(wrongPassword.body).code).toBe("UNAUTHENTICATED");
    expect(unknown.body.errors?.[0]?.message).toBe(wrongPassword.body.errors?.[0]?.message);
  });

  it("resets a password with a one-time token issued by staff", async () => {
    const { registerCustomer } = await platform().data(RegisterCustomer, { input: newAccount("forgot@example.com") });
    const customerToken = registerCustomer.token;
    const forbidden = await platform().gql(IssuePasswordReset, { input: { customerId: registerCustomer.customer.id } }, customerToken);
    expect(firstError(forbidden.body).code).toBe("FORBIDDEN");

    const agent = await platform().token({ role: "AGENT", sub: "a" });
    const { issuePasswordReset } = await platform().data(IssuePasswordReset, { input: { customerId: registerCustomer.customer.id } }, agent);
    const short = await platform().gql(ResetPassword, { input: { token: issuePasswordReset.token, newPassword: "short" } });
    expect(firstError(short.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.newPassword" });
    await platform().data(ResetPassword, { input: { token: issuePasswordReset.token, newPassword: "a brand new passphrase" } });
    const reused = await platform().gql(ResetPassword, { input: { token: issuePasswordReset.token, newPassword: "yet another passphrase" } });
    expect(firstError(reused.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.token" });

    expect((await platform().gql(Login, { input: { email: "forgot@example.com", password: "correct horse battery" } })).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await platform().data(Login, { input: { email: "forgot@example.com", password: "a brand new passphrase" } })).login.customer.id).toBe(registerCustomer.customer.id);
  });
});
