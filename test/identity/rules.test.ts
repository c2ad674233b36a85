import { describe, expect, it } from "vitest";
import { DEFAULT_IDENTITY_SETTINGS } from "../../src/config.js";
import { addressBlockKey, addressDetailKey, parseAddress, sameHome } from "../../src/identity/address.js";
import { bits, decide, LINK_BITS, NAME_ONLY_LINK, nameOnlyProbability, noEvidence, PRIOR, WEIGHTS, type Evidence } from "../../src/identity/scoring.js";
import { contradicts, knownShare, linkGroups } from "../../src/identity/link-groups.js";
import type { Candidates, PersonKey } from "../../src/identity/match.js";
import { compatibleNames, nameLevel, namesOverlap } from "../../src/identity/names.js";
import { isPinyin } from "../../src/identity/pinyin.js";
import { normaliseRecord, type SourceRecordData } from "../../src/identity/normalise.js";
import { emailKey, nameKey, phoneKey } from "../../src/validation/contact-keys.js";
import { goldenFields, trustRank, type Contribution } from "../../src/identity/survivorship.js";

// The identity rules as plain functions: the API tests beside this file prove them end to end,
// these cover their corners without a server or a database.

describe("normalisation", () => {
  it("keys an email by the mailbox it reaches: Gmail ignores dots and +tags, other providers may not", () => {
    expect(emailKey(" Mei.Lin+shop@GoogleMail.com ")).toBe("meilin@gmail.com");
    expect(emailKey("Mei.Lin+shop@example.com")).toBe("mei.lin+shop@example.com");
  });

  it("keys a phone as E.164, reading numbers without a country code as Chinese, and refuses non-numbers", () => {
    expect(phoneKey("138 0013 8000")).toBe("+8613800138000");
    expect(phoneKey("+86 138-0013-8000")).toBe("+8613800138000");
    expect(phoneKey("12")).toBeNull();
  });

  it("keys a name by its sorted tokens, without case, accents or punctuation", () => {
    expect(nameKey("Smith,", "John")).toBe(nameKey("john SMITH"));
    expect(nameKey("José", "Müller")).toBe("jose muller");
    expect(nameKey(null, "  ")).toBeNull();
  });

  it("deduplicates a record's emails and phones by key and keeps the first spelling", () => {
    const record = normaliseRecord({ sourceId: " S-1 ", emails: ["Mei.Lin@gmail.com", "meilin+x@gmail.com"], phones: ["13800138000", "+8613800138000"] }, "record");
    expect(record.sourceId).toBe("S-1");
    expect(record.emails).toEqual([{ address: "Mei.Lin@gmail.com", key: "meilin@gmail.com" }]);
    expect(record.phones).toEqual(["+8613800138000"]);
  });

  it.each<[string, SourceRecordData, string, string]>([
    ["a bad phone", { sourceId: "S", givenName: "Mei", phones: ["12"] }, "at.phones.0", "INVALID_PHONE"],
    ["a bad email", { sourceId: "S", givenName: "Mei", emails: ["no-at-sign"] }, "at.emails.0", "INVALID_EMAIL"],
    ["a future birthday", { sourceId: "S", givenName: "Mei", birthday: "2999-01-01" }, "at.birthday", "INVALID_BIRTHDAY"],
    ["a VIN with a wrong check digit", { sourceId: "S", givenName: "Mei", vins: ["LMR7A2BCXP1234567"] }, "at.vins.0", "INVALID_VIN"],
    ["an address without a city", { sourceId: "S", givenName: "Mei", addresses: [{ line1: "1 Road", city: " " }] }, "at.addresses.0.city", "INVALID_ADDRESS"],
  ])("keeps a record with %s, without that value, and names it in a warning", (_name, record, field, code) => {
    const kept = normaliseRecord(record, "at");
    expect(kept.warnings).toEqual([expect.objectContaining({ code, field })]);
    expect(kept.keys.map((k) => k.kind)).not.toContain(code.slice("INVALID_".length));
    // Stored as it came: the source can see what it sent.
    expect(kept.payload).toMatchObject(record);
  });

  it.each<[string, SourceRecordData, string]>([
    ["nothing to match on", { sourceId: "S", birthday: "1990-01-01" }, "at"],
    ["only a bad email", { sourceId: "S", emails: ["no-at-sign"] }, "at"],
    ["no sourceId", { sourceId: "  ", givenName: "Mei" }, "at.sourceId"],
  ])("refuses %s with BAD_USER_INPUT naming the field", (_name, record, field) => {
    expect(() => normaliseRecord(record, "at")).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT", field }));
  });
});

