import { hash } from "node:crypto";
import type { ProductRef, ResolvedProduct } from "../catalog/source-codes.service.js";
import { badInput } from "../errors.js";
import { numeric, oneOf, pastInstant, text } from "../validation/source-values.js";
import { MAX_ORDER_LINES } from "./place-order.service.js";

/**
 * One historical order as a source system sends it (the GraphQL input, or a row group of an
 * import file): loosely typed, because a file's values arrive as text and each is checked here.
 */
export interface SourceOrderData {
  transactionId?: string | null;
  personSourceId?: string | null;
  placedAt?: string | null;
  channel?: string | null;
  dealerCode?: string | null;
  paymentMethod?: string | null;
  currency?: string | null;
  cancelled?: boolean | string | null;
  lines?: SourceOrderLineData[] | null;
  returns?: SourceReturnData[] | null;
}

export interface SourceOrderLineData {
  sku?: string | null;
  ean?: string | null;
  code?: string | null;
  name?: string | null;
  quantity?: number | string | null;
  unitPrice?: number | string | null;
}

export interface SourceReturnData {
  returnedAt?: string | null;
  reason?: string | null;
  lines?: { line?: number | string | null; quantity?: number | string | null }[] | null;
  refund?: number | string | null;
}

export type { ProductRef };

export interface HistoryLine {
  ref: ProductRef | null;
  name: string | null;
  quantity: number;
  unitPriceMinor: number;
}

export interface HistoryReturn {
  returnedAt: string;
  reason: string | null;
  lines: { line: number; quantity: number }[];
  refundMinor: number | null;
}

/** The record as stored: trimmed, dates as ISO instants, numbers as numbers. Its JSON is hashed. */
export interface HistoryPayload {
  transactionId: string;
  personSourceId: string;
  placedAt: string;
  channel: HistoryChannel | null;
  dealerCode: string | null;
  paymentMethod: HistoryPayment;
  currency: string;
  cancelled: boolean;
  lines: HistoryLine[];
  returns: HistoryReturn[];
}

/** A value of the record that was set aside: the line or field is quarantined, the record kept. */
export interface HistoryWarning {
  code: string;
  field: string;
  message: string;
}

const CHANNELS = ["WEB", "MOBILE", "DEALER", "CALL_CENTER"] as const;
const PAYMENTS = ["CARD", "CASH_ON_DELIVERY", "INVOICE"] as const;
export type HistoryChannel = (typeof CHANNELS)[number];
export type HistoryPayment = (typeof PAYMENTS)[number];

export const MAX_HISTORY_QUANTITY = 9_999;
/** Larger unit prices (a car is sold as a vehicle, not an order line) are a typo more often than not. */
export const MAX_HISTORY_UNIT_PRICE_MINOR = 100_000_000;
const MAX_RETURNS = 20;
const CODE_MAX = 100;
function productRef(line: SourceOrderLineData, at: string): ProductRef | null {
  const refs: ProductRef[] = [];
  const sku = text(line.sku, `${at}.sku`, CODE_MAX);
  const ean = text(line.ean, `${at}.ean`, CODE_MAX);
  const code = text(line.code, `${at}.code`, CODE_MAX);
  if (sku) refs.push({ kind: "SKU", value: sku });
  if (ean) refs.push({ kind: "EAN", value: ean });
  if (code) refs.push({ kind: "CODE", value: code });
  // The most specific reference wins: a SKU is the catalog's own, an EAN the maker's, a code the source's.
  return refs[0] ?? null;
}

/**
 * Checks one record without the database. What makes the record unusable (no transaction id or
 * person, no date, a date in the future, an unknown payment method, no lines) throws
 * BAD_USER_INPUT at its field and the record is refused; a bad line or return is set aside
 * with a warning and the rest kept (the record is stored as sent, nothing is silently dropped).
 */
