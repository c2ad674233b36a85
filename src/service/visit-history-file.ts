import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import { minorUnits } from "../validation/source-values.js";
import type { SourceVisitData, SourceVisitItemData } from "./visit-history-record.js";

export interface FileVisit {
  /** Where the visit starts in the file: the CSV row of its first item, or the NDJSON line. */
  position: number;
  visit: SourceVisitData;
}

type Column = "visitId" | "personSourceId" | "vin" | "stationCode" | "performedAt" | "mileageKm" | "kind" | "cost" | "itemKind" | "sku" | "ean" | "code" | "description" | "quantity" | "unitPriceMinor" | "unitPrice";

/** Column names as repair-station systems export them (case-insensitive). */
const COLUMNS: Record<string, Column> = {
  visit_id: "visitId",
  visitid: "visitId",
  job_id: "visitId",
  work_order: "visitId",
  person_source_id: "personSourceId",
  customer_id: "personSourceId",
  vin: "vin",
  station_code: "stationCode",
  station: "stationCode",
  dealer_code: "stationCode",
  performed_at: "performedAt",
  date: "performedAt",
  mileage_km: "mileageKm",
  mileage: "mileageKm",
  odometer: "mileageKm",
  kind: "kind",
  service_kind: "kind",
  cost: "cost",
  cost_minor: "cost",
  item_kind: "itemKind",
  sku: "sku",
  ean: "ean",
  gtin: "ean",
  code: "code",
  part_number: "code",
  description: "description",
  item: "description",
  quantity: "quantity",
  qty: "quantity",
  unit_price_minor: "unitPriceMinor",
  unit_price: "unitPrice",
  price: "unitPrice",
};

/**
 * A CSV of one row per item (part or labour), grouped by visit id (rows need not be adjacent); the
 * visit's fields come from its first row. A row without item columns adds no item (a visit with
 * nothing charged).
 */
function fromCsv(rows: Record<string, string>[]): FileVisit[] {
  const visits = new Map<string, FileVisit>();
  rows.forEach((row, i) => {
    const value: Partial<Record<Column, string>> = {};
    for (const [column, raw] of Object.entries(row)) {
      const field = COLUMNS[column.trim().toLowerCase()];
      if (field && raw.trim()) value[field] = raw.trim();
    }
    const key = value.visitId ?? `row ${i + 2}`;
    let entry = visits.get(key);
    if (!entry) {
      entry = {
        position: i + 2,
        visit: {
          visitId: value.visitId ?? null,
          personSourceId: value.personSourceId ?? null,
          vin: value.vin ?? null,
          stationCode: value.stationCode ?? null,
          performedAt: value.performedAt ?? null,
          mileageKm: value.mileageKm ?? null,
          kind: value.kind ?? null,
          cost: value.cost ?? null,
          items: [],
        },
      };
      visits.set(key, entry);
    }
    if (value.sku || value.ean || value.code || value.description || value.unitPrice || value.unitPriceMinor) {
      const item: SourceVisitItemData = {
        kind: value.itemKind ?? null,
        sku: value.sku ?? null,
        ean: value.ean ?? null,
        code: value.code ?? null,
        description: value.description ?? null,
        quantity: value.quantity ?? null,
        unitPrice: value.unitPriceMinor ?? (value.unitPrice !== undefined ? minorUnits(value.unitPrice) : null),
      };
      entry.visit.items!.push(item);
    }
  });
  return [...visits.values()];
}

/** The visits of a .csv (header row, one row per item) or .ndjson/.jsonl file (one SourceServiceVisitInput-shaped object per line), in file order. */
export function readVisitFile(path: string): { visits: FileVisit[]; items: number; unreadable: { position: number; message: string }[] } {
  const text = readFileSync(path, "utf8");
  const kind = extname(path).toLowerCase();
  if (kind === ".csv") {
    const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: false }) as Record<string, string>[];
    const visits = fromCsv(rows);
    return { visits, items: visits.reduce((sum, v) => sum + (v.visit.items?.length ?? 0), 0), unreadable: [] };
  }
  if (kind === ".ndjson" || kind === ".jsonl") {
    const visits: FileVisit[] = [];
    const unreadable: { position: number; message: string }[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const value = JSON.parse(line) as unknown;
        if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("not a JSON object");
        visits.push({ position: i + 1, visit: value as SourceVisitData });
      } catch (error) {
        unreadable.push({ position: i + 1, message: `not a JSON object (${(error as Error).message})` });
      }
    });
    return { visits, items: visits.reduce((sum, v) => sum + (Array.isArray(v.visit.items) ? v.visit.items.length : 0), 0), unreadable };
  }
  throw new Error(`${path}: expected a .csv, .ndjson or .jsonl file`);
}