describe("names", () => {
  it("pairs every token of the shorter name, in any order, but not a different given name", () => {
    expect(compatibleNames("Wang Wei", "wei WANG")).toBe(true);
    expect(compatibleNames("Wang Wei", "Wang Fang")).toBe(false);
    expect(namesOverlap("Wang Wei", "Wang Fang")).toBe(true);
    expect(compatibleNames("", "Wang Wei")).toBe(false);
  });
});

describe("match scoring (Fellegi–Sunter)", () => {
  const ev = (levels: Evidence["levels"], sharedBy: Evidence["sharedBy"] = {}): Evidence => ({ ...noEvidence(), levels, sharedBy });

  it("weighs each level log2(m/u) and links from a match probability of 0.99", () => {
    expect(bits("EMAIL", "AGREE")).toBeCloseTo(Math.log2(WEIGHTS.EMAIL.AGREE!.m / WEIGHTS.EMAIL.AGREE!.u), 10);
    const d = decide(ev({ EMAIL: "AGREE", NAME: "EXACT" }));
    expect(d).toMatchObject({ merge: true, band: "LINK", rule: "EXACT_NORMALIZED" });
    expect(d.bits).toBeCloseTo(PRIOR + bits("EMAIL", "AGREE") + bits("NAME", "EXACT"), 2);
    expect(d.bits).toBeGreaterThanOrEqual(LINK_BITS);
    expect(d.fields.map((f) => f.field).sort()).toEqual(["EMAIL", "NAME"]);
  });

  it("links a shared VIN with a compatible name exactly, but not a VIN under another name (a sold car)", () => {
    expect(decide(ev({ VIN: "AGREE", NAME: "FUZZY" }))).toMatchObject({ merge: true, rule: "EXACT" });
    expect(decide(ev({ VIN: "AGREE", NAME: "DIFFERENT" })).merge).toBe(false);
  });

  it("does not make one person of spouses sharing an email and a home, whose given names differ", () => {
    const d = decide(ev({ EMAIL: "AGREE", ADDRESS: "SAME_HOME", NAME: "PARTIAL" }));
    expect(d.merge).toBe(false);
    // A household's email and home count once: with another given name that is not even worth a review.
    expect(d.band).toBe("NONE");
    // Given names a letter apart (Ping/Ming): a household's email and home count once, and are not enough.
    expect(decide(ev({ EMAIL: "AGREE", ADDRESS: "SAME_HOME", NAME: "NEAR" })).merge).toBe(false);
    expect(decide(ev({ EMAIL: "AGREE", ADDRESS: "SAME_HOME", NAME: "NEAR" })).fields.find((f) => f.field === "ADDRESS")!.weight).toBe(0);
  });

  it("links a name a letter off another name (Hu/Hua) on the person's own phone, which households do not share", () => {
    expect(decide(ev({ PHONE: "AGREE", NAME: "NEAR" })).merge).toBe(true);
    // Also after a move ("Jin Han" on Jun Han's mobile at another address).
    expect(decide(ev({ PHONE: "AGREE", NAME: "NEAR", ADDRESS: "DISAGREE" })).merge).toBe(true);
    expect(decide(ev({ EMAIL: "AGREE", NAME: "NEAR" })).merge).toBe(false);
  });

  it("links a building and the same name without any contact in common (no postcode needed)", () => {
    expect(decide(ev({ ADDRESS: "SAME_BUILDING", NAME: "EXACT" })).merge).toBe(true);
    // A misspelt name (no other real name a letter away) in the same building: the person, not a neighbour.
    expect(decide(ev({ ADDRESS: "SAME_BUILDING", NAME: "FUZZY" })).merge).toBe(true);
    expect(decide(ev({ ADDRESS: "SAME_BUILDING", NAME: "NEAR" })).merge).toBe(false);
    // An initial fits anyone of the household with that letter: with the building alone it is only a candidate, with the email it links.
    expect(decide(ev({ ADDRESS: "SAME_BUILDING", NAME: "INITIAL" })).merge).toBe(false);
    expect(decide(ev({ EMAIL: "AGREE", NAME: "INITIAL" })).merge).toBe(true);
    expect(decide(ev({ ADDRESS: "OTHER_FLAT", NAME: "EXACT" })).merge).toBe(false);
  });

  it("keeps a name and birthday alone in review: they need an identifier (email, phone, VIN or address) to link", () => {
    const d = decide(ev({ NAME: "EXACT", BIRTHDAY: "AGREE" }));
    expect(d.bits).toBeGreaterThan(LINK_BITS);
    expect(d).toMatchObject({ merge: false, band: "REVIEW" });
  });

  it("down-weights a value by the number of people carrying it", () => {
    const alone = decide(ev({ PHONE: "AGREE", NAME: "NEAR" }));
    const shared = decide(ev({ PHONE: "AGREE", NAME: "NEAR" }, { PHONE: 4 }));
    expect(alone.bits - shared.bits).toBeCloseTo(2, 2);
    expect(alone.merge).toBe(true);
    expect(shared.merge).toBe(false);
  });

  it("links a rare name alone by its term frequency against the chance of a namesake, and never with anything against it", () => {
    // "Danlei Zhang": no one else carries the name and its words together are expected on 0.02 people by chance.
    const rare = (levels: Evidence["levels"], nameChance: number): Evidence => ({ ...ev({ NAME: "EXACT", ...levels }), nameCarriers: 1, nameChance });
    const p = nameOnlyProbability(rare({}, 0.02), [], 0.8);
    expect(p).toBeCloseTo((0.8 * 0.8) / (0.8 * 0.8 + 0.02), 6);
    expect(decide(rare({}, 0.02), 0.8)).toMatchObject({ merge: true, nameOnly: true, rule: "FUZZY", confidence: Math.round(p * 1000) / 1000 });
    // "Hannah Baker": two common words, expected on 0.3 people: a review at most.
    expect(decide(rare({}, 0.3), 0.8).merge).toBe(false);
    // Any field against it (another mobile, another home) or a batch of mostly new people: no link.
    expect(decide(rare({ PHONE: "DISAGREE" }, 0.02), 0.8).merge).toBe(false);
    expect(decide(rare({ ADDRESS: "DISAGREE" }, 0.02), 0.8).merge).toBe(false);
    expect(decide(rare({}, 0.02), 0.05).merge).toBe(false);
    // A name someone else also carries (nameCarriers unset) never links alone, birthday or not.
    expect(decide(ev({ NAME: "EXACT", BIRTHDAY: "AGREE" }), 1).merge).toBe(false);
    expect(nameOnlyProbability(rare({}, 0), [], 1)).toBeGreaterThanOrEqual(NAME_ONLY_LINK);
  });

  it("links a misspelt name (FUZZY) alone only with the birthday agreeing, weighed with FUZZY's m, and never with anything against", () => {
    // "Shanuan Song" born the day of the one Shanxuan Song born that day (match.ts: the name's chance times the names a typo fits, times the share born that day).
    const misspelt = (levels: Evidence["levels"]): Evidence => ({ ...ev({ NAME: "FUZZY", ...levels }), nameCarriers: 1, nameChance: 0.001 });
    const m = WEIGHTS.NAME.FUZZY!.m * 0.8;
    expect(nameOnlyProbability(misspelt({ BIRTHDAY: "AGREE" }), [], 0.8)).toBeCloseTo(m / (m + 0.001), 6);
    expect(decide(misspelt({ BIRTHDAY: "AGREE" }), 0.8)).toMatchObject({ merge: true, nameOnly: true });
    // Without the birthday a misspelling is no rare name.
    expect(nameOnlyProbability(misspelt({}), [], 0.8)).toBe(0);
    expect(decide(misspelt({ BIRTHDAY: "AGREE", PHONE: "DISAGREE" }), 0.8).merge).toBe(false);
    expect(decide(misspelt({ BIRTHDAY: "AGREE", ADDRESS: "DISAGREE" }), 0.8).merge).toBe(false);
  });

  it("keeps two groups with different mobiles apart when what they share would not link them on its own, however a bridge reached it", () => {
    // A parent and a child of one name: the family email came to the child's profile with a bridging record.
    expect(contradicts(ev({ NAME: "EXACT", EMAIL: "AGREE", PHONE: "DISAGREE" }, { EMAIL: 2 }))).toBe(true);
    expect(contradicts(ev({ NAME: "EXACT", EMAIL: "AGREE", ADDRESS: "SAME_HOME", PHONE: "DISAGREE" }))).toBe(true);
    // One person with a second phone, proven by a VIN or by enough else: one person.
    expect(contradicts(ev({ NAME: "EXACT", VIN: "AGREE", PHONE: "DISAGREE" }))).toBe(false);
    expect(contradicts(ev({ NAME: "EXACT", EMAIL: "AGREE", BIRTHDAY: "AGREE", PHONE: "DISAGREE" }))).toBe(false);
    // The same phone: nothing against.
    expect(contradicts(ev({ NAME: "EXACT", EMAIL: "AGREE", PHONE: "AGREE" }))).toBe(false);
    // A record on the family email (a child's dealer record) that fits both cannot make them one.
    const byRecord = new Map<string, Map<PersonKey, Evidence>>([
      ["r1", new Map<PersonKey, Evidence>([["c:P", ev({ NAME: "EXACT", EMAIL: "AGREE" }, { EMAIL: 2 })], ["c:C", ev({ NAME: "EXACT", EMAIL: "AGREE" }, { EMAIL: 2 })]])],
    ]);
    const between = () => ev({ NAME: "EXACT", EMAIL: "AGREE", PHONE: "DISAGREE" }, { EMAIL: 2 });
    const { groups } = linkGroups({ byRecord, between });
    expect(groups.find("c:P")).not.toBe(groups.find("c:C"));
  });

  it("compares a record's group as a whole once its identifiers joined it to a profile: 'Ya Zhao' on Yan Zhao's phone links the 'Yan Zhao' of that building", () => {
    // r1 ("Ya Zhao", Yan Zhao's mobile and home building) links to H (Yan Zhao, the mobile); W (Yan Zhao, an email and
    // that building) is only NEAR to r1's misspelt name, and a near name on a building is a household's, not a link.
    const byRecord = new Map<string, Map<PersonKey, Evidence>>([
      ["r1", new Map<PersonKey, Evidence>([["c:H", ev({ PHONE: "AGREE", NAME: "NEAR" })], ["c:W", ev({ ADDRESS: "SAME_BUILDING", NAME: "NEAR" })]])],
    ]);
    const alone: Candidates = { byRecord, between: () => noEvidence() };
    expect(linkGroups(alone).groups.find("c:W")).not.toBe(linkGroups(alone).groups.find("c:H"));
    // Pooled, H's exact name meets W's, in the building r1 brought: one person.
    const pooled = (a: PersonKey[], b: PersonKey[]) =>
      a.includes("c:H") && b.includes("c:W") ? ev({ NAME: "EXACT", ADDRESS: "SAME_BUILDING" }) : noEvidence();
    const { groups } = linkGroups({ ...alone, betweenGroups: pooled });
    expect(groups.find("c:W")).toBe(groups.find("c:H"));
    expect(groups.find("r:r1")).toBe(groups.find("c:H"));
  });

  it("attaches a record by a rare name only to one profile: a name never makes two profiles one", () => {
    const r = (levels: Evidence["levels"], extra: Partial<Evidence> = {}): Evidence => ({ ...ev(levels), ...extra });
    const byRecord = new Map<string, Map<PersonKey, Evidence>>([
      // The record carries A's phone, and B's rare name (B has no phone or home to disagree).
      ["r1", new Map<PersonKey, Evidence>([["c:A", r({ PHONE: "AGREE", NAME: "FUZZY" })], ["c:B", r({ NAME: "EXACT" }, { nameCarriers: 1, nameChance: 0.01 })]])],
      // Another record with only B's rare name: attached to B.
      ["r2", new Map<PersonKey, Evidence>([["c:B", r({ NAME: "EXACT" }, { nameCarriers: 1, nameChance: 0.01 })]])],
    ]);
    const candidates: Candidates = { byRecord, between: () => noEvidence(), knownInGraph: 0.9 };
    expect(knownShare(candidates)).toBeCloseTo((1 + 10 * 0.9) / (1 + 10), 6);
    const { groups } = linkGroups(candidates);
    expect(groups.find("r:r1")).toBe(groups.find("c:A"));
    expect(groups.find("r:r2")).toBe(groups.find("c:B"));
    expect(groups.find("c:A")).not.toBe(groups.find("c:B"));
  });

  it("joins two profiles by the name and birthday together when the record proved one by an identifier and the pooled groups have nothing against", () => {
    const r = (levels: Evidence["levels"], extra: Partial<Evidence> = {}): Evidence => ({ ...ev(levels), ...extra });
    // The dealer record carries the hotline profile H's phone and the webshop profile W's exact name and birthday (W alone carries both).
    const byRecord = new Map<string, Map<PersonKey, Evidence>>([
      ["r1", new Map<PersonKey, Evidence>([["c:H", r({ PHONE: "AGREE", NAME: "EXACT" })], ["c:W", r({ NAME: "EXACT", BIRTHDAY: "AGREE" }, { nameCarriers: 1, nameChance: 0.0001 })]])],
    ]);
    const join = (pooled: Evidence) => {
      const { groups } = linkGroups({ byRecord, between: () => noEvidence(), betweenGroups: () => pooled, knownInGraph: 0.9 });
      return groups.find("c:H") === groups.find("c:W");
    };
    // H (a phone) and W (an email, the birthday) pooled: nothing to compare but the name and birthday.
    expect(join(r({ NAME: "EXACT", BIRTHDAY: "AGREE" }))).toBe(true);
    // One of them misspelt ("Shanuan Song"): still one person born that day; a name a letter off another real one (NEAR) is not.
    expect(join(r({ NAME: "FUZZY", BIRTHDAY: "AGREE" }))).toBe(true);
    expect(join(r({ NAME: "NEAR", BIRTHDAY: "AGREE" }))).toBe(false);
    // Anything against (W has another phone, another home): they stay two, and the record goes to H.
    expect(join(r({ NAME: "EXACT", BIRTHDAY: "AGREE", PHONE: "DISAGREE" }))).toBe(false);
    expect(join(r({ NAME: "EXACT", BIRTHDAY: "AGREE", ADDRESS: "DISAGREE" }))).toBe(false);
    // A rare name without the birthday still only attaches (the test above): it never joins two profiles.
    const nameOnly = new Map<string, Map<PersonKey, Evidence>>([
      ["r1", new Map<PersonKey, Evidence>([["c:H", r({ PHONE: "AGREE", NAME: "EXACT" })], ["c:W", r({ NAME: "EXACT" }, { nameCarriers: 1, nameChance: 0.0001 })]])],
    ]);
    const { groups } = linkGroups({ byRecord: nameOnly, between: () => noEvidence(), betweenGroups: () => r({ NAME: "EXACT" }), knownInGraph: 0.9 });
    expect(groups.find("c:H")).not.toBe(groups.find("c:W"));
  });

  it("never links across different birthdays, whatever else agrees", () => {
    const d = decide(ev({ VIN: "AGREE", EMAIL: "AGREE", NAME: "EXACT", BIRTHDAY: "DISAGREE" }));
    expect(d).toMatchObject({ merge: false, band: "NONE" });
    expect(d.reasons).toContain("BIRTHDAY_DIFFERS");
  });
});

