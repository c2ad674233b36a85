import { formatNumber, ORDER_NUMBERS } from "../db/numbers.js";
import type { SeedContext } from "./context.js";
import type { Person } from "./people.js";
import type { Reference } from "./reference.js";
import { CITIES, WAREHOUSES } from "./world.js";

type ShipmentStatus = "LABEL_CREATED" | "PICKED_UP" | "IN_TRANSIT" | "OUT_FOR_DELIVERY" | "ATTEMPTED_DELIVERY" | "DELAYED" | "DELIVERED" | "FAILED" | "RETURNED";
const HOUR = 3_600_000;
const cityByName = new Map(CITIES.map((c) => [c.name, c]));

export interface OrderStats {
  orders: number;
  lastOrderAt: Date | null;
  spentMinor: number;
}

/** The planned stops of a parcel: warehouse, hubs along the straight line, the door. */
function route(ctx: SeedContext, from: { lat: number; lng: number }, to: { lat: number; lng: number }, start: Date) {
  const hops = ctx.int(1, 3);
  const stops: { status: ShipmentStatus; at: Date; lat: number; lng: number; place: string }[] = [];
  let at = ctx.plusHours(start, ctx.int(1, 4));
  stops.push({ status: "LABEL_CREATED", at, ...from, place: "Warehouse" });
  at = ctx.plusHours(at, ctx.int(2, 8));
  stops.push({ status: "PICKED_UP", at, ...from, place: "Warehouse dock" });
  for (let h = 1; h <= hops; h++) {
    at = ctx.plusHours(at, ctx.int(6, 20));
    const f = h / (hops + 1);
    stops.push({ status: "IN_TRANSIT", at, lat: from.lat + (to.lat - from.lat) * f, lng: from.lng + (to.lng - from.lng) * f, place: `Sorting hub ${h}` });
  }
  if (ctx.chance(0.08)) {
    at = ctx.plusHours(at, ctx.int(4, 12));
    const { lat, lng } = stops.at(-1)!;
    stops.push({ status: "DELAYED", at, lat, lng, place: "Weather delay" });
  }
  at = ctx.plusHours(at, ctx.int(6, 14));
  stops.push({ status: "OUT_FOR_DELIVERY", at, lat: to.lat + 0.01, lng: to.lng - 0.01, place: "Local depot" });
  if (ctx.chance(0.07)) {
    at = ctx.plusHours(at, ctx.int(2, 5));
    stops.push({ status: "ATTEMPTED_DELIVERY", at, ...to, place: "Recipient not at home" });
    at = ctx.plusHours(at, ctx.int(18, 26));
  } else {
    at = ctx.plusHours(at, ctx.int(2, 6));
  }
  stops.push({ status: "DELIVERED", at, ...to, place: "Front door" });
  return stops;
}

/**
 * A carrier holds a parcel that would come before the chosen delivery window at its local depot:
 * the last stops (out for delivery onwards) move so that it arrives an hour into the window.
 * Deterministic, so that the rest of the world stays as the seed makes it.
 */
function holdForWindow<S extends { status: ShipmentStatus; at: Date }>(stops: S[], windowStart: Date | null): S[] {
  const delivered = stops.at(-1)!;
  if (!windowStart || delivered.at >= windowStart) return stops;
  const shift = windowStart.getTime() + HOUR - delivered.at.getTime();
  const from = stops.findIndex((s) => s.status === "OUT_FOR_DELIVERY");
  return stops.map((s, i) => (i >= from ? { ...s, at: new Date(s.at.getTime() + shift) } : s));
}

