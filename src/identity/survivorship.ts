import { Param, sql } from "drizzle-orm";
import type { GoldenField, IdentitySettings } from "../config.js";
import { normalizeEmail } from "../customers/accounts.service.js";
import type { Executor } from "../db/client.js";
import { newId } from "../db/ids.js";
import { array, run } from "./bulk.js";
import { normaliseRecord, type NormalisedAddress, type NormalisedRecord, type SourceRecordData } from "./normalise.js";

/** A linked source record as survivorship sees it. */
export interface Contribution {
  source: string;
  receivedAt: Date;
  record: NormalisedRecord;
}

export interface GoldenFields {
  givenName: string | null;
  familyName: string | null;
  organisationName: string | null;
  birthday: string | null;
  displayName: string;
}

/** Position of a source in the trust list (lower is more trusted); `dealer-*` covers every dealer system. */
export function trustRank(source: string, priority: string[]): number {
  const i = priority.findIndex((p) => (p.endsWith("*") ? source.startsWith(p.slice(0, -1)) : source === p));
  return i === -1 ? priority.length : i;
}

function pick(field: GoldenField, contributions: Contribution[], settings: IdentitySettings): string | null {
  const candidates = contributions
    .map((c) => ({ value: c.record[field], rank: trustRank(c.source, settings.sourcePriority), at: c.receivedAt.getTime() }))
    .filter((c): c is { value: string; rank: number; at: number } => !!c.value);
  if (candidates.length === 0) return null;
  const byTrust = (a: (typeof candidates)[number], b: (typeof candidates)[number]) => a.rank - b.rank || b.at - a.at;
  const byRecency = (a: (typeof candidates)[number], b: (typeof candidates)[number]) => b.at - a.at || a.rank - b.rank;
  switch (settings.survivorship[field]) {
    case "MOST_RECENT":
      return candidates.sort(byRecency)[0]!.value;
    case "MOST_TRUSTED":
      return candidates.sort(byTrust)[0]!.value;
    case "MOST_FREQUENT": {
      // Spelling variants in case only count as one value; the most trusted spelling represents it.
      const groups = new Map<string, typeof candidates>();
      for (const c of candidates) groups.set(c.value.toLowerCase(), [...(groups.get(c.value.toLowerCase()) ?? []), c]);
      const best = [...groups.values()].sort((a, b) => b.length - a.length || byTrust(a.sort(byTrust)[0]!, b.sort(byTrust)[0]!))[0]!;
      return best.sort(byTrust)[0]!.value;
    }
  }
}

/** The golden record's fields from the records linked to a profile, per the configured survivorship. */
export function goldenFields(contributions: Contribution[], settings: IdentitySettings): GoldenFields {
  const givenName = pick("givenName", contributions, settings);
  const familyName = pick("familyName", contributions, settings);
  const organisationName = pick("organisationName", contributions, settings);
  const birthday = pick("birthday", contributions, settings);
  const first = contributions[0]?.record;
  const displayName =
    [givenName, familyName].filter(Boolean).join(" ") ||
    organisationName ||
    first?.emails[0]?.address ||
    first?.phones[0] ||
    first?.sourceId ||
    "Unknown";
  return { givenName, familyName, organisationName, birthday, displayName };
}

/**
 * Normalised records by payload hash: a profile's older records are re-read at every batch that
 * touches it, and parsing phones and emails again each time would cost more than the SQL.
 */
const normalised = new Map<string, NormalisedRecord>();
const NORMALISED_CACHE = 100_000;

export function rememberNormalised(record: NormalisedRecord): void {
  if (normalised.size >= NORMALISED_CACHE) normalised.delete(normalised.keys().next().value!);
  normalised.set(record.payloadHash, record);
}

function normalisedPayload(payload: SourceRecordData, hash: string): NormalisedRecord {
  const known = normalised.get(hash);
  if (known) return known;
  const record = normaliseRecord(payload, "payload");
  rememberNormalised(record);
  return record;
}

