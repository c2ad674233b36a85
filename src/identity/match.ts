import { sql } from "drizzle-orm";
import type { IdentitySettings } from "../config.js";
import type { Executor } from "../db/client.js";
import { array, run } from "./bulk.js";
import { nameLevel, type NameLevel } from "./names.js";
import { noEvidence, type Evidence, type Field, type Level } from "./scoring.js";
import { sameHome } from "./address.js";

export { decide, noEvidence, type Decision, type Evidence, type LinkRule } from "./scoring.js";

/** A value shared by more records than this is too common even to look for candidates with (a birthday, a common name). */
const BLOCKING_LIMIT = 200;

interface CarrierRow {
  source_record_id: string;
  source: string;
  customer_id: string | null;
}

/** What matching knows of one record being matched. */
export interface Probe {
  recordId: string;
  name: string | null;
  birthday: string | null;
  vins: string[];
  /** Its keys (kinds EMAIL, PHONE, VIN, BIRTHDAY, POSTCODE, NAME, ADDRESS). */
  keys: { kind: string; value: string }[];
}

/** Per probe record, the identities it may be and the evidence; and how any two of those identities compare with each other. */
export interface Candidates {
  byRecord: Map<string, Map<PersonKey, Evidence>>;
  between: (a: PersonKey, b: PersonKey) => Evidence;
  /** The same for two groups of identities taken as wholes (every key of their members pooled). */
  betweenGroups?: (a: PersonKey[], b: PersonKey[]) => Evidence;
  /** The graph's share of records that joined a profile already holding another (the prior that a record is someone known), when a rare name needs it. */
  knownInGraph?: number;
}

/** Another identity found for a probe: an existing profile (`c:<id>`) or an unlinked record of this batch (`r:<id>`). */
export type PersonKey = `c:${string}` | `r:${string}`;

const LOOKUP_KINDS = new Set(["EMAIL", "PHONE", "VIN", "BIRTHDAY", "ADDRESS", "NAME"]);
const LINK_KINDS = new Set(["EMAIL", "PHONE", "VIN", "ADDRESS", "NAME"]);
const EXACT_KINDS = new Set(["EMAIL", "PHONE", "VIN"]);
/** An ADDRESS key is a building (city|street|number), looked up, or a home inside it (…|building-unit-room), only compared. */
const isBuilding = (value: string) => {
  const second = value.indexOf("|", value.indexOf("|") + 1);
  return value.indexOf("|") >= 0 && second >= 0 && value.indexOf("|", second + 1) < 0;
};
/** The first three parts (the part before a third "|", or the whole value). */
const buildingOf = (value: string) => {
  const first = value.indexOf("|");
  const second = first < 0 ? -1 : value.indexOf("|", first + 1);
  const third = second < 0 ? -1 : value.indexOf("|", second + 1);
  return third < 0 ? value : value.slice(0, third);
};
const NAME_RANK: Record<NameLevel, number> = { EXACT: 5, FUZZY: 4, INITIAL: 3, NEAR: 2, PARTIAL: 1, DIFFERENT: 0 };

/** How many names a misspelt one may stand for (a changed letter fits several): its chance estimate is the name's times this. */
const MISSPELLING_FITS = 5;

/** What is known of one identity (a profile, or a record of the batch), key kind by key kind. */
type Known = Map<string, Set<string>>;
const add = (known: Known, kind: string, value: string) => {
  let set = known.get(kind);
  if (!set) known.set(kind, (set = new Set()));
  set.add(value);
};

/**
 * Everyone who shares a blocking key with the probes (an email, phone, VIN, birthday, building
 * or exact name), with the evidence field by field, in a fixed number of statements whatever
 * the batch size: the records carrying the probes' values; in memory, how many people carry
 * each (values carried by too many are left out, and a shared value's weight drops with the
 * number of people); then every key of the profiles found and the current owners of the
 * probes' VINs. The comparison itself (names, addresses) runs in memory.
 */