function shipmentFor(
  ctx: SeedContext,
  ref: Reference,
  order: { id: string; customerId: string; placedAt: Date; deliveryWindowStart?: Date | null; deliveryWindowEnd?: Date | null },
  person: Person,
  lines: { id: string; quantity: number }[],
  departAfter: Date,
) {
  const warehouse = ctx.pick(WAREHOUSES);
  const from = cityByName.get(warehouse)!;
  const carrier = ctx.pick(ref.carriers);
  const shipmentId = ctx.id(departAfter);
  const trackingNumber = `${carrier.code}${String(ctx.int(1_000_000_000, 9_999_999_999))}`;
  const stops = holdForWindow(route(ctx, from, person.address, departAfter), order.deliveryWindowStart ?? null).filter((s) => s.at <= ctx.now);
  // The courier's promise, sent with the pick-up scan: a flat two to four days, as couriers quote.
  const eta = ctx.plusHours(departAfter, 24 * ctx.int(2, 4));
  const events = stops.map((stop, i) => ({
    id: ctx.id(stop.at),
    shipmentId,
    seq: i + 1,
    courierEventId: `${carrier.code}-${trackingNumber}-${i + 1}`,
    status: stop.status,
    occurredAt: stop.at,
    lat: stop.lat,
    lng: stop.lng,
    place: `${stop.place}, ${i < 2 ? warehouse : stop.status === "IN_TRANSIT" || stop.status === "DELAYED" ? "en route" : person.city.name}`,
    note: null,
    estimatedArrival: stop.status === "PICKED_UP" ? eta : null,
    recordedAt: new Date(stop.at.getTime() + ctx.int(5, 120) * 1000),
  }));
  const last = events.at(-1);
  const picked = events.find((e) => e.status === "PICKED_UP");
  const delivered = events.find((e) => e.status === "DELIVERED");
  ctx.rows.shipments.push({
    id: shipmentId,
    orderId: order.id,
    customerId: order.customerId,
    carrierId: carrier.id,
    kind: "DELIVERY",
    trackingNumber,
    status: last?.status ?? "LABEL_CREATED",
    warehouse: `${warehouse} DC`,
    originCity: warehouse,
    destinationCity: person.city.name,
    departedAt: picked?.occurredAt ?? null,
    estimatedArrival: delivered ? delivered.occurredAt : eta,
    deliveredAt: delivered?.occurredAt ?? null,
    lastLat: last?.lat ?? null,
    lastLng: last?.lng ?? null,
    lastEventAt: last?.occurredAt ?? null,
    lastSeq: events.length,
    deliveryWindowStart: order.deliveryWindowStart ?? null,
    deliveryWindowEnd: order.deliveryWindowEnd ?? null,
    createdAt: departAfter,
  });
  ctx.rows.shipmentLines.push(...lines.map((l) => ({ shipmentId, orderLineId: l.id, quantity: l.quantity })));
  ctx.rows.trackingEvents.push(...events);
  return { delivered: delivered?.occurredAt ?? null, shipped: Boolean(picked) };
}

/**
 * Purchase histories, one pattern per customer in turn, so that a world of a few dozen customers
 * already shows every RFM group under the default trait rules (the names say which one each
 * aims at; the database's rules decide, the seed writes only the history): how many orders, how
 * many days apart (the repeat cycle of consumables), and how long ago the last one was. Two in
 * ten never buy (prospects and leads). Old patterns backdate the profile to before the first order.
 */
const PATTERNS: ({ aim: string; orders: [number, number]; everyDays: [number, number]; lastDaysAgo: [number, number] } | null)[] = [
  { aim: "CHAMPIONS", orders: [6, 8], everyDays: [28, 42], lastDaysAgo: [0, 20] },
  { aim: "LOYAL", orders: [3, 4], everyDays: [42, 60], lastDaysAgo: [100, 170] },
  { aim: "NEW", orders: [1, 1], everyDays: [0, 0], lastDaysAgo: [0, 80] },
  { aim: "PROMISING", orders: [2, 2], everyDays: [60, 120], lastDaysAgo: [0, 150] },
  null,
  { aim: "AT_RISK", orders: [3, 5], everyDays: [35, 56], lastDaysAgo: [200, 330] },
  { aim: "NEEDS_ATTENTION", orders: [1, 2], everyDays: [60, 90], lastDaysAgo: [190, 340] },
  { aim: "CANNOT_LOSE", orders: [6, 7], everyDays: [30, 50], lastDaysAgo: [380, 600] },
  { aim: "HIBERNATING", orders: [1, 2], everyDays: [60, 120], lastDaysAgo: [400, 900] },
  null,
];

/**
 * The consumables (Care) every order of a pattern restocks, by the buyer's brand loyalty, each
 * basket about the same price so that a buyer's usage tercile follows how often they buy:
 * store-brand loyal (share 1), national-brand loyal (0) and mixed (about 0.58). Loyalty is
 * assigned in blocks of ten customers, across the patterns, so every loyalty meets every usage.
 */
const BASKETS = {
  STORE: ["CLN-KIT-01", "FLD-CLN-01"],
  NATIONAL: ["OIL-EDG-5W30"],
  MIXED: ["CLN-KIT-01", "CLN-CER-01"],
} as const;
const LOYALTIES = ["STORE", "NATIONAL", "MIXED"] as const;
const CARE = new Set(["oil-fluids", "cleaning"]);
const DAY_MS = 24 * HOUR;