export function readSourceOrder(raw: SourceOrderData, at: string, timeZone: string, now: Date): { payload: HistoryPayload; warnings: HistoryWarning[] } {
  if (!raw || typeof raw !== "object") throw badInput(at, "An order record is an object");
  const warnings: HistoryWarning[] = [];
  const transactionId = text(raw.transactionId, `${at}.transactionId`, CODE_MAX, true)!;
  const personSourceId = text(raw.personSourceId, `${at}.personSourceId`, CODE_MAX, true)!;
  const placedAt = pastInstant(raw.placedAt, `${at}.placedAt`, timeZone, now);
  const channel = oneOf(raw.channel, CHANNELS, `${at}.channel`);
  const paymentMethod = oneOf(raw.paymentMethod, PAYMENTS, `${at}.paymentMethod`);
  if (!paymentMethod) throw badInput(`${at}.paymentMethod`, "paymentMethod is required");
  const currency = (text(raw.currency, `${at}.currency`, 3) ?? "CNY").toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput(`${at}.currency`, "currency is an ISO 4217 code such as CNY");
  const cancelledText = typeof raw.cancelled === "string" ? raw.cancelled.trim().toLowerCase() : null;
  if (cancelledText !== null && !["", "true", "false", "yes", "no", "1", "0"].includes(cancelledText)) throw badInput(`${at}.cancelled`, "cancelled is true or false");
  const cancelled = raw.cancelled === true || (cancelledText !== null && ["true", "yes", "1"].includes(cancelledText));

  const rawLines = raw.lines ?? [];
  if (!Array.isArray(rawLines) || rawLines.length === 0) throw badInput(`${at}.lines`, "An order needs at least one line");
  if (rawLines.length > MAX_ORDER_LINES) throw badInput(`${at}.lines`, `An order has at most ${MAX_ORDER_LINES} lines`);
  const lines: HistoryLine[] = rawLines.map((line, i) => {
    const lat = `${at}.lines.${i}`;
    const ref = productRef(line ?? {}, lat);
    const name = text(line?.name, `${lat}.name`, 200);
    const quantity = numeric(line?.quantity);
    const unitPriceMinor = numeric(line?.unitPrice);
    if (!ref) warnings.push({ code: "NO_PRODUCT", field: `${lat}.sku`, message: "The line names no product (sku, ean or code): it is kept with the record, not on the order" });
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_HISTORY_QUANTITY) {
      warnings.push({ code: "INVALID_QUANTITY", field: `${lat}.quantity`, message: `quantity must be a whole number from 1 to ${MAX_HISTORY_QUANTITY}: the line is kept with the record, not on the order` });
    }
    if (!Number.isInteger(unitPriceMinor) || unitPriceMinor < 0 || unitPriceMinor > MAX_HISTORY_UNIT_PRICE_MINOR) {
      const negative = unitPriceMinor < 0;
      warnings.push({
        code: negative ? "NEGATIVE_AMOUNT" : "INVALID_AMOUNT",
        field: `${lat}.unitPrice`,
        message: `${negative ? "A negative price" : `unitPrice must be whole minor units from 0 to ${MAX_HISTORY_UNIT_PRICE_MINOR}`}: the line is kept with the record, not on the order`,
      });
    }
    return { ref, name, quantity: Number.isFinite(quantity) ? quantity : 0, unitPriceMinor: Number.isFinite(unitPriceMinor) ? unitPriceMinor : 0 };
  });

  const rawReturns = raw.returns ?? [];
  if (!Array.isArray(rawReturns)) throw badInput(`${at}.returns`, "returns is a list");
  if (rawReturns.length > MAX_RETURNS) throw badInput(`${at}.returns`, `An order has at most ${MAX_RETURNS} returns`);
  const returns: HistoryReturn[] = rawReturns.map((r, i) => {
    const rat = `${at}.returns.${i}`;
    const returnedAt = pastInstant(r?.returnedAt, `${rat}.returnedAt`, timeZone, now);
    if (returnedAt < placedAt) throw badInput(`${rat}.returnedAt`, "A return comes after the order was placed");
    const rawReturnLines = r?.lines ?? [];
    if (!Array.isArray(rawReturnLines) || rawReturnLines.length === 0) throw badInput(`${rat}.lines`, "A return takes back at least one line");
    const refund = r?.refund === null || r?.refund === undefined || r?.refund === "" ? null : numeric(r.refund);
    return {
      returnedAt: returnedAt.toISOString(),
      reason: text(r?.reason, `${rat}.reason`, 1_000),
      lines: rawReturnLines.map((l, j) => {
        const line = numeric(l?.line);
        const quantity = numeric(l?.quantity);
        if (!Number.isInteger(line) || line < 0 || line >= lines.length) throw badInput(`${rat}.lines.${j}.line`, `line is the position of a line of this order, 0 to ${lines.length - 1}`);
        if (!Number.isInteger(quantity) || quantity < 1) throw badInput(`${rat}.lines.${j}.quantity`, "quantity must be a whole number of at least 1");
        return { line, quantity };
      }),
      refundMinor: refund,
    };
  });

  const payload: HistoryPayload = { transactionId, personSourceId, placedAt: placedAt.toISOString(), channel, dealerCode: text(raw.dealerCode, `${at}.dealerCode`, CODE_MAX), paymentMethod, currency, cancelled, lines, returns };
  return { payload, warnings };
}

