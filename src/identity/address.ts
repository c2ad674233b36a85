/**
 * Addresses as matching keys. One home is written many ways — "No. 342 Jianguo Road, Building 5,
 * Unit 2, Room 1201", "342 Jianguo Rd Bldg 5-2-1201", "Jianguo Lu 342 Hao 5 Dong 2 Danyuan 1201
 * Shi", "北京市朝阳区建国路342号5栋2单元1201室", "Flat 4, 12 Baker St." — and often without a
 * postcode. The parts that identify it are the city, the street, the house number and, inside
 * the building, the building, unit and room; province and district only repeat the city.
 */

export interface AddressParts {
  city: string;
  district: string | null;
  /** Street name and kind in one spelling: "jianguo road", "baker street". */
  street: string | null;
  number: string | null;
  building: string | null;
  unit: string | null;
  room: string | null;
}

// Road kinds in English, their abbreviations and pinyin, to one word each.
const STREET_KINDS: Record<string, string> = {
  road: "road", rd: "road", lu: "road",
  street: "street", st: "street", jie: "street", dajie: "street",
  avenue: "avenue", ave: "avenue", av: "avenue", dadao: "avenue",
  lane: "lane", ln: "lane", xiang: "lane", hutong: "lane",
  boulevard: "boulevard", blvd: "boulevard",
  drive: "drive", dr: "drive", way: "way", place: "place", pl: "place", court: "court", ct: "court", close: "close", crescent: "crescent", terrace: "terrace", square: "square", sq: "square",
};
const HAN_STREET_KINDS: Record<string, string> = { 路: "road", 街: "street", 大道: "avenue", 大街: "street", 巷: "lane", 胡同: "lane", 道: "road" };
// A road's part or direction, written between its name and kind or after the kind: "Zhongshan Dong Lu" is "Zhongshan East Road", "Zhongshan Road East".
const QUALIFIERS: Record<string, string> = {
  east: "east", dong: "east", west: "west", xi: "west", south: "south", nan: "south", north: "north", bei: "north",
  middle: "middle", central: "middle", zhong: "middle", outer: "outer", wai: "outer", inner: "inner", nei: "inner",
};
// Markers whose number follows them (English) or precedes them (pinyin word order, as in Chinese).
const AFTER = new Map([["no", "number"], ["building", "building"], ["bldg", "building"], ["block", "building"], ["tower", "building"], ["unit", "unit"], ["room", "room"], ["rm", "room"], ["apt", "room"], ["apartment", "room"], ["flat", "room"], ["suite", "room"]]);
const BEFORE = new Map([["hao", "number"], ["dong", "building"], ["zhuang", "building"], ["danyuan", "unit"], ["shi", "room"], ["hu", "room"]]);

const cityOf = (city: string) =>
  city
    .toLowerCase()
    .replace(/市$/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+(shi|city)$/, "")
    .trim();

function parseHan(text: string, parts: AddressParts): boolean {
  const street = /([\p{Script=Han}]+?)(大道|大街|胡同|路|街|巷|道)(?:(\d+)号)?/u.exec(text);
  if (!street) return false;
  // What precedes the street name is province, city and district.
  const name = street[1]!.replace(/^.*[省市区县]/u, "");
  parts.street = `${name} ${HAN_STREET_KINDS[street[2]!]}`;
  parts.number = street[3] ?? null;
  const district = /([\p{Script=Han}]+?)[区县]/u.exec(text);
  parts.district = district ? district[1]!.replace(/^.*[省市]/u, "") : null;
  const rest = text.slice(street.index + street[0].length);
  parts.building = /(\d+)(?:栋|幢|号楼|座)/u.exec(rest)?.[1] ?? null;
  parts.unit = /(\d+)单元/u.exec(rest)?.[1] ?? null;
  parts.room = /(\d+)(?:室|房|号)?\s*$/u.exec(rest)?.[1] ?? null;
  if (parts.room && (parts.room === parts.building || parts.room === parts.unit)) parts.room = null;
  return true;
}