/** When a customer's orders were placed, oldest first: their pattern's cycle, or (benchmarks' fixed shape) anywhere in their life. */
function orderDates(ctx: SeedContext, person: Person, index: number, customerRow: { createdAt?: Date; updatedAt?: Date } | undefined): Date[] {
  if (ctx.shape.ordersPerCustomer !== undefined) {
    return Array.from({ length: ctx.shape.ordersPerCustomer }, (_, o) => (o === 0 && ctx.chance(0.2) ? ctx.between(ctx.daysAgo(4), ctx.now) : ctx.between(person.createdAt, ctx.now))).sort((a, b) => a.getTime() - b.getTime());
  }
  const pattern = PATTERNS[index % PATTERNS.length];
  if (!pattern) return [];
  const count = ctx.int(...pattern.orders);
  // Some recent buyers' latest order is still on its way.
  const last = pattern.lastDaysAgo[0] === 0 && ctx.chance(0.35) ? ctx.between(ctx.daysAgo(4), ctx.now) : ctx.between(ctx.daysAgo(pattern.lastDaysAgo[1]), ctx.daysAgo(Math.max(pattern.lastDaysAgo[0], 1)));
  const dates = [last];
  for (let o = 1; o < count; o++) dates.unshift(new Date(dates[0]!.getTime() - ctx.int(...pattern.everyDays) * DAY_MS - ctx.int(0, 20) * HOUR));
  if (dates[0]! < person.createdAt) {
    person.createdAt = new Date(dates[0]!.getTime() - ctx.int(3, 60) * DAY_MS);
    if (customerRow) customerRow.createdAt = customerRow.updatedAt = person.createdAt;
  }
  return dates;
}

