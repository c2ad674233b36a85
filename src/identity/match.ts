import { Param, sql, type SQL } from "drizzle-orm";
import type { IdentitySettings } from "../config.js";
import type { Executor } from "../db/client.js";
import { compatibleNames } from "./names.js";

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

/**
 * The match rules (DESIGN.md §9). Every rule has an exact criterion; a fuzzy similarity never
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
  const namesAgree = e.bothNamed ? e.namesCompatible : e.exact.size >= 2;
  if (e.exact.has("VIN") && (namesAgree || !e.bothNamed)) return { ...no, merge: true, rule: "EXACT", confidence: 0.99 };
  if ((e.exact.has("EMAIL") || e.exact.has("PHONE")) && namesAgree) {
    return { ...no, merge: true, rule: "EXACT_NORMALIZED", confidence: e.exact.size >= 2 ? 0.98 : 0.95 };
  }
  const similarName = e.namesCompatible && e.nameSimilarity >= settings.nameSimilarity;
  if (similarName && e.sameBirthday) return { ...no, merge: true, rule: "FUZZY", confidence: round(Math.min(0.95, e.nameSimilarity)) };
  if (similarName && e.samePostcode && e.addressSimilarity >= settings.addressSimilarity) {
    return { ...no, merge: true, rule: "FUZZY", confidence: round(Math.min(0.9, (e.nameSimilarity + e.addressSimilarity) / 2)) };
  }
  return no;
}

async function run<T>(tx: Executor, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

interface PairRow {
  rid: string;
  oid: string;
  kinds: string[] | string;
  customer_id: string | null;
  name_sim: number | string | null;
  addr_sim: number | string | null;
}

/** What matching knows of one record being matched. */
export interface Probe {
  recordId: string;
  name: string | null;
  birthday: string | null;
  vins: string[];
}

/** Another identity found for a probe: an existing profile (`c:<id>`) or an unlinked record of this batch (`r:<id>`). */
export type PersonKey = `c:${string}` | `r:${string}`;

const parseArray = (value: string[] | string): string[] => (Array.isArray(value) ? value : value.replace(/^\{|\}$/g, "").split(",").filter(Boolean));

