import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import { minorUnits } from "../validation/source-values.js";
import type { SourceOrderData, SourceOrderLineData, SourceReturnData } from "./history-record.js";

/** A line of the file that is no order at all (bad JSON): reported like a refused record. */
export interface UnreadableOrderLine {
  position: number;
  message: string;
}

export interface FileOrder {
  /** Where the order starts in the file: the CSV row of its first line, or the NDJSON line. */
  position: number;
  order: SourceOrderData;
}

type Column =
  | "transactionId"
  | "personSourceId"
  | "placedAt"
  | "channel"
  | "dealerCode"
  | "paymentMethod"
  | "currency"
  | "cancelled"
  | "sku"
  | "ean"
  | "code"
  | "name"
  | "quantity"
  | "unitPriceMinor"
  | "unitPrice"
  | "returnedQuantity"
  | "returnedAt"
  | "returnReason";

/** Column names as dealer and shop systems export them (case-insensitive). */
const COLUMNS: Record<string, Column> = {
  transaction_id: "transactionId",
  transactionid: "transactionId",
  order_id: "transactionId",
  receipt: "transactionId",
  person_source_id: "personSourceId",
  personsourceid: "personSourceId",
  customer_id: "personSourceId",
  person_id: "personSourceId",
  placed_at: "placedAt",
  placedat: "placedAt",
  date: "placedAt",
  order_date: "placedAt",
  channel: "channel",
  dealer_code: "dealerCode",
  dealercode: "dealerCode",
  dealer: "dealerCode",
  store: "dealerCode",
  payment_method: "paymentMethod",
  paymentmethod: "paymentMethod",
  payment: "paymentMethod",
  currency: "currency",
  cancelled: "cancelled",
  sku: "sku",
  ean: "ean",
  gtin: "ean",
  code: "code",
  product_code: "code",
  part_number: "code",
  name: "name",
  product_name: "name",
  description: "name",
  quantity: "quantity",
  qty: "quantity",
  unit_price_minor: "unitPriceMinor",
  unitprice: "unitPriceMinor",
  unit_price: "unitPrice",
  price: "unitPrice",
  returned_quantity: "returnedQuantity",
  returned_qty: "returnedQuantity",
  returned_at: "returnedAt",
  return_date: "returnedAt",
  return_reason: "returnReason",
};

/**
 * A CSV of one row per order line, grouped by transaction id (the rows of one transaction need not
 * be adjacent): the order's fields are read from its first row, each row adds a line, and a row
 * with a returned quantity adds it to the return of that day.
 */
function fromCsv(rows: Record<string, string>[]): FileOrder[] {
  const orders = new Map<string, FileOrder & { returns: Map<string, SourceReturnData> }>();
  rows.forEach((row, i) => {
    const value: Partial<Record<Column, string>> = {};
    for (const [column, raw] of Object.entries(row)) {
      const field = COLUMNS[column.trim().toLowerCase()];
      if (field && raw.trim()) value[field] = raw.trim();
    }
    const key = value.transactionId ?? `row ${i + 2}`;
    let entry = orders.get(key);
    if (!entry) {
      entry = {
        position: i + 2,
        returns: new Map(),
        order: {
          transactionId: value.transactionId ?? null,
          personSourceId: value.personSourceId ?? null,
          placedAt: value.placedAt ?? null,
          channel: value.channel ?? null,
          dealerCode: value.dealerCode ?? null,
          paymentMethod: value.paymentMethod ?? null,
          currency: value.currency ?? null,
          cancelled: value.cancelled ?? null,
          lines: [],
          returns: [],
        },
      };
      orders.set(key, entry);
    }
    const lines = entry.order.lines!;
    const line: SourceOrderLineData = {
      sku: value.sku ?? null,
      ean: value.ean ?? null,
      code: value.code ?? null,
      name: value.name ?? null,
      quantity: value.quantity ?? null,
      unitPrice: value.unitPriceMinor ?? (value.unitPrice !== undefined ? minorUnits(value.unitPrice) : null),
    };
    lines.push(line);
    if (value.returnedQuantity && value.returnedQuantity !== "0") {
      const day = value.returnedAt ?? "";
      let ret = entry.returns.get(day);
      if (!ret) {
        ret = { returnedAt: value.returnedAt ?? null, reason: value.returnReason ?? null, lines: [] };
        entry.returns.set(day, ret);
        entry.order.returns!.push(ret);
      }
      ret.lines!.push({ line: lines.length - 1, quantity: value.returnedQuantity });
    }
  });
  return [...orders.values()].map(({ position, order }) => ({ position, order }));
}

/** The orders of a .csv (header row, one row per line) or .ndjson/.jsonl file (one SourceOrderInput-shaped object per line), in file order. */
export function readOrderFile(path: string): { orders: FileOrder[]; lines: number; unreadable: UnreadableOrderLine[] } {
  const text = readFileSync(path, "utf8");
  const kind = extname(path).toLowerCase();
  if (kind === ".csv") {
    const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: false }) as Record<string, string>[];
    return { orders: fromCsv(rows), lines: rows.length, unreadable: [] };
  }
  if (kind === ".ndjson" || kind === ".jsonl") {
    const orders: FileOrder[] = [];
    const unreadable: UnreadableOrderLine[] = [];
    let lines = 0;
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const value = JSON.parse(line) as unknown;
        if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("not a JSON object");
        const order = value as SourceOrderData;
        lines += Array.isArray(order.lines) ? order.lines.length : 0;
        orders.push({ position: i + 1, order });
      } catch (error) {
        unreadable.push({ position: i + 1, message: `not a JSON object (${(error as Error).message})` });
      }
    });
    return { orders, lines, unreadable };
  }
  throw new Error(`${path}: expected a .csv, .ndjson or .jsonl file`);
}