/** Orders from every channel, with lines, payments, split shipments, tracking, returns and notices. */
export function generateOrders(ctx: SeedContext, ref: Reference, people: Person[]): Map<string, OrderStats> {
  const stats = new Map<string, OrderStats>();
  const bySku = new Map(ref.products.map((p) => [p.sku, p]));
  const extras = ref.products.filter((p) => !CARE.has(p.category));
  const customerRows = new Map(ctx.rows.customers.map((c) => [c.id!, c]));
  people.forEach((person, index) => {
    const dates = orderDates(ctx, person, index, customerRows.get(person.id));
    const loyalty = LOYALTIES[Math.floor(index / PATTERNS.length) % LOYALTIES.length]!;
    const personal: OrderStats = { orders: 0, lastOrderAt: null, spentMinor: 0 };
    stats.set(person.id, personal);
    let cancelledOne = false;
    for (let o = 0; o < dates.length; o++) {
      const placedAt = dates[o]!;
      const orderId = ctx.id(placedAt);
      const channel = ctx.pick(["WEB", "WEB", "MOBILE", "MOBILE", "DEALER", "CALL_CENTER"] as const);
      const deliveryOption: "DEALER_PICKUP" | "STANDARD" | "EXPRESS" | "SAME_DAY" = channel === "DEALER" ? "DEALER_PICKUP" : ctx.pick(["STANDARD", "STANDARD", "EXPRESS", "SAME_DAY"] as const);
      const dealerId = channel === "DEALER" || deliveryOption === "DEALER_PICKUP" ? person.homeDealerId : null;
      const products =
        ctx.shape.linesPerOrder !== undefined || ctx.shape.ordersPerCustomer !== undefined
          ? ctx.pickSome(ref.products, ctx.shape.linesPerOrder ?? ctx.int(1, 4))
          : [...BASKETS[loyalty].map((sku) => bySku.get(sku)!), ...ctx.pickSome(extras, ctx.int(0, 2))];
      const lines = products.map((p) => {
        const quantity = ctx.chance(0.8) ? 1 : 2;
        return { id: ctx.id(placedAt), orderId, productId: p.id, sku: p.sku, name: p.name, quantity, unitPriceMinor: p.price, totalMinor: p.price * quantity };
      });
      const subtotal = lines.reduce((sum, l) => sum + l.totalMinor, 0);
      const shipping = deliveryOption === "EXPRESS" ? 2000 : deliveryOption === "SAME_DAY" ? 3500 : deliveryOption === "STANDARD" && subtotal < 9900 ? 1000 : 0;
      const paymentMethod: "INVOICE" | "CASH_ON_DELIVERY" | "CARD" =
        person.kind !== "PRIVATE" && ctx.chance(0.6) ? "INVOICE" : ctx.chance(0.15) ? "CASH_ON_DELIVERY" : "CARD";
      const ageHours = (ctx.now.getTime() - placedAt.getTime()) / HOUR;
      // A pattern loses at most one order of a long history, never its latest, to a cancellation.
      const cancelled: boolean =
        ctx.shape.ordersPerCustomer !== undefined ? ageHours > 48 && ctx.chance(0.05) : !cancelledOne && dates.length >= 5 && o < dates.length - 1 && ctx.chance(0.15);
      cancelledOne ||= cancelled;
      const windowStart = ctx.plusHours(placedAt, 24 * ctx.int(1, 3));
      const order = {
        id: orderId,
        number: formatNumber(ORDER_NUMBERS, ctx.next("order"), placedAt),
        customerId: person.id,
        channel,
        dealerId,
        status: "PENDING" as "PENDING" | "CONFIRMED" | "PARTIALLY_SHIPPED" | "SHIPPED" | "DELIVERED" | "CANCELLED" | "RETURNED",
        paymentMethod,
        deliveryOption,
        splitPreference: ctx.chance(0.7) ? ("FASTEST" as const) : ("TOGETHER" as const),
        // A same-day order is delivered on its day without a chosen window (see placeOrder's rule).
        deliveryWindowStart: deliveryOption === "SAME_DAY" ? null : windowStart,
        deliveryWindowEnd: deliveryOption === "SAME_DAY" ? null : ctx.plusHours(windowStart, 4),
        deliveryAddress: person.address,
        subtotalMinor: subtotal,
        shippingMinor: shipping,
        totalMinor: subtotal + shipping,
        placedAt,
        deliveredAt: null as Date | null,
        createdAt: placedAt,
      };
      ctx.rows.orders.push(order);
      ctx.rows.orderLines.push(...lines);
      if (dealerId) ctx.relate(dealerId, person.id, "ORDER", placedAt);
      notice(ctx, person.id, orderId, placedAt, "EMAIL", ageHours < 1 ? `Order ${order.number} received` : `Order ${order.number} confirmed`);

      if (cancelled) {
        order.status = "CANCELLED";
      } else if (ageHours < 1) {
        order.status = "PENDING";
      } else {
        order.status = "CONFIRMED";
        const split = order.splitPreference === "FASTEST" && lines.length > 1 && ctx.chance(0.35);
        const parts = split ? [lines.slice(0, 1), lines.slice(1)] : [lines];
        const results = parts.map((part, i) => shipmentFor(ctx, ref, order, person, part, ctx.plusHours(placedAt, i * 24 * ctx.int(1, 3))));
        const shippedCount = results.filter((r) => r.shipped).length;
        const deliveredAll = results.every((r) => r.delivered);
        if (deliveredAll) {
          order.status = "DELIVERED";
          order.deliveredAt = new Date(Math.max(...results.map((r) => r.delivered!.getTime())));
          notice(ctx, person.id, orderId, order.deliveredAt, "SMS", `Order ${order.number} delivered`);
        } else if (shippedCount === results.length) {
          order.status = "SHIPPED";
        } else if (shippedCount > 0) {
          order.status = "PARTIALLY_SHIPPED";
        }
        if (shippedCount > 0) notice(ctx, person.id, orderId, ctx.plusHours(placedAt, 8), "SMS", `Order ${order.number} shipped`);
      }
      // As the live workflow does: a card is charged when the goods leave, cash on delivery at the door.
      const left = order.status !== "PENDING" && order.status !== "CONFIRMED" && order.status !== "CANCELLED";
      const paid = (paymentMethod === "CARD" && left) || (paymentMethod === "CASH_ON_DELIVERY" && order.status === "DELIVERED");
      ctx.rows.payments.push({
        id: ctx.id(placedAt),
        orderId,
        method: paymentMethod,
        status: order.status === "CANCELLED" ? (paymentMethod === "CARD" ? "REFUNDED" : "FAILED") : paid ? "CAPTURED" : paymentMethod === "CARD" ? "AUTHORIZED" : "PENDING",
        amountMinor: order.totalMinor,
        paidAt: paid ? (paymentMethod === "CARD" ? placedAt : order.deliveredAt) : null,
        createdAt: placedAt,
      });
      if (order.status === "DELIVERED") {
        afterDelivery(ctx, ref, person, order, lines);
      }
      if (order.status !== "CANCELLED") {
        personal.orders++;
        personal.spentMinor += order.totalMinor;
        if (!personal.lastOrderAt || placedAt > personal.lastOrderAt) personal.lastOrderAt = placedAt;
      }
    }
  });
  pendingOrders(ctx.side, ref, people);
  return stats;
}

