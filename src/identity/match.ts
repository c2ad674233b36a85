import { sql } from "drizzle-orm";
import type { IdentitySettings } from "../config.js";
import type { Executor } from "../db/client.js";
import { array, run } from "./bulk.js";
import { compatibleNames, namesOverlap } from "./names.js";

export type LinkRule = "EXACT" | "EXACT_NORMALIZED" | "FUZZY";

/** What two identities have in common, and where they disagree. */
export interface Evidence {
  exact: Set<"VIN" | "EMAIL" | "PHONE">;
  sameBirthday: boolean;
  birthdayConflict: boolean;
  samePostcode: boolean;
  /** pg_trgm similarity of the names (token-sorted) and street addresses, 0 when unknown. */
  nameSimilarity: number;
  addressSimilarity: number;
  namesCompatible: boolean;
  /** At least one name token of each side agrees (e.g. the family name). */
  namesOverlap: boolean;
  /** Both sides carry a name at all. */
  bothNamed: boolean;
}

export interface Decision {
  /** A confident match: link (or merge) automatically. */
  merge: boolean;
  rule: LinkRule;
  confidence: number;
  /** 0..1, for ranking uncertain candidates. */
  score: number;
  reasons: string[];
}

/** A value shared by more records than this is too common even to look for candidates with (a postcode, a birthday). */
const BLOCKING_LIMIT = 200;

const round = (n: number) => Math.round(n * 100) / 100;

/** Evidence of a pair that shares nothing yet: what each comparison starts from. */
export const noEvidence = (): Evidence => ({
  exact: new Set(),
  sameBirthday: false,
  birthdayConflict: false,
  samePostcode: false,
  nameSimilarity: 0,
  addressSimilarity: 0,
  namesCompatible: false,
  namesOverlap: false,
  bothNamed: false,
});

/**
 * The match rules (src/identity/README.md). Every rule has an exact criterion; a fuzzy similarity never
 * decides alone, and a shared email or phone links only compatible names (a family email does
 * not make one person of its members).
 */
export function decide(e: Evidence, settings: IdentitySettings): Decision {
  const reasons: string[] = [...e.exact].sort();
  if (e.sameBirthday) reasons.push("BIRTHDAY");
  if (e.birthdayConflict) reasons.push("BIRTHDAY_DIFFERS");
  if (e.samePostcode) reasons.push("POSTCODE");
  if (e.nameSimilarity > 0) reasons.push(`NAME_SIMILARITY ${round(e.nameSimilarity)}`);
  if (e.addressSimilarity > 0) reasons.push(`ADDRESS_SIMILARITY ${round(e.addressSimilarity)}`);
  if (e.bothNamed && !e.namesCompatible) reasons.push("NAMES_DIFFER");
  const score = Math.max(
    0,
    Math.min(
      1,
      (e.exact.has("VIN") ? 0.6 : 0) +
        (e.exact.has("EMAIL") ? 0.35 : 0) +
        (e.exact.has("PHONE") ? 0.35 : 0) +
        0.3 * e.nameSimilarity +
        (e.namesCompatible ? 0.1 : 0) +
        (e.sameBirthday ? 0.2 : 0) +
        (e.samePostcode ? 0.1 : 0) +
        0.1 * e.addressSimilarity -
        (e.birthdayConflict ? 0.5 : 0),
    ),
  );
  const no = { merge: false, rule: "FUZZY" as LinkRule, confidence: 0, score: round(score), reasons };
  if (e.birthdayConflict) return no;
  // Email and phone together outweigh a badly garbled given name, as long as a name token agrees.
  const namesAgree = e.bothNamed ? e.namesCompatible || (e.exact.size >= 2 && e.namesOverlap) : e.exact.size >= 2;
  if (e.exact.has("VIN") && (namesAgree || !e.bothNamed)) return { ...no, merge: true, rule: "EXACT", confidence: 0.99 };
  if ((e.exact.has("EMAIL") || e.exact.has("PHONE")) && namesAgree) {
    return { ...no, merge: true, rule: "EXACT_NORMALIZED", confidence: e.exact.size >= 2 ? 0.98 : 0.95 };
  }
  // A shared email or phone and the same birthday: a garbled name (two typos, a mangled nickname) still agrees somewhere.
  if ((e.exact.has("EMAIL") || e.exact.has("PHONE")) && e.sameBirthday && e.namesOverlap) return { ...no, merge: true, rule: "EXACT_NORMALIZED", confidence: 0.9 };
  const similarName = e.namesCompatible && e.nameSimilarity >= settings.nameSimilarity;
  if (similarName && e.sameBirthday) return { ...no, merge: true, rule: "FUZZY", confidence: round(Math.min(0.95, e.nameSimilarity)) };
  if (similarName && e.samePostcode && e.addressSimilarity >= settings.addressSimilarity) {
    return { ...no, merge: true, rule: "FUZZY", confidence: round(Math.min(0.9, (e.nameSimilarity + e.addressSimilarity) / 2)) };
  }
  return no;
}