/** The identifying parts of an address, whatever its spelling. */
export function parseAddress(a: { line1: string; line2?: string | null; city: string }): AddressParts {
  const parts: AddressParts = { city: cityOf(a.city), district: null, street: null, number: null, building: null, unit: null, room: null };
  const raw = `${a.line1} ${a.line2 ?? ""}`.normalize("NFKC");
  if (/\p{Script=Han}/u.test(raw) && parseHan(raw.replace(/\s+/g, ""), parts)) return parts;

  let text = raw.toLowerCase().replace(/['’]/g, "");
  // Districts only repeat the city ("Chaoyang District", "Chaoyang Qu").
  text = text.replace(/\b([a-z]+)\s+(district|qu)\b/g, (_m, d: string) => {
    parts.district = d;
    return " ";
  });
  // "5-2-1201" is building-unit-room, "#5-1201" building-room, "#12" a flat.
  text = text.replace(/(?:#|\b(?:bldg|building|block))\s*(\d+)-(\d+)(?:-(\d+))?/g, (_m, b: string, u: string, r?: string) => {
    parts.building = b;
    if (r) [parts.unit, parts.room] = [u, r];
    else parts.room = u;
    return " ";
  });
  // A bare "5-2-1201" after the street is building-unit-room too.
  text = text.replace(/(^|[\s,])(\d+)-(\d+)-(\d+)(?=$|[\s,])/g, (_m, lead: string, b: string, u: string, r: string) => {
    if (parts.building === null) [parts.building, parts.unit, parts.room] = [b, u, r];
    return `${lead} `;
  });
  text = text.replace(/#\s*(\d+)/g, (_m, r: string) => {
    parts.room = r;
    return " ";
  });
  const tokens = text.replace(/[^a-z0-9]+/g, " ").trim().split(" ").filter(Boolean);
  const used = new Set<number>();
  const isNumber = (i: number) => i >= 0 && i < tokens.length && /^\d+[a-z]?$/.test(tokens[i]!) && !used.has(i);
  const set = (field: string, value: string) => {
    const key = field as "number" | "building" | "unit" | "room";
    if (parts[key] === null) parts[key] = value;
  };
  tokens.forEach((t, i) => {
    const after = AFTER.get(t);
    if (after && isNumber(i + 1)) {
      used.add(i).add(i + 1);
      set(after, tokens[i + 1]!);
    }
    const before = BEFORE.get(t);
    if (before && isNumber(i - 1)) {
      used.add(i).add(i - 1);
      set(before, tokens[i - 1]!);
    }
  });
  const kindAt = tokens.findIndex((t, i) => STREET_KINDS[t] && i > 0 && /^[a-z]+$/.test(tokens[i - 1]!) && !used.has(i - 1));
  if (kindAt > 0) {
    let nameAt = kindAt - 1;
    const qualifiers: string[] = [];
    while (QUALIFIERS[tokens[nameAt]!] && nameAt > 0 && /^[a-z]+$/.test(tokens[nameAt - 1]!) && !used.has(nameAt - 1)) qualifiers.unshift(QUALIFIERS[tokens[nameAt--]!]!);
    let after = kindAt + 1;
    if (!qualifiers.length && QUALIFIERS[tokens[after] ?? ""] && !used.has(after)) qualifiers.push(QUALIFIERS[tokens[after++]!]!);
    parts.street = [tokens[nameAt], ...qualifiers, STREET_KINDS[tokens[kindAt]!]].join(" ");
    for (let i = nameAt; i < after; i++) used.add(i);
    // The house number stands before the street ("342 Jianguo Road") or after it ("Jianguo Lu 342").
    if (parts.number === null) {
      if (isNumber(nameAt - 1)) parts.number = tokens[nameAt - 1]!;
      else if (isNumber(after)) parts.number = tokens[after]!;
    }
    if (parts.number) used.add(tokens.indexOf(parts.number));
  }
  // A Western flat written as a bare unit ("Unit 4") is the room.
  if (parts.unit && !parts.building && !parts.room) [parts.room, parts.unit] = [parts.unit, null];
  if (!parts.street) {
    const words = tokens.filter((_t, i) => !used.has(i));
    parts.street = words.filter((w) => !/^\d/.test(w)).join(" ") || null;
    parts.number ??= words.find((w) => /^\d/.test(w)) ?? null;
  }
  return parts;
}

/** The block key (city, street, number) every spelling of one building shares. */
export const addressBlockKey = (p: AddressParts): string | null => (p.street ? `${p.city}|${p.street}|${p.number ?? ""}` : null);

/** The block key with what is known inside the building: compared, not looked up. */
export const addressDetailKey = (p: AddressParts): string | null => {
  const block = addressBlockKey(p);
  if (!block || (!p.building && !p.unit && !p.room)) return null;
  return `${block}|${p.building ?? ""}-${p.unit ?? ""}-${p.room ?? ""}`;
};

/** Whether two detail keys of one building may be the same home: each part known on both sides agrees. */
export function sameHome(a: string, b: string): boolean {
  const x = a.slice(a.lastIndexOf("|") + 1).split("-");
  const y = b.slice(b.lastIndexOf("|") + 1).split("-");
  return x.every((v, i) => !v || !y[i] || v === y[i]);
}
