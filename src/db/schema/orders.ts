import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgSequence, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { products } from "./catalog.js";
import { id, sourceHistory, sourceRevision, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";
import { dealers } from "./organisations.js";

export const orderChannel = pgEnum("order_channel", ["WEB", "MOBILE", "DEALER", "CALL_CENTER"]);
export const orderStatus = pgEnum("order_status", [
  "PENDING",
  "CONFIRMED",
  "PARTIALLY_SHIPPED",
  "SHIPPED",
  "DELIVERED",
  "CANCELLED",
  "RETURNED",
]);
export const paymentMethod = pgEnum("payment_method", ["CARD", "CASH_ON_DELIVERY", "INVOICE"]);
export const deliveryOption = pgEnum("delivery_option", ["STANDARD", "EXPRESS", "SAME_DAY", "DEALER_PICKUP"]);
export const splitPreference = pgEnum("split_preference", ["FASTEST", "TOGETHER"]);

export interface AddressSnapshot {
  line1: string;
  line2?: string | null;
  city: string;
  province: string;
  postcode?: string | null;
  country: string;
  lat?: number | null;
  lng?: number | null;
}

/**
 * Feeds order numbers (`src/db/numbers.ts`). A sequence hands out values outside transactions,
 * so concurrent checkouts never wait on each other for a number.
 */
export const orderNumberSeq = pgSequence("order_number_seq", { startWith: 1, minValue: 1, maxValue: 4294967295, cycle: true });

export const orders = pgTable(
  "orders",
  {
    id: id(),
    number: text("number").notNull().unique(),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    channel: orderChannel("channel").notNull(),
    /** The dealership that sold it or where it is picked up. */
    dealerId: uuid("dealer_id").references(() => dealers.id),
    status: orderStatus("status").notNull().default("PENDING"),
    paymentMethod: paymentMethod("payment_method").notNull(),
    deliveryOption: deliveryOption("delivery_option").notNull(),
    splitPreference: splitPreference("split_preference").notNull().default("FASTEST"),
    deliveryWindowStart: tstz("delivery_window_start"),
    deliveryWindowEnd: tstz("delivery_window_end"),
    deliveryAddress: jsonb("delivery_address").$type<AddressSnapshot>(),
    subtotalMinor: integer("subtotal_minor").notNull(),
    shippingMinor: integer("shipping_minor").notNull().default(0),
    totalMinor: integer("total_minor").notNull(),
    currency: text("currency").notNull().default("CNY"),
    /** A retried submit with the same key returns the first order. */
    idempotencyKey: text("idempotency_key"),
    placedAt: tstz("placed_at").notNull(),
    deliveredAt: tstz("delivered_at"),
    /**
     * The source system an imported historical order came from (with the source's transaction
     * id); null for an order placed on the platform. Imported history sends no notices.
     */
    source: text("source"),
    sourceTransactionId: text("source_transaction_id"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("orders_source_transaction_uq").on(t.source, t.sourceTransactionId),
    index("orders_customer_placed_idx").on(t.customerId, t.placedAt, t.id),
    index("orders_dealer_placed_idx").on(t.dealerId, t.placedAt),
    index("orders_placed_idx").on(t.placedAt, t.id),
    index("orders_status_idx").on(t.status),
    uniqueIndex("orders_idempotency_uq").on(t.customerId, t.idempotencyKey),
    check("orders_money_ck", sql`${t.subtotalMinor} >= 0 AND ${t.shippingMinor} >= 0 AND ${t.totalMinor} >= 0`),
    check("orders_window_ck", sql`${t.deliveryWindowEnd} IS NULL OR ${t.deliveryWindowEnd} > ${t.deliveryWindowStart}`),
  ],
);

/** A line keeps the product's name and price as they were when the order was placed. */
export const orderLines = pgTable(
  "order_lines",
  {
    id: id(),
    orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
    productId: uuid("product_id").notNull().references(() => products.id),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceMinor: integer("unit_price_minor").notNull(),
    totalMinor: integer("total_minor").notNull(),
    currency: text("currency").notNull().default("CNY"),
  },
  (t) => [
    index("order_lines_order_idx").on(t.orderId),
    index("order_lines_product_idx").on(t.productId),
    check("order_lines_quantity_ck", sql`${t.quantity} > 0`),
    check("order_lines_money_ck", sql`${t.unitPriceMinor} >= 0 AND ${t.totalMinor} >= 0`),
  ],
);

export const cardBrand = pgEnum("card_brand", ["VISA", "MASTERCARD", "UNIONPAY", "AMEX", "JCB", "DISCOVER", "OTHER"]);

/**
 * A card the customer saved with the payment provider: only the provider's token and what a
 * customer needs to recognise it (brand, last four digits, expiry) — never the card number.
 */
export const savedPaymentMethods = pgTable(
  "saved_payment_methods",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    brand: cardBrand("brand").notNull(),
    last4: text("last4").notNull(),
    expiryMonth: integer("expiry_month").notNull(),
    expiryYear: integer("expiry_year").notNull(),
    provider: text("provider").notNull(),
    providerToken: text("provider_token").notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index("saved_payment_methods_customer_idx").on(t.customerId),
    // One default per customer; the provider's token names one stored card.
    uniqueIndex("saved_payment_methods_default_uq").on(t.customerId).where(sql`${t.isDefault}`),
    uniqueIndex("saved_payment_methods_token_uq").on(t.provider, t.providerToken),
    check("saved_payment_methods_last4_ck", sql`${t.last4} ~ '^[0-9]{4}$'`),
    check("saved_payment_methods_expiry_ck", sql`${t.expiryMonth} between 1 and 12 and ${t.expiryYear} between 2000 and 2100`),
  ],
);

export const paymentStatus = pgEnum("payment_status", ["PENDING", "AUTHORIZED", "CAPTURED", "REFUNDED", "FAILED"]);

export const payments = pgTable(
  "payments",
  {
    id: id(),
    orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
    method: paymentMethod("method").notNull(),
    status: paymentStatus("status").notNull(),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull().default("CNY"),
    paidAt: tstz("paid_at"),
    // The saved card charged, and what identifies it to the customer even after it is removed.
    savedPaymentMethodId: uuid("saved_payment_method_id").references(() => savedPaymentMethods.id, { onDelete: "set null" }),
    cardBrand: cardBrand("card_brand"),
    cardLast4: text("card_last4"),
    ...timestamps(),
  },
  (t) => [
    index("payments_order_idx").on(t.orderId),
    // Removing a saved card clears it from its payments without reading them all.
    index("payments_saved_payment_method_idx").on(t.savedPaymentMethodId).where(sql`${t.savedPaymentMethodId} is not null`),
    check("payments_amount_ck", sql`${t.amountMinor} >= 0`),
  ],
);

/** OPEN: pick-up booked, on its way back; CLOSED: arrived and refunded (one step); REJECTED: declined by staff. */
export const returnStatus = pgEnum("return_status", ["OPEN", "CLOSED", "REJECTED"]);

export const returns = pgTable(
  "returns",
  {
    id: id(),
    orderId: uuid("order_id").notNull().references(() => orders.id),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    status: returnStatus("status").notNull().default("OPEN"),
    reason: text("reason"),
    requestedAt: tstz("requested_at").notNull(),
    receivedAt: tstz("received_at"),
    ...timestamps(),
  },
  (t) => [index("returns_order_idx").on(t.orderId), index("returns_customer_idx").on(t.customerId)],
);

export const returnLines = pgTable(
  "return_lines",
  {
    returnId: uuid("return_id").notNull().references(() => returns.id, { onDelete: "cascade" }),
    orderLineId: uuid("order_line_id").notNull().references(() => orderLines.id),
    quantity: integer("quantity").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.returnId, t.orderLineId] }),
    index("return_lines_order_line_idx").on(t.orderLineId),
    check("return_lines_quantity_ck", sql`${t.quantity} > 0`),
  ],
);