interface CarrierRow {
  kind: string;
  value: string;
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

/** Another identity found for a probe: an existing profile (`c:<id>`) or an unlinked record of this batch (`r:<id>`). */
export type PersonKey = `c:${string}` | `r:${string}`;

const LOOKUP_KINDS = new Set(["EMAIL", "PHONE", "VIN", "BIRTHDAY", "POSTCODE"]);
const EXACT_KINDS = new Set(["EMAIL", "PHONE", "VIN"]);

/**
 * Everyone who shares a key with the probes, with the evidence, in a fixed number of
 * statements whatever the batch size. The batch's own keys are known, so every lookup is an
 * index probe driven by an array of values (no plan depends on table statistics): the records
 * carrying those values; in memory, how many people carry each (values carried by too many are
 * left out) and the record pairs; then pg_trgm similarities of the pairs' names and addresses,
 * the names and birthdays of the profiles found, and the current owners of the probes' VINs.
 */
export async function findCandidates(
  tx: Executor,
  probes: Probe[],
  settings: IdentitySettings,
  /** Names and birthdays of unlinked records of the batch, known in memory. */
  unlinked: Map<string, { name: string | null; birthday: string | null }>,
): Promise<Map<string, Map<PersonKey, Evidence>>> {
  const result = new Map<string, Map<PersonKey, Evidence>>();
  if (probes.length === 0) return result;
  const wanted = new Map<string, { kind: string; value: string }>();
  for (const probe of probes) for (const k of probe.keys) if (LOOKUP_KINDS.has(k.kind)) wanted.set(`${k.kind}\u0000${k.value}`, k);
  const lookups = [...wanted.values()];
  const carriers = lookups.length
    ? await run<CarrierRow>(
        tx,
        sql`select k.kind, k.value, k.source_record_id, r.source, l.customer_id
            from unnest(${array(lookups.map((l) => l.kind), "text")}, ${array(lookups.map((l) => l.value), "text")}) as q(kind, value)
            join identity_keys k on k.kind = q.kind::identity_key_kind and k.value = q.value
            join source_records r on r.id = k.source_record_id
            left join identity_links l on l.source_record_id = k.source_record_id`,
      )
    : [];

  // How many people carry a value: the distinct profiles, or the most records of one source (a
  // source's own ids are its people), whichever is more. Counting every record would make one
  // person known to four systems look like four.
  const byValue = new Map<string, CarrierRow[]>();
  for (const c of carriers) {
    const key = `${c.kind}\u0000${c.value}`;
    let list = byValue.get(key);
    if (!list) byValue.set(key, (list = []));
    list.push(c);
  }
  const usable = new Set<string>();
  for (const [key, list] of byValue) {
    const perSource = new Map<string, number>();
    for (const c of list) perSource.set(c.source, (perSource.get(c.source) ?? 0) + 1);
    const profiles = new Set(list.filter((c) => c.customer_id).map((c) => c.customer_id)).size;
    const people = Math.max(profiles, ...perSource.values());
    const kind = key.slice(0, key.indexOf("\u0000"));
    if (EXACT_KINDS.has(kind) ? people <= settings.sharedValueLimit : list.length <= BLOCKING_LIMIT) usable.add(key);
  }

  interface Pair {
    rid: string;
    oid: string;
    customerId: string | null;
    kinds: Set<string>;
  }
  const pairs = new Map<string, Pair>();
  for (const probe of probes) {
    for (const k of probe.keys) {
      const key = `${k.kind}\u0000${k.value}`;
      if (!usable.has(key)) continue;
      for (const c of byValue.get(key) ?? []) {
        if (c.source_record_id === probe.recordId) continue;
        const id = `${probe.recordId}/${c.source_record_id}`;
        let pair = pairs.get(id);
        if (!pair) pairs.set(id, (pair = { rid: probe.recordId, oid: c.source_record_id, customerId: c.customer_id, kinds: new Set() }));
        pair.kinds.add(k.kind);
      }
    }
  }

  const byId = new Map(probes.map((p) => [p.recordId, p]));
  // pg_trgm similarity of each pair's names and of its addresses (a probe may have several).
  const simInput: { i: number; oid: string; kind: string; value: string }[] = [];
  const pairList = [...pairs.values()];
  pairList.forEach((pair, i) => {
    for (const k of byId.get(pair.rid)!.keys) if (k.kind === "NAME" || k.kind === "ADDRESS") simInput.push({ i, oid: pair.oid, kind: k.kind, value: k.value });
  });
  const similarities = simInput.length
    ? await run<{ i: number; kind: string; sim: number | string }>(
        tx,
        sql`select q.i, q.kind, max(similarity(q.value, k.value)) as sim
            from unnest(${array(simInput.map((s) => String(s.i)), "text")}, ${array(simInput.map((s) => s.oid), "uuid")},
                        ${array(simInput.map((s) => s.kind), "text")}, ${array(simInput.map((s) => s.value), "text")}) as q(i, oid, kind, value)
            join identity_keys k on k.source_record_id = q.oid and k.kind = q.kind::identity_key_kind
            group by q.i, q.kind`,
      )
    : [];
  const nameSim = new Map<number, number>();
  const addrSim = new Map<number, number>();
  for (const s of similarities) (s.kind === "NAME" ? nameSim : addrSim).set(Number(s.i), Number(s.sim));

  const vins = [...new Set(probes.flatMap((p) => p.vins))];
  const owners = vins.length
    ? await run<{ vin: string; customer_id: string }>(
        tx,
        sql`select v.vin, o.customer_id from vehicles v
            join vehicle_ownerships o on o.vehicle_id = v.id and o.ended_on is null and o.role = 'OWNER'
            join customers c on c.id = o.customer_id and c.merged_into_id is null
            where v.vin = any(${array(vins, "text")})`,
      )
    : [];
  const customerIds = [...new Set([...pairList.map((p) => p.customerId).filter((c): c is string => !!c), ...owners.map((o) => o.customer_id)])];
  const profileKeys = customerIds.length
    ? await run<{ customer_id: string; kind: string; value: string }>(
        tx,
        sql`select l.customer_id, k.kind, k.value from identity_links l
            join identity_keys k on k.source_record_id = l.source_record_id and k.kind in ('NAME', 'BIRTHDAY')
            where l.customer_id = any(${array(customerIds, "uuid")})`,
      )
    : [];
  // Profiles created outside ingestion (accounts, staff) have no keys: their golden name stands in.
  const goldenNames = customerIds.length
    ? await run<{ id: string; name: string | null; birthday: string | null; erased: boolean }>(
        tx,
        sql`select id, trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(organisation_name, '')) as name,
              birthday::text as birthday, erased_at is not null as erased
            from customers where id = any(${array(customerIds, "uuid")})`,
      )
    : [];
  const profiles = new Map<string, { names: Set<string>; birthdays: Set<string> }>();
  const profile = (id: string) => {
    let p = profiles.get(id);
    if (!p) profiles.set(id, (p = { names: new Set(), birthdays: new Set() }));
    return p;
  };
  for (const k of profileKeys) (k.kind === "NAME" ? profile(k.customer_id).names : profile(k.customer_id).birthdays).add(k.value);
  // An erased profile is no one to link to (its remaining links are erasure's business).
  const erased = new Set(goldenNames.filter((g) => g.erased).map((g) => g.id));
  for (const g of goldenNames) {
    const p = profile(g.id);
    if (p.names.size === 0 && g.name) p.names.add(g.name);
    if (p.birthdays.size === 0 && g.birthday) p.birthdays.add(g.birthday);
  }

  const evidenceOf = (rid: string, person: PersonKey) => {
    let persons = result.get(rid);
    if (!persons) result.set(rid, (persons = new Map()));
    let e = persons.get(person);
    if (!e) persons.set(person, (e = noEvidence()));
    return e;
  };
  pairList.forEach((pair, i) => {
    if (pair.customerId && erased.has(pair.customerId)) return;
    const person: PersonKey = pair.customerId ? `c:${pair.customerId}` : `r:${pair.oid}`;
    const e = evidenceOf(pair.rid, person);
    for (const kind of pair.kinds) {
      if (kind === "VIN" || kind === "EMAIL" || kind === "PHONE") e.exact.add(kind);
      if (kind === "POSTCODE") e.samePostcode = true;
    }
    e.nameSimilarity = Math.max(e.nameSimilarity, nameSim.get(i) ?? 0);
    e.addressSimilarity = Math.max(e.addressSimilarity, addrSim.get(i) ?? 0);
  });
  for (const owner of owners) {
    if (erased.has(owner.customer_id)) continue;
    for (const probe of probes) if (probe.vins.includes(owner.vin)) evidenceOf(probe.recordId, `c:${owner.customer_id}`).exact.add("VIN");
  }
  for (const [rid, persons] of result) {
    const probe = byId.get(rid)!;
    for (const [person, e] of persons) {
      const known =
        person.startsWith("c:")
          ? profiles.get(person.slice(2)) ?? { names: new Set<string>(), birthdays: new Set<string>() }
          : (() => {
              const u = unlinked.get(person.slice(2));
              return { names: new Set(u?.name ? [u.name] : []), birthdays: new Set(u?.birthday ? [u.birthday] : []) };
            })();
      e.bothNamed = !!probe.name && known.names.size > 0;
      e.namesCompatible = !!probe.name && [...known.names].some((n) => compatibleNames(probe.name!, n));
      e.namesOverlap = e.namesCompatible || (!!probe.name && [...known.names].some((n) => namesOverlap(probe.name!, n)));
      if (probe.birthday && known.birthdays.size > 0) {
        e.sameBirthday = known.birthdays.has(probe.birthday);
        e.birthdayConflict = !e.sameBirthday;
      }
    }
  }
  return result;
}
