import { hash } from "node:crypto";
import type { ProductRef, ResolvedProduct } from "../catalog/source-codes.service.js";
import { badInput } from "../errors.js";
import { numeric, oneOf, pastInstant, text } from "../validation/source-values.js";
import { normalizeVin, vinProblem } from "../validation/vin.js";

/** One historical service visit as a source system sends it (the GraphQL input, or a row group of a file). */
export interface SourceVisitData {
  visitId?: string | null;
  personSourceId?: string | null;
  vin?: string | null;
  stationCode?: string | null;
  performedAt?: string | null;
  mileageKm?: number | string | null;
  kind?: string | null;
  cost?: number | string | null;
  items?: SourceVisitItemData[] | null;
}

export interface SourceVisitItemData {
  kind?: string | null;
  sku?: string | null;
  ean?: string | null;
  code?: string | null;
  description?: string | null;
  quantity?: number | string | null;
  unitPrice?: number | string | null;
}

const KINDS = ["MAINTENANCE", "REPAIR", "WARRANTY", "RECALL"] as const;
const ITEM_KINDS = ["PART", "LABOUR"] as const;
export type VisitKind = (typeof KINDS)[number];
export type VisitItemKind = (typeof ITEM_KINDS)[number];

export interface VisitItem {
  kind: VisitItemKind;
  ref: ProductRef | null;
  description: string | null;
  quantity: number;
  unitPriceMinor: number;
}

/** The visit as stored: trimmed, the VIN upper-cased, the date an ISO instant. Its JSON is hashed. */
export interface VisitPayload {
  visitId: string;
  personSourceId: string;
  vin: string;
  stationCode: string | null;
  performedAt: string;
  mileageKm: number;
  kind: VisitKind;
  cost: number | null;
  items: VisitItem[];
}

export interface VisitWarning {
  code: string;
  field: string;
  message: string;
}

const MAX_ITEMS = 100;
const MAX_MILEAGE = 5_000_000;
const MAX_QUANTITY = 10_000;
const MAX_UNIT_PRICE = 100_000_000;
const CODE_MAX = 100;

/**
 * Checks one visit without the database. Refused (BAD_USER_INPUT at the field): no visit id,
 * person, VIN, date or mileage, a date in the future, an unknown kind, more than 100 items. Set
 * aside with a warning: a VIN that fails its check (the visit is kept, not built), an item with a
 * bad quantity or price.
 */
export function readSourceVisit(raw: SourceVisitData, at: string, timeZone: string, now: Date): { payload: VisitPayload; warnings: VisitWarning[] } {
  if (!raw || typeof raw !== "object") throw badInput(at, "A visit record is an object");
  const warnings: VisitWarning[] = [];
  const visitId = text(raw.visitId, `${at}.visitId`, CODE_MAX, true)!;
  const personSourceId = text(raw.personSourceId, `${at}.personSourceId`, CODE_MAX, true)!;
  const vin = normalizeVin(text(raw.vin, `${at}.vin`, 40, true)!);
  const problem = vinProblem(vin);
  if (problem) {
    warnings.push({ code: "INVALID_VIN", field: `${at}.vin`, message: `${vin} is not a valid VIN (${problem.toLowerCase().replace("_", " ")}): the visit is kept as sent, on no vehicle` });
  }
  const performedAt = pastInstant(raw.performedAt, `${at}.performedAt`, timeZone, now);
  const mileageKm = numeric(raw.mileageKm);
  if (!Number.isInteger(mileageKm) || mileageKm < 0 || mileageKm > MAX_MILEAGE) throw badInput(`${at}.mileageKm`, `mileageKm must be a whole number from 0 to ${MAX_MILEAGE}`);
  const kind = oneOf(raw.kind, KINDS, `${at}.kind`) ?? "MAINTENANCE";
  const cost = raw.cost === null || raw.cost === undefined || raw.cost === "" ? null : numeric(raw.cost);
  const rawItems = raw.items ?? [];
  if (!Array.isArray(rawItems)) throw badInput(`${at}.items`, "items is a list");
  if (rawItems.length > MAX_ITEMS) throw badInput(`${at}.items`, `A visit has at most ${MAX_ITEMS} items`);
  const items = rawItems.map((item, i) => {
    const iat = `${at}.items.${i}`;
    const sku = text(item?.sku, `${iat}.sku`, CODE_MAX);
    const ean = text(item?.ean, `${iat}.ean`, CODE_MAX);
    const code = text(item?.code, `${iat}.code`, CODE_MAX);
    const ref: ProductRef | null = sku ? { kind: "SKU", value: sku } : ean ? { kind: "EAN", value: ean } : code ? { kind: "CODE", value: code } : null;
    const itemKind = oneOf(item?.kind, ITEM_KINDS, `${iat}.kind`) ?? (ref ? "PART" : "LABOUR");
    const description = text(item?.description, `${iat}.description`, 200);
    const quantity = item?.quantity === null || item?.quantity === undefined || item?.quantity === "" ? 1 : numeric(item.quantity);
    const unitPriceMinor = numeric(item?.unitPrice);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
      warnings.push({ code: "INVALID_QUANTITY", field: `${iat}.quantity`, message: `quantity must be a whole number from 1 to ${MAX_QUANTITY}: the item is kept with the record, not on the visit` });
    }
    if (!Number.isInteger(unitPriceMinor) || unitPriceMinor < 0 || unitPriceMinor > MAX_UNIT_PRICE) {
      warnings.push({
        code: unitPriceMinor < 0 ? "NEGATIVE_AMOUNT" : "INVALID_AMOUNT",
        field: `${iat}.unitPrice`,
        message: `${unitPriceMinor < 0 ? "A negative price" : `unitPrice must be whole minor units from 0 to ${MAX_UNIT_PRICE}`}: the item is kept with the record, not on the visit`,
      });
    }
    if (!ref && !description) warnings.push({ code: "NO_PRODUCT", field: `${iat}.description`, message: "The item names neither a product nor the work done: it is kept with the record, not on the visit" });
    return { kind: itemKind, ref, description, quantity: Number.isFinite(quantity) ? quantity : 0, unitPriceMinor: Number.isFinite(unitPriceMinor) ? unitPriceMinor : 0 };
  });
  return {
    payload: { visitId, personSourceId, vin, stationCode: text(raw.stationCode, `${at}.stationCode`, CODE_MAX), performedAt: performedAt.toISOString(), mileageKm, kind, cost, items },
    warnings,
  };
}

