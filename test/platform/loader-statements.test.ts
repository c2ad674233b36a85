import { beforeAll, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { TokenClaims } from "../../src/auth/tokens.js";
import type { Principal } from "../../src/auth/principal.js";
import { idIn } from "../../src/db/patterns.js";
import { customerEmails } from "../../src/db/schema/index.js";
import { byIds } from "../../src/graphql/loader.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { OURS_360 } from "../bench/queries.js";
import { makeCarrier, makeCustomer, makeDealer, makeOrder, makeOrderLine, makeProduct, makeShipment, makeVehicle } from "../support/factories.js";
import { isSessionCheck } from "../support/compiled-comparison.js";
import { rawHttp, type RawResponse } from "../support/raw.js";
import { describePlatform } from "../support/suite.js";

/**
 * The resolver path's loader statements are built once per loader and scope SHAPE (role), with the
 * caller's tenant id bound per execution: many signed-in customers or dealers cost one statement
 * each, not one per person, and PostgreSQL sees one text to prepare per connection.
 */
const PEOPLE = 4;

interface Person {
  customerId: string;
  dealerId: string;
  displayName: string;
  email: string;
}

describePlatform(
  "loader statements shared by scope shape (resolver path)",
  (platform) => {
    const people: Person[] = [];

    beforeAll(async () => {
      const db = platform().database.db;
      const product = await makeProduct(db);
      const carrier = await makeCarrier(db);
      for (let i = 0; i < PEOPLE; i++) {
        const dealer = await makeDealer(db);
        const email = `shape-${i}-${dealer.id.slice(0, 8)}@example.com`;
        const customer = await makeCustomer(db, { email, phone: `+861380000${String(1000 + i)}`, city: "Hangzhou", dealerIds: [dealer.id] });
        await makeVehicle(db, customer.id);
        const order = await makeOrder(db, customer.id, { dealerId: dealer.id });
        await makeOrderLine(db, order.id, { product });
        await makeShipment(db, order, carrier.id);
        people.push({ customerId: customer.id, dealerId: dealer.id, displayName: customer.displayName, email });
      }
    });

    const claimsOf = (role: "CUSTOMER" | "DEALER", person: Person): TokenClaims =>
      role === "CUSTOMER" ? { role, sub: `customer-${person.customerId}`, customerId: person.customerId } : { role, sub: `dealer-${person.dealerId}`, dealerId: person.dealerId };

    async function read(token: string, customerId: string): Promise<{ body: RawResponse["body"]; texts: string[]; params: unknown[] }> {
      const texts: string[] = [];
      const params: unknown[] = [];
      const stop = platform().database.queries.listen((text, values) => {
        // The session guard's read of recent erasures runs once every few seconds for the process, not per request.
        if (isSessionCheck(text)) return;
        texts.push(text);
        params.push(...values);
      });
      try {
        const { body } = await rawHttp(platform().url, OURS_360, { id: toGlobalId("Customer", customerId) }, token);
        return { body, texts: [...new Set(texts)].sort(), params };
      } finally {
        stop();
      }
    }

    async function loaderStatementsCached(): Promise<number> {
      const text = await (await fetch(`${platform().url}/metrics`)).text();
      const value = /^loader_statements_cached (\d+)$/m.exec(text)?.[1];
      if (value === undefined) throw new Error("loader_statements_cached is missing from /metrics");
      return Number(value);
    }

    it.each(["CUSTOMER", "DEALER"] as const)("%s: every person runs the same statement texts with their own ids bound, and sees only their own data", async (role) => {
      let firstTexts: string[] | undefined;
      let builtAfterFirst: number | undefined;
      for (const [i, person] of people.entries()) {
        const token = await platform().token(claimsOf(role, person));
        const { body, texts, params } = await read(token, person.customerId);
        expect(body.errors).toBeUndefined();
        const customer = (body.data as { customer: { displayName: string; emails: { address: string }[]; vehicles: unknown[]; orders: { edges: { node: { lines: unknown[] } }[] } } }).customer;
        expect(customer.displayName).toBe(person.displayName);
        expect(customer.emails.map((e) => e.address)).toEqual([person.email]);
        // A dealer that did not sell or service the vehicle does not see it; the customer does.
        expect(customer.vehicles).toHaveLength(role === "CUSTOMER" ? 1 : 0);
        // The caller's tenant id reaches the database as a bound value, not in the text.
        expect(params).toContain(role === "CUSTOMER" ? person.customerId : person.dealerId);
        for (const text of texts) expect(text).not.toContain(role === "CUSTOMER" ? person.customerId : person.dealerId);

        // Someone else's profile stays closed to them, through the same statements.
        const other = people[(i + 1) % people.length]!;
        const { body: foreign } = await read(token, other.customerId);
        expect(JSON.stringify(foreign)).not.toContain(other.email);
        expect(JSON.stringify(foreign)).not.toContain(other.displayName);

        if (!firstTexts) {
          firstTexts = texts;
          builtAfterFirst = await loaderStatementsCached();
        } else {
          expect(texts).toEqual(firstTexts);
        }
      }
      expect(await loaderStatementsCached()).toBe(builtAfterFirst);
    });

    it("refuses a loader statement that uses the request's principal instead of the one it is handed", async () => {
      const db = platform().database.db;
      const [first, second] = people as [Person, Person];
      const caller = (person: Person): Principal => ({ role: "CUSTOMER", subject: "someone", customerId: person.customerId });
      const leaky = (person: Person) =>
        byIds(db, "test.leakyEmails", caller(person), [first.customerId, second.customerId], (ids) =>
          db.select().from(customerEmails).where(and(eq(customerEmails.customerId, person.customerId), idIn(customerEmails.customerId, ids))),
        );
      // Cached for the role, the first caller's id would scope every later customer's read.
      await expect(leaky(first)).rejects.toThrow(/cannot be shared by role/);
      await expect(leaky(second)).rejects.toThrow(/cannot be shared by role/);

      const shared = (person: Person) =>
        byIds(db, "test.sharedEmails", caller(person), [first.customerId, second.customerId], (ids, principal) =>
          db
            .select()
            .from(customerEmails)
            .where(and(eq(customerEmails.customerId, principal.role === "CUSTOMER" ? principal.customerId : ""), idIn(customerEmails.customerId, ids))),
        );
      expect((await shared(first)).map((e) => e.address)).toEqual([first.email]);
      expect((await shared(second)).map((e) => e.address)).toEqual([second.email]);
    });
  },
  { COMPILED_READS: "false" },
);
