import { describe, expect, it } from "vitest";
import { DEFAULT_IDENTITY_SETTINGS, type IdentitySettings } from "../../src/config.js";
import { decide, noEvidence, type Evidence } from "../../src/identity/match.js";
import { compatibleNames, namesOverlap } from "../../src/identity/names.js";
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

describe("match rules", () => {
  const none: Evidence = { ...noEvidence(), bothNamed: true };
  const settings: IdentitySettings = DEFAULT_IDENTITY_SETTINGS;

  it("links a shared VIN with compatible names exactly", () => {
    expect(decide({ ...none, exact: new Set(["VIN"]), namesCompatible: true }, settings)).toMatchObject({ merge: true, rule: "EXACT", confidence: 0.99 });
  });

  it("does not make one person of a family that shares an email", () => {
    const decision = decide({ ...none, exact: new Set(["EMAIL"]), namesOverlap: true }, settings);
    expect(decision).toMatchObject({ merge: false, rule: "FUZZY", confidence: 0 });
    expect(decision.reasons).toEqual(["EMAIL", "NAMES_DIFFER"]);
  });

  it("lets email and phone together outweigh a garbled given name when a name token agrees", () => {
    expect(decide({ ...none, exact: new Set(["EMAIL", "PHONE"]), namesOverlap: true }, settings)).toMatchObject({ merge: true, rule: "EXACT_NORMALIZED", confidence: 0.98 });
  });

  it("never links across different birthdays, whatever else agrees", () => {
    const decision = decide({ ...none, exact: new Set(["VIN", "EMAIL"]), namesCompatible: true, birthdayConflict: true }, settings);
    expect(decision.merge).toBe(false);
    expect(decision.reasons).toContain("BIRTHDAY_DIFFERS");
  });

  it("links on a similar name only with a second exact criterion, at the configured similarity", () => {
    const similar = { ...none, namesCompatible: true, nameSimilarity: settings.nameSimilarity };
    expect(decide({ ...similar, sameBirthday: true }, settings)).toMatchObject({ merge: true, rule: "FUZZY", confidence: 0.4 });
    expect(decide(similar, settings).merge).toBe(false);
    expect(decide({ ...similar, sameBirthday: true, nameSimilarity: settings.nameSimilarity - 0.01 }, settings).merge).toBe(false);
    expect(decide({ ...similar, samePostcode: true, addressSimilarity: settings.addressSimilarity }, settings)).toMatchObject({ merge: true, rule: "FUZZY", confidence: 0.45 });
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
