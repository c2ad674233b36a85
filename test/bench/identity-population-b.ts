/**
 * Generator B: a second population with known truth, written apart from identity-population.ts
 * (its own random source, names, addresses and sources) so that the matcher is not judged only
 * on the data it was developed against. Five systems know the people: a web shop, a hotline,
 * two dealers and a repair station. Most people are Chinese with pinyin names, many with a
 * one-syllable given name ("Jun", "Xu"); a quarter are Western, some with short names ("Peg").
 * Every record carries the noise classes applied to it (or to its person), so that quality can
 * be reported per class.
 */
import type { SourceRecordData } from "../../src/identity/normalise.js";
import { withCheckDigit } from "../../src/validation/vin.js";
import { prng, type Random } from "../support/fuzz.js";

export const SOURCES_B = ["webshop", "hotline", "dealer-bj01", "dealer-sh02", "station-gz01"] as const;
type SourceB = (typeof SOURCES_B)[number];

export const NOISE_CLASSES = [
  "typo",
  "short-name-typo",
  "pinyin-typo",
  "swapped",
  "moved",
  "phone-format",
  "no-postcode",
  "address-only",
  "spouse-email",
  "desk-phone",
  "bridge",
  "namesake",
] as const;
export type NoiseClass = (typeof NOISE_CLASSES)[number];

export interface LabelledRecord {
  source: string;
  person: number;
  record: SourceRecordData;
  noise: NoiseClass[];
}

// Family names roughly by frequency (the commonest repeated), pinyin given syllables and names.
const FAMILY = ["Wang", "Wang", "Li", "Li", "Zhang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren"];
const SYLLABLES = ["Wei", "Jun", "Xu", "Yong", "Ping", "Ming", "Fang", "Lei", "Jie", "Tao", "Jing", "Na", "Min", "Yan", "Hui", "Qiang", "Bo", "Lin", "Hao", "Yu", "Xin", "Chen", "Long", "Feng", "Hong", "Mei", "Ying", "Li", "Qing", "Hua", "Gang", "Kai", "Rui", "Ning", "Dan", "Xue", "Tian", "Yi", "Zhen", "Shan"];
const SECOND = ["hua", "ming", "jie", "ting", "yu", "han", "xuan", "yang", "lei", "qing", "fei", "long", "rui", "na", "wen", "hao", "bin", "juan", "li", "ying"];
// Given syllables that differ from another by one letter: spouses with such names share an email.
const SPOUSE_PAIRS: [string, string][] = [["Ping", "Ming"], ["Jun", "Jin"], ["Lei", "Fei"], ["Hui", "Wei"], ["Yan", "Yun"], ["Na", "Li"], ["Fang", "Fan"], ["Jing", "Ling"]];
const WESTERN_GIVEN = ["Peg", "Ann", "Tom", "Sue", "Jo", "Ed", "Bob", "Kim", "Amy", "Eve", "Ian", "Ray", "Roy", "Guy", "Max", "Zoe", "Olivia", "Lucas", "Emma", "Noah", "Hannah", "Oscar", "Grace", "Felix", "Chloe", "Henry", "Isabel", "Martin", "Sophie", "Daniel"];
const WESTERN_FAMILY = ["Smith", "Brown", "Miller", "Taylor", "Walker", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Parker", "Evans", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed", "Bailey", "Bell", "Ward"];

