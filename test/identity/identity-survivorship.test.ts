import { expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { IdentityProfile, IngestSourceRecords } from "../operations/identity.js";
import { describePlatform, describePlatformOn } from "../support/suite.js";

/** One person as three systems know them; the family name differs by source. */
async function threeSources(platform: Parameters<Parameters<typeof describePlatform>[1]>[0], tag: string) {
  const admin = await platform().token({ role: "ADMIN", sub: "admin" });
  const email = `mei.${tag}@example.com`;
  const send = (source: string, familyName: string, birthday?: string) =>
    platform().data(IngestSourceRecords, { input: { source, records: [{ sourceId: `${source}-${tag}`, givenName: "Mei", familyName, emails: [email], birthday }] } }, admin);
  await send("webshop", "Lin", "1990-04-01");
  await send("hotline", "Lin Wu");
  const last = await send("app", "Lin", "1990-04-01");
  const id = last.ingestSourceRecords.records[0]!.customer!.id;
  return (await platform().data(IdentityProfile, { id }, admin)).customer!;
}

describePlatform("identity survivorship: defaults", (platform) => {
  it("takes the most frequent family name", async () => {
    const profile = await threeSources(platform, `d${Date.now().toString(36)}`);
    expect(profile.sourceIdentities).toHaveLength(3);
    expect(profile).toMatchObject({ familyName: "Lin", displayName: "Mei Lin", birthday: "1990-04-01" });
  });
});

describePlatformOn("postgres",
  "identity survivorship: configured",
  (platform) => {
    it("takes the family name of the most trusted source when configured so", async () => {
      const profile = await threeSources(platform, `t${Date.now().toString(36)}`);
      expect(profile).toMatchObject({ familyName: "Lin Wu", displayName: "Mei Lin Wu" });
    });
  },
  { IDENTITY_SOURCE_PRIORITY: "hotline,webshop,app", IDENTITY_SURVIVORSHIP: "familyName=MOST_TRUSTED" },
);

it("refuses a malformed survivorship or trust setting with one line naming it", () => {
  expect(() => loadConfig({ IDENTITY_SURVIVORSHIP: "familyName=LOUDEST" })).toThrow(ConfigError);
  expect(() => loadConfig({ IDENTITY_SURVIVORSHIP: "familyName=LOUDEST" })).toThrow(/IDENTITY_SURVIVORSHIP/);
  expect(() => loadConfig({ IDENTITY_SOURCE_PRIORITY: "Web Shop" })).toThrow(/IDENTITY_SOURCE_PRIORITY/);
  expect(loadConfig({ IDENTITY_SURVIVORSHIP: "birthday=MOST_RECENT" }).identity.survivorship).toMatchObject({ birthday: "MOST_RECENT", familyName: "MOST_FREQUENT" });
});