/**
 * Orders placed in the last hours that wait for staff to confirm them; half include a product
 * still on order, so confirming them splits the parcels. Not counted in the customers' measures:
 * nothing is sold until it is confirmed.
 */
function pendingOrders(ctx: SeedContext, ref: Reference, people: Person[]) {
  const onOrder = ref.products.filter((p) => p.availableFrom && p.availableFrom > ctx.now);
  for (const person of people) {
    if (!ctx.chance(0.04)) continue;
    const placedAt = ctx.between(new Date(ctx.now.getTime() - 20 * HOUR), new Date(ctx.now.getTime() - 10 * 60_000));
    const orderId = ctx.id(placedAt);
    const products = ctx.pickSome(ref.products, ctx.int(1, 3));
    if (onOrder.length && ctx.chance(0.5)) {
      const later = ctx.pick(onOrder);
      if (!products.includes(later)) products.push(later);
    }
    const lines = products.map((p) => ({ id: ctx.id(placedAt), orderId, productId: p.id, sku: p.sku, name: p.name, quantity: 1, unitPriceMinor: p.price, totalMinor: p.price }));
    const subtotal = lines.reduce((sum, l) => sum + l.totalMinor, 0);
    const deliveryOption = ctx.pick(["STANDARD", "EXPRESS"] as const);
    const shipping = deliveryOption === "EXPRESS" ? 2000 : subtotal < 9900 ? 1000 : 0;
    const paymentMethod = ctx.chance(0.8) ? ("CARD" as const) : ("CASH_ON_DELIVERY" as const);
    const number = formatNumber(ORDER_NUMBERS, ctx.next("order"), placedAt);
    ctx.rows.orders.push({
      id: orderId,
      number,
      customerId: person.id,
      channel: ctx.pick(["WEB", "MOBILE"] as const),
      dealerId: null,
      status: "PENDING",
      paymentMethod,
      deliveryOption,
      splitPreference: ctx.chance(0.7) ? "FASTEST" : "TOGETHER",
      deliveryAddress: person.address,
      subtotalMinor: subtotal,
      shippingMinor: shipping,
      totalMinor: subtotal + shipping,
      placedAt,
      createdAt: placedAt,
    });
    ctx.rows.orderLines.push(...lines);
    ctx.rows.payments.push({ id: ctx.id(placedAt), orderId, method: paymentMethod, status: paymentMethod === "CARD" ? "AUTHORIZED" : "PENDING", amountMinor: subtotal + shipping, createdAt: placedAt });
    notice(ctx, person.id, orderId, placedAt, "EMAIL", `Order ${number} received`);
  }
}

function notice(ctx: SeedContext, customerId: string, orderId: string, at: Date, channel: "EMAIL" | "SMS", subject: string) {
  ctx.rows.interactions.push({ id: ctx.id(at), customerId, channel, direction: "OUTBOUND", type: "NOTIFICATION", subject, orderId, occurredAt: at, createdAt: at });
}

