import { createHash } from "node:crypto";
import { isoDate, type SeedContext } from "./context.js";
import type { Reference } from "./reference.js";
import { CITIES, COMPANY_KINDS, COMPANY_WORDS, EMAIL_DOMAINS, FAMILY_NAMES, GIVEN_NAMES, STREETS, type City } from "./world.js";

type Kind = "PRIVATE" | "BUSINESS" | "FLEET" | "GOVERNMENT";

export interface Person {
  id: string;
  kind: Kind;
  displayName: string;
  city: City;
  address: { line1: string; city: string; province: string; postcode: string; country: string; lat: number; lng: number };
  homeDealerId: string;
  email: string;
  phone: string;
  createdAt: Date;
}

const KINDS: Kind[] = [...Array<Kind>(16).fill("PRIVATE"), "BUSINESS", "BUSINESS", "FLEET", "GOVERNMENT"];

/** How the same person may look in another system: the noise identity resolution must see through. */
function variantName(ctx: SeedContext, given: string, family: string): { given: string; family: string } {
  switch (ctx.int(0, 3)) {
    case 0:
      return { given: given.toUpperCase(), family: family.toUpperCase() };
    case 1:
      return { given: family, family: given }; // given and family transposed
    case 2:
      return { given: `${given.slice(0, -1)}${given.slice(-1) === "i" ? "y" : "i"}`, family }; // a typo
    default:
      return { given: ` ${given} `, family };
  }
}

const localPhone = (e164: string) => `${e164.slice(3, 6)} ${e164.slice(6, 10)} ${e164.slice(10)}`;