export async function findCandidates(
  tx: Executor,
  probes: Probe[],
  settings: IdentitySettings,
  /** Unlinked records of the batch, known in memory. */
  unlinked: Map<string, Probe>,
  /**
   * `link`: only candidates that may be linked, found by an identifier (email, phone, VIN,
   * building): a name or birthday alone never links, and a common name would bring hundreds of
   * profiles to compare. `review`: also those sharing only the name or birthday.
   */
  purpose: "link" | "review" = "review",
): Promise<Candidates> {
  const result = new Map<string, Map<PersonKey, Evidence>>();
  if (probes.length === 0) return { byRecord: result, between: () => noEvidence() };
  const wanted = new Map<string, { kind: string; value: string }>();
  for (const probe of probes) {
    for (const k of probe.keys) if ((purpose === "link" ? LINK_KINDS : LOOKUP_KINDS).has(k.kind) && (k.kind !== "ADDRESS" || isBuilding(k.value))) wanted.set(`${k.kind}\u0000${k.value}`, k);
  }
  const lookups = [...wanted.values()];
  const lookupKeys = [...wanted.keys()];
  // The records carrying both a probe's exact name and its birthday (a blocking key made of two, the
  // intersection in the database: a birthday alone is carried by hundreds in a large graph), with how
  // many profiles carry the birthday at all (its term frequency). Independent of the carriers: sent together.
  // A carrier names the lookup it answers by its position (its kind and value are known here):
  // thousands of rows a batch, two strings fewer to read each.
  const pairs = [...new Map(probes.filter((p) => p.name && p.birthday).map((p) => [`${p.name}\u0000${p.birthday}`, p])).values()];
  const [carriers, bothRows] = await Promise.all([
    lookups.length
      ? run<CarrierRow & { i: number }>(
          tx,
          sql`select q.i::int as i, k.source_record_id, r.source, l.customer_id
              from unnest(${array(lookups.map((l) => l.kind), "text")}, ${array(lookups.map((l) => l.value), "text")}) with ordinality as q(kind, value, i)
              join identity_keys k on k.kind = q.kind::identity_key_kind and k.value = q.value
              join source_records r on r.id = k.source_record_id
              left join identity_links l on l.source_record_id = k.source_record_id`,
        )
      : [],
    pairs.length
      ? run<CarrierRow & { name: string; birthday: string; born: number; found: string }>(
          tx,
          sql`select q.name, q.birthday, n.value as found, b.source_record_id, r.source, l.customer_id,
                (select count(distinct l2.customer_id) from identity_keys c join identity_links l2 on l2.source_record_id = c.source_record_id
                  where c.kind = 'BIRTHDAY' and c.value = q.birthday)::int as born
              from unnest(${array(pairs.map((p) => p.name!), "text")}, ${array(pairs.map((p) => p.birthday!), "text")}) as q(name, birthday)
              join identity_keys b on b.kind = 'BIRTHDAY' and b.value = q.birthday
              join identity_keys n on n.source_record_id = b.source_record_id and n.kind = 'NAME'
                and string_to_array(n.value, ' ') && string_to_array(q.name, ' ')
              join source_records r on r.id = b.source_record_id
              left join identity_links l on l.source_record_id = b.source_record_id`,
        )
      : [],
  ]);
  // The carriers of the birthday whose name shares a word with the probe's: the exact name, or a misspelling of it (compared in memory).
  const bothOf = new Map<string, (CarrierRow & { found: string })[]>();
  const born = new Map<string, number>();
  for (const row of bothRows) {
    const key = `${row.name}\u0000${row.birthday}`;
    bothOf.set(key, [...(bothOf.get(key) ?? []), row]);
    born.set(row.birthday, row.born);
  }

  // How many people carry a value: the distinct profiles, or the most records of one source (a
  // source's own ids are its people), whichever is more. Counting every record would make one
  // person known to four systems look like four.
  const byValue = new Map<string, CarrierRow[]>();
  for (const c of carriers) {
    const key = lookupKeys[c.i - 1]!;
    let list = byValue.get(key);
    if (!list) byValue.set(key, (list = []));
    list.push(c);
  }
  const people = new Map<string, number>();
  const usable = new Set<string>();
  /** Values carried by too many people to tell anyone apart: neither a key nor a disagreement. */
  const ignored = new Set<string>();
  for (const [key, list] of byValue) {
    const perSource = new Map<string, number>();
    for (const c of list) perSource.set(c.source, (perSource.get(c.source) ?? 0) + 1);
    const profiles = new Set(list.filter((c) => c.customer_id).map((c) => c.customer_id)).size;
    const n = Math.max(profiles, ...perSource.values());
    people.set(key, n);
    const kind = key.slice(0, key.indexOf("\u0000"));
    if (EXACT_KINDS.has(kind) ? n <= settings.sharedValueLimit : list.length <= BLOCKING_LIMIT) usable.add(key);
    else if (EXACT_KINDS.has(kind)) ignored.add(key);
  }

  // Names carried by one person only (someone else than the probe may be found by them alone).
  const rareNames = new Set(probes.map((p) => p.name).filter((n): n is string => !!n && people.get(`NAME\u0000${n}`) === 1));

  const found = new Map<string, Set<PersonKey>>();
  const person = (rid: string, p: PersonKey) => {
    let set = found.get(rid);
    if (!set) found.set(rid, (set = new Set()));
    set.add(p);
  };
  /** Probes that meet someone by their rare name alone: their names' term frequency is needed. */
  const byNameAlone = new Set<string>();
  /** Per probe, the one person who carries both its exact name and its birthday, when no identifier found them. */
  const byNameAndBirthday = new Map<string, PersonKey>();
  const namesWithBirthday = new Set<string>();
  /** Per probe whose name is a misspelling (FUZZY) of the one person born that day with a name like it: that person's name. */
  const misspeltOf = new Map<string, string>();
  const personOf = (c: CarrierRow): PersonKey | null => (c.customer_id ? `c:${c.customer_id}` : unlinked.has(c.source_record_id) ? `r:${c.source_record_id}` : null);
  for (const probe of probes) {
    const before = new Set(found.get(probe.recordId) ?? []);
    for (const k of [...probe.keys].sort((a, b) => Number(a.kind === "NAME") - Number(b.kind === "NAME"))) {
      const key = `${k.kind}\u0000${k.value}`;
      if (!usable.has(key)) continue;
      // A name finds someone to link only when one person carries it (a rare name; decide() weighs how rare).
      if (purpose === "link" && k.kind === "NAME" && !rareNames.has(k.value)) continue;
      for (const c of byValue.get(key) ?? []) {
        if (c.source_record_id === probe.recordId) continue;
        if (c.customer_id) person(probe.recordId, `c:${c.customer_id}`);
        else if (unlinked.has(c.source_record_id)) person(probe.recordId, `r:${c.source_record_id}`);
      }
      if (k.kind !== "NAME") for (const p of found.get(probe.recordId) ?? []) before.add(p);
      else if (rareNames.has(k.value) && [...(found.get(probe.recordId) ?? [])].some((p) => !before.has(p))) byNameAlone.add(k.value);
    }
    // The exact name and the birthday together (a blocking key made of two lookups): when one
    // person carries both and no identifier found them, decide() weighs how often the name and
    // the birthday meet by chance. Two carriers are namesakes born the same day: neither is taken.
    if (probe.name && probe.birthday) {
      const both = new Set<PersonKey>();
      const all = bothOf.get(`${probe.name}\u0000${probe.birthday}`) ?? [];
      // The probe's own profile (a linked record's, when a profile's records look for duplicates) is no one else.
      const own = all.find((c) => c.source_record_id === probe.recordId)?.customer_id;
      const others = all.filter((c) => c.source_record_id !== probe.recordId && !(own && c.customer_id === own));
      for (const c of others) {
        const p = c.found === probe.name ? personOf(c) : null;
        if (p) both.add(p);
      }
      const [only] = both;
      if (both.size === 1 && !before.has(only!)) {
        person(probe.recordId, only!);
        byNameAndBirthday.set(probe.recordId, only!);
        namesWithBirthday.add(probe.name);
      } else if (both.size === 0) {
        // No one carries the exact name and the birthday: the one person born that day whose name
        // the probe's is a misspelling of (FUZZY: "Shanuan Song" for Shanxuan Song), if one.
        const alike = new Map<PersonKey, string>();
        for (const c of others) {
          const p = personOf(c);
          if (p && nameLevel(probe.name, c.found) === "FUZZY") alike.set(p, c.found);
        }
        const [[p, name] = [undefined, undefined]] = alike;
        if (alike.size === 1 && p && name && !before.has(p)) {
          person(probe.recordId, p);
          byNameAndBirthday.set(probe.recordId, p);
          misspeltOf.set(probe.recordId, name);
          namesWithBirthday.add(name);
        }
      }
    }
  }
  // How common the combination of those names' words is (term frequency, `nameFrequencies`), and
  // the current owners of the probes' VINs: independent reads, sent together.
  const vins = [...new Set(probes.flatMap((p) => p.vins))];
  const [{ chance: frequency, known: knownInGraph, profiles: graphProfiles }, owners] = await Promise.all([
    nameFrequencies(tx, new Set([...byNameAlone, ...namesWithBirthday])),
    vins.length
      ? run<{ vin: string; customer_id: string }>(
          tx,
          sql`select v.vin, o.customer_id from vehicles v
              join vehicle_ownerships o on o.vehicle_id = v.id and o.ended_on is null and o.role = 'OWNER'
              join customers c on c.id = o.customer_id and c.merged_into_id is null
              where v.vin = any(${array(vins, "text")})`,
        )
      : [],
  ]);
  for (const owner of owners) for (const probe of probes) if (probe.vins.includes(owner.vin)) person(probe.recordId, `c:${owner.customer_id}`);

  const customerIds = [...new Set([...found.values()].flatMap((set) => [...set].filter((p) => p.startsWith("c:")).map((p) => p.slice(2))))];
  // Every key of the profiles found, and (profiles created outside ingestion — accounts, staff — may
  // have no keys) their golden name and birthday to stand in: sent together.
  const [profileKeys, golden] = customerIds.length
    ? await Promise.all([
        run<{ customer_id: string; kind: string; value: string }>(
          tx,
          sql`select l.customer_id, k.kind, k.value from identity_links l
              join identity_keys k on k.source_record_id = l.source_record_id
              where l.customer_id = any(${array(customerIds, "uuid")})`,
        ),
        run<{ id: string; name: string | null; birthday: string | null; erased: boolean }>(
          tx,
          sql`select id, trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(organisation_name, '')) as name,
                birthday::text as birthday, erased_at is not null as erased
              from customers where id = any(${array(customerIds, "uuid")})`,
        ),
      ])
    : [[], []];
  // A candidate profile's own emails and phones that no probe carries were not counted above; one
  // of them may be a front-desk phone, which must not count as the person's phone disagreeing.
  const uncounted = new Map<string, { kind: string; value: string }>();
  for (const k of profileKeys) {
    const key = `${k.kind}\u0000${k.value}`;
    if ((k.kind === "EMAIL" || k.kind === "PHONE") && !byValue.has(key)) uncounted.set(key, k);
  }
  const sharing = uncounted.size
    ? await run<{ kind: string; value: string; source: string; customer_id: string | null; records: number }>(
        tx,
        sql`select k.kind, k.value, r.source, l.customer_id, count(*)::int as records
            from unnest(${array([...uncounted.values()].map((l) => l.kind), "text")}, ${array([...uncounted.values()].map((l) => l.value), "text")}) as q(kind, value)
            join identity_keys k on k.kind = q.kind::identity_key_kind and k.value = q.value
            join source_records r on r.id = k.source_record_id
            left join identity_links l on l.source_record_id = k.source_record_id
            group by k.kind, k.value, r.source, l.customer_id`,
      )
    : [];
  // The same count as for the probes' values: distinct profiles, or the most records of one source.
  const shares = new Map<string, { profiles: Set<string>; perSource: Map<string, number> }>();
  for (const row of sharing) {
    const key = `${row.kind}\u0000${row.value}`;
    let s = shares.get(key);
    if (!s) shares.set(key, (s = { profiles: new Set(), perSource: new Map() }));
    if (row.customer_id) s.profiles.add(row.customer_id);
    s.perSource.set(row.source, (s.perSource.get(row.source) ?? 0) + row.records);
  }
  for (const [key, s] of shares) {
    const n = Math.max(s.profiles.size, ...s.perSource.values());
    people.set(key, n);
    if (n > settings.sharedValueLimit) ignored.add(key);
  }
  const knownOf = new Map<PersonKey, Known>();
  const knownFor = (p: PersonKey) => {
    let known = knownOf.get(p);
    if (!known) knownOf.set(p, (known = new Map()));
    return known;
  };
  for (const k of profileKeys) add(knownFor(`c:${k.customer_id}`), k.kind, k.value);
  for (const owner of owners) add(knownFor(`c:${owner.customer_id}`), "VIN", owner.vin);
  // An erased profile is no one to link to (its remaining links are erasure's business).
  const erased = new Set(golden.filter((g) => g.erased).map((g) => `c:${g.id}`));
  for (const g of golden) {
    const known = knownFor(`c:${g.id}`);
    if (!known.has("NAME") && g.name) add(known, "NAME", g.name);
    if (!known.has("BIRTHDAY") && g.birthday) add(known, "BIRTHDAY", g.birthday);
  }
  for (const [id, probe] of unlinked) for (const k of probe.keys) add(knownFor(`r:${id}`), k.kind, k.value);

  const carriersOf = (kind: string, value: string) => people.get(`${kind}\u0000${value}`) ?? 1;
  const isIgnored = (kind: string, value: string) => ignored.has(`${kind}\u0000${value}`);
  for (const probe of probes) {
    const mine: Known = new Map();
    for (const k of probe.keys) add(mine, k.kind, k.value);
    const persons = new Map<PersonKey, Evidence>();
    for (const p of found.get(probe.recordId) ?? []) {
      if (erased.has(p)) continue;
      const evidence = compare(mine, knownOf.get(p) ?? new Map(), carriersOf, isIgnored);
      // The exact name agrees and no one else carries it: how many people would carry it by chance.
      const alone = byNameAlone.has(probe.name ?? "") || byNameAndBirthday.get(probe.recordId) === p;
      if (evidence.levels.NAME === "EXACT" && probe.name && alone && knownOf.get(p)?.get("NAME")?.has(probe.name)) {
        evidence.nameCarriers = 1;
        // A birthday they agree on (on one record with the name): as many others carry both as carry
        // the name, times the share of the graph born that day.
        const bornThatDay = evidence.levels.BIRTHDAY === "AGREE" && probe.birthday ? born.get(probe.birthday) : undefined;
        evidence.nameChance = frequency(probe.name) * (bornThatDay === undefined ? 1 : Math.max(1, bornThatDay) / Math.max(1, graphProfiles ?? 1));
      }
      // A misspelling of the one person's name born that day: the same estimate with the name it
      // misspells, times the names a typo away that the misspelling would fit as well.
      const misspelt = misspeltOf.get(probe.recordId);
      if (misspelt && probe.birthday && byNameAndBirthday.get(probe.recordId) === p && evidence.levels.NAME === "FUZZY" && evidence.levels.BIRTHDAY === "AGREE") {
        evidence.nameCarriers = 1;
        evidence.nameChance = frequency(misspelt) * MISSPELLING_FITS * (Math.max(1, born.get(probe.birthday) ?? 1) / Math.max(1, graphProfiles ?? 1));
      }
      persons.set(p, evidence);
    }
    if (persons.size) result.set(probe.recordId, persons);
  }
  const between = (a: PersonKey, b: PersonKey) => compare(knownOf.get(a) ?? new Map(), knownOf.get(b) ?? new Map(), carriersOf, isIgnored);
  const pooled = (members: PersonKey[]) => {
    const all: Known = new Map();
    for (const m of members) for (const [kind, values] of knownOf.get(m) ?? []) for (const v of values) add(all, kind, v);
    return all;
  };
  const betweenGroups = (a: PersonKey[], b: PersonKey[]) => compare(pooled(a), pooled(b), carriersOf, isIgnored);
  return { byRecord: result, between, betweenGroups, knownInGraph };
}

