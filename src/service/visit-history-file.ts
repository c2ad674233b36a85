import { readSourceFile, type Columns, type FileRecord } from "../validation/source-files.js";
import { minorUnits } from "../validation/source-values.js";
import type { SourceVisitData, SourceVisitItemData } from "./visit-history-record.js";

/** A visit of the file, where it starts: the CSV row of its first item, or the NDJSON line. */
export type FileVisit = FileRecord<SourceVisitData>;

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
function fromCsv(rows: Columns<Column>[]): FileVisit[] {
  const visits = new Map<string, FileVisit>();
  rows.forEach((value, i) => {
    const key = value.visitId ?? `row ${i + 2}`;
    let entry = visits.get(key);
    if (!entry) {
      entry = {
        position: i + 2,
        data: {
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
      entry.data.items!.push(item);
    }
  });
  return [...visits.values()];
}

/** The visits of a .csv (header row, one row per item) or .ndjson/.jsonl file (one SourceServiceVisitInput-shaped object per line), in file order, and their items. */
export function readVisitFile(path: string) {
  const { records, unreadable } = readSourceFile(path, fromCsv, COLUMNS);
  return { visits: records, items: records.reduce((sum, v) => sum + (Array.isArray(v.data.items) ? v.data.items.length : 0), 0), unreadable };
}