interface Place { province: string; city: string; districts: string[]; postcode: string }
const CN_CITIES: Place[] = [
  { province: "Beijing", city: "Beijing", districts: ["Chaoyang", "Haidian", "Dongcheng", "Xicheng", "Fengtai"], postcode: "100" },
  { province: "Shanghai", city: "Shanghai", districts: ["Pudong", "Xuhui", "Jing'an", "Huangpu", "Minhang"], postcode: "200" },
  { province: "Guangdong", city: "Guangzhou", districts: ["Tianhe", "Yuexiu", "Haizhu", "Baiyun"], postcode: "510" },
  { province: "Guangdong", city: "Shenzhen", districts: ["Nanshan", "Futian", "Luohu", "Bao'an"], postcode: "518" },
  { province: "Sichuan", city: "Chengdu", districts: ["Wuhou", "Jinjiang", "Qingyang", "Chenghua"], postcode: "610" },
  { province: "Zhejiang", city: "Hangzhou", districts: ["Xihu", "Shangcheng", "Gongshu", "Binjiang"], postcode: "310" },
];
const CN_STREETS = ["Jianguo", "Zhongshan", "Renmin", "Jiefang", "Heping", "Changan", "Xinhua", "Dongfeng", "Huaihai", "Nanjing", "Yanan", "Beijing", "Wenhua", "Jinxiu", "Binhe", "Chaoyang", "Guangming", "Qingnian", "Xingfu", "Shengli"];
const CN_KINDS: [string, string][] = [["Road", "Lu"], ["Street", "Jie"], ["Avenue", "Dadao"]];
const W_CITIES = [{ city: "London", country: "GB" }, { city: "Manchester", country: "GB" }, { city: "Sydney", country: "AU" }, { city: "Toronto", country: "CA" }, { city: "Singapore", country: "SG" }];
const W_STREETS = ["High", "Station", "Church", "Park", "Victoria", "Green", "Mill", "King", "Queen", "George", "Albert", "Manor", "York", "Elm", "Oak"];
const W_KINDS = [["Street", "St"], ["Road", "Rd"], ["Avenue", "Ave"], ["Lane", "Ln"]];

interface Address {
  chinese: boolean;
  province: string;
  city: string;
  district: string;
  street: string;
  kind: [string, string];
  number: number;
  building: number | null;
  unit: number | null;
  room: number | null;
  postcode: string;
  country: string;
}

interface Person {
  chinese: boolean;
  given: string;
  family: string;
  birthday: string;
  email: string;
  phone: string;
  home: Address;
  vin: string | null;
  dealer: SourceB;
  noise: Set<NoiseClass>;
  /** Another person's email this one uses (a spouse's, a parent's). */
  sharedEmail?: string;
}

const mobile = (r: Random) => `1${r.pick(["3", "5", "7", "8", "9"])}${r.int(0, 9)}${String(r.int(0, 99_999_999)).padStart(8, "0")}`;

function makeAddress(r: Random, chinese: boolean): Address {
  if (chinese) {
    const place = r.pick(CN_CITIES);
    const tower = r.chance(0.8);
    return {
      chinese,
      province: place.province,
      city: place.city,
      district: r.pick(place.districts),
      street: r.pick(CN_STREETS),
      kind: r.pick(CN_KINDS),
      number: r.int(1, 999),
      building: tower ? r.int(1, 30) : null,
      unit: tower ? r.int(1, 6) : null,
      room: tower ? r.int(1, 32) * 100 + r.int(1, 8) : null,
      postcode: `${place.postcode}${String(r.int(0, 999)).padStart(3, "0")}`,
      country: "CN",
    };
  }
  const place = r.pick(W_CITIES);
  const flat = r.chance(0.4);
  return {
    chinese,
    province: "",
    city: place.city,
    district: "",
    street: r.pick(W_STREETS),
    kind: r.pick(W_KINDS) as [string, string],
    number: r.int(1, 300),
    building: null,
    unit: null,
    room: flat ? r.int(1, 40) : null,
    postcode: `${String.fromCharCode(65 + r.int(0, 25))}${r.int(1, 20)} ${r.int(1, 9)}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`,
    country: place.country,
  };
}