export function generatePeople(ctx: SeedContext, ref: Reference, count: number): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const kind = ctx.pick(KINDS);
    const city = ctx.pick(CITIES);
    const createdAt = ctx.between(ctx.daysAgo(3 * 365), ctx.daysAgo(2));
    const id = ctx.id(createdAt);
    const family = ctx.pick(FAMILY_NAMES);
    const given = ctx.pick(GIVEN_NAMES);
    const organisation = kind === "PRIVATE" ? null : `${city.name} ${ctx.pick(COMPANY_WORDS)} ${ctx.pick(COMPANY_KINDS[kind])}`;
    const displayName = organisation ?? `${given} ${family}`;
    const localDealers = ref.dealers.filter((d) => d.city.name === city.name);
    const homeDealer = ctx.pick(localDealers.length ? localDealers : ref.dealers);
    const handle = `${given}.${family}${ctx.int(1, 999)}`.toLowerCase();
    const email = organisation ? `fleet${i}@${ctx.pick(COMPANY_WORDS).toLowerCase()}-corp.cn` : `${handle}@${ctx.pick(EMAIL_DOMAINS)}`;
    const phone = `+861${ctx.pick(["3", "5", "8"])}${ctx.int(0, 9)}${String(ctx.int(0, 99_999_999)).padStart(8, "0")}`;
    const address = {
      line1: `${ctx.int(1, 999)} ${ctx.pick(STREETS)}, ${ctx.pick(city.districts)} District`,
      city: city.name,
      province: city.province,
      postcode: `${city.postcode}${String(ctx.int(0, 999)).padStart(3, "0")}`,
      country: "CN",
      lat: city.lat + ctx.faker.number.float({ min: -0.12, max: 0.12 }),
      lng: city.lng + ctx.faker.number.float({ min: -0.12, max: 0.12 }),
    };
    ctx.rows.customers.push({
      id,
      kind,
      stage: "PROSPECT",
      givenName: organisation ? null : given,
      familyName: organisation ? null : family,
      organisationName: organisation,
      displayName,
      birthday: organisation ? null : isoDate(ctx.between(new Date("1955-01-01"), new Date("2003-12-31"))),
      preferredDealerId: ctx.chance(0.6) ? homeDealer.id : null,
      createdAt,
      updatedAt: createdAt,
    });
    ctx.rows.customerEmails.push({ id: ctx.id(createdAt), customerId: id, address: email, normalized: email.toLowerCase(), isPrimary: true, verified: ctx.chance(0.7), createdAt });
    ctx.rows.customerPhones.push({ id: ctx.id(createdAt), customerId: id, e164: phone, kind: organisation ? "WORK" : "MOBILE", isPrimary: true, createdAt });
    ctx.rows.customerAddresses.push({ id: ctx.id(createdAt), customerId: id, kind: organisation ? "WORK" : "HOME", ...address, isDefaultDelivery: true, createdAt });
    ctx.rows.customerPreferences.push(
      { customerId: id, key: "contactChannel", value: ctx.pick(["EMAIL", "SMS", "PHONE", "WECHAT"]) },
      { customerId: id, key: "newsletter", value: ctx.pick(["WEEKLY", "MONTHLY", "NEVER"]) },
    );
    for (const channel of ["EMAIL", "SMS", "PHONE", "POST"] as const) {
      for (const purpose of ["MARKETING", "SERVICE", "DEALER_SHARING"] as const) {
        if (!ctx.chance(purpose === "SERVICE" ? 0.8 : 0.45)) continue;
        const at = ctx.between(createdAt, ctx.now);
        ctx.rows.consentEvents.push({ id: ctx.id(at), customerId: id, channel, purpose, status: "GRANTED", source: ctx.pick(["webshop", "hotline", homeDealer.code]), recordedAt: at });
        if (purpose === "MARKETING" && ctx.chance(0.15)) {
          const later = ctx.between(at, ctx.now);
          ctx.rows.consentEvents.push({ id: ctx.id(later), customerId: id, channel, purpose, status: "REVOKED", source: "webshop", recordedAt: later });
        }
      }
    }
    if (ctx.chance(0.2)) ctx.rows.customerTags.push({ customerId: id, tag: ctx.pick(["vip", "ev-interest", "fleet-prospect", "press", "early-adopter"]) });
    if (ctx.rows.customers.at(-1)!.preferredDealerId) {
      ctx.relate(homeDealer.id, id, "PREFERRED", createdAt);
    }

    // The same person as the web shop, the hotline and the home dealer's system know them.
    const sources = ctx.pickSome(["webshop", "hotline", `dealer-${homeDealer.code.toLowerCase()}`], ctx.int(1, 3));
    sources.forEach((source, n) => {
      const name = n === 0 || organisation ? { given, family } : variantName(ctx, given, family);
      const payload = {
        givenName: organisation ? null : name.given,
        familyName: organisation ? null : name.family,
        organisationName: organisation,
        email: n === 0 ? email : ctx.chance(0.5) ? ` ${email.toUpperCase()}` : email,
        phone: n === 0 ? phone : localPhone(phone),
        city: city.name,
        postcode: address.postcode,
      };
      const recordId = ctx.id(createdAt);
      ctx.rows.sourceRecords.push({
        id: recordId,
        source,
        sourceId: `${source.slice(0, 3).toUpperCase()}-${100000 + i * 7 + n}`,
        payload,
        payloadHash: createHash("sha256").update(JSON.stringify(payload)).digest("hex"),
        receivedAt: createdAt,
        createdAt,
      });
      ctx.rows.identityLinks.push({
        id: ctx.id(createdAt),
        sourceRecordId: recordId,
        customerId: id,
        originalCustomerId: id,
        rule: n === 0 ? "NEW" : "EXACT_NORMALIZED",
        confidence: n === 0 ? 1 : 0.98,
        linkedAt: createdAt,
      });
      if (source.startsWith("dealer-")) {
        ctx.relate(homeDealer.id, id, "SOURCE", createdAt);
      }
    });
    people.push({ id, kind, displayName, city, address, homeDealerId: homeDealer.id, email, phone, createdAt });
  }
  return people;
}
