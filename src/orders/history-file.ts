import { readSourceFile, type Columns, type FileRecord } from "../validation/source-files.js";
import { minorUnits } from "../validation/source-values.js";
import type { SourceOrderData, SourceOrderLineData, SourceReturnData } from "./history-record.js";

/** An order of the file, where it starts: the CSV row of its first line, or the NDJSON line. */
export type FileOrder = FileRecord<SourceOrderData>;

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
function fromCsv(rows: Columns<Column>[]): FileOrder[] {
  const orders = new Map<string, FileOrder & { returns: Map<string, SourceReturnData> }>();
  rows.forEach((value, i) => {
    const key = value.transactionId ?? `row ${i + 2}`;
    let entry = orders.get(key);
    if (!entry) {
      entry = {
        position: i + 2,
        returns: new Map(),
        data: {
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
    const lines = entry.data.lines!;
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
        entry.data.returns!.push(ret);
      }
      ret.lines!.push({ line: lines.length - 1, quantity: value.returnedQuantity });
    }
  });
  return [...orders.values()].map(({ position, data }) => ({ position, data }));
}

/** The orders of a .csv (header row, one row per line) or .ndjson/.jsonl file (one SourceOrderInput-shaped object per line), in file order, and their lines. */
export function readOrderFile(path: string) {
  const { records, unreadable } = readSourceFile(path, fromCsv, COLUMNS);
  return { orders: records, lines: records.reduce((sum, o) => sum + (Array.isArray(o.data.lines) ? o.data.lines.length : 0), 0), unreadable };
}