/** A line's product, as the resolution found it (null: quarantined). */
export type ResolvedLine = ResolvedProduct;

/** How the record's references were resolved when it came: part of what makes it "the same record". */
export interface Resolution {
  dealerId: string | null;
  lines: (ResolvedLine | null)[];
  /** Per return: the kept lines (by position) and the refund, or null when the return is set aside. */
  returns: ({ lines: { line: number; quantity: number }[]; refundMinor: number } | null)[];
}

/**
 * Applies what the database found (products by SKU, EAN or source code; the dealer by code) to a
 * read record: lines without a product, or with a bad quantity or price, are quarantined; a return
 * keeps only the lines on the order, at most what was bought, and is set aside when its refund is
 * negative. Pure, so the rules are unit-tested without a database.
 */
export function resolveSourceOrder(
  payload: HistoryPayload,
  at: string,
  found: { product: (ref: ProductRef) => ResolvedLine | null; dealerId: string | null },
  warnings: HistoryWarning[],
): Resolution {
  const lines = payload.lines.map((line, i) => {
    const lat = `${at}.lines.${i}`;
    if (!line.ref) return null;
    const product = found.product(line.ref);
    if (!product) {
      const field = `${lat}.${line.ref.kind === "SKU" ? "sku" : line.ref.kind === "EAN" ? "ean" : "code"}`;
      warnings.push({ code: "UNKNOWN_PRODUCT", field, message: `No product has ${line.ref.kind} ${line.ref.value}${line.ref.kind === "CODE" ? " in this source's product codes" : ""}: the line is kept with the record, not on the order` });
      return null;
    }
    const usable = Number.isInteger(line.quantity) && line.quantity >= 1 && line.quantity <= MAX_HISTORY_QUANTITY && Number.isInteger(line.unitPriceMinor) && line.unitPriceMinor >= 0 && line.unitPriceMinor <= MAX_HISTORY_UNIT_PRICE_MINOR;
    return usable ? product : null;
  });
  const left = payload.lines.map((l, i) => (lines[i] ? l.quantity : 0));
  const returns = payload.returns.map((r, i) => {
    const rat = `${at}.returns.${i}`;
    if (r.refundMinor !== null && (!Number.isInteger(r.refundMinor) || r.refundMinor < 0 || r.refundMinor > MAX_HISTORY_UNIT_PRICE_MINOR * MAX_HISTORY_QUANTITY)) {
      warnings.push({ code: r.refundMinor < 0 ? "NEGATIVE_AMOUNT" : "INVALID_AMOUNT", field: `${rat}.refund`, message: "The refund is not a whole, non-negative amount in minor units: the return is kept with the record, not on the order" });
      return null;
    }
    const kept: { line: number; quantity: number }[] = [];
    r.lines.forEach((l, j) => {
      const available = left[l.line]!;
      if (!lines[l.line]) {
        warnings.push({ code: "QUARANTINED_LINE", field: `${rat}.lines.${j}.line`, message: `Line ${l.line} is not on the order (quarantined): this return line is kept with the record only` });
      } else if (l.quantity > available) {
        warnings.push({ code: "INVALID_QUANTITY", field: `${rat}.lines.${j}.quantity`, message: `Only ${available} of line ${l.line} are left to return: this return line is kept with the record only` });
      } else {
        left[l.line] = available - l.quantity;
        const same = kept.find((k) => k.line === l.line);
        if (same) same.quantity += l.quantity;
        else kept.push({ line: l.line, quantity: l.quantity });
      }
    });
    if (kept.length === 0) return null;
    const value = kept.reduce((sum, k) => sum + k.quantity * payload.lines[k.line]!.unitPriceMinor, 0);
    return { lines: kept, refundMinor: r.refundMinor ?? value };
  });
  return { dealerId: found.dealerId, lines, returns };
}

/** The record's identity for "sent again unchanged": what was sent and how it resolved. */
// One-shot hashing: a re-sent file hashes every record, and a hasher object per record cost twice the time.
export const historyHash = (payload: HistoryPayload, resolution: Resolution) => hash("sha256", JSON.stringify([payload, resolution]));
