import { and, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { OrderingRules } from "../config.js";
import { customerScope } from "../customers/customers.policy.js";
import { relateToDealer } from "../customers/customers.service.js";
import type { Database, Transaction } from "../db/client.js";
import { newId } from "../db/ids.js";
import { insertNumbered, ORDER_NUMBERS } from "../db/numbers.js";
import { customerAddresses, customers, orderLines, orders, payments, products, type AddressSnapshot } from "../db/schema/index.js";
import { badInput, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { sameDayProblem, shippingFor } from "./delivery.js";
import { optionalText, wholeNumber } from "./order-access.js";
import { sellingDealership } from "../organisations/organisations.service.js";
import type { PlaceOrderInput } from "./order-writes.inputs.js";
import { toOrder } from "./orders.declaration.js";
import type { OrderChannel } from "./orders.types.js";
import { cardForOrder } from "./payment-methods.service.js";

export const MAX_ORDER_LINES = 100;
export const MAX_LINE_QUANTITY = 999;
const MAX_WINDOW_HOURS = 12;
const MAX_WINDOW_AHEAD_DAYS = 90;
const INVOICE_KINDS = new Set(["BUSINESS", "FLEET", "GOVERNMENT"]);

interface RequestedLine {
  index: number;
  productId: string | null;
  sku: string | null;
  quantity: number;
}

/** Everything about the input that needs no database, in the order a form shows it. */
function checkShape(principal: Principal, input: PlaceOrderInput, rules: OrderingRules) {
  if (input.lines.length === 0) throw badInput("input.lines", "An order needs at least one line");
  if (input.lines.length > MAX_ORDER_LINES) throw badInput("input.lines", `An order has at most ${MAX_ORDER_LINES} lines`);
  const lines: RequestedLine[] = input.lines.map((line, index) => {
    const at = `input.lines.${index}`;
    const hasId = Boolean(line.productId?.trim());
    const hasSku = Boolean(line.sku?.trim());
    if (hasId === hasSku) throw badInput(`${at}.productId`, "Give either productId or sku");
    return {
      index,
      productId: hasId ? expectGlobalId(line.productId!.trim(), "Product", `${at}.productId`) : null,
      sku: hasSku ? line.sku!.trim() : null,
      quantity: wholeNumber(line.quantity, `${at}.quantity`, 1, MAX_LINE_QUANTITY),
    };
  });

  const pickup = input.deliveryOption === "DEALER_PICKUP";
  if (pickup && (input.addressId || input.address)) throw badInput(input.addressId ? "input.addressId" : "input.address", "A pick-up at a dealer has no delivery address");
  if (!pickup && Boolean(input.addressId) === Boolean(input.address)) throw badInput("input.addressId", "Give either a saved addressId or an address");
  const address: AddressSnapshot | null = input.address
    ? {
        line1: optionalText(input.address.line1, "input.address.line1", 200, true)!,
        line2: optionalText(input.address.line2, "input.address.line2", 200),
        city: optionalText(input.address.city, "input.address.city", 100, true)!,
        province: optionalText(input.address.province, "input.address.province", 100, true)!,
        postcode: optionalText(input.address.postcode, "input.address.postcode", 20),
        country: (optionalText(input.address.country, "input.address.country", 2) ?? "CN").toUpperCase(),
      }
    : null;
  if (address && !/^[A-Z]{2}$/.test(address.country)) throw badInput("input.address.country", "country is an ISO 3166 alpha-2 code such as CN");

  const window = input.deliveryWindow;
  if (window) {
    const now = Date.now();
    if (window.start.getTime() <= now) throw badInput("input.deliveryWindow.start", "The delivery window must start in the future");
    if (window.start.getTime() > now + MAX_WINDOW_AHEAD_DAYS * 86_400_000) throw badInput("input.deliveryWindow.start", `The delivery window starts within ${MAX_WINDOW_AHEAD_DAYS} days`);
    if (window.end <= window.start) throw badInput("input.deliveryWindow.end", "The delivery window must end after it starts");
    if (window.end.getTime() - window.start.getTime() > MAX_WINDOW_HOURS * 3_600_000) throw badInput("input.deliveryWindow.end", `A delivery window is at most ${MAX_WINDOW_HOURS} hours long`);
  }
  if (input.deliveryOption === "SAME_DAY") {
    const problem = sameDayProblem(new Date(), window, rules);
    if (problem) throw badInput(problem.field, problem.message);
  }

  const savedCardId = input.savedPaymentMethodId ? expectGlobalId(input.savedPaymentMethodId, "SavedPaymentMethod", "input.savedPaymentMethodId") : null;
  if (savedCardId && input.paymentMethod && input.paymentMethod !== "CARD") throw badInput("input.savedPaymentMethodId", "A saved card pays by CARD");
  // No method named means the default saved card; a card named means that card.
  const payment = { method: input.paymentMethod ?? "CARD", savedCard: savedCardId ? { id: savedCardId, field: "input.savedPaymentMethodId" } : input.paymentMethod ? null : { id: null, field: "input.paymentMethod" } };
  const channel = channelOf(principal, input.channel);
  const idempotencyKey = optionalText(input.idempotencyKey, "input.idempotencyKey", 100);
  return { lines, address, channel, idempotencyKey, payment, addressId: input.addressId ? expectGlobalId(input.addressId, "Address", "input.addressId") : null };
}

function channelOf(principal: Principal, requested: OrderChannel | null | undefined): OrderChannel {
  const fixed: OrderChannel | null = principal.role === "DEALER" ? "DEALER" : principal.role === "CUSTOMER" ? null : "CALL_CENTER";
  if (fixed) {
    if (requested && requested !== fixed) throw badInput("input.channel", `Orders placed by ${principal.role} come through ${fixed}`);
    return fixed;
  }
  if (requested && requested !== "WEB" && requested !== "MOBILE") throw badInput("input.channel", "A customer orders through WEB or MOBILE");
  return requested ?? "WEB";
}

async function customerFor(tx: Transaction, principal: Principal, globalId: string | null | undefined) {
  if (principal.role !== "CUSTOMER" && !globalId) throw badInput("input.customerId", "customerId is required");
  const id = globalId ? expectGlobalId(globalId, "Customer", "input.customerId") : (principal as { customerId: string }).customerId;
  const [row] = await tx
    .select({ id: customers.id, kind: customers.kind })
    .from(customers)
    .where(and(eq(customers.id, id), isNull(customers.mergedIntoId), isNull(customers.erasedAt), customerScope(principal)));
  if (!row) throw notFound("Customer", "input.customerId");
  return row;
}

/** The catalog's products for the lines, by id or SKU; each line's product or NOT_FOUND at its field. */
async function productsFor(tx: Transaction, lines: RequestedLine[]) {
  const ids = lines.flatMap((l) => (l.productId ? [l.productId] : []));
  const skus = lines.flatMap((l) => (l.sku ? [l.sku] : []));
  const found = await tx
    .select()
    .from(products)
    .where(or(ids.length ? inArray(products.id, ids) : undefined, skus.length ? inArray(products.sku, skus) : undefined) as SQL);
  const byId = new Map(found.map((p) => [p.id, p]));
  const bySku = new Map(found.map((p) => [p.sku, p]));
  return lines.map((line) => {
    const field = `input.lines.${line.index}.${line.productId ? "productId" : "sku"}`;
    const product = line.productId ? byId.get(line.productId) : bySku.get(line.sku!);
    if (!product) throw notFound(line.productId ? "Product" : `Product with SKU ${line.sku}`, field);
    if (!product.active) throw badInput(field, `${product.name} (${product.sku}) is not for sale`);
    return { line, product, field };
  });
}

async function dealerFor(tx: Transaction, principal: Principal, input: PlaceOrderInput): Promise<string | null> {
  if (principal.role === "DEALER") {
    if (input.dealerId && expectGlobalId(input.dealerId, "Dealer", "input.dealerId") !== principal.dealerId) throw forbidden("A dealer places orders for its own dealership only");
    return principal.dealerId;
  }
  if (!input.dealerId) {
    if (input.deliveryOption === "DEALER_PICKUP") throw badInput("input.dealerId", "A pick-up needs the dealer to pick up at");
    return null;
  }
  return sellingDealership(tx, input.dealerId, "input.dealerId");
}

async function existingOrder(tx: Transaction, customerId: string, key: string) {
  const [row] = await tx.select().from(orders).where(and(eq(orders.customerId, customerId), eq(orders.idempotencyKey, key)));
  return row ?? null;
}

/**
 * Places an order in one transaction: prices are snapshotted from the catalog, lines of the same
 * product are merged, the payment is opened (a card authorised, cash on delivery and invoice
 * pending), and a dealer involved is linked to the customer. With an idempotency key, a retry —
 * also one racing the first submit — gets the first order back: the insert does nothing on the
 * key's unique index and the order that won is read instead.
 */
export async function placeOrder(db: Database, principal: Principal, input: PlaceOrderInput, rules: OrderingRules) {
  const shape = checkShape(principal, input, rules);
  return db.transaction(async (tx) => {
    const customer = await customerFor(tx, principal, input.customerId);
    if (shape.idempotencyKey) {
      const first = await existingOrder(tx, customer.id, shape.idempotencyKey);
      if (first) return { order: toOrder(first), replayed: true };
    }
    const priced = await productsFor(tx, shape.lines);
    const merged = new Map<string, { product: (typeof priced)[number]["product"]; quantity: number; field: string }>();
    for (const { line, product, field } of priced) {
      const entry = merged.get(product.id);
      if (!entry) merged.set(product.id, { product, quantity: line.quantity, field });
      else {
        entry.quantity += line.quantity;
        if (entry.quantity > MAX_LINE_QUANTITY) throw badInput(`input.lines.${line.index}.quantity`, `At most ${MAX_LINE_QUANTITY} of ${product.sku} per order`);
      }
    }
    const currency = priced[0]!.product.currency;
    const foreign = priced.find((p) => p.product.currency !== currency);
    if (foreign) throw badInput(foreign.field, `All products of an order are priced in one currency (${currency})`);
    if (shape.payment.method === "INVOICE" && !INVOICE_KINDS.has(customer.kind)) {
      throw badInput("input.paymentMethod", "Invoice is for business, fleet and government customers only");
    }
    let address = shape.address;
    if (shape.addressId) {
      const [saved] = await tx
        .select()
        .from(customerAddresses)
        .where(and(eq(customerAddresses.id, shape.addressId), eq(customerAddresses.customerId, customer.id)));
      if (!saved) throw notFound("Address", "input.addressId");
      address = { line1: saved.line1, line2: saved.line2, city: saved.city, province: saved.province, postcode: saved.postcode, country: saved.country, lat: saved.lat, lng: saved.lng };
    }
    const dealerId = await dealerFor(tx, principal, input);
    const card = shape.payment.savedCard ? await cardForOrder(tx, customer.id, shape.payment.savedCard.id, shape.payment.savedCard.field) : null;

    const lines = [...merged.values()].map(({ product, quantity }) => ({
      productId: product.id,
      sku: product.sku,
      name: product.name,
      quantity,
      unitPriceMinor: product.priceMinor,
      totalMinor: product.priceMinor * quantity,
      currency,
    }));
    const subtotalMinor = lines.reduce((sum, l) => sum + l.totalMinor, 0);
    const shippingMinor = shippingFor(input.deliveryOption, subtotalMinor);
    const placedAt = new Date();
    const id = newId();
    const [order] = await insertNumbered(tx, ORDER_NUMBERS, placedAt, (savepoint, number) =>
      savepoint
        .insert(orders)
        .values({
          id,
          number,
          customerId: customer.id,
          channel: shape.channel,
          dealerId,
          status: "PENDING",
          paymentMethod: shape.payment.method,
          deliveryOption: input.deliveryOption,
          splitPreference: input.splitPreference ?? "FASTEST",
          deliveryWindowStart: input.deliveryWindow?.start ?? null,
          deliveryWindowEnd: input.deliveryWindow?.end ?? null,
          deliveryAddress: address,
          subtotalMinor,
          shippingMinor,
          totalMinor: subtotalMinor + shippingMinor,
          currency,
          idempotencyKey: shape.idempotencyKey,
          placedAt,
        })
        .onConflictDoNothing({ target: [orders.customerId, orders.idempotencyKey] })
        .returning(),
    );
    if (!order) return { order: toOrder((await existingOrder(tx, customer.id, shape.idempotencyKey!))!), replayed: true };
    await tx.insert(orderLines).values(lines.map((l) => ({ ...l, orderId: id })));
    await tx.insert(payments).values({
      orderId: id,
      method: shape.payment.method,
      status: shape.payment.method === "CARD" ? "AUTHORIZED" : "PENDING",
      amountMinor: order.totalMinor,
      currency,
      savedPaymentMethodId: card?.id ?? null,
      cardBrand: card?.brand ?? null,
      cardLast4: card?.last4 ?? null,
    });
    if (dealerId) await relateToDealer(tx, dealerId, customer.id, "ORDER");
    return { order: toOrder(order), replayed: false };
  });
}