/** The records linked to each profile, oldest first; payloads are only read for records not normalised in this process yet. */
export async function contributionsOf(tx: Executor, customerIds: string[]): Promise<Map<string, Contribution[]>> {
  const byCustomer = new Map<string, Contribution[]>();
  if (customerIds.length === 0) return byCustomer;
  const found = await run<{ id: string; customer_id: string; source: string; payload_hash: string; received_at: string | Date }>(
    tx,
    sql`select r.id, l.customer_id, r.source, r.payload_hash, r.received_at from identity_links l join source_records r on r.id = l.source_record_id
        where l.customer_id = any(${array(customerIds, "uuid")}) order by r.received_at, r.id`,
  );
  const records = new Map<string, NormalisedRecord>();
  for (const r of found) {
    const known = normalised.get(r.payload_hash);
    if (known) records.set(r.payload_hash, known);
  }
  const missing = found.filter((r) => !records.has(r.payload_hash)).map((r) => r.id);
  if (missing.length) {
    const payloads = await run<{ payload: SourceRecordData; payload_hash: string }>(
      tx,
      sql`select payload, payload_hash from source_records where id = any(${array(missing, "uuid")})`,
    );
    for (const p of payloads) records.set(p.payload_hash, normalisedPayload(p.payload, p.payload_hash));
  }
  for (const row of found) {
    const record = records.get(row.payload_hash)!;
    const contribution = { source: row.source, receivedAt: new Date(row.received_at), record };
    byCustomer.set(row.customer_id, [...(byCustomer.get(row.customer_id) ?? []), contribution]);
  }
  return byCustomer;
}

type NewAddress = NormalisedAddress & { customerId: string; isDefaultDelivery: boolean };

export interface AddedContacts {
  emails: string[];
  phones: string[];
  addresses: string[];
}

/**
 * Rewrites the golden fields of these profiles from their linked records and adds the emails,
 * phones and addresses they do not have yet, in a fixed number of statements. Contacts are only
 * added, never removed: a customer's own edits and the other sources' values stay.
 *
 * `born`: profiles created in this transaction with the golden fields of exactly these
 * contributions (all their records, in the order `contributionsOf` reads them; the profiles in
 * the order of their first record). An ingest batch creates hundreds; reading their records back
 * and deriving the same fields again cost more than the rest of the refresh, so only their
 * contacts are added.
 */