export const refunds = pgTable(
  "refunds",
  {
    id: id(),
    orderId: uuid("order_id").notNull().references(() => orders.id),
    returnId: uuid("return_id").references(() => returns.id),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull().default("CNY"),
    refundedAt: tstz("refunded_at").notNull(),
    ...timestamps(),
  },
  (t) => [
    index("refunds_order_idx").on(t.orderId),
    index("refunds_return_idx").on(t.returnId),
    check("refunds_amount_ck", sql`${t.amountMinor} >= 0`),
  ],
);

/**
 * A historical order as a source system sent it (`ingestOrders`), keyed by the source's own
 * transaction id. The person is named by their id in the same source; the order row it becomes
 * (`order_id`) hangs on whichever profile that person's source record is linked to now, and is
 * built only once the record is known (until then the transaction waits here, pending).
 */
export const sourceOrders = pgTable(
  "source_orders",
  {
    id: id(),
    transactionId: text("transaction_id").notNull(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "set null" }),
    ...sourceHistory(),
  },
  (t) => [
    uniqueIndex("source_orders_transaction_uq").on(t.source, t.transactionId),
    index("source_orders_person_idx").on(t.source, t.personSourceId),
    index("source_orders_order_idx").on(t.orderId),
  ],
);

/** Earlier versions of a source order, kept when the source sends a change or deletes it. */
export const sourceOrderRevisions = pgTable(
  "source_order_revisions",
  {
    sourceOrderId: uuid("source_order_id")
      .notNull()
      .references(() => sourceOrders.id, { onDelete: "cascade" }),
    ...sourceRevision(),
  },
  (t) => [primaryKey({ columns: [t.sourceOrderId, t.revision] })],
);