describe("name levels", () => {
  it.each([
    ["Jun Lin", "Lin Jn", "FUZZY"],
    ["Yong Ma", "Ynog Ma", "FUZZY"],
    ["Peng He", "Peg He", "FUZZY"],
    ["Xueli Li", "Xuli Li", "FUZZY"],
    ["Katherine Johnson", "Katherine Jonhson", "FUZZY"],
    ["Wang Wei", "wei WANG", "EXACT"],
    ["Ping Sun", "Ming Sun", "NEAR"],
    ["Tom Smith", "Tim Smith", "NEAR"],
    ["Hua Zhao", "Hu Zhao", "NEAR"],
    ["Mnli Xiao", "Minl Xiao", "NEAR"],
    ["Robert Howe", "Roberta Howe", "NEAR"],
    ["Robert Howe", "Robrt Howe", "FUZZY"],
    // Two letters swapped is a slip even when both spellings are syllables; a changed letter is not.
    ["Lei Zhu", "Lie Zhu", "FUZZY"],
    ["Danhua Guo", "Danhua Gou", "FUZZY"],
    ["Jun Gao", "Jin Gao", "NEAR"],
    ["Fang Ding", "Fan Ding", "NEAR"],
    // A two-syllable given name agreeing, the family names a letter apart: one person's family name misspelt
    // (relatives a letter apart share the family name instead); not when the agreeing token is a compound surname.
    ["Huiming Zhou", "Huiming Zhu", "FUZZY"],
    ["Li Jiehao", "Jiehao Liu", "FUZZY"],
    ["Ouyang Fang", "Ouyang Fan", "NEAR"],
    ["J Smith", "John Smith", "INITIAL"],
    ["Bill Smith", "William Smith", "FUZZY"],
    ["Fangna Zhao", "Fangna Zhaa", "FUZZY"],
    ["Wang Wei", "Wang Fang", "PARTIAL"],
    ["Wang Wei", "Li Fang", "DIFFERENT"],
  ])("%s / %s: %s", (a, b, level) => {
    expect(nameLevel(a, b)).toBe(level);
  });

  it("tells pinyin from a typo by its syllables", () => {
    expect(isPinyin("xiaoming")).toBe(true);
    expect(isPinyin("ynog")).toBe(false);
    expect(isPinyin("jn")).toBe(false);
    // A syllable starting with a, e or o after another is written with an apostrophe ("Xi'an"): "zhaa" is "Zhao" misspelt.
    expect(isPinyin("xian")).toBe(true);
    expect(isPinyin("zhaa")).toBe(false);
    expect(isPinyin("tianan")).toBe(false);
  });
});

