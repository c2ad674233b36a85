import { and, count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, consentEvents, customerAddresses, customerEmails, customers } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import {
  AddAddress,
  AddEmail,
  AddPhone,
  ProfileView,
  RemoveAddress,
  RemoveEmail,
  RemovePhone,
  SetConsents,
  SetDefaultDeliveryAddress,
  SetPreferences,
  SetPrimaryEmail,
  UpdateAddress,
  UpdateProfile,
} from "../operations/profile.js";
import { makeCarrier, makeCustomer, makeDealer, makeSupplier } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

describePlatform("self-service profile", (platform) => {
  let admin: string;
  let agent: string;
  let others: Record<string, string>;
  const db = () => platform().database.db;
  const gid = (id: string) => toGlobalId("Customer", id);

  /** A fresh customer and their own token. */
  async function newCustomer(overrides: Parameters<typeof makeCustomer>[1] = {}) {
    const row = await makeCustomer(db(), { kind: "PRIVATE", givenName: "Mei", familyName: "Lin", displayName: "Mei Lin", ...overrides });
    return { id: row.id, gid: gid(row.id), token: await platform().token({ role: "CUSTOMER", sub: row.id, customerId: row.id }) };
  }
  const view = async (id: string) => (await platform().data(ProfileView, { id }, admin)).customer!;

  beforeAll(async () => {
    admin = await platform().token({ role: "ADMIN", sub: "root" });
    agent = await platform().token({ role: "AGENT", sub: "agent.wu" });
    others = {
      DEALER: await platform().token({ role: "DEALER", sub: "d", dealerId: (await makeDealer(db())).id }),
      SUPPLIER: await platform().token({ role: "SUPPLIER", sub: "s", supplierId: (await makeSupplier(db())).id }),
      COURIER: await platform().token({ role: "COURIER", sub: "c", carrierId: (await makeCarrier(db())).id }),
    };
  });

  it("lets a customer change their names, birthday, language and preferred dealer; the dealer then sees them", async () => {
    const me = await newCustomer();
    const dealer = await makeDealer(db());
    const dealerToken = await platform().token({ role: "DEALER", sub: "d2", dealerId: dealer.id });
    expect(firstError((await platform().gql(ProfileView, { id: me.gid }, dealerToken)).body).code).toBe("NOT_FOUND");

    const { updateProfile } = await platform().data(
      UpdateProfile,
      { input: { givenName: " Mei-Hua ", birthday: "1990-02-28", preferredLanguage: "en-gb", preferredDealerId: toGlobalId("Dealer", dealer.id) } },
      me.token,
    );
    expect(updateProfile.customer).toMatchObject({ givenName: "Mei-Hua", familyName: "Lin", displayName: "Mei-Hua Lin", birthday: "1990-02-28", preferredLanguage: "en-GB", preferredDealer: { id: toGlobalId("Dealer", dealer.id) } });
    expect((await platform().data(ProfileView, { id: me.gid }, dealerToken)).customer?.id).toBe(me.gid);

    const renamed = await platform().data(UpdateProfile, { input: { customerId: me.gid, displayName: "Auntie Mei", birthday: null, preferredDealerId: null } }, agent);
    expect(renamed.updateProfile.customer).toMatchObject({ displayName: "Auntie Mei", birthday: null, givenName: "Mei-Hua", preferredDealer: null });
    // No longer preferred, the dealer no longer sees the customer.
    expect(firstError((await platform().gql(ProfileView, { id: me.gid }, dealerToken)).body).code).toBe("NOT_FOUND");
  });

  it.each([
    [{ birthday: "2999-01-01" }, "input.birthday", "BAD_USER_INPUT"],
    [{ birthday: "1850-01-01" }, "input.birthday", "BAD_USER_INPUT"],
    [{ preferredLanguage: "not a language" }, "input.preferredLanguage", "BAD_USER_INPUT"],
    [{ givenName: "   " }, "input.givenName", "BAD_USER_INPUT"],
    [{ familyName: "x".repeat(101) }, "input.familyName", "BAD_USER_INPUT"],
    [{ preferredDealerId: toGlobalId("Dealer", "00000000-0000-7000-8000-000000000000") }, "input.preferredDealerId", "NOT_FOUND"],
    [{ preferredDealerId: "junk" }, "input.preferredDealerId", "BAD_USER_INPUT"],
  ])("refuses updateProfile %j naming the field and changes nothing", async (input, field, code) => {
    const me = await newCustomer({ birthday: "1980-05-05" });
    const before = await view(me.gid);
    expect(firstError((await platform().gql(UpdateProfile, { input }, me.token)).body)).toEqual({ code, field });
    expect(await view(me.gid)).toEqual(before);
  });

  it("keeps customers to themselves and dealers, suppliers, couriers and anonymous callers out", async () => {
    const me = await newCustomer();
    const other = await newCustomer();
    const input = { customerId: other.gid, displayName: "Hijacked" };
    expect(firstError((await platform().gql(UpdateProfile, { input }, me.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.customerId" });
    for (const token of Object.values(others)) expect(firstError((await platform().gql(UpdateProfile, { input }, token)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(UpdateProfile, { input })).body).code).toBe("UNAUTHENTICATED");
    expect(firstError((await platform().gql(UpdateProfile, { input: { displayName: "x" } }, agent)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.customerId" });
    expect(firstError((await platform().gql(AddEmail, { input: { customerId: other.gid, address: "x@example.com" } }, me.token)).body).code).toBe("NOT_FOUND");
    expect(firstError((await platform().gql(SetConsents, { input: { customerId: other.gid, consents: [{ channel: "SMS", purpose: "MARKETING", status: "GRANTED" }] } }, others.DEALER!)).body).code).toBe("FORBIDDEN");
    const consents = [{ channel: "SMS" as const, purpose: "MARKETING" as const, status: "GRANTED" as const }];
    expect(firstError((await platform().gql(SetConsents, { input: { customerId: other.gid, consents } }, me.token)).body).code).toBe("NOT_FOUND");
    expect(await db().select({ outcome: auditLog.outcome, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.targetId, other.id))).toEqual([{ outcome: "DENIED", actorId: me.id }]);
    expect(await db().select().from(consentEvents).where(eq(consentEvents.customerId, other.id))).toEqual([]);
    expect((await view(other.gid)).displayName).toBe("Mei Lin");
  });

  it("adds, normalises, promotes and removes email addresses; an address another account signs in with is a CONFLICT", async () => {
    const me = await newCustomer({ email: "mei@example.com", passwordHash: "x" });
    await makeCustomer(db(), { email: "taken@example.com", passwordHash: "x" });
    await makeCustomer(db(), { email: "shared@example.com" }); // a profile without an account does not block it

    await platform().data(AddEmail, { input: { address: "  Mei.Work@Example.COM " } }, me.token);
    await platform().data(AddEmail, { input: { address: "shared@example.com", makePrimary: true } }, me.token);
    await platform().data(AddEmail, { input: { address: "MEI.WORK@example.com" } }, me.token); // already there: no second row
    expect((await view(me.gid)).emails).toEqual([
      { address: "shared@example.com", isPrimary: true },
      { address: "mei@example.com", isPrimary: false },
      { address: "Mei.Work@Example.COM", isPrimary: false },
    ]);

    const taken = await platform().gql(AddEmail, { input: { address: "Taken@example.com" } }, me.token);
    expect(firstError(taken.body)).toEqual({ code: "CONFLICT", field: "input.address" });
    const bad = await platform().gql(AddEmail, { input: { address: "not-an-email" } }, me.token);
    expect(firstError(bad.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.address" });
    expect(firstError((await platform().gql(SetPrimaryEmail, { input: { address: "nobody@example.com" } }, me.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.address" });
    expect((await db().select({ n: count() }).from(customerEmails).where(eq(customerEmails.customerId, me.id)))[0]!.n).toBe(3);

    await platform().data(SetPrimaryEmail, { input: { customerId: me.gid, address: "mei.work@example.com" } }, agent);
    await platform().data(RemoveEmail, { input: { address: "mei.work@example.com" } }, me.token);
    await platform().data(RemoveEmail, { input: { address: "shared@example.com" } }, me.token);
    expect((await view(me.gid)).emails).toEqual([{ address: "mei@example.com", isPrimary: true }]);
    const last = await platform().gql(RemoveEmail, { input: { address: "mei@example.com" } }, me.token);
    expect(firstError(last.body)).toEqual({ code: "CONFLICT", field: "input.address" });
    expect((await view(me.gid)).emails).toHaveLength(1);
  });

  it("stores phone numbers in E.164 whatever the format, and removes them by any format", async () => {
    const me = await newCustomer();
    await platform().data(AddPhone, { input: { number: "138 1234 5678" } }, me.token);
    await platform().data(AddPhone, { input: { number: "+44 20 7946 0958", kind: "WORK" } }, me.token);
    expect((await view(me.gid)).phones).toEqual([
      { e164: "+8613812345678", kind: "MOBILE", isPrimary: true },
      { e164: "+442079460958", kind: "WORK", isPrimary: false },
    ]);
    const bad = await platform().gql(AddPhone, { input: { number: "12345" } }, me.token);
    expect(firstError(bad.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.number" });
    await platform().data(RemovePhone, { input: { number: "+86-138-1234-5678" } }, me.token);
    expect((await view(me.gid)).phones).toEqual([{ e164: "+442079460958", kind: "WORK", isPrimary: true }]);
    expect(firstError((await platform().gql(RemovePhone, { input: { number: "13900000000" } }, me.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.number" });
  });

  it("keeps exactly one default delivery address through adds, switches and removals", async () => {
    const me = await newCustomer();
    const home = (await platform().data(AddAddress, { input: { line1: "1 Nanjing Road", city: "Shanghai", province: "Shanghai", postcode: "200001" } }, me.token)).addAddress.address!;
    expect(home.isDefaultDelivery).toBe(true);
    const work = (await platform().data(AddAddress, { input: { kind: "WORK", line1: "8 Century Ave", city: "Shanghai", province: "Shanghai" } }, me.token)).addAddress.address!;
    expect(work.isDefaultDelivery).toBe(false);
    const office = (await platform().data(AddAddress, { input: { kind: "DELIVERY", line1: "9 Lujiazui", city: "Shanghai", province: "Shanghai", makeDefaultDelivery: true } }, me.token)).addAddress.address!;
    const defaults = async () => (await view(me.gid)).addresses.filter((a) => a.isDefaultDelivery).map((a) => a.id);
    expect(await defaults()).toEqual([office.id]);

    await platform().data(SetDefaultDeliveryAddress, { input: { addressId: work.id } }, me.token);
    expect(await defaults()).toEqual([work.id]);
    const updated = await platform().data(UpdateAddress, { input: { addressId: work.id, line1: "10 Century Ave", postcode: "200120" } }, agent);
    expect(updated.updateAddress.address).toMatchObject({ line1: "10 Century Ave", postcode: "200120", isDefaultDelivery: true });

    await platform().data(RemoveAddress, { input: { addressId: work.id } }, me.token);
    expect(await defaults()).toEqual([home.id]);
    expect((await view(me.gid)).addresses).toHaveLength(2);
  });

  it.each([
    [{ postcode: "12AB" }, "input.postcode"],
    [{ line1: "  " }, "input.line1"],
    [{ country: "China" }, "input.country"],
    [{ lat: 91 }, "input.lat"],
    [{ city: null }, "input.city"],
  ])("refuses an address change %j naming the field and changes nothing", async (change, field) => {
    const me = await newCustomer();
    const address = (await platform().data(AddAddress, { input: { line1: "1 Nanjing Road", city: "Shanghai", province: "Shanghai" } }, me.token)).addAddress.address!;
    const before = await view(me.gid);
    expect(firstError((await platform().gql(UpdateAddress, { input: { addressId: address.id, ...change } }, me.token)).body)).toEqual({ code: "BAD_USER_INPUT", field });
    // A null for a required field of a new address is refused by GraphQL itself.
    if (!Object.values(change).includes(null)) {
      expect(firstError((await platform().gql(AddAddress, { input: { line1: "2 Road", city: "Shanghai", province: "Shanghai", ...change } as never }, me.token)).body)).toEqual({ code: "BAD_USER_INPUT", field });
    }
    expect(await view(me.gid)).toEqual(before);
  });

  it("answers NOT_FOUND for another customer's address and FORBIDDEN for a dealer", async () => {
    const me = await newCustomer();
    const other = await newCustomer();
    const [theirs] = await db().insert(customerAddresses).values({ customerId: other.id, line1: "x", city: "Beijing", province: "Beijing", isDefaultDelivery: false }).returning();
    const addressId = toGlobalId("Address", theirs!.id);
    expect(firstError((await platform().gql(SetDefaultDeliveryAddress, { input: { addressId } }, me.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.addressId" });
    expect(firstError((await platform().gql(RemoveAddress, { input: { addressId } }, others.DEALER!)).body).code).toBe("FORBIDDEN");
    expect((await db().select().from(customerAddresses).where(eq(customerAddresses.id, theirs!.id)))[0]!.isDefaultDelivery).toBe(false);
  });

  it("sets and removes known settings only", async () => {
    const me = await newCustomer();
    await platform().data(SetPreferences, { input: { preferences: [{ key: "contactChannel", value: "WECHAT" }, { key: "language", value: "zh-hant-tw" }] } }, me.token);
    await platform().data(SetPreferences, { input: { customerId: me.gid, preferences: [{ key: "newsletter", value: "MONTHLY" }, { key: "contactChannel", value: "" }] } }, agent);
    expect((await view(me.gid)).preferences).toEqual([
      { key: "language", value: "zh-Hant-TW" },
      { key: "newsletter", value: "MONTHLY" },
    ]);
    const before = await view(me.gid);
    const unknown = await platform().gql(SetPreferences, { input: { preferences: [{ key: "newsletter", value: "NEVER" }, { key: "favouriteColour", value: "red" }] } }, me.token);
    expect(firstError(unknown.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.preferences.1.key" });
    const badValue = await platform().gql(SetPreferences, { input: { preferences: [{ key: "newsletter", value: "HOURLY" }] } }, me.token);
    expect(firstError(badValue.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.preferences.0.value" });
    expect(await view(me.gid)).toEqual(before);
  });

  it("appends every consent decision with its source, keeps the latest as current, and audits each", async () => {
    const me = await newCustomer();
    // Staff reads of the profile are audited too (READ_PII): count the consent changes only.
    const audits = async () => (await db().select({ n: count() }).from(auditLog).where(and(eq(auditLog.targetId, me.id), eq(auditLog.action, "CONSENT_CHANGE"))))[0]!.n;
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await platform().data(SetConsents, { input: { consents: [{ channel: "EMAIL", purpose: "MARKETING", status: "GRANTED", expiresAt }, { channel: "SMS", purpose: "SERVICE", status: "GRANTED" }] } }, me.token);
    await new Promise((r) => setTimeout(r, 5));
    await platform().data(SetConsents, { input: { customerId: me.gid, consents: [{ channel: "EMAIL", purpose: "MARKETING", status: "REVOKED" }] } }, agent);

    const profile = await view(me.gid);
    expect(profile.consents).toEqual(
      expect.arrayContaining([
        { channel: "EMAIL", purpose: "MARKETING", status: "REVOKED", source: "agent:agent.wu", expiresAt: null },
        { channel: "SMS", purpose: "SERVICE", status: "GRANTED", source: "self-service", expiresAt: null },
      ]),
    );
    expect(profile.consents).toHaveLength(2);
    const history = profile.consentHistory.map((c) => [c.channel, c.status, c.source]);
    expect(history[0]).toEqual(["EMAIL", "REVOKED", "agent:agent.wu"]);
    expect(history.slice(1)).toEqual(expect.arrayContaining([["EMAIL", "GRANTED", "self-service"], ["SMS", "GRANTED", "self-service"]]));
    expect(history).toHaveLength(3);
    expect(await audits()).toBe(3);
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.targetId, me.id), eq(auditLog.action, "CONSENT_CHANGE"))).orderBy(auditLog.at).limit(1);
    expect(audit).toMatchObject({ actorRole: "CUSTOMER", actorId: me.id, action: "CONSENT_CHANGE", operation: "setConsents", outcome: "SUCCESS", targetType: "Customer" });
  });

  it.each([
    [[{ channel: "EMAIL", purpose: "MARKETING", status: "GRANTED", expiresAt: "2020-01-01T00:00:00Z" }], "input.consents.0.expiresAt"],
    [[{ channel: "EMAIL", purpose: "MARKETING", status: "DENIED", expiresAt: "2099-01-01T00:00:00Z" }], "input.consents.0.expiresAt"],
    [[{ channel: "SMS", purpose: "SERVICE", status: "GRANTED" }, { channel: "SMS", purpose: "SERVICE", status: "DENIED" }], "input.consents.1.purpose"],
    [[], "input.consents"],
  ] as const)("refuses consents %j naming the field, and records nothing", async (consents, field) => {
    const me = await newCustomer();
    const tally = async () => [(await db().select({ n: count() }).from(consentEvents).where(eq(consentEvents.customerId, me.id)))[0]!.n, (await db().select({ n: count() }).from(auditLog).where(eq(auditLog.targetId, me.id)))[0]!.n];
    const { body } = await platform().gql(SetConsents, { input: { consents: consents as never } }, me.token);
    expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field });
    expect(await tally()).toEqual([0, 0]);
    expect((await db().select().from(customers).where(eq(customers.id, me.id)))[0]!.displayName).toBe("Mei Lin");
  });

  it("keeps one default address and one account per email when changes race", async () => {
    const me = await newCustomer();
    const ids: string[] = [];
    for (const line1 of ["1 A Rd", "2 B Rd", "3 C Rd", "4 D Rd"]) {
      ids.push((await platform().data(AddAddress, { input: { line1, city: "Beijing", province: "Beijing" } }, me.token)).addAddress.address!.id);
    }
    const raced = await Promise.all(ids.map((addressId) => platform().gql(SetDefaultDeliveryAddress, { input: { addressId } }, me.token)));
    expect(raced.every((r) => !r.body.errors)).toBe(true);
    expect((await view(me.gid)).addresses.filter((a) => a.isDefaultDelivery)).toHaveLength(1);

    const a = await newCustomer({ passwordHash: "x" });
    const b = await newCustomer({ passwordHash: "x" });
    const both = await Promise.all([a, b].map((c) => platform().gql(AddEmail, { input: { address: "race@example.com" } }, c.token)));
    expect(both.map((r) => firstError(r.body).code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
  });

  it("refuses malformed ids and phone numbers in the remaining mutations, naming the field and changing nothing", async () => {
    const me = await newCustomer({ email: "keep@example.com", phone: "+8613812345678" });
    await platform().data(AddAddress, { input: { line1: "1 Road", city: "Xi'an", province: "Shaanxi" } }, me.token);
    const before = await view(me.gid);
    const attempts = [
      [await platform().gql(RemoveEmail, { input: { customerId: "junk", address: "keep@example.com" } }, agent), "input.customerId"],
      [await platform().gql(SetPrimaryEmail, { input: { customerId: toGlobalId("Dealer", me.id), address: "keep@example.com" } }, agent), "input.customerId"],
      [await platform().gql(RemovePhone, { input: { number: "call me" } }, me.token), "input.number"],
      [await platform().gql(RemoveAddress, { input: { addressId: "junk" } }, me.token), "input.addressId"],
      [await platform().gql(SetDefaultDeliveryAddress, { input: { addressId: me.gid } }, me.token), "input.addressId"],
      [await platform().gql(SetPreferences, { input: { preferences: [] } }, me.token), "input.preferences"],
    ] as const;
    for (const [response, field] of attempts) expect(firstError(response.body)).toEqual({ code: "BAD_USER_INPUT", field });
    expect(await view(me.gid)).toEqual(before);
  });
});