/**
 * The expected number of people in the graph who carry a name by chance (Winkler's
 * frequency-based matching, Splink's term frequencies): its words' frequencies among the
 * profiles multiplied, times the number of profiles — words of a name assumed independent, so
 * "Danlei Zhang" (a rare given name) is unlikely twice and "Hannah Baker" (two common words) is
 * not. One scan of the graph's name keys for the batch's rare names' words.
 */
async function nameFrequencies(tx: Executor, names: Set<string>): Promise<{ chance: (name: string) => number; known?: number; profiles?: number }> {
  if (names.size === 0) return { chance: () => Infinity };
  const words = [...new Set([...names].flatMap((n) => n.split(" ")))];
  // Profiles per word, through the GIN index on the words of NAME keys.
  const [counts, totals] = await Promise.all([
    run<{ word: string; profiles: number }>(
      tx,
      sql`select w.word, count(distinct l.customer_id)::int as profiles
          from identity_keys k join identity_links l on l.source_record_id = k.source_record_id
          cross join lateral unnest(string_to_array(k.value, ' ')) as w(word)
          join unnest(${array(words, "text")}) as q(word) on q.word = w.word
          where k.kind = 'NAME' and string_to_array(k.value, ' ') && ${array(words, "text")}
          group by w.word`,
    ),
    // N (profiles holding a record), and the share of records that joined a profile holding another: the graph's prior that a record is someone known.
    run<{ records: number; holders: number }>(tx, sql`select count(*)::int as records, count(distinct customer_id)::int as holders from identity_links`),
  ]);
  const byWord = new Map(counts.map((c) => [c.word, c.profiles]));
  const { records = 0, holders = 0 } = totals[0] ?? {};
  const total = Math.max(1, holders);
  return {
    chance: (name) => name.split(" ").reduce((chance, word) => chance * (Math.max(1, byWord.get(word) ?? 0) / total), total),
    known: records ? (records - holders) / records : 0,
    profiles: total,
  };
}