/** One address as one system writes it: abbreviations, pinyin words for road/number/building, parts left out. */
function renderAddress(r: Random, a: Address, withPostcode: boolean, terse: boolean): NonNullable<SourceRecordData["addresses"]>[number] {
  const postcode = withPostcode ? a.postcode : null;
  if (!a.chinese) {
    const kind = r.chance(0.5) ? a.kind[0] : `${a.kind[1]}${r.chance(0.5) ? "." : ""}`;
    const street = `${a.number} ${a.street} ${kind}`;
    const flat = a.room && !terse ? r.pick([`Apt ${a.room}`, `Flat ${a.room}`, `#${a.room}`, `Unit ${a.room}`]) : null;
    const line1 = flat && r.chance(0.5) ? `${flat}, ${street}` : street;
    return { line1: r.chance(0.15) ? line1.toUpperCase() : line1, line2: flat && !line1.includes(flat) ? flat : null, city: a.city, postcode, country: a.country };
  }
  const style = r.int(0, 3);
  const district = !terse && r.chance(0.5) ? a.district : null;
  const parts = a.building && !terse;
  let line1: string;
  if (style === 0) line1 = `No. ${a.number} ${a.street} ${a.kind[0]}${parts ? `, Building ${a.building}, Unit ${a.unit}, Room ${a.room}` : ""}`;
  else if (style === 1) line1 = `${a.number} ${a.street} ${a.kind[0] === "Avenue" ? "Ave" : a.kind[0] === "Road" ? "Rd" : "St"}${parts ? ` Bldg ${a.building}-${a.unit}-${a.room}` : ""}`;
  else if (style === 2) line1 = `${a.street} ${a.kind[1]} ${a.number} Hao${parts ? ` ${a.building} Dong ${a.unit} Danyuan ${a.room} Shi` : ""}`;
  else line1 = `${a.street} ${a.kind[0]} ${a.number}${parts ? ` #${a.building}-${a.room}` : ""}`;
  if (district) line1 = r.chance(0.5) ? `${district} District, ${line1}` : `${line1}, ${district} Qu`;
  const city = r.pick([a.city, `${a.city} Shi`, a.city.toUpperCase(), `${a.city} City`]);
  return { line1, city, province: r.chance(0.5) ? a.province : null, postcode, country: r.chance(0.5) ? "CN" : null };
}