/** What may follow a delivery: a review, a survey, sometimes a return within the window. */
function afterDelivery(
  ctx: SeedContext,
  ref: Reference,
  person: Person,
  order: { id: string; number: string; status: string; deliveredAt: Date | null; totalMinor: number },
  lines: { id: string; productId: string; quantity: number; totalMinor: number }[],
) {
  const deliveredAt = order.deliveredAt!;
  for (const line of lines) {
    if (!ctx.chance(0.3)) continue;
    const at = ctx.between(deliveredAt, ctx.now);
    const stars = ctx.pick([5, 5, 5, 4, 4, 3, 2, 1]);
    ctx.rows.reviews.push({
      id: ctx.id(at),
      customerId: person.id,
      productId: line.productId,
      orderLineId: line.id,
      stars,
      title: stars >= 4 ? "Does what it should" : "Disappointed",
      body: stars >= 4 ? "Fits perfectly, quick delivery." : "Quality is not what I expected.",
      // Staff hid some poor reviews; the author still sees them, with the reason.
      ...(stars <= 2 && ctx.side.chance(0.4) ? { hiddenAt: new Date(Math.min(ctx.now.getTime(), at.getTime() + 6 * HOUR)), moderationNote: "Hidden: names a staff member in full" } : {}),
      createdAt: at,
      updatedAt: at,
    });
  }
  if (ctx.chance(0.25)) {
    const at = ctx.between(deliveredAt, ctx.now);
    ctx.rows.surveyResponses.push({
      id: ctx.id(at),
      customerId: person.id,
      orderId: order.id,
      overallSatisfaction: ctx.pick([5, 5, 4, 4, 3, 2]),
      deliveryRating: ctx.pick([5, 4, 4, 3, 2]),
      intendsToBuyWithin3Months: ctx.chance(0.4),
      wouldRecommend: ctx.pick([10, 9, 9, 8, 7, 6, 3]),
      respondedAt: at,
      createdAt: at,
    });
  }
  const daysSince = (ctx.now.getTime() - deliveredAt.getTime()) / (24 * HOUR);
  if (daysSince > 3 && ctx.chance(0.06)) {
    const requestedAt = ctx.between(deliveredAt, ctx.plusHours(deliveredAt, 24 * Math.min(14, daysSince - 1)));
    const returnId = ctx.id(requestedAt);
    const line = lines[0]!;
    const receivedAt = ctx.plusHours(requestedAt, 24 * ctx.int(1, 3));
    ctx.rows.returns.push({ id: returnId, orderId: order.id, customerId: person.id, status: "CLOSED", reason: ctx.pick([null, "Wrong size", "Changed my mind", "Arrived damaged"]), requestedAt, receivedAt, createdAt: requestedAt });
    ctx.rows.returnLines.push({ returnId, orderLineId: line.id, quantity: line.quantity });
    ctx.rows.refunds.push({ id: ctx.id(receivedAt), orderId: order.id, returnId, amountMinor: line.totalMinor, refundedAt: receivedAt, createdAt: receivedAt });
    if (lines.length === 1) order.status = "RETURNED";
  } else if (daysSince <= 10 && ctx.side.chance(0.4)) {
    openReturn(ctx.side, ref, person, order, lines[0]!);
  }
}

/** A return on its way back: OPEN, its pick-up booked (and perhaps collected), no refund yet. */
function openReturn(ctx: SeedContext, ref: Reference, person: Person, order: { id: string; number: string; deliveredAt: Date | null }, line: { id: string; quantity: number }) {
  const requestedAt = ctx.between(order.deliveredAt!, ctx.now);
  const returnId = ctx.id(requestedAt);
  ctx.rows.returns.push({ id: returnId, orderId: order.id, customerId: person.id, status: "OPEN", reason: ctx.pick([null, "Wrong size", "Arrived damaged"]), requestedAt, createdAt: requestedAt });
  ctx.rows.returnLines.push({ returnId, orderLineId: line.id, quantity: line.quantity });
  const carrier = ctx.pick(ref.carriers);
  const shipmentId = ctx.id(requestedAt);
  const trackingNumber = `${carrier.code}${String(ctx.int(1_000_000_000, 9_999_999_999))}`;
  const pickedUpAt = ctx.plusHours(requestedAt, ctx.int(4, 30));
  const collected = pickedUpAt <= ctx.now;
  ctx.rows.shipments.push({
    id: shipmentId,
    orderId: order.id,
    customerId: person.id,
    carrierId: carrier.id,
    kind: "RETURN_PICKUP",
    returnId,
    trackingNumber,
    status: collected ? "PICKED_UP" : "LABEL_CREATED",
    originCity: person.city.name,
    destinationCity: WAREHOUSES[0],
    departedAt: collected ? pickedUpAt : null,
    lastEventAt: collected ? pickedUpAt : null,
    lastLat: collected ? person.address.lat : null,
    lastLng: collected ? person.address.lng : null,
    lastSeq: collected ? 1 : 0,
    createdAt: requestedAt,
  });
  ctx.rows.shipmentLines.push({ shipmentId, orderLineId: line.id, quantity: line.quantity });
  if (collected) {
    ctx.rows.trackingEvents.push({
      id: ctx.id(pickedUpAt),
      shipmentId,
      seq: 1,
      courierEventId: `${carrier.code}-${trackingNumber}-1`,
      status: "PICKED_UP",
      occurredAt: pickedUpAt,
      lat: person.address.lat,
      lng: person.address.lng,
      place: `Customer's door, ${person.city.name}`,
      recordedAt: pickedUpAt,
    });
  }
  notice(ctx, person.id, order.id, requestedAt, "EMAIL", `Return for order ${order.number} accepted — pick-up ${trackingNumber} booked`);
}
