import { count, eq, ilike, sql } from "drizzle-orm";
import { print } from "graphql";
import { beforeAll, expect, it } from "vitest";
import { customerEmails, customerPhones, customers, identityLinks, sourceRecords } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { DuplicateCandidates, IdentityProfile, IngestSourceRecords, UnmergeCustomer } from "../operations/identity.js";
import { AuditLog, EraseCustomer } from "../operations/privacy.js";
import { RegisterCustomer } from "../operations/accounts.js";
import { AddAddress, AddEmail, AddPhone, UpdateProfile } from "../operations/profile.js";
import { makeCarrier, makeCustomer, makeDealer, makeSupplier, makeVehicle } from "../support/factories.js";
import { rawHttp } from "../support/raw.js";
import { rows } from "../../src/db/client.js";
import { describePlatform, firstError } from "../support/suite.js";

type RecordInput = {
  sourceId: string;
  givenName?: string;
  familyName?: string;
  organisationName?: string;
  emails?: string[];
  phones?: string[];
  birthday?: string;
  vins?: string[];
  addresses?: { line1: string; city: string; postcode?: string }[];
  attributes?: Record<string, unknown>;
};

let serial = 0;
const dbIdOf = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`;

describePlatform("identity resolution: ingestion and match rules", (platform) => {
  let admin: string;
  let agent: string;
  let dealerToken: string;
  let dealerSource: string;

  const ingest = async (source: string, records: RecordInput[], token = admin) =>
    (await platform().data(IngestSourceRecords, { input: { source, records } }, token)).ingestSourceRecords;
  const profile = async (id: string) => (await platform().data(IdentityProfile, { id }, admin)).customer!;
  const tally = async () => {
    const db = platform().database.db;
    const n = async (t: typeof customers | typeof sourceRecords | typeof identityLinks | typeof customerEmails) => (await db.select({ n: count() }).from(t))[0]!.n;
    return { customers: await n(customers), records: await n(sourceRecords), links: await n(identityLinks), emails: await n(customerEmails) };
  };

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    agent = await platform().token({ role: "AGENT", sub: "agent" });
    const dealer = await makeDealer(db, { code: `SH-${Date.now().toString(36).toUpperCase()}` });
    dealerSource = `dealer-${dealer.code.toLowerCase()}`;
    dealerToken = await platform().token({ role: "DEALER", sub: "d", dealerId: dealer.id });
  });

  it("makes a profile from a new record (golden fields, contacts), and the same batch twice changes nothing", async () => {
    const record: RecordInput = {
      sourceId: uid("W"),
      givenName: " Mei ",
      familyName: "Lin",
      emails: [" Mei.Lin@Example.com "],
      phones: ["138 1234 5678"],
      birthday: "1990-04-01",
      addresses: [{ line1: "1 Nanjing Road", city: "Shanghai", postcode: "200001" }],
      attributes: { loyaltyCard: "G-1" },
    };
    const first = await ingest("webshop", [record]);
    expect(first.summary).toEqual({ created: 1, matched: 0, updated: 0, unchanged: 0, merged: 0, rejected: 0 });
    expect(first.records[0]).toMatchObject({ outcome: "CREATED", rule: "NEW", confidence: 1 });
    const id = first.records[0]!.customer!.id;
    expect(await profile(id)).toMatchObject({
      displayName: "Mei Lin",
      birthday: "1990-04-01",
      emails: [{ address: "Mei.Lin@Example.com", isPrimary: true }],
      phones: [{ e164: "+8613812345678", isPrimary: true }],
      addresses: [{ line1: "1 Nanjing Road", city: "Shanghai", postcode: "200001", isDefaultDelivery: true }],
      sourceIdentities: [{ source: "webshop", sourceId: record.sourceId, rule: "NEW" }],
    });

    const before = await tally();
    const again = await ingest("webshop", [record]);
    expect(again.summary).toMatchObject({ created: 0, matched: 0, unchanged: 1 });
    expect(again.records[0]!.customer!.id).toBe(id);
    expect(await tally()).toEqual(before);

    // Same source id, new content: stored, still linked, golden record re-derived.
    const changed = await ingest("webshop", [{ ...record, familyName: "Lin-Wu" }]);
    expect(changed.records[0]).toMatchObject({ outcome: "UPDATED", customer: { id } });
    expect((await profile(id)).familyName).toBe("Lin-Wu");
    expect((await tally()).customers).toBe(before.customers);
  });

  it("EXACT: a VIN links the record to the vehicle's current owner", async () => {
    const db = platform().database.db;
    const owner = await makeCustomer(db, { displayName: "Zhao Lei", givenName: "Lei", familyName: "Zhao" });
    const vehicle = await makeVehicle(db, owner.id);
    const result = await ingest(dealerSource, [{ sourceId: uid("D"), givenName: "Lei", familyName: "Zhao", vins: [vehicle.vin.toLowerCase()] }], dealerToken);
    expect(result.records[0]).toMatchObject({ outcome: "MATCHED", rule: "EXACT", customer: { id: toGlobalId("Customer", owner.id) } });
    // The dealer's own import relates the profile to the dealership: the dealer now sees it.
    expect((await platform().data(IdentityProfile, { id: toGlobalId("Customer", owner.id) }, dealerToken)).customer?.id).toBe(toGlobalId("Customer", owner.id));
  });

  it("EXACT_NORMALIZED: Gmail without dots and +tags, any case and spacing, phones in any format; transposed names", async () => {
    const tag = uid("g").replace(/[^a-z0-9]/g, "");
    const web = await ingest("webshop", [{ sourceId: uid("W"), givenName: "John", familyName: "Smith", emails: [`john.smith.${tag}+shop@gmail.com`] }]);
    const hot = await ingest("hotline", [{ sourceId: uid("H"), givenName: "SMITH", familyName: "john", emails: [` JohnSmith${tag}@GoogleMail.com`] }]);
    expect(hot.records[0]).toMatchObject({ outcome: "MATCHED", rule: "EXACT_NORMALIZED", customer: { id: web.records[0]!.customer!.id } });

    const phone = `139${String(Date.now()).slice(-8)}`;
    const a = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Ana", familyName: "Gomez", phones: [`+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`] }]);
    const b = await ingest("app", [{ sourceId: uid("A"), givenName: "Ana", familyName: "Gomez", phones: [phone] }]);
    expect(b.records[0]!.customer!.id).toBe(a.records[0]!.customer!.id);

    // Outside Gmail, dots are part of the mailbox: no match.
    const c = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Bo", familyName: "Chen", emails: [`b.o.${tag}@example.com`] }]);
    const d = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Bo", familyName: "Chen", emails: [`bo.${tag}@example.com`] }]);
    expect(d.records[0]!.outcome).toBe("CREATED");
    expect(d.records[0]!.customer!.id).not.toBe(c.records[0]!.customer!.id);
  });

  it("finds a registered account by the email, phone, name and address its customer entered, as if they came from a source", async () => {
    const tag = uid("acct").replace(/[^a-z0-9]/g, "");
    const phone = `135${String(Date.now()).slice(-8)}`;
    const registered = await platform().data(RegisterCustomer, { input: { email: `Xiaoming.Zhang.${tag}@Example.com`, password: "correct horse battery", givenName: "Xiaoming", familyName: "Zhang", phone } });
    const account = registered.registerCustomer.customer.id;
    const customerToken = registered.registerCustomer.token;
    expect((await profile(account)).sourceIdentities).toEqual([expect.objectContaining({ source: "profile", sourceId: account, rule: "MANUAL" })]);

    // The hotline writes the email in lower case and the name family-first.
    const hotline = await ingest("hotline", [{ sourceId: uid("H"), givenName: "ZHANG", familyName: "Xiaoming", emails: [`xiaoming.zhang.${tag}@example.com`] }]);
    expect(hotline.records[0]).toMatchObject({ outcome: "MATCHED", rule: "EXACT_NORMALIZED", customer: { id: account } });
    // The customer adds a second address and a work phone in the portal; a dealer's record with them finds the account too.
    await platform().data(AddEmail, { input: { address: `zhang.xm.work.${tag}@example.cn` } }, customerToken);
    const dealer = await ingest("app", [{ sourceId: uid("A"), givenName: "Xiaoming", familyName: "Zhang", emails: [`ZHANG.XM.WORK.${tag}@example.cn`] }]);
    expect(dealer.records[0]!.customer!.id).toBe(account);
    // Staff add an address; a repair station's record with a typo in the name and the same home written another way is linked by it.
    await platform().data(AddAddress, { input: { customerId: account, line1: "No. 342 Jianguo Road, Building 2, Room 301", city: "Beijing", province: "Beijing", postcode: "100022" } }, agent);
    const station = await ingest("station-bj-01", [{ sourceId: uid("S"), givenName: "Xiaomin", familyName: "Zhang", addresses: [{ line1: "Jianguo Lu 342 Hao 2 Dong 301 Shi", city: "Beijing Shi" }] }]);
    expect(station.records[0]).toMatchObject({ outcome: "MATCHED", customer: { id: account } });
    // The birthday the customer enters is a key as well: a namesake born that day with a mobile of their own is not linked, but listed.
    await platform().data(UpdateProfile, { input: { birthday: "1991-07-08" } }, customerToken);
    const byBirthday = await ingest("station-bj-02", [{ sourceId: uid("S"), givenName: "Xiaoming", familyName: "Zhang", birthday: "1991-07-08", phones: [`136${String(Date.now()).slice(-8)}`] }]);
    expect(byBirthday.records[0]!.outcome).toBe("CREATED");
    const namesake = (await platform().data(DuplicateCandidates, { customerId: byBirthday.records[0]!.customer!.id }, agent)).duplicateCandidates!.find((c) => c.customer?.id === account);
    expect(namesake?.evidence.map((f) => [f.field, f.level])).toEqual(expect.arrayContaining([["BIRTHDAY", "AGREE"], ["NAME", "EXACT"]]));
    await platform().data(AddPhone, { input: { number: "+86 10 6500 1234", kind: "HOME" } }, customerToken);
    const byPhone = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Xiaoming", familyName: "Zhang", phones: ["010-6500-1234"] }]);
    expect(byPhone.records[0]!.customer!.id).toBe(account);

    // The other way round: a hotline record first, then the customer registers. Nothing merges by itself (a sign-up
    // must not pull in someone else's profile), but each profile lists the other as a duplicate candidate.
    const first = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Ping", familyName: "Xu", emails: [`ping.xu.${tag}@example.com`] }]);
    const late = (await platform().data(RegisterCustomer, { input: { email: `Ping.Xu.${tag}@example.com`, password: "correct horse battery", givenName: "Ping", familyName: "Xu" } }))
      .registerCustomer.customer.id;
    expect(late).not.toBe(first.records[0]!.customer!.id);
    const candidatesOf = async (id: string) => (await platform().data(DuplicateCandidates, { customerId: id }, agent)).duplicateCandidates!.map((c) => c.customer?.id);
    expect(await candidatesOf(late)).toContain(first.records[0]!.customer!.id);
    expect(await candidatesOf(first.records[0]!.customer!.id)).toContain(late);
  });

  it("FUZZY: a misspelt name links through the same home written another way, without a postcode; a name and birthday alone are only a candidate", async () => {
    const w = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Katherine", familyName: "Johnson", birthday: "1985-03-04", addresses: [{ line1: "No. 8 Lake Road, Building 3, Room 501", city: "Hangzhou", postcode: "310001" }] }]);
    const typo = await ingest("station-hz", [{ sourceId: uid("S"), givenName: "Katherine", familyName: "Jonhson", addresses: [{ line1: "Lake Lu 8 Hao 3 Dong 501 Shi", city: "Hangzhou Shi" }] }]);
    expect(typo.records[0]).toMatchObject({ outcome: "MATCHED", rule: "FUZZY" });
    expect(typo.records[0]!.confidence).toBeLessThan(1);
    expect(typo.records[0]!.customer!.id).toBe(w.records[0]!.customer!.id);

    // The same name and birthday, nothing that identifies anyone in common: a namesake as often as not.
    const near = await ingest("app", [{ sourceId: uid("A"), givenName: "Katherine", familyName: "Johnson", birthday: "1985-03-04", addresses: [{ line1: "300 Hill Street", city: "Hangzhou", postcode: "310001" }] }]);
    expect(near.records[0]!.outcome).toBe("CREATED");
    const candidates = (await platform().data(DuplicateCandidates, { customerId: near.records[0]!.customer!.id }, agent)).duplicateCandidates!;
    const other = candidates.find((c) => c.customer?.id === w.records[0]!.customer!.id);
    expect(other).toMatchObject({ confident: false, band: "POSSIBLE" });
    expect(other!.evidence.map((f) => [f.field, f.level])).toEqual(expect.arrayContaining([["NAME", "EXACT"], ["BIRTHDAY", "AGREE"], ["ADDRESS", "DISAGREE"]]));
    expect(other!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^NAME EXACT/), expect.stringMatching(/^BIRTHDAY AGREE/), expect.stringMatching(/^ADDRESS DISAGREE/)]));
  });

  it("a shared family email does not merge different people, and a value many people carry is no key at all", async () => {
    const family = `family.${uid("f")}@example.com`;
    const wei = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Wei", familyName: "Wang", emails: [family] }]);
    const fang = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Fang", familyName: "Wang", emails: [family] }]);
    expect(fang.records[0]!.outcome).toBe("CREATED");
    const candidates = (await platform().data(DuplicateCandidates, { customerId: fang.records[0]!.customer!.id }, admin)).duplicateCandidates!;
    const wei2 = candidates.find((c) => c.customer?.id === wei.records[0]!.customer!.id)!;
    expect(wei2.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^EMAIL AGREE/), expect.stringMatching(/^NAME PARTIAL/)]));
    // A family email shared by two given names is evidence to review, each field with what it counts for or against.
    expect(wei2).toMatchObject({ band: "POSSIBLE", confident: false });
    expect(wei2.evidence).toEqual([
      { field: "EMAIL", level: "AGREE", weight: expect.any(Number) },
      { field: "NAME", level: "PARTIAL", weight: expect.any(Number) },
    ]);
    expect(wei2.evidence[0]!.weight).toBeGreaterThan(0);
    expect(wei2.evidence[1]!.weight).toBeLessThan(0);

    // A dealer's front-desk phone on many customers' records.
    const desk = `+86 21 5${String(Date.now()).slice(-7)}`;
    const people = ["Li Na", "Zhou Jie", "Sun Li", "Ma Yun"].map((n, i) => ({ sourceId: uid("D"), givenName: n.split(" ")[1], familyName: n.split(" ")[0], phones: [desk], birthday: `197${i}-01-01` }));
    const batch = await ingest("hotline", people);
    expect(batch.summary.created).toBe(4);
    // Same name as the first, but the shared phone is its only link: not merged.
    const again = await ingest("app", [{ sourceId: uid("A"), givenName: "Na", familyName: "Li", phones: [desk] }]);
    expect(again.records[0]!.outcome).toBe("CREATED");
  });

  it("a front-desk phone on a profile is no disagreement with the person's own phone: 'Kim Morris' at 105 Queen Lane from a repair station joins the dealer's", async () => {
    const desk = `+86 10 6${String(Date.now()).slice(-7)}`;
    const tag = uid("k").replace(/[^a-z0-9]/g, "");
    // The dealer writes its own desk phone on many customers' records.
    const dealer = await ingest("dealer-kq", [
      { sourceId: uid("D"), givenName: "Kim", familyName: "Morris", emails: [`kim.morris.${tag}@example.com`], phones: [desk], addresses: [{ line1: "105 Queen Lane", city: "Toronto" }] },
      ...["Li Na", "Zhou Jie", "Sun Li", "Ma Yun"].map((n) => ({ sourceId: uid("D"), givenName: n.split(" ")[1], familyName: n.split(" ")[0], phones: [desk] })),
    ]);
    expect(dealer.summary.created).toBe(5);
    const station = await ingest("station-kq", [
      { sourceId: uid("S"), givenName: "KIM", familyName: "MORRIS", phones: [`139${String(Date.now()).slice(-8)}`], addresses: [{ line1: "105 QUEEN LN", city: "Toronto" }] },
    ]);
    // A misspelt name in the same building, no contact in common.
    const typo = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Kmi", familyName: "Morris", addresses: [{ line1: "Queen Lane 105", city: "Toronto" }] }]);
    expect([...station.records, ...typo.records].map((r) => [r.outcome, r.customer!.id])).toEqual([
      ["MATCHED", dealer.records[0]!.customer!.id],
      ["MATCHED", dealer.records[0]!.customer!.id],
    ]);
    const evidence = (await platform().data(DuplicateCandidates, { customerId: dealer.records[1]!.customer!.id }, agent)).duplicateCandidates!;
    // The desk phone is carried by too many people to be anyone's: the dealer's other customers are no candidates by it.
    expect(evidence.map((c) => c.customer?.id)).not.toContain(dealer.records[2]!.customer!.id);
  });

  it("links a record that shares only a rare name with one profile and has nothing against it ('Danlei Zhang' on a dealer's desk phone), but not a name two profiles carry", async () => {
    const tag = uid("r").replace(/[^a-z0-9]/g, "");
    const base = 10_000_000 + (Date.now() % 80_000_000);
    // The webshop's customers: forty with their mobiles, Danlei Zhang with an email and home, and two people named Wei Wang.
    const people = ["Yuting", "Haoran", "Zihan", "Xinyi", "Junjie", "Yuxuan", "Zixuan", "Ruoxi", "Mingze", "Shiyu"].flatMap((given, i) =>
      ["Chen", "Liu", "Huang", "Zhou"].map((family, j) => ({ givenName: given, familyName: family, mobile: `138${base + i * 4 + j}` })),
    );
    const shop = await ingest("webshop", [
      { sourceId: uid("W"), givenName: "Danlei", familyName: "Zhang", emails: [`danlei.${tag}@example.com`], addresses: [{ line1: "433 Jiefang Avenue", city: "Shanghai" }] },
      { sourceId: uid("W"), givenName: "Wei", familyName: "Wang", emails: [`wei1.${tag}@example.com`] },
      { sourceId: uid("W"), givenName: "Wei", familyName: "Wang", emails: [`wei2.${tag}@example.com`] },
      ...people.map((p) => ({ sourceId: uid("W"), givenName: p.givenName, familyName: p.familyName, phones: [p.mobile] })),
    ]);
    // The dealer's batch: most are known by their mobiles (so its people are mostly known ones); two carry only the desk phone.
    const desk = `+86 21 5${String(Date.now()).slice(-7)}`;
    const dealer = await ingest("dealer-rn", [
      { sourceId: uid("D"), givenName: "ZHANG", familyName: "DANLEI", phones: [desk] },
      { sourceId: uid("D"), givenName: "Wei", familyName: "Wang", phones: [desk] },
      ...people.slice(0, 30).map((p) => ({ sourceId: uid("D"), givenName: p.givenName, familyName: p.familyName, phones: [p.mobile] })),
    ]);
    expect(dealer.summary.matched).toBe(31);
    expect(dealer.records[0]).toMatchObject({ outcome: "MATCHED", rule: "FUZZY", customer: { id: shop.records[0]!.customer!.id } });
    expect(dealer.records[0]!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(dealer.records[1]!.outcome).toBe("CREATED");
  });

  it("records of one batch match each other, and an existing pair proven one person is merged", async () => {
    const tag = uid("b").replace(/[^a-z0-9]/g, "");
    const within = await ingest("webshop", [
      { sourceId: uid("W"), givenName: "Olga", familyName: "Ivanova", emails: [`olga.${tag}@example.com`] },
      { sourceId: uid("W"), givenName: "Olga", familyName: "Ivanova", emails: [`OLGA.${tag}@example.com`] },
    ]);
    expect(within.records.map((r) => r.outcome)).toEqual(["CREATED", "MATCHED"]);
    expect(within.records[1]!.customer!.id).toBe(within.records[0]!.customer!.id);

    const phone = `137${String(Date.now()).slice(-8)}`;
    // Two homes: a name alone does not make these one person (it would, with nothing against it: see the rare-name test).
    const p1 = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Tom", familyName: "Hale", emails: [`tom.${tag}@example.com`], addresses: [{ line1: "12 Elm Street", city: "Leeds" }] }]);
    const p2 = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Tom", familyName: "Hale", phones: [phone], addresses: [{ line1: "3 Mill Road", city: "York" }] }]);
    expect(p2.records[0]!.customer!.id).not.toBe(p1.records[0]!.customer!.id);
    const bridge = await ingest("app", [{ sourceId: uid("A"), givenName: "Thomas", familyName: "Hale", emails: [`tom.${tag}@example.com`], phones: [phone] }]);
    expect(bridge.summary).toMatchObject({ matched: 1, merged: 1 });
    expect(bridge.records[0]!.customer!.id).toBe(p1.records[0]!.customer!.id);
    // The merged-away id resolves to the survivor.
    expect((await profile(p2.records[0]!.customer!.id)).id).toBe(p1.records[0]!.customer!.id);
  });

  it("merges every pair a batch proves one person as if one after the other: two profiles into one survivor, another pair beside it, each merge undone on its own", async () => {
    const tag = uid("m").replace(/[^a-z0-9]/g, "");
    const stamp = String(Date.now()).slice(-8);
    const phone = (n: number) => `13${n}${stamp}`;
    const home = (line1: string) => [{ line1, city: "Leeds" }];
    // Nora Quist: three profiles (an email and a home, a mobile and another home, another mobile); Ivo Brandt: two.
    const n1 = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Nora", familyName: "Quist", emails: [`nora.${tag}@example.com`], addresses: home("1 Ash Row") }]);
    const n2 = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Nora", familyName: "Quist", phones: [phone(5)], addresses: home("2 Oak Row") }]);
    const n3 = await ingest("app", [{ sourceId: uid("A"), givenName: "Nora", familyName: "Quist", phones: [phone(6)] }]);
    const i1 = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Ivo", familyName: "Brandt", emails: [`ivo.${tag}@example.com`], addresses: home("4 Fir Row") }]);
    const i2 = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Ivo", familyName: "Brandt", phones: [phone(7)], addresses: home("5 Yew Row") }]);
    const [N1, N2, N3, I1, I2] = [n1, n2, n3, i1, i2].map((r) => r.records[0]!.customer!.id) as [string, string, string, string, string];
    expect(new Set([N1, N2, N3, I1, I2]).size).toBe(5);
    const batch = await ingest("dealer-m", [
      { sourceId: uid("D"), givenName: "Nora", familyName: "Quist", emails: [`nora.${tag}@example.com`], phones: [phone(5), phone(6)] },
      { sourceId: uid("D"), givenName: "Ivo", familyName: "Brandt", emails: [`ivo.${tag}@example.com`], phones: [phone(7)] },
    ]);
    expect(batch.summary).toMatchObject({ matched: 2, merged: 3 });
    expect(batch.records.map((r) => r.customer!.id)).toEqual([N1, I1]);
    for (const [merged, survivor] of [[N2, N1], [N3, N1], [I2, I1]] as const) expect((await profile(merged)).id).toBe(survivor);
    // The survivor had no phone: the first merged profile's became primary, the second's did not (one primary, as merging them in turn gives).
    const nora = await profile(N1);
    expect(nora.phones.map((p) => p.e164).sort()).toEqual([`+86${phone(5)}`, `+86${phone(6)}`]);
    expect(nora.phones.filter((p) => p.isPrimary)).toHaveLength(1);
    expect(nora.addresses.filter((a) => a.isDefaultDelivery)).toHaveLength(1);
    expect(nora.addresses).toHaveLength(2);
    expect(nora.sourceIdentities).toHaveLength(4);
    // Each merge has its own audit entry and is undone on its own, the later one first.
    const audited = await rows<{ merged: string }>(
      platform().database.db,
      sql`select details->>'mergedId' as merged from audit_log where action = 'MERGE' and details->>'survivorId' in (${dbIdOf(N1)}, ${dbIdOf(I1)})`,
    );
    expect(audited.map((r) => r.merged).sort()).toEqual([N2, N3, I2].map(dbIdOf).sort());
    await platform().data(UnmergeCustomer, { input: { customerId: I2 } }, admin);
    expect((await profile(I2)).id).toBe(I2);
    await expect(platform().data(UnmergeCustomer, { input: { customerId: N2 } }, admin)).rejects.toThrow(/merged into the same profile later/);
    await platform().data(UnmergeCustomer, { input: { customerId: N3 } }, admin);
    await platform().data(UnmergeCustomer, { input: { customerId: N2 } }, admin);
    expect((await profile(N2)).phones.map((p) => p.e164)).toEqual([`+86${phone(5)}`]);
    expect((await profile(N3)).phones.map((p) => p.e164)).toEqual([`+86${phone(6)}`]);
    expect((await profile(N1)).phones).toHaveLength(0);
  });

  it("links a short given name with a typo on the person's own email or phone: 'Lin Jn' with Jun Lin's email, 'Ynog Ma' with Yong Ma's phone", async () => {
    const tag = uid("s").replace(/[^a-z0-9]/g, "");
    const jun = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Jun", familyName: "Lin", emails: [`jun.lin.${tag}@example.com`] }]);
    const jn = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Lin", familyName: "Jn", emails: [`JUN.LIN.${tag}@example.com`] }]);
    expect(jn.records[0]).toMatchObject({ outcome: "MATCHED", rule: "EXACT_NORMALIZED" });
    expect(jn.records[0]!.customer!.id).toBe(jun.records[0]!.customer!.id);

    const phone = `139${String(Date.now() + serial).slice(-8)}`;
    const yong = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Yong", familyName: "Ma", phones: [phone] }]);
    const ynog = await ingest("dealer-x", [{ sourceId: uid("D"), givenName: "Ynog", familyName: "Ma", phones: [`+86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`] }]);
    expect(ynog.records[0]).toMatchObject({ outcome: "MATCHED", rule: "EXACT_NORMALIZED" });
    expect(ynog.records[0]!.customer!.id).toBe(yong.records[0]!.customer!.id);
  });

  it("keeps spouses sharing an email and a home apart when their given names are a letter apart (Ping Sun / Ming Sun)", async () => {
    const shared = `sun.family.${uid("p").replace(/[^a-z0-9]/g, "")}@example.com`;
    const home = { line1: "No. 12 Renmin Road, Building 3, Unit 2, Room 801", city: "Chengdu", postcode: "610041" };
    const ping = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Ping", familyName: "Sun", emails: [shared], phones: [`138${String(Date.now()).slice(-8)}`], addresses: [home] }]);
    // The household's email and home, another phone; then the same without any phone at all.
    const ming = await ingest("dealer-x", [
      { sourceId: uid("D"), givenName: "Ming", familyName: "Sun", emails: [shared], phones: [`136${String(Date.now()).slice(-8)}`], addresses: [{ line1: "Renmin Lu 12 Hao 3 Dong 2 Danyuan 801 Shi", city: "Chengdu Shi" }] },
    ]);
    const alone = await ingest("station-x", [{ sourceId: uid("S"), givenName: "Ming", familyName: "Sun", emails: [shared], addresses: [home] }]);
    expect(ming.records[0]!.outcome).toBe("CREATED");
    expect(ming.records[0]!.customer!.id).not.toBe(ping.records[0]!.customer!.id);
    expect(alone.records[0]!.customer!.id).not.toBe(ping.records[0]!.customer!.id);
    const candidates = (await platform().data(DuplicateCandidates, { customerId: ming.records[0]!.customer!.id }, admin)).duplicateCandidates!;
    const other = candidates.find((c) => c.customer?.id === ping.records[0]!.customer!.id)!;
    expect(other).toMatchObject({ confident: false, band: "POSSIBLE" });
    // The household's email and home are one piece of evidence, not two: only the stronger counts.
    const household = other.evidence.filter((f) => f.field === "EMAIL" || f.field === "ADDRESS");
    expect(household.map((f) => [f.field, f.level]).sort()).toEqual([["ADDRESS", "SAME_HOME"], ["EMAIL", "AGREE"]]);
    expect(household.filter((f) => f.weight > 0)).toHaveLength(1);
    expect(other.evidence).toEqual(expect.arrayContaining([{ field: "NAME", level: "NEAR", weight: expect.any(Number) }]));

    // A misspelt record at their home, a typo away from both names ("Ing": Ming or Ping?), goes to one of them and does not make them one.
    const typo = await ingest("station-y", [{ sourceId: uid("S"), givenName: "Ing", familyName: "Sun", addresses: [home] }]);
    expect(typo.summary).toMatchObject({ matched: 1, merged: 0 });
    expect([ping.records[0]!.customer!.id, ming.records[0]!.customer!.id]).toContain(typo.records[0]!.customer!.id);
    expect((await profile(ming.records[0]!.customer!.id)).id).toBe(ming.records[0]!.customer!.id);
    expect((await profile(ping.records[0]!.customer!.id)).id).toBe(ping.records[0]!.customer!.id);
  });

  it("refuses a bridge: a record without a birthday that shares an email with a parent and a phone with a child of the same name goes to one, and they stay two", async () => {
    const tag = uid("g").replace(/[^a-z0-9]/g, "");
    const childPhone = `150${String(Date.now()).slice(-8)}`;
    const parent = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Gang", familyName: "Huang", emails: [`ganghuang.${tag}@example.com`], birthday: "1956-10-01" }]);
    const child = await ingest("dealer-x", [{ sourceId: uid("D"), givenName: "Gang", familyName: "Huang", phones: [childPhone], birthday: "1984-09-19" }]);
    expect(child.records[0]!.customer!.id).not.toBe(parent.records[0]!.customer!.id);
    const bridge = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Gang", familyName: "Huang", emails: [`ganghuang.${tag}@example.com`], phones: [childPhone] }]);
    expect(bridge.summary).toMatchObject({ matched: 1, merged: 0 });
    // The phone is the child's own; the email is the family's.
    expect(bridge.records[0]!.customer!.id).toBe(child.records[0]!.customer!.id);
    const [p, c] = [await profile(parent.records[0]!.customer!.id), await profile(child.records[0]!.customer!.id)];
    expect(p).toMatchObject({ id: parent.records[0]!.customer!.id, birthday: "1956-10-01" });
    expect(c).toMatchObject({ id: child.records[0]!.customer!.id, birthday: "1984-09-19" });
    expect(c.phones.map((x) => x.e164)).toEqual([`+86${childPhone}`]);
  });

  it("keeps a parent and a child of one name apart through a bridge: once a bridging record brought the family email to the child's profile, a record with only that email fits both and joins neither to the other", async () => {
    const tag = uid("q").replace(/[^a-z0-9]/g, "");
    const family = `qing.ma.${tag}@example.com`;
    const stamp = String(Date.now()).slice(-8);
    const parent = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Qing", familyName: "Ma", emails: [family], phones: [`171${stamp}`] }]);
    const child = await ingest("webshop", [
      { sourceId: uid("W"), givenName: "Qing", familyName: "Ma", emails: [`qingma.${tag}@example.com`], phones: [`137${stamp}`], addresses: [{ line1: "953 Beijing Road", city: "Shenzhen" }] },
    ]);
    expect(child.records[0]!.customer!.id).not.toBe(parent.records[0]!.customer!.id);
    // The child on the hotline with its own mobile and the family email: the child's (the email is the family's).
    const bridge = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Qing", familyName: "Ma", emails: [family], phones: [`137${stamp}`] }]);
    expect(bridge.records[0]!.customer!.id).toBe(child.records[0]!.customer!.id);
    // A dealer's record with the family email and the name only now fits both profiles; their mobiles differ and the
    // email they share came through the bridge: not enough to make them one.
    const dealer = await ingest("dealer-qm", [{ sourceId: uid("D"), givenName: "Qing", familyName: "Ma", emails: [family.toUpperCase()] }]);
    expect(dealer.summary).toMatchObject({ matched: 1, merged: 0 });
    expect([parent.records[0]!.customer!.id, child.records[0]!.customer!.id]).toContain(dealer.records[0]!.customer!.id);
    const [p, c] = [await profile(parent.records[0]!.customer!.id), await profile(child.records[0]!.customer!.id)];
    expect(p.id).toBe(parent.records[0]!.customer!.id);
    expect(c.id).toBe(child.records[0]!.customer!.id);
    expect(p.phones.map((x) => x.e164)).toEqual([`+86171${stamp}`]);
    expect(c.phones.map((x) => x.e164)).toEqual([`+86137${stamp}`]);
  });

  it("links a dealer's record with only the name and the birthday to the one profile carrying both, even for a name several people carry; not when two carry both", async () => {
    const stamp = Date.now();
    const year = 1950 + (stamp % 45);
    const mobile = (i: number) => `139${String((stamp + i * 7919) % 100_000_000).padStart(8, "0")}`;
    // Four people named Jie Chen, each with a mobile of their own; the last two born the same day.
    const born = [`${year}-02-11`, `${year}-05-17`, `${year}-09-23`, `${year}-09-23`];
    const shop = await ingest("webshop", born.map((birthday, i) => ({ sourceId: uid("W"), givenName: "Jie", familyName: "Chen", phones: [mobile(i)], birthday })));
    expect(shop.summary.created).toBe(4);
    // The dealer wrote its desk phone, left out here: the name (family name first) and the birthday are all there is.
    const dealer = await ingest("dealer-jc", [
      { sourceId: uid("D"), givenName: "CHEN", familyName: "JIE", birthday: born[1] },
      { sourceId: uid("D"), givenName: "Jie", familyName: "Chen", birthday: born[2] },
    ]);
    // The name and the birthday together are expected on far fewer than one other person: the one who carries both.
    expect(dealer.records[0]).toMatchObject({ outcome: "MATCHED", rule: "FUZZY", customer: { id: shop.records[1]!.customer!.id } });
    expect(dealer.records[0]!.confidence).toBeGreaterThanOrEqual(0.9);
    // Two people of the name born that day: either could be it.
    expect(dealer.records[1]!.outcome).toBe("CREATED");
  });

  it("links a record with a misspelt name and the birthday to the one person born that day whose name it misspells; not when two could be", async () => {
    const stamp = Date.now();
    const day = (n: number) => `${1950 + ((stamp + n) % 45)}-${String(1 + ((stamp >> 4) % 12)).padStart(2, "0")}-${String(1 + ((stamp + n) % 28)).padStart(2, "0")}`;
    const mobile = (i: number) => `137${String((stamp + i * 7919) % 100_000_000).padStart(8, "0")}`;
    // Shanxuan Song, and two strangers named Qiuyan Fang born the same day, each with a mobile of their own.
    const shop = await ingest("webshop", [
      { sourceId: uid("W"), givenName: "Shanxuan", familyName: "Song", phones: [mobile(0)], birthday: day(0) },
      { sourceId: uid("W"), givenName: "Qiuyan", familyName: "Fang", phones: [mobile(1)], birthday: day(1) },
      { sourceId: uid("W"), givenName: "Qiuyan", familyName: "Fang", phones: [mobile(2)], birthday: day(1) },
    ]);
    expect(shop.summary.created).toBe(3);
    // A repair station's records: a letter missing, two swapped; the birthday, nothing else.
    const station = await ingest("station-sx", [
      { sourceId: uid("S"), givenName: "Shanuan", familyName: "Song", birthday: day(0) },
      { sourceId: uid("S"), givenName: "Qiuyna", familyName: "Fang", birthday: day(1) },
    ]);
    expect(station.records[0]).toMatchObject({ outcome: "MATCHED", rule: "FUZZY", customer: { id: shop.records[0]!.customer!.id } });
    expect(station.records[0]!.confidence).toBeGreaterThanOrEqual(0.9);
    // Either Qiuyan Fang born that day could be it.
    expect(station.records[1]!.outcome).toBe("CREATED");
  });

  it("keeps a record with a bad VIN, email, phone or birthday without that value, with a warning naming it", async () => {
    const db = platform().database.db;
    const owner = await makeCustomer(db, { displayName: "Gao Yan", givenName: "Yan", familyName: "Gao" });
    const vehicle = await makeVehicle(db, owner.id);
    const tag = uid("q").replace(/[^a-z0-9]/g, "");
    const web = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Hui", familyName: "Deng", emails: [`deng.hui.${tag}@example.com`], birthday: "1988-02-03" }]);
    // A dealer's system typed position 9 of the VIN wrong, and a hotline agent a phone and an impossible date.
    const wrongCheckDigit = `${vehicle.vin.slice(0, 8)}${vehicle.vin[8] === "0" ? "1" : "0"}${vehicle.vin.slice(9)}`;
    const result = await ingest(dealerSource, [
      { sourceId: uid("D"), givenName: "Hui", familyName: "Deng", emails: [`Deng.Hui.${tag}@Example.com`], vins: [wrongCheckDigit] },
      { sourceId: uid("D"), givenName: "Hui", familyName: "Deng", emails: [`deng.hui.${tag}@example.com`, "deng.hui at example.com"], phones: ["12"], birthday: "1988-02-30" },
    ], dealerToken);
    expect(result.summary).toMatchObject({ matched: 2, rejected: 0 });
    expect(result.records.map((r) => r.customer?.id)).toEqual([web.records[0]!.customer!.id, web.records[0]!.customer!.id]);
    expect(result.records[0]!.warnings).toEqual([{ code: "INVALID_VIN", field: "input.records.0.vins.0", message: expect.stringContaining("check digit") }]);
    // The impossible birthday is no conflict with the profile's real one: it is left out, not compared.
    expect(result.records[1]!.warnings.map((w) => [w.code, w.field])).toEqual([
      ["INVALID_EMAIL", "input.records.1.emails.1"],
      ["INVALID_PHONE", "input.records.1.phones.0"],
      ["INVALID_BIRTHDAY", "input.records.1.birthday"],
    ]);
    const linked = await profile(web.records[0]!.customer!.id);
    expect(linked.birthday).toBe("1988-02-03");
    expect(linked.phones).toEqual([]);
    expect(linked.sourceIdentities.map((s) => s.source).sort()).toEqual([dealerSource, dealerSource, "webshop"].sort());
  });

  it("refuses only records that identify no one, or are no record at all, with index, code and field", async () => {
    const good = uid("W");
    const dup = uid("W");
    const result = await ingest("webshop", [
      { sourceId: good, givenName: "Good", familyName: "Record", emails: [`good.${good}@example.com`] },
      { sourceId: uid("W"), emails: ["not-an-email"], birthday: "1990-01-01" },
      { sourceId: uid("W"), vins: ["LMR7A2BCXP1234567"] },
      { sourceId: uid("W") },
      { sourceId: "  " },
      { sourceId: dup, givenName: "Dup" },
      { sourceId: dup, givenName: "Dup" },
    ]);
    expect(result.summary).toMatchObject({ created: 2, rejected: 5 });
    expect(result.rejected.map((r) => [r.index, r.code, r.field])).toEqual([
      [1, "BAD_USER_INPUT", "input.records.1"],
      [2, "BAD_USER_INPUT", "input.records.2"],
      [3, "BAD_USER_INPUT", "input.records.3"],
      [4, "BAD_USER_INPUT", "input.records.4.sourceId"],
      [6, "BAD_USER_INPUT", "input.records.6.sourceId"],
    ]);
    // The message says which values were dropped, so the source knows what to fix.
    expect(result.rejected[0]!.message).toContain("emails.0");
    expect(result.rejected[1]!.message).toContain("vins.0");
    expect(result.records.map((r) => r.index)).toEqual([0, 5]);
    expect(firstError((await platform().gql(IngestSourceRecords, { input: { source: "profile", records: [{ sourceId: "x", givenName: "A" }] } }, admin)).body)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.source",
    });
  });

  it("takes a batch of 1,000 realistic records in one HTTP request, within the 1 MiB body limit", async () => {
    const run = uid("B");
    const pad = (n: number) => String(n).padStart(4, "0");
    const records = Array.from({ length: 1000 }, (_, i) => ({
      sourceId: `${run}-${pad(i)}`,
      givenName: `Xiaoming ${run} ${i}`,
      familyName: "Zhang",
      emails: [`xiaoming.${run}.${i}@example.com`.toLowerCase(), `zxm.${run}.${i}@company-mail.cn`.toLowerCase()],
      phones: [`+86 138 ${pad(i)} ${pad(serial % 10_000)}`],
      addresses: [{ line1: `No. ${i} Nanjing West Road, Building 5, Unit 1203`, city: "Shanghai", postcode: "200040" }],
      // One birthday each: similar names with the same birthday would match (FUZZY).
      birthday: `19${50 + (i % 50)}-${String(1 + (Math.floor(i / 50) % 12)).padStart(2, "0")}-${10 + Math.floor(i / 600)}`,
      attributes: { loyaltyCard: `G-${i}`, segment: "retail" },
    }));
    const variables = { input: { source: "dealer-import", records } };
    const size = Buffer.byteLength(JSON.stringify({ query: print(IngestSourceRecords), variables }));
    expect(size).toBeLessThan(1024 * 1024);
    const response = await rawHttp(platform().url, print(IngestSourceRecords), variables, admin);
    expect(response.status).toBe(200);
    expect((response.body.data as { ingestSourceRecords: { summary: unknown } }).ingestSourceRecords.summary).toEqual({ created: 1000, matched: 0, updated: 0, unchanged: 0, merged: 0, rejected: 0 });
  });

  it("refuses a whole batch that is too big or names a bad source, and writes nothing", async () => {
    const before = await tally();
    const tooBig = Array.from({ length: 1001 }, (_, i) => ({ sourceId: `big-${i}`, givenName: "A" }));
    expect(firstError((await platform().gql(IngestSourceRecords, { input: { source: "webshop", records: tooBig } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.records" });
    expect(firstError((await platform().gql(IngestSourceRecords, { input: { source: "Web Shop!", records: [{ sourceId: "x", givenName: "A" }] } }, admin)).body)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.source",
    });
    expect(await tally()).toEqual(before);
  });

  it("never brings an erased person back: the same records, or their email or phone from another source, are refused and nothing is stored", async () => {
    const db = platform().database.db;
    const family = `Zed${Date.now().toString(36)}`;
    const webshop = { sourceId: uid("W"), givenName: "Gone", familyName: family, emails: [`Gone.${family}+shop@gmail.com`], phones: ["139 8765 4321"] };
    const hotline = { sourceId: uid("H"), givenName: "Gone", familyName: family, emails: [`gone.${family}+shop@gmail.com`] };
    const first = await ingest("webshop", [webshop]);
    const second = await ingest("hotline", [hotline]);
    const customerId = first.records[0]!.customer!.id;
    expect(second.records[0]!.customer!.id).toBe(customerId);
    await platform().data(EraseCustomer, { input: { customerId } }, admin);

    const piiLeft = async () => ({
      customers: (await db.select({ id: customers.id }).from(customers).where(eq(customers.familyName, family))).length,
      emails: (await db.select({ id: customerEmails.id }).from(customerEmails).where(ilike(customerEmails.address, `%${family}%`))).length,
      phones: (await db.select({ id: customerPhones.id }).from(customerPhones).where(eq(customerPhones.e164, "+8613987654321"))).length,
      records: (await db.select({ id: sourceRecords.id }).from(sourceRecords).where(sql`${sourceRecords.payload}::text ilike ${`%${family}%`}`)).length,
    });
    const none = { customers: 0, emails: 0, phones: 0, records: 0 };
    expect(await piiLeft()).toEqual(none);
    const before = await tally();

    // The same records again, from their own sources.
    const again = await ingest("webshop", [{ ...webshop, familyName: "Back" }]);
    expect(again.rejected).toEqual([{ index: 0, sourceId: webshop.sourceId, code: "CONFLICT", field: "input.records.0.sourceId", message: expect.stringContaining("erased") }]);
    expect((await ingest("hotline", [hotline])).rejected).toEqual([expect.objectContaining({ code: "CONFLICT", field: "input.records.0.sourceId" })]);
    // The same mailbox (another spelling) and the same number (E.164 instead of the raw form erased) from a source that never sent them.
    const elsewhere = await ingest("callcenter", [
      { sourceId: uid("C"), givenName: "Gone", familyName: family, emails: [`${family}@example.com`, `GONE${family.toUpperCase()}@googlemail.com`] },
      { sourceId: uid("C"), familyName: family, phones: ["+1 415 555 2671", "+8613987654321"] },
    ]);
    expect(elsewhere.summary).toMatchObject({ created: 0, matched: 0, rejected: 2 });
    expect(elsewhere.rejected.map((r) => [r.index, r.code, r.field])).toEqual([
      [0, "CONFLICT", "input.records.0.emails.1"],
      [1, "CONFLICT", "input.records.1.phones.1"],
    ]);
    expect(await tally()).toEqual(before);
    expect(await piiLeft()).toEqual(none);

    // Only the erased person's records are refused; the rest of the batch is stored.
    const mixed = await ingest("webshop", [webshop, { sourceId: uid("W"), givenName: "Still", familyName: "Here" }]);
    expect(mixed.summary).toMatchObject({ created: 1, rejected: 1 });
    expect(mixed.rejected.map((r) => r.index)).toEqual([0]);
    expect(await piiLeft()).toEqual(none);
    const log = (await platform().data(AuditLog, { filter: { action: "INGEST", actorId: "admin" }, first: 1 }, admin)).auditLog.edges[0]!.node;
    expect(log).toMatchObject({ targetType: "SourceBatch", details: { source: "webshop", records: 2, new: 1, rejected: 1 } });
  });

  it("never links a new record to an erased profile", async () => {
    const email = `erased.${uid("e")}@example.com`;
    const first = await ingest("webshop", [{ sourceId: uid("W"), givenName: "Erin", familyName: "Cole", emails: [email] }]);
    const erasedId = dbIdOf(first.records[0]!.customer!.id);
    await platform().database.db.update(customers).set({ erasedAt: new Date() }).where(eq(customers.id, erasedId));
    const again = await ingest("hotline", [{ sourceId: uid("H"), givenName: "Erin", familyName: "Cole", emails: [email] }]);
    expect(again.records[0]!.outcome).toBe("CREATED");
    expect(dbIdOf(again.records[0]!.customer!.id)).not.toBe(erasedId);
  });

  it("lets staff import into any source and a dealer only into its own; customers, suppliers and couriers not at all", async () => {
    const db = platform().database.db;
    const record = { sourceId: uid("X"), givenName: "Q", familyName: "R" };
    expect((await ingest("callcenter", [record], agent)).summary.created).toBe(1);
    const customer = await makeCustomer(db);
    const before = await tally();
    expect(firstError((await platform().gql(IngestSourceRecords, { input: { source: "webshop", records: [record] } }, dealerToken)).body).code).toBe("FORBIDDEN");
    const other = await makeDealer(db);
    const otherSource = `dealer-${other.code.toLowerCase()}`;
    expect(firstError((await platform().gql(IngestSourceRecords, { input: { source: otherSource, records: [record] } }, dealerToken)).body).code).toBe("FORBIDDEN");
    const tokens = [
      await platform().token({ role: "CUSTOMER", sub: "c", customerId: customer.id }),
      await platform().token({ role: "SUPPLIER", sub: "s", supplierId: (await makeSupplier(db)).id }),
      await platform().token({ role: "COURIER", sub: "k", carrierId: (await makeCarrier(db)).id }),
    ];
    for (const token of tokens) {
      expect(firstError((await platform().gql(IngestSourceRecords, { input: { source: "webshop", records: [record] } }, token)).body).code).toBe("FORBIDDEN");
      expect(firstError((await platform().gql(DuplicateCandidates, { customerId: toGlobalId("Customer", customer.id) }, token)).body).code).toBe("FORBIDDEN");
    }
    expect(firstError((await platform().gql(IngestSourceRecords, { input: { source: "webshop", records: [record] } })).body).code).toBe("UNAUTHENTICATED");
    expect(await tally()).toEqual(before);
  });
});
