import { describe, expect, it } from "vitest";
import { DomainError } from "../../src/errors.js";
import { historyHash, readSourceOrder, resolveSourceOrder, type HistoryWarning, type ProductRef, type SourceOrderData } from "../../src/orders/history-record.js";
import { minorUnits, zonedMidnight } from "../../src/validation/source-values.js";

const NOW = new Date("2026-12-06T00:00:00Z");
const read = (raw: SourceOrderData) => readSourceOrder(raw, "input.orders.0", "Asia/Shanghai", NOW);
const base: SourceOrderData = { transactionId: " T-1 ", personSourceId: "P-1", placedAt: "2024-03-15", paymentMethod: "CARD", lines: [{ sku: "A", quantity: 2, unitPrice: 450 }] };
const refused = (raw: SourceOrderData) => {
  try {
    read(raw);
  } catch (error) {
    if (error instanceof DomainError) return [error.code, error.field];
    throw error;
  }
  return null;
};

describe("historical order records (pure rules)", () => {
  it("reads dates as the business day's midnight or an instant with its offset", () => {
    expect(zonedMidnight("2024-03-15", "Asia/Shanghai").toISOString()).toBe("2024-03-14T16:00:00.000Z");
    expect(zonedMidnight("2024-03-15", "UTC").toISOString()).toBe("2024-03-15T00:00:00.000Z");
    // New York is still on standard time at midnight of the day its clocks go forward.
    expect(zonedMidnight("2024-03-10", "America/New_York").toISOString()).toBe("2024-03-10T05:00:00.000Z");
    expect(read(base).payload).toMatchObject({ transactionId: "T-1", placedAt: "2024-03-14T16:00:00.000Z", currency: "CNY", cancelled: false, channel: null });
    expect(read({ ...base, placedAt: "2024-03-15T10:30:00+08:00" }).payload.placedAt).toBe("2024-03-15T02:30:00.000Z");
    expect(refused({ ...base, placedAt: "2024-02-30" })).toEqual(["BAD_USER_INPUT", "input.orders.0.placedAt"]);
    expect(refused({ ...base, placedAt: "2024-03-15T10:30:00" })).toEqual(["BAD_USER_INPUT", "input.orders.0.placedAt"]);
    expect(refused({ ...base, placedAt: "2027-01-01" })).toEqual(["BAD_USER_INPUT", "input.orders.0.placedAt"]);
  });

  it("refuses what makes a record unusable, at its field", () => {
    expect(refused({ ...base, transactionId: "  " })).toEqual(["BAD_USER_INPUT", "input.orders.0.transactionId"]);
    expect(refused({ ...base, personSourceId: null })).toEqual(["BAD_USER_INPUT", "input.orders.0.personSourceId"]);
    expect(refused({ ...base, paymentMethod: "bitcoin" })).toEqual(["BAD_USER_INPUT", "input.orders.0.paymentMethod"]);
    expect(refused({ ...base, channel: "fax" })).toEqual(["BAD_USER_INPUT", "input.orders.0.channel"]);
    expect(refused({ ...base, currency: "yuan" })).toEqual(["BAD_USER_INPUT", "input.orders.0.currency"]);
    expect(refused({ ...base, cancelled: "maybe" })).toEqual(["BAD_USER_INPUT", "input.orders.0.cancelled"]);
    expect(refused({ ...base, lines: [] })).toEqual(["BAD_USER_INPUT", "input.orders.0.lines"]);
    expect(refused({ ...base, returns: [{ returnedAt: "2024-03-01", lines: [{ line: 0, quantity: 1 }] }] })).toEqual(["BAD_USER_INPUT", "input.orders.0.returns.0.returnedAt"]);
    expect(refused({ ...base, returns: [{ returnedAt: "2024-04-01", lines: [{ line: 1, quantity: 1 }] }] })).toEqual(["BAD_USER_INPUT", "input.orders.0.returns.0.lines.0.line"]);
    // File values arrive as text, in the spellings exports use.
    expect(read({ ...base, paymentMethod: "cash on delivery", channel: "call-center", cancelled: "yes", lines: [{ code: "X", quantity: "3", unitPrice: "100" }] }).payload).toMatchObject({
      paymentMethod: "CASH_ON_DELIVERY",
      channel: "CALL_CENTER",
      cancelled: true,
      lines: [{ ref: { kind: "CODE", value: "X" }, quantity: 3, unitPriceMinor: 100 }],
    });
  });

  it("sets bad lines aside with a warning and keeps the record", () => {
    const { payload, warnings } = read({
      ...base,
      lines: [{ sku: "A", quantity: 1, unitPrice: -5 }, { quantity: 1, unitPrice: 5 }, { ean: "1", quantity: 0, unitPrice: 5 }, { sku: "B", quantity: 1.5, unitPrice: 5 }, { sku: "C", quantity: 1, unitPrice: 9.99 }],
    });
    expect(payload.lines).toHaveLength(5);
    expect(warnings.map((w) => [w.code, w.field])).toEqual([
      ["NEGATIVE_AMOUNT", "input.orders.0.lines.0.unitPrice"],
      ["NO_PRODUCT", "input.orders.0.lines.1.sku"],
      ["INVALID_QUANTITY", "input.orders.0.lines.2.quantity"],
      ["INVALID_QUANTITY", "input.orders.0.lines.3.quantity"],
      ["INVALID_AMOUNT", "input.orders.0.lines.4.unitPrice"],
    ]);
  });

  it("resolves products, quarantines unknown ones, keeps returns within what was bought, and refunds at the charged price", () => {
    const { payload, warnings } = read({
      ...base,
      lines: [{ sku: "A", quantity: 2, unitPrice: 450 }, { code: "OWN-9", quantity: 1, unitPrice: 1000 }, { ean: "6901234567892", quantity: 3, unitPrice: 100 }],
      returns: [
        { returnedAt: "2024-03-20", lines: [{ line: 0, quantity: 1 }, { line: 1, quantity: 1 }] },
        { returnedAt: "2024-03-21", lines: [{ line: 0, quantity: 2 }, { line: 2, quantity: 3 }], refund: 250 },
        { returnedAt: "2024-03-22", lines: [{ line: 2, quantity: 1 }], refund: -1 },
      ],
    });
    const catalog = new Map([["SKU:A", { productId: "p-a", sku: "A", name: "Filter" }], ["EAN:6901234567892", { productId: "p-e", sku: "E", name: "Mat" }]]);
    const product = (ref: ProductRef) => catalog.get(`${ref.kind}:${ref.value}`) ?? null;
    const all: HistoryWarning[] = [...warnings];
    const resolution = resolveSourceOrder(payload, "input.orders.0", { product, dealerId: null }, all);
    expect(resolution.lines.map((l) => l?.productId ?? null)).toEqual(["p-a", null, "p-e"]);
    expect(resolution.returns).toEqual([
      { lines: [{ line: 0, quantity: 1 }], refundMinor: 450 },
      { lines: [{ line: 2, quantity: 3 }], refundMinor: 250 },
      null,
    ]);
    expect(all.map((w) => [w.code, w.field])).toEqual([
      ["UNKNOWN_PRODUCT", "input.orders.0.lines.1.code"],
      ["QUARANTINED_LINE", "input.orders.0.returns.0.lines.1.line"],
      ["INVALID_QUANTITY", "input.orders.0.returns.1.lines.0.quantity"],
      ["NEGATIVE_AMOUNT", "input.orders.0.returns.2.refund"],
    ]);
    // The same record resolved the same way is the same record; a mapping added later makes it a change.
    const again = resolveSourceOrder(payload, "input.orders.0", { product, dealerId: null }, []);
    expect(historyHash(payload, again)).toBe(historyHash(payload, resolution));
    catalog.set("CODE:OWN-9", { productId: "p-o", sku: "O", name: "Own" });
    expect(historyHash(payload, resolveSourceOrder(payload, "input.orders.0", { product, dealerId: null }, []))).not.toBe(historyHash(payload, resolution));
  });

  it("reads prices in yuan from files as minor units without float rounding", () => {
    expect(["45.00", "45.5", "0.07", "-3", "120", "45.123", "abc"].map(minorUnits)).toEqual(["4500", "4550", "7", "-300", "12000", "45.123", "abc"]);
  });
});