/** A kept item: its product (null for labour, or a part whose product is unknown) and what the record will say. */
export interface ResolvedItem {
  productId: string | null;
  description: string;
}

export interface VisitResolution {
  vehicleId: string | null;
  stationId: string | null;
  items: (ResolvedItem | null)[];
}

/**
 * Applies what the database found: the vehicle by VIN, the station by code, products by SKU, EAN
 * or source code. A visit without a known vehicle or station is kept and not built; a part whose
 * product is unknown stays on the visit without its product link; an item with a bad quantity or
 * price is left off. A cost that disagrees with the kept items is reported (the record's total is
 * the items').
 */
export function resolveSourceVisit(
  payload: VisitPayload,
  at: string,
  found: { vehicleId: string | null; station: { id: string | null; warning?: string }; product: (ref: ProductRef) => ResolvedProduct | null },
  warnings: VisitWarning[],
): VisitResolution {
  const validVin = !vinProblem(payload.vin);
  if (validVin && !found.vehicleId) warnings.push({ code: "UNKNOWN_VEHICLE", field: `${at}.vin`, message: `No vehicle has VIN ${payload.vin}: the visit is kept as sent and built once the vehicle is known and the visit sent again` });
  if (found.station.warning) warnings.push({ code: "UNKNOWN_STATION", field: `${at}.stationCode`, message: found.station.warning });
  const items = payload.items.map((item, i) => {
    const iat = `${at}.items.${i}`;
    const usable = Number.isInteger(item.quantity) && item.quantity >= 1 && item.quantity <= MAX_QUANTITY && Number.isInteger(item.unitPriceMinor) && item.unitPriceMinor >= 0 && item.unitPriceMinor <= MAX_UNIT_PRICE && (item.ref || item.description);
    if (!usable) return null;
    const product = item.ref ? found.product(item.ref) : null;
    if (item.ref && !product) {
      const field = `${iat}.${item.ref.kind === "SKU" ? "sku" : item.ref.kind === "EAN" ? "ean" : "code"}`;
      warnings.push({ code: "UNKNOWN_PRODUCT", field, message: `No product has ${item.ref.kind} ${item.ref.value}: the item stays on the visit without its product link` });
    }
    return { productId: product?.productId ?? null, description: item.description ?? product?.name ?? `${item.ref!.kind} ${item.ref!.value}` };
  });
  const total = payload.items.reduce((sum, item, i) => sum + (items[i] ? item.quantity * item.unitPriceMinor : 0), 0);
  if (payload.cost !== null && payload.cost !== total) {
    warnings.push({ code: "COST_MISMATCH", field: `${at}.cost`, message: `The visit's cost (${payload.cost}) is not the sum of its kept items (${total}): the record's total is the items'` });
  }
  return { vehicleId: validVin ? found.vehicleId : null, stationId: found.station.id, items };
}

export const visitHash = (payload: VisitPayload, resolution: VisitResolution) => hash("sha256", JSON.stringify([payload, resolution]));