/**
 * Everyone who shares a key with the probes, with the evidence, in a fixed number of
 * statements whatever the batch size: record pairs sharing an exact or blocking key (values
 * carried by too many people left out), their pg_trgm similarities, the names and birthdays of
 * the profiles found, and the current owners of the probes' VINs.
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
  const ids = probes.map((p) => p.recordId);
  const pairs = await run<PairRow>(
    tx,
    sql`with mine as (
          select source_record_id as rid, kind, value from identity_keys
          where source_record_id = any(${new Param(ids)}::uuid[]) and kind in ('EMAIL', 'PHONE', 'VIN', 'BIRTHDAY', 'POSTCODE')
        ),
        stats as (
          select k.kind, k.value, count(*) as records, count(distinct coalesce(l.customer_id, k.source_record_id)) as people
          from identity_keys k
          join (select distinct kind, value from mine) m on m.kind = k.kind and m.value = k.value
          left join identity_links l on l.source_record_id = k.source_record_id
          group by k.kind, k.value
        ),
        pairs as (
          select m.rid, k.source_record_id as oid, array_agg(distinct m.kind::text) as kinds
          from mine m
          join stats s on s.kind = m.kind and s.value = m.value
          join identity_keys k on k.kind = m.kind and k.value = m.value and k.source_record_id <> m.rid
          where (m.kind in ('EMAIL', 'PHONE', 'VIN') and s.people <= ${settings.sharedValueLimit})
             or (m.kind in ('BIRTHDAY', 'POSTCODE') and s.records <= ${BLOCKING_LIMIT})
          group by m.rid, k.source_record_id
        )
        select p.rid, p.oid, p.kinds, l.customer_id,
          (select max(similarity(a.value, b.value)) from identity_keys a join identity_keys b on b.source_record_id = p.oid and b.kind = 'NAME'
            where a.source_record_id = p.rid and a.kind = 'NAME') as name_sim,
          (select max(similarity(a.value, b.value)) from identity_keys a join identity_keys b on b.source_record_id = p.oid and b.kind = 'ADDRESS'
            where a.source_record_id = p.rid and a.kind = 'ADDRESS') as addr_sim
        from pairs p left join identity_links l on l.source_record_id = p.oid`,
  );
  const vins = [...new Set(probes.flatMap((p) => p.vins))];
  const owners = vins.length
    ? await run<{ vin: string; customer_id: string }>(
        tx,
        sql`select v.vin, o.customer_id from vehicles v
            join vehicle_ownerships o on o.vehicle_id = v.id and o.ended_on is null and o.role = 'OWNER'
            join customers c on c.id = o.customer_id and c.merged_into_id is null
            where v.vin = any(${new Param(vins)}::text[])`,
      )
    : [];
  const customerIds = [...new Set([...pairs.map((p) => p.customer_id).filter((c): c is string => !!c), ...owners.map((o) => o.customer_id)])];
  const profileKeys = customerIds.length
    ? await run<{ customer_id: string; kind: string; value: string }>(
        tx,
        sql`select l.customer_id, k.kind, k.value from identity_links l
            join identity_keys k on k.source_record_id = l.source_record_id and k.kind in ('NAME', 'BIRTHDAY')
            where l.customer_id = any(${new Param(customerIds)}::uuid[])`,
      )
    : [];
  // Profiles created outside ingestion (accounts, staff) have no keys: their golden name stands in.
  const goldenNames = customerIds.length
    ? await run<{ id: string; name: string | null; birthday: string | null }>(
        tx,
        sql`select id, trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(organisation_name, '')) as name, birthday::text as birthday
            from customers where id = any(${new Param(customerIds)}::uuid[])`,
      )
    : [];
  const profiles = new Map<string, { names: Set<string>; birthdays: Set<string> }>();
  const profile = (id: string) => {
    let p = profiles.get(id);
    if (!p) profiles.set(id, (p = { names: new Set(), birthdays: new Set() }));
    return p;
  };
  for (const k of profileKeys) (k.kind === "NAME" ? profile(k.customer_id).names : profile(k.customer_id).birthdays).add(k.value);
  for (const g of goldenNames) {
    const p = profile(g.id);
    if (p.names.size === 0 && g.name) p.names.add(g.name);
    if (p.birthdays.size === 0 && g.birthday) p.birthdays.add(g.birthday);
  }

  const byId = new Map(probes.map((p) => [p.recordId, p]));
  const blank = (): Evidence => ({
    exact: new Set(),
    sameBirthday: false,
    birthdayConflict: false,
    samePostcode: false,
    nameSimilarity: 0,
    addressSimilarity: 0,
    namesCompatible: false,
    bothNamed: false,
  });
  const evidenceOf = (rid: string, person: PersonKey) => {
    let persons = result.get(rid);
    if (!persons) result.set(rid, (persons = new Map()));
    let e = persons.get(person);
    if (!e) persons.set(person, (e = blank()));
    return e;
  };
  for (const pair of pairs) {
    const person: PersonKey = pair.customer_id ? `c:${pair.customer_id}` : `r:${pair.oid}`;
    const e = evidenceOf(pair.rid, person);
    for (const kind of parseArray(pair.kinds)) {
      if (kind === "VIN" || kind === "EMAIL" || kind === "PHONE") e.exact.add(kind);
      if (kind === "POSTCODE") e.samePostcode = true;
    }
    e.nameSimilarity = Math.max(e.nameSimilarity, Number(pair.name_sim ?? 0));
    e.addressSimilarity = Math.max(e.addressSimilarity, Number(pair.addr_sim ?? 0));
  }
  for (const owner of owners) {
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
      if (probe.birthday && known.birthdays.size > 0) {
        e.sameBirthday = known.birthdays.has(probe.birthday);
        e.birthdayConflict = !e.sameBirthday;
      }
    }
  }
  return result;
}