/** The agreement level of every field two identities both know, and how widely an agreeing value is shared. */
export function compare(a: Known, b: Known, carriers: (kind: string, value: string) => number, ignored: (kind: string, value: string) => boolean): Evidence {
  // Runs for every candidate pair and every guard check of a batch: it walks the sets without copying them.
  const e = noEvidence();
  const level = (field: Field, l: Level) => (e.levels[field] = l);
  const names = a.get("NAME");
  const theirNames = b.get("NAME");
  if (names?.size && theirNames?.size) {
    let best: NameLevel = "DIFFERENT";
    for (const x of names) {
      for (const y of theirNames) {
        const l = nameLevel(x, y);
        if (NAME_RANK[l] > NAME_RANK[best]) best = l;
      }
      if (best === "EXACT") break;
    }
    level("NAME", best);
  }
  for (const [kind, field] of ID_FIELDS) {
    const x = a.get(kind);
    const y = b.get(kind);
    if (!x?.size || !y?.size || !someKept(y, kind, ignored)) continue;
    let kept = false;
    let shared = Infinity;
    for (const v of x) {
      if (ignored(kind, v)) continue;
      kept = true;
      if (y.has(v)) shared = Math.min(shared, carriers(kind, v));
    }
    if (!kept) continue;
    if (shared !== Infinity) {
      level(field, "AGREE");
      e.sharedBy[field] = shared;
    } else if (kind !== "VIN") level(field, "DISAGREE");
  }
  const birthday = a.get("BIRTHDAY");
  e.birthdays = [...(b.get("BIRTHDAY") ?? [])];
  if (birthday?.size && e.birthdays.length) level("BIRTHDAY", e.birthdays.some((d) => birthday.has(d)) ? "AGREE" : "DISAGREE");
  const mine = a.get("ADDRESS");
  const theirs = b.get("ADDRESS");
  if (mine?.size && theirs?.size && someBuilding(theirs)) {
    let buildings = false;
    const common: string[] = [];
    for (const v of mine) {
      if (!isBuilding(v)) continue;
      buildings = true;
      if (theirs.has(v)) common.push(v);
    }
    if (buildings) {
      if (!common.length) level("ADDRESS", "DISAGREE");
      else {
        const homes = [...mine].filter((v) => !isBuilding(v) && common.includes(buildingOf(v)));
        const theirHomes = [...theirs].filter((v) => !isBuilding(v) && common.includes(buildingOf(v)));
        if (homes.some((h) => theirHomes.some((t) => buildingOf(t) === buildingOf(h) && sameHome(h, t)))) level("ADDRESS", "SAME_HOME");
        else if (homes.length && theirHomes.length) level("ADDRESS", "OTHER_FLAT");
        else {
          level("ADDRESS", "SAME_BUILDING");
          e.sharedBy.ADDRESS = Math.min(...common.map((v) => carriers("ADDRESS", v)));
        }
      }
    }
  }
  return e;
}

const ID_FIELDS = [["EMAIL", "EMAIL"], ["PHONE", "PHONE"], ["VIN", "VIN"]] as const;
const someKept = (values: Set<string>, kind: string, ignored: (kind: string, value: string) => boolean) => {
  for (const v of values) if (!ignored(kind, v)) return true;
  return false;
};
const someBuilding = (values: Set<string>) => {
  for (const v of values) if (isBuilding(v)) return true;
  return false;
};