describe("address normalisation", () => {
  const key = (a: { line1: string; line2?: string; city: string }) => {
    const p = parseAddress(a);
    return [addressBlockKey(p), addressDetailKey(p)];
  };

  it("reads one Chinese home the same in English, abbreviated, pinyin and Chinese spellings", () => {
    const home = ["beijing|jianguo road|342", "beijing|jianguo road|342|5-2-1201"];
    expect(key({ line1: "No. 342 Jianguo Road, Building 5, Unit 2, Room 1201", city: "Beijing" })).toEqual(home);
    expect(key({ line1: "342 Jianguo Rd Bldg 5-2-1201", city: "Beijing Shi" })).toEqual(home);
    expect(key({ line1: "Jianguo Lu 342 Hao 5 Dong 2 Danyuan 1201 Shi, Chaoyang Qu", city: "BEIJING" })).toEqual(home);
    expect(key({ line1: "342 Jianguo Road 5-2-1201", city: "Beijing" })).toEqual(home);
    // A road's direction or part, in pinyin between name and kind, or in English before or after the kind.
    const east = ["shanghai|zhongshan east road|88", null];
    expect(key({ line1: "Zhongshan Dong Lu 88 Hao", city: "Shanghai" })).toEqual(east);
    expect(key({ line1: "88 Zhongshan East Road", city: "Shanghai Shi" })).toEqual(east);
    expect(key({ line1: "88 Zhongshan Road East", city: "SHANGHAI" })).toEqual(east);
    expect(key({ line1: "88 Zhongshan Xi Lu", city: "Shanghai" })).not.toEqual(east);
    expect(parseAddress({ line1: "Chaoyang District, Jianguo Road 342", city: "Beijing City" })).toMatchObject({ district: "chaoyang", street: "jianguo road", number: "342" });
    expect(parseAddress({ line1: "北京市朝阳区建国路342号5栋2单元1201室", city: "北京市" })).toMatchObject({ city: "北京", district: "朝阳", street: "建国 road", number: "342", building: "5", unit: "2", room: "1201" });
  });

  it("reads Western flats before or after the street, and keeps different flats of one building apart", () => {
    expect(key({ line1: "Flat 4, 12 Baker St.", city: "London" })).toEqual(key({ line1: "12 BAKER STREET", line2: "Apt 4", city: "London" }));
    const [a, b] = [addressDetailKey(parseAddress({ line1: "12 Baker St #4", city: "London" }))!, addressDetailKey(parseAddress({ line1: "12 Baker St #5", city: "London" }))!];
    expect(sameHome(a, b)).toBe(false);
    expect(sameHome(a, "london|baker street|12|--4")).toBe(true);
  });
});

