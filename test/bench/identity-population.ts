/**
 * A multi-source population with known truth for the identity benchmark: the same people as
 * four systems know them, with the noise real systems have — case and spacing, phone formats,
 * typos, given and family names swapped, nicknames, moved addresses, Gmail dots and +tags,
 * missing fields, family members sharing an email, a dealer's front-desk phone on many records.
 */
import { Faker, en } from "@faker-js/faker";
import type { SourceRecordData } from "../../src/identity/normalise.js";
import { withCheckDigit } from "../../src/validation/vin.js";

export const SOURCES = ["webshop", "app", "hotline", "dealer-bench"] as const;
export type Source = (typeof SOURCES)[number];

export interface TruthRecord {
  source: Source;
  person: number;
  record: SourceRecordData;
}

interface Person {
  given: string;
  family: string;
  birthday: string;
  email: string;
  phone: string;
  address: { line1: string; city: string; postcode: string };
  vin: string | null;
}

/** Short forms the generator uses; the matcher's own list (src/identity/names.ts) is a standard one, not this. */
const NICKNAMES: Record<string, string> = {
  William: "Bill",
  Robert: "Bob",
  Richard: "Rick",
  Michael: "Mike",
  James: "Jim",
  Joseph: "Joe",
  Thomas: "Tom",
  Daniel: "Dan",
  Elizabeth: "Liz",
  Katherine: "Kate",
  Margaret: "Maggie",
  Jennifer: "Jenny",
  Christopher: "Chris",
  Anthony: "Tony",
  Samuel: "Sam",
  Alexander: "Alex",
  Rebecca: "Becky",
  Patricia: "Trish",
  Susan: "Sue",
  Edward: "Ted",
};
const CITIES = ["Shanghai", "Beijing", "Guangzhou", "Shenzhen", "Hangzhou", "Chengdu", "Wuhan", "Xi'an", "Nanjing", "Suzhou"];
const PROVIDERS = ["gmail.com", "gmail.com", "qq.com", "163.com", "outlook.com", "example.com"];