export async function refreshGoldenRecords(
  tx: Executor,
  customerIds: string[],
  settings: IdentitySettings,
  born: ReadonlyMap<string, Contribution[]> = new Map(),
): Promise<AddedContacts> {
  const added: AddedContacts = { emails: [], phones: [], addresses: [] };
  const stored = born.size ? customerIds.filter((id) => !born.has(id)) : customerIds;
  const contributions = await contributionsOf(tx, stored);
  const derived = [...contributions.keys()];
  // After the stored profiles, as contributionsOf would order them (by their first record: a born profile's are the newest).
  const asked = new Set(customerIds);
  for (const [id, list] of born) if (asked.has(id)) contributions.set(id, list);
  if (contributions.size === 0) return added;
  const ids = [...contributions.keys()];
  // Only profiles whose golden fields change are written (an update also rewrites the name's trigram index).
  const current = new Map(
    derived.length
      ? (
          await run<{ id: string; given_name: string | null; family_name: string | null; organisation_name: string | null; birthday: string | null; display_name: string }>(
            tx,
            sql`select id, given_name, family_name, organisation_name, birthday::text as birthday, display_name from customers where id = any(${array(derived, "uuid")})`,
          )
        ).map((c) => [c.id, c])
      : [],
  );
  const changed = derived
    .map((id) => ({ id, g: goldenFields(contributions.get(id)!, settings) }))
    .filter(({ id, g }) => {
      const c = current.get(id);
      return !c || c.given_name !== g.givenName || c.family_name !== g.familyName || c.organisation_name !== g.organisationName || c.birthday !== g.birthday || c.display_name !== g.displayName;
    });
  if (changed.length) {
    const column = (pick: (g: GoldenFields) => string | null) => array(changed.map(({ g }) => pick(g)), "text");
    await tx.execute(sql`update customers c set given_name = v.given_name, family_name = v.family_name, organisation_name = v.organisation_name,
        birthday = v.birthday::date, display_name = v.display_name, updated_at = now()
      from unnest(${array(changed.map((c) => c.id), "uuid")}, ${column((g) => g.givenName)}, ${column((g) => g.familyName)}, ${column((g) => g.organisationName)},
                  ${column((g) => g.birthday)}, ${column((g) => g.displayName)}) as v(id, given_name, family_name, organisation_name, birthday, display_name)
      where c.id = v.id`);
  }

  const idParam = () => new Param(ids);
  const [emails, phones, addresses] = await Promise.all([
    run<{ customer_id: string; normalized: string; is_primary: boolean }>(tx, sql`select customer_id, normalized, is_primary from customer_emails where customer_id = any(${idParam()}::uuid[])`),
    run<{ customer_id: string; e164: string; is_primary: boolean }>(tx, sql`select customer_id, e164, is_primary from customer_phones where customer_id = any(${idParam()}::uuid[])`),
    run<{ customer_id: string; line1: string; city: string; postcode: string | null; is_default_delivery: boolean }>(
      tx,
      sql`select customer_id, line1, city, postcode, is_default_delivery from customer_addresses where customer_id = any(${idParam()}::uuid[])`,
    ),
  ]);
  const addressKey = (customerId: string, a: { line1: string; city: string; postcode: string | null }) =>
    `${customerId}|${a.line1.toLowerCase()}|${a.city.toLowerCase()}|${a.postcode ?? ""}`;
  const haveEmail = new Set(emails.map((e) => `${e.customer_id}|${e.normalized}`));
  const havePhone = new Set(phones.map((p) => `${p.customer_id}|${p.e164}`));
  const haveAddress = new Set(addresses.map((a) => addressKey(a.customer_id, a)));
  const primaryEmail = new Set(emails.filter((e) => e.is_primary).map((e) => e.customer_id));
  const primaryPhone = new Set(phones.filter((p) => p.is_primary).map((p) => p.customer_id));
  const defaultAddress = new Set(addresses.filter((a) => a.is_default_delivery).map((a) => a.customer_id));

  const newEmails: { customerId: string; address: string; normalized: string; isPrimary: boolean }[] = [];
  const newPhones: { customerId: string; e164: string; isPrimary: boolean }[] = [];
  const newAddresses: NewAddress[] = [];
  for (const [customerId, list] of contributions) {
    // Newest records first: the latest contact becomes primary where there is none yet.
    for (const { record } of [...list].reverse()) {
      for (const email of record.emails) {
        const normalized = normalizeEmail(email.address);
        if (haveEmail.has(`${customerId}|${normalized}`)) continue;
        haveEmail.add(`${customerId}|${normalized}`);
        newEmails.push({ customerId, address: email.address, normalized, isPrimary: !primaryEmail.has(customerId) });
        primaryEmail.add(customerId);
      }
      for (const e164 of record.phones) {
        if (havePhone.has(`${customerId}|${e164}`)) continue;
        havePhone.add(`${customerId}|${e164}`);
        newPhones.push({ customerId, e164, isPrimary: !primaryPhone.has(customerId) });
        primaryPhone.add(customerId);
      }
      for (const a of record.addresses) {
        const key = addressKey(customerId, a);
        if (haveAddress.has(key)) continue;
        haveAddress.add(key);
        newAddresses.push({ customerId, ...a, isDefaultDelivery: !defaultAddress.has(customerId) });
        defaultAddress.add(customerId);
      }
    }
  }
  const ids2 = (n: number) => Array.from({ length: n }, () => newId());
  const flags = (rows: { flag: boolean }[]) => array(rows.map((r) => String(r.flag)), "text");
  if (newEmails.length) {
    added.emails = (
      await run<{ id: string }>(
        tx,
        sql`insert into customer_emails (id, customer_id, address, normalized, is_primary)
          select u.id, u.customer_id, u.address, u.normalized, u.is_primary::boolean
          from unnest(${array(ids2(newEmails.length), "uuid")}, ${array(newEmails.map((e) => e.customerId), "uuid")}, ${array(newEmails.map((e) => e.address), "text")},
                      ${array(newEmails.map((e) => e.normalized), "text")}, ${flags(newEmails.map((e) => ({ flag: e.isPrimary })))}) as u(id, customer_id, address, normalized, is_primary)
          on conflict do nothing returning id`,
      )
    ).map((r) => r.id);
  }
  if (newPhones.length) {
    added.phones = (
      await run<{ id: string }>(
        tx,
        sql`insert into customer_phones (id, customer_id, e164, is_primary)
          select u.id, u.customer_id, u.e164, u.is_primary::boolean
          from unnest(${array(ids2(newPhones.length), "uuid")}, ${array(newPhones.map((p) => p.customerId), "uuid")}, ${array(newPhones.map((p) => p.e164), "text")},
                      ${flags(newPhones.map((p) => ({ flag: p.isPrimary })))}) as u(id, customer_id, e164, is_primary)
          on conflict do nothing returning id`,
      )
    ).map((r) => r.id);
  }
  if (newAddresses.length) {
    const ids3 = ids2(newAddresses.length);
    const col = (pick: (a: NewAddress) => string | null) => array(newAddresses.map(pick), "text");
    await tx.execute(sql`insert into customer_addresses (id, customer_id, line1, line2, city, province, postcode, country, is_default_delivery)
      select u.id, u.customer_id, u.line1, u.line2, u.city, u.province, u.postcode, u.country, u.is_default::boolean
      from unnest(${array(ids3, "uuid")}, ${array(newAddresses.map((a) => a.customerId), "uuid")}, ${col((a) => a.line1)}, ${col((a) => a.line2)}, ${col((a) => a.city)},
                  ${col((a) => a.province)}, ${col((a) => a.postcode)}, ${col((a) => a.country)}, ${flags(newAddresses.map((a) => ({ flag: a.isDefaultDelivery })))})
        as u(id, customer_id, line1, line2, city, province, postcode, country, is_default)`);
    added.addresses = ids3;
  }
  return added;
}