describe("survivorship", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  const contribution = (source: string, day: number, data: Partial<SourceRecordData>): Contribution => ({
    source,
    receivedAt: at(day),
    record: normaliseRecord({ sourceId: `${source}-${day}`, ...data }, "record"),
  });

  it("ranks sources by the trust list, a trailing * covering a family of systems, unknown ones last", () => {
    const priority = DEFAULT_IDENTITY_SETTINGS.sourcePriority;
    // What was entered in the platform itself comes first.
    expect(trustRank("profile", priority)).toBe(0);
    expect(trustRank("webshop", priority)).toBe(1);
    expect(trustRank("dealer-sh-01", priority)).toBe(4);
    expect(trustRank("fax", priority)).toBe(priority.length);
  });

  it("takes the most frequent spelling-insensitive value, represented by its most trusted spelling", () => {
    const golden = goldenFields(
      [contribution("dealer-1", 1, { givenName: "MEI", familyName: "lin" }), contribution("webshop", 2, { givenName: "Mei", familyName: "Lin" }), contribution("hotline", 3, { givenName: "May", familyName: "Lin" })],
      DEFAULT_IDENTITY_SETTINGS,
    );
    expect(golden).toMatchObject({ givenName: "Mei", familyName: "Lin", displayName: "Mei Lin" });
  });

  it("follows the configured strategy per field: most trusted, or most recent", () => {
    const contributions = [contribution("webshop", 1, { familyName: "Lin", birthday: "1990-04-01" }), contribution("hotline", 5, { familyName: "Lyn", birthday: "1990-04-02" })];
    const trusted = goldenFields(contributions, { ...DEFAULT_IDENTITY_SETTINGS, survivorship: { ...DEFAULT_IDENTITY_SETTINGS.survivorship, familyName: "MOST_TRUSTED" } });
    expect(trusted).toMatchObject({ familyName: "Lin", birthday: "1990-04-01" });
    const recent = goldenFields(contributions, { ...DEFAULT_IDENTITY_SETTINGS, survivorship: { ...DEFAULT_IDENTITY_SETTINGS.survivorship, familyName: "MOST_RECENT", birthday: "MOST_RECENT" } });
    expect(recent).toMatchObject({ familyName: "Lyn", birthday: "1990-04-02" });
  });

  it("names a nameless profile by its organisation, else its first email or phone", () => {
    expect(goldenFields([contribution("webshop", 1, { organisationName: "Meridian Fleet" })], DEFAULT_IDENTITY_SETTINGS).displayName).toBe("Meridian Fleet");
    expect(goldenFields([contribution("webshop", 1, { emails: ["x@example.com"], phones: ["13800138000"] })], DEFAULT_IDENTITY_SETTINGS).displayName).toBe("x@example.com");
    expect(goldenFields([contribution("webshop", 1, { phones: ["13800138000"] })], DEFAULT_IDENTITY_SETTINGS).displayName).toBe("+8613800138000");
  });
});