export function generatePopulation(people: number, seed = 42): TruthRecord[] {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  const chance = (p: number) => faker.number.float({ min: 0, max: 1 }) < p;
  const pick = <T>(list: readonly T[]) => list[faker.number.int({ min: 0, max: list.length - 1 })]!;
  const postcodes = Array.from({ length: Math.max(200, Math.floor(people / 2)) }, () => String(faker.number.int({ min: 100000, max: 899999 })));
  const usedEmails = new Set<string>();
  const address = () => ({
    line1: `${faker.number.int({ min: 1, max: 999 })} ${faker.location.street()}`,
    city: pick(CITIES),
    postcode: pick(postcodes),
  });
  const givenNames = [...Object.keys(NICKNAMES), ...Array.from({ length: 300 }, () => faker.person.firstName())];
  const population: Person[] = [];
  for (let i = 0; i < people; i++) {
    const given = chance(0.3) ? pick(Object.keys(NICKNAMES)) : pick(givenNames);
    const family = faker.person.lastName();
    let email = `${given}.${family}${faker.number.int({ min: 1, max: 9999 })}@${pick(PROVIDERS)}`.toLowerCase().replace(/[^a-z0-9.@]/g, "");
    while (usedEmails.has(email)) email = email.replace("@", `${faker.number.int({ min: 0, max: 9 })}@`);
    usedEmails.add(email);
    population.push({
      given,
      family,
      birthday: faker.date.between({ from: "1950-01-01", to: "2005-12-31" }).toISOString().slice(0, 10),
      email,
      phone: `13${faker.number.int({ min: 0, max: 9 })}${String(faker.number.int({ min: 0, max: 99_999_999 })).padStart(8, "0")}`,
      address: address(),
      vin: chance(0.35) ? withCheckDigit(`LMR${faker.string.alphanumeric({ length: 14, casing: "upper" }).replace(/[IOQ]/g, "A")}`) : null,
    });
  }
  // Households: one in ten people shares the family email and address with a relative (another person of the population).
  const familyEmail = new Map<number, string>();
  for (let i = 1; i < people; i += 10) {
    const relative = population[i]!;
    const head = population[i - 1]!;
    relative.family = head.family;
    relative.address = head.address;
    if (relative.given === head.given) relative.given = pick(givenNames.filter((g) => g !== head.given));
    familyEmail.set(i, head.email);
  }
  const deskPhone = "+86 21 6888 0000";

  const spacing = (s: string) => (chance(0.2) ? `  ${s} ` : s);
  const casing = (s: string) => (chance(0.15) ? s.toUpperCase() : chance(0.15) ? s.toLowerCase() : s);
  const typo = (s: string) => {
    if (s.length < 4) return s;
    const i = faker.number.int({ min: 1, max: s.length - 2 });
    return chance(0.5) ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s.slice(0, i) + faker.string.alpha({ length: 1, casing: "lower" }) + s.slice(i + 1);
  };
  const phoneFormat = (p: string) =>
    pick([p, `+86 ${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`, `${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`, `(+86) ${p}`, `0086${p}`]);
  const emailVariant = (e: string) => {
    const [local, domain] = e.split("@") as [string, string];
    let variant = e;
    if (domain === "gmail.com" && chance(0.4)) variant = chance(0.5) ? `${local.replaceAll(".", "")}@${domain}` : `${local}+${pick(["shop", "news", "car"])}@${domain}`;
    return spacing(chance(0.2) ? variant.toUpperCase() : variant);
  };
  // What each system records. In China the mobile number is the everyday identifier (shops deliver
  // and apps sign in by it, the hotline sees the caller's), email much less so; dealers take birthdays and VINs.
  const fieldsOf: Record<Source, { email: number; phone: number; address: number; birthday: number; vin: number; presence: number }> = {
    webshop: { email: 0.8, phone: 0.95, address: 0.8, birthday: 0.4, vin: 0, presence: 0.8 },
    app: { email: 0.6, phone: 1, address: 0.2, birthday: 0.3, vin: 0, presence: 0.6 },
    hotline: { email: 0.3, phone: 1, address: 0.3, birthday: 0.2, vin: 0.2, presence: 0.6 },
    "dealer-bench": { email: 0.4, phone: 0.9, address: 1, birthday: 0.9, vin: 1, presence: 0.5 },
  };

  const records: TruthRecord[] = [];
  population.forEach((p, index) => {
    const present = SOURCES.filter((s) => chance(fieldsOf[s].presence));
    if (present.length === 0) present.push(pick(SOURCES));
    for (const source of present) {
      const f = fieldsOf[source];
      let given = chance(0.12) && NICKNAMES[p.given] ? NICKNAMES[p.given]! : p.given;
      let family = p.family;
      if (chance(0.08)) family = typo(family);
      else if (chance(0.05)) given = typo(given);
      [given, family] = [casing(given), casing(family)];
      if (chance(0.1)) [given, family] = [family, given];
      const email = familyEmail.get(index) ?? p.email;
      const record: SourceRecordData = {
        sourceId: `${source.slice(0, 3).toUpperCase()}-${faker.string.alphanumeric({ length: 10, casing: "upper" })}`,
        givenName: spacing(given),
        familyName: spacing(family),
      };
      if (chance(f.email)) record.emails = [emailVariant(email)];
      if (chance(f.phone)) record.phones = [source === "dealer-bench" && chance(0.05) ? deskPhone : phoneFormat(p.phone)];
      if (chance(f.address)) {
        const a = chance(0.15) ? address() : p.address;
        record.addresses = [{ line1: chance(0.2) ? a.line1.toUpperCase() : a.line1, city: a.city, postcode: a.postcode }];
      }
      if (chance(f.birthday)) record.birthday = p.birthday;
      if (p.vin && chance(f.vin)) record.vins = [chance(0.3) ? p.vin.toLowerCase() : p.vin];
      records.push({ source, person: index, record });
    }
  });
  return records;
}

/** Pairwise precision, recall and F1 of a clustering (record -> profile) against the truth (record -> person). */
export function pairwiseQuality(assignments: { person: number; profile: string }[]) {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const byProfile = new Map<string, number>();
  const byPerson = new Map<number, number>();
  const byBoth = new Map<string, number>();
  for (const a of assignments) {
    byProfile.set(a.profile, (byProfile.get(a.profile) ?? 0) + 1);
    byPerson.set(a.person, (byPerson.get(a.person) ?? 0) + 1);
    byBoth.set(`${a.profile}/${a.person}`, (byBoth.get(`${a.profile}/${a.person}`) ?? 0) + 1);
  }
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const truePositives = sum(byBoth);
  const predicted = sum(byProfile);
  const actual = sum(byPerson);
  const precision = predicted ? truePositives / predicted : 1;
  const recall = actual ? truePositives / actual : 1;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), truePositives, predicted, actual, profiles: byProfile.size, people: byPerson.size };
}
