import { Faker, en } from "@faker-js/faker";
import { v7 } from "uuid";
import * as s from "../db/schema/index.js";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

/** Every table the generator fills, in an order that satisfies the foreign keys. */
export const TABLE_ORDER = [
  ["dealers", s.dealers],
  ["suppliers", s.suppliers],
  ["carriers", s.carriers],
  ["productCategories", s.productCategories],
  ["products", s.products],
  ["vehicleModels", s.vehicleModels],
  ["customers", s.customers],
  ["customerEmails", s.customerEmails],
  ["customerPhones", s.customerPhones],
  ["customerAddresses", s.customerAddresses],
  ["customerPreferences", s.customerPreferences],
  ["consentEvents", s.consentEvents],
  ["customerTags", s.customerTags],
  ["sourceRecords", s.sourceRecords],
  ["identityLinks", s.identityLinks],
  ["vehicles", s.vehicles],
  ["vehicleOwnerships", s.vehicleOwnerships],
  ["mileageReadings", s.mileageReadings],
  ["serviceRecords", s.serviceRecords],
  ["serviceItems", s.serviceItems],
  ["serviceAppointments", s.serviceAppointments],
  ["orders", s.orders],
  ["orderLines", s.orderLines],
  ["payments", s.payments],
  ["returns", s.returns],
  ["returnLines", s.returnLines],
  ["refunds", s.refunds],
  ["shipments", s.shipments],
  ["shipmentLines", s.shipmentLines],
  ["trackingEvents", s.trackingEvents],
  ["cases", s.cases],
  ["caseComments", s.caseComments],
  ["interactions", s.interactions],
  ["reviews", s.reviews],
  ["surveyResponses", s.surveyResponses],
  ["wishlistItems", s.wishlistItems],
  ["productViews", s.productViews],
  ["dealerRelationships", s.dealerRelationships],
  // Last: their members are computed by the database from the whole world once it is written (seed/index.ts).
  ["segments", s.segments],
] as const;

export type WorldRows = {
  [K in (typeof TABLE_ORDER)[number] as K[0]]: Insert<K[1]>[];
};

export function emptyWorld(): WorldRows {
  return Object.fromEntries(TABLE_ORDER.map(([name]) => [name, []])) as unknown as WorldRows;
}

const DAY = 86_400_000;

export interface WorldShape {
  ordersPerCustomer?: number;
  linesPerOrder?: number;
}

/** The generator's state: one seeded PRNG, so a seed and a reference date give the same world. */
export class SeedContext {
  readonly faker: Faker;
  readonly rows = emptyWorld();

  constructor(
    readonly seed: number,
    /** "Now" of the generated world; recent orders are still on their way at this time. */
    readonly now: Date,
    /** Fixed sizes instead of realistic spreads, for benchmarks that need a known shape. */
    readonly shape: WorldShape = {},
    rows?: WorldRows,
  ) {
    this.faker = new Faker({ locale: [en] });
    this.faker.seed(seed);
    if (rows) this.rows = rows;
  }

  private sideStream?: SeedContext;

  /**
   * A second PRNG over the same rows, for the extras that show the workflows (pending orders,
   * open returns, moderation): drawing from it leaves the main stream, and so the rest of the
   * world, as it was.
   */
  get side(): SeedContext {
    if (!this.sideStream) {
      this.sideStream = new SeedContext(this.seed + 1_000_003, this.now, this.shape, this.rows);
      // One world: the number series and the dealer relationships are shared too.
      this.sideStream.counters = this.counters;
      this.sideStream.relationships = this.relationships;
    }
    return this.sideStream;
  }

  /** A time-ordered id whose random part comes from the seeded PRNG. */
  id(at: Date = this.now): string {
    const random = Uint8Array.from({ length: 16 }, () => this.faker.number.int(255));
    return v7({ msecs: at.getTime(), random });
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(probability: number): boolean {
    return this.faker.number.float({ min: 0, max: 1 }) < probability;
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  pickSome<T>(items: readonly T[], count: number): T[] {
    return this.faker.helpers.arrayElements(items, Math.min(count, items.length));
  }

  daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * DAY);
  }

  /** A moment between `from` and `to`. */
  between(from: Date, to: Date): Date {
    return new Date(this.int(from.getTime(), Math.max(from.getTime(), to.getTime())));
  }

  private relationships = new Set<string>();
  private counters = new Map<string, number>();

  /** The next number of a running series (order numbers, case numbers). */
  next(series: string): number {
    const value = (this.counters.get(series) ?? 0) + 1;
    this.counters.set(series, value);
    return value;
  }


  /** Records that a customer is a customer of a dealership (once per reason). */
  relate(dealerId: string, customerId: string, basis: "SALE" | "SERVICE" | "ORDER" | "SOURCE" | "PREFERRED", since: Date): void {
    const key = `${dealerId}/${customerId}/${basis}`;
    if (this.relationships.has(key)) return;
    this.relationships.add(key);
    this.rows.dealerRelationships.push({ dealerId, customerId, basis, since });
  }

  plusHours(at: Date, hours: number): Date {
    return new Date(at.getTime() + hours * 3_600_000);
  }
}

export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
