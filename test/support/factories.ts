import type { Database } from "../../src/db/client.js";
import * as s from "../../src/db/schema/index.js";
import { withCheckDigit } from "../../src/validation/vin.js";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}`;

/**
 * A VIN no other call hands out: digits only, because mapping the letters VINs forbid (I, O, Q)
 * onto an allowed one made two different ids the same VIN now and then.
 */
export const uniqueVin = (prefix = "LMR") => withCheckDigit(`${prefix}${String(Date.now() % 1e9).padStart(9, "0")}${String(++counter % 1e5).padStart(5, "0")}`);

type Insert<T extends { $inferInsert: unknown }> = Partial<T["$inferInsert"]>;

export async function makeDealer(db: Database, overrides: Insert<typeof s.dealers> = {}) {
  const [row] = await db
    .insert(s.dealers)
    .values({ code: `D-${unique()}`, name: `Dealer ${unique()}`, city: "Shanghai", province: "Shanghai", sells: true, repairs: true, ...overrides })
    .returning();
  return row!;
}

export async function makeSupplier(db: Database, overrides: Insert<typeof s.suppliers> = {}) {
  const [row] = await db.insert(s.suppliers).values({ code: `S-${unique()}`, name: `Supplier ${unique()}`, country: "CN", ...overrides }).returning();
  return row!;
}

export async function makeCarrier(db: Database, overrides: Insert<typeof s.carriers> = {}) {
  const [row] = await db.insert(s.carriers).values({ code: `C-${unique()}`, name: `Carrier ${unique()}`, ...overrides }).returning();
  return row!;
}

export async function makeCategory(db: Database, overrides: Insert<typeof s.productCategories> = {}) {
  const slug = `cat-${unique()}`;
  const [row] = await db.insert(s.productCategories).values({ slug, name: slug, ...overrides }).returning();
  return row!;
}

export async function makeProduct(db: Database, overrides: Insert<typeof s.products> = {}) {
  const categoryId = overrides.categoryId ?? (await makeCategory(db)).id;
  const supplierId = overrides.supplierId ?? (await makeSupplier(db)).id;
  const [row] = await db
    .insert(s.products)
    .values({ sku: `SKU-${unique()}`, name: `Product ${unique()}`, brand: "Acme", brandKind: "NATIONAL", priceMinor: 1000, ...overrides, categoryId, supplierId })
    .returning();
  return row!;
}

export interface CustomerOverrides extends Insert<typeof s.customers> {
  email?: string;
  phone?: string;
  city?: string;
  /** Dealers this customer is a customer of. */
  dealerIds?: string[];
}

export async function makeCustomer(db: Database, overrides: CustomerOverrides = {}) {
  const { email, phone, city, dealerIds = [], ...columns } = overrides;
  const name = columns.displayName ?? `Customer ${unique()}`;
  const [row] = await db.insert(s.customers).values({ displayName: name, ...columns }).returning();
  const customer = row!;
  if (email) await db.insert(s.customerEmails).values({ customerId: customer.id, address: email, normalized: email.trim().toLowerCase(), isPrimary: true });
  if (phone) await db.insert(s.customerPhones).values({ customerId: customer.id, e164: phone, isPrimary: true });
  if (city) await db.insert(s.customerAddresses).values({ customerId: customer.id, line1: "1 Renmin Road", city, province: city, isDefaultDelivery: true });
  for (const dealerId of dealerIds) await db.insert(s.dealerRelationships).values({ dealerId, customerId: customer.id, basis: "ORDER" });
  return customer;
}

export async function makeVehicle(db: Database, ownerId: string, overrides: Insert<typeof s.vehicles> = {}, ownership: Insert<typeof s.vehicleOwnerships> = {}) {
  const [model] = await db
    .insert(s.vehicleModels)
    .values({ code: `M-${unique()}`, make: "Meridian", name: "Test", bodyType: "SEDAN", powertrain: "BEV", firstYear: 2020, basePriceMinor: 1 })
    .returning();
  const [vehicle] = await db.insert(s.vehicles).values({ vin: uniqueVin(), modelId: model!.id, modelYear: 2024, ...overrides }).returning();
  await db.insert(s.vehicleOwnerships).values({ vehicleId: vehicle!.id, customerId: ownerId, startedOn: "2024-01-01", ...ownership });
  return vehicle!;
}

export async function linkSourceRecord(db: Database, customerId: string, source: string, sourceId: string) {
  const [record] = await db.insert(s.sourceRecords).values({ source, sourceId, payload: {}, payloadHash: unique() }).returning();
  await db.insert(s.identityLinks).values({ sourceRecordId: record!.id, customerId, originalCustomerId: customerId, rule: "NEW" });
  return record!;
}

export async function makeCase(db: Database, customerId: string, overrides: Insert<typeof s.cases> = {}) {
  const [row] = await db
    .insert(s.cases)
    .values({ number: `CS-${unique()}`, customerId, kind: "COMPLAINT", subject: "Broken", openedAt: new Date(), ...overrides })
    .returning();
  return row!;
}

export async function makeOrder(db: Database, customerId: string, overrides: Insert<typeof s.orders> = {}) {
  const [row] = await db
    .insert(s.orders)
    .values({
      number: `MO-${unique()}`,
      customerId,
      channel: "WEB",
      status: "CONFIRMED",
      paymentMethod: "CARD",
      deliveryOption: "STANDARD",
      subtotalMinor: 1000,
      totalMinor: 1000,
      placedAt: new Date(),
      ...overrides,
    })
    .returning();
  return row!;
}

export async function makeShipment(db: Database, order: { id: string; customerId: string }, carrierId: string, overrides: Insert<typeof s.shipments> = {}) {
  const [row] = await db
    .insert(s.shipments)
    .values({ orderId: order.id, customerId: order.customerId, carrierId, trackingNumber: `TN${unique().toUpperCase()}`, ...overrides })
    .returning();
  return row!;
}

type ProductSnapshot = Pick<typeof s.products.$inferSelect, "id" | "sku" | "name" | "priceMinor">;

/** A line of an order with the product's name and price as snapshot; a product is made on the fly unless one is given. */
export async function makeOrderLine(db: Database, orderId: string, { product, quantity = 1, ...overrides }: Insert<typeof s.orderLines> & { product?: ProductSnapshot } = {}) {
  const p = product ?? (await makeProduct(db));
  const [row] = await db
    .insert(s.orderLines)
    .values({ orderId, productId: p.id, sku: p.sku, name: p.name, quantity, unitPriceMinor: p.priceMinor, totalMinor: p.priceMinor * quantity, ...overrides })
    .returning();
  return row!;
}