export function generatePopulationB(people: number, seed = 7): LabelledRecord[] {
  const r = prng(seed * 7919 + 17);
  const birthday = () => `${r.int(1950, 2004)}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
  const usedEmails = new Set<string>();
  const emailOf = (given: string, family: string) => {
    let email = "";
    do {
      const g = given.toLowerCase().replace(/[^a-z]/g, "");
      const f = family.toLowerCase();
      email = r.pick([`${g}${f}${r.int(1, 999)}@163.com`, `${f}.${g}${r.int(1, 99)}@outlook.com`, `${r.int(10_000_000, 999_999_999)}@qq.com`, `${g}_${f}${r.int(70, 99)}@126.com`, `${g}.${f}${r.int(1, 999)}@gmail.com`]);
    } while (usedEmails.has(email));
    usedEmails.add(email);
    return email;
  };
  const newPerson = (chinese: boolean): Person => {
    const given = chinese ? (r.chance(0.5) ? r.pick(SYLLABLES) : `${r.pick(SYLLABLES)}${r.pick(SECOND)}`) : r.pick(WESTERN_GIVEN);
    const family = chinese ? r.pick(FAMILY) : r.pick(WESTERN_FAMILY);
    return {
      chinese, given, family, birthday: birthday(), email: emailOf(given, family), phone: mobile(r), home: makeAddress(r, chinese),
      vin: r.chance(0.45) ? withCheckDigit(`LSV${Array.from({ length: 14 }, () => "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"[r.int(0, 32)]).join("")}`) : null,
      dealer: r.chance(0.5) ? "dealer-bj01" : "dealer-sh02",
      noise: new Set(),
    };
  };
  const population: Person[] = [];
  while (population.length < people) {
    const p = newPerson(r.chance(0.75));
    population.push(p);
    const left = people - population.length;
    if (left === 0) continue;
    // Spouses: one given name a letter apart from the other's, the family name, the email and the home shared.
    if (p.chinese && r.chance(0.04)) {
      const [a, b] = r.pick(SPOUSE_PAIRS);
      p.given = a;
      const spouse = { ...newPerson(true), given: b, family: p.family, home: p.home, sharedEmail: p.email, noise: new Set<NoiseClass>(["spouse-email"]) };
      p.noise.add("spouse-email");
      population.push(spouse);
    } else if (r.chance(0.01)) {
      // A parent and child of the same name and email, different birthdays; one record without a birthday names both.
      const child = { ...newPerson(p.chinese), given: p.given, family: p.family, sharedEmail: p.email, noise: new Set<NoiseClass>(["bridge"]) };
      child.email = emailOf(child.given, child.family);
      p.noise.add("bridge");
      population.push(child);
    } else if (r.chance(0.01)) {
      // Two strangers with the same common name and birthday, nothing else in common.
      const twin = { ...newPerson(p.chinese), given: p.given, family: p.family, birthday: p.birthday, noise: new Set<NoiseClass>(["namesake"]) };
      p.noise.add("namesake");
      population.push(twin);
    }
  }

  const deskPhones: Record<string, string> = { "dealer-bj01": "010 6512 8800", "dealer-sh02": "021-5888-6600" };
  const phoneText = (e: string, noise: NoiseClass[]) => {
    if (!r.chance(0.5)) return e;
    noise.push("phone-format");
    return r.pick([`+86 ${e.slice(0, 3)} ${e.slice(3, 7)} ${e.slice(7)}`, `${e.slice(0, 3)}-${e.slice(3, 7)}-${e.slice(7)}`, `0086-${e}`, `(86)${e}`, `86 ${e}`, `${e.slice(0, 3)} ${e.slice(3, 7)} ${e.slice(7)}`]);
  };
  // A typo: one letter replaced, dropped or two swapped; a syllable-internal swap in pinyin ("Yong" -> "Ynog").
  const typo = (s: string) => {
    const i = r.int(1, Math.max(1, s.length - 1));
    const op = r.int(0, 2);
    if (op === 0) return s.slice(0, i) + "aeiounghx"[r.int(0, 8)] + s.slice(i + 1);
    if (op === 1 && s.length > 2) return s.slice(0, i) + s.slice(i + 1);
    return i < s.length - 1 ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s.slice(0, i - 1) + s[i] + s[i - 1];
  };
  const fields: Record<SourceB, { presence: number; email: number; phone: number; address: number; postcode: number; birthday: number; vin: number }> = {
    webshop: { presence: 0.75, email: 0.95, phone: 0.85, address: 0.85, postcode: 0.85, birthday: 0.3, vin: 0 },
    hotline: { presence: 0.5, email: 0.2, phone: 1, address: 0.3, postcode: 0.2, birthday: 0.15, vin: 0.25 },
    "dealer-bj01": { presence: 0.7, email: 0.4, phone: 0.95, address: 0.9, postcode: 0.5, birthday: 0.8, vin: 0.9 },
    "dealer-sh02": { presence: 0.7, email: 0.4, phone: 0.95, address: 0.9, postcode: 0.5, birthday: 0.8, vin: 0.9 },
    "station-gz01": { presence: 0.4, email: 0.05, phone: 0.6, address: 0.95, postcode: 0, birthday: 0.1, vin: 0.5 },
  };

  const records: LabelledRecord[] = [];
  const homes = new Map<SourceRecordData, string>();
  let serial = 0;
  population.forEach((p, person) => {
    const present = SOURCES_B.filter((s) => (s.startsWith("dealer-") ? s === p.dealer || r.chance(0.08) : true) && r.chance(fields[s].presence));
    if (present.length === 0) present.push("webshop");
    const moved = r.chance(0.2) ? makeAddress(r, p.chinese) : null;
    for (const source of present) {
      const f = fields[source];
      const noise: NoiseClass[] = [...p.noise];
      let given = p.given;
      let family = p.family;
      if (r.chance(0.1)) {
        if (given.length <= 3) noise.push("short-name-typo");
        else noise.push(p.chinese && r.chance(0.5) ? "pinyin-typo" : "typo");
        given = typo(given);
      } else if (r.chance(0.06)) {
        noise.push(p.chinese ? "pinyin-typo" : "typo");
        family = typo(family);
      }
      if (r.chance(0.12)) {
        noise.push("swapped");
        [given, family] = [family, given];
      }
      if (r.chance(0.1)) [given, family] = [given.toUpperCase(), family.toUpperCase()];
      const record: SourceRecordData = { sourceId: `${source.slice(0, 2).toUpperCase()}${String(++serial).padStart(7, "0")}-${r.int(100, 999)}`, givenName: given, familyName: family };
      // A spouse uses the shared email everywhere; a child only at the parent's dealer (and on the bridging record).
      const email = p.sharedEmail && (p.noise.has("spouse-email") || source.startsWith("dealer-")) ? p.sharedEmail : p.email;
      if (r.chance(f.email)) record.emails = [r.chance(0.1) ? email.toUpperCase() : email];
      if (r.chance(f.phone)) {
        if (source.startsWith("dealer-") && r.chance(0.1)) {
          noise.push("desk-phone");
          record.phones = [deskPhones[source]!];
        } else record.phones = [phoneText(p.phone, noise)];
      }
      if (r.chance(f.address)) {
        const withPostcode = r.chance(f.postcode);
        if (!withPostcode) noise.push("no-postcode");
        const home = moved && r.chance(0.5) ? moved : p.home;
        if (home === moved) noise.push("moved");
        homes.set(record, home === moved ? "moved" : "home");
        record.addresses = [renderAddress(r, home, withPostcode, source === "station-gz01" && r.chance(0.5))];
      }
      if (r.chance(f.birthday)) record.birthday = p.birthday;
      if (p.vin && r.chance(f.vin)) record.vins = [r.chance(0.2) ? p.vin.toLowerCase() : p.vin];
      records.push({ source, person, record, noise });
    }
  });
  // The bridge: one record of the child without a birthday, the shared email and the common name.
  population.forEach((p, person) => {
    if (!p.noise.has("bridge") || !p.sharedEmail) return;
    records.push({ source: "hotline", person, record: { sourceId: `BR${String(++serial).padStart(7, "0")}`, givenName: p.given, familyName: p.family, emails: [p.sharedEmail], ...(r.chance(0.6) ? { phones: [p.phone] } : {}) }, noise: ["bridge"] });
  });
  markAddressOnly(records, homes);
  return records;
}

/** A record that shares no email, phone, VIN or birthday with any other record of its person, but the address: only the address can find it. */
function markAddressOnly(records: LabelledRecord[], homes: Map<SourceRecordData, string>) {
  const byPerson = new Map<number, LabelledRecord[]>();
  for (const t of records) {
    const list = byPerson.get(t.person) ?? [];
    list.push(t);
    byPerson.set(t.person, list);
  }
  const ids = (t: LabelledRecord) =>
    new Set([
      ...(t.record.emails ?? []).map((e) => `e:${e.toLowerCase()}`),
      ...(t.noise.includes("desk-phone") ? [] : (t.record.phones ?? []).map(() => "phone")),
      ...(t.record.vins ?? []).map(() => "vin"),
      ...(t.record.birthday ? ["birthday"] : []),
    ]);
  for (const list of byPerson.values()) {
    for (const t of list) {
      const home = homes.get(t.record);
      if (!home) continue;
      const mine = ids(t);
      const shared = list.some((o) => o !== t && [...ids(o)].some((k) => mine.has(k)));
      if (!shared && list.some((o) => o !== t && homes.get(o.record) === home)) t.noise.push("address-only");
    }
  }
}

/** Pairwise quality of the records carrying one noise class: recall over the true pairs, precision over the predicted pairs, in which either record carries it. */
export function qualityByNoise(assignments: { person: number; profile: string; noise: readonly string[] }[], classes: readonly string[]) {
  return classes.map((cls) => {
    const byProfile = new Map<string, { person: number; has: boolean }[]>();
    const byPerson = new Map<number, { profile: string; has: boolean }[]>();
    for (const a of assignments) {
      const has = a.noise.includes(cls);
      if (!byProfile.has(a.profile)) byProfile.set(a.profile, []);
      if (!byPerson.has(a.person)) byPerson.set(a.person, []);
      byProfile.get(a.profile)!.push({ person: a.person, has });
      byPerson.get(a.person)!.push({ profile: a.profile, has });
    }
    let actual = 0;
    let found = 0;
    let predicted = 0;
    let correct = 0;
    let records = 0;
    for (const list of byPerson.values()) {
      records += list.filter((x) => x.has).length;
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (list[i]!.has || list[j]!.has) {
        actual++;
        if (list[i]!.profile === list[j]!.profile) found++;
      }
    }
    for (const list of byProfile.values()) {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (list[i]!.has || list[j]!.has) {
        predicted++;
        if (list[i]!.person === list[j]!.person) correct++;
      }
    }
    return { cls, records, actual, recall: actual ? found / actual : 1, predicted, precision: predicted ? correct / predicted : 1 };
  });
}
