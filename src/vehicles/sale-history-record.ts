import { hash } from "node:crypto";
import { ownershipRole } from "../db/schema/index.js";
import { badInput } from "../errors.js";
import { numeric, oneOf, pastDay, text } from "../validation/source-values.js";
import { normalizeVin, vinProblem } from "../validation/vin.js";

/** One historical vehicle sale (an ownership period) as a source system sends it: loosely typed, each value checked here. */
export interface SourceVehicleSaleData {
  saleId?: string | null;
  personSourceId?: string | null;
  vin?: string | null;
  soldOn?: string | null;
  endedOn?: string | null;
  role?: string | null;
  dealerCode?: string | null;
  modelCode?: string | null;
  modelYear?: number | string | null;
}

const ROLES = ownershipRole.enumValues;

/** The sale as stored: trimmed, the VIN upper-cased, days as YYYY-MM-DD. Its JSON is hashed. */
export interface SalePayload {
  saleId: string;
  personSourceId: string;
  vin: string;
  soldOn: string;
  endedOn: string | null;
  role: (typeof ROLES)[number];
  dealerCode: string | null;
  modelCode: string | null;
  modelYear: number | null;
}

export interface SaleWarning {
  code: string;
  field: string;
  message: string;
}

const CODE_MAX = 100;

/**
 * Checks one sale without the database. Refused (BAD_USER_INPUT at the field): no sale id, person,
 * VIN or sale date, a date in the future, an end before the sale, an unknown role, a model year
 * that is no year. A VIN failing its check digit is set aside with a warning: the sale is kept as
 * sent, not built.
 */
export function readSourceSale(raw: SourceVehicleSaleData, at: string, timeZone: string, now: Date): { payload: SalePayload; warnings: SaleWarning[] } {
  if (!raw || typeof raw !== "object") throw badInput(at, "A sale record is an object");
  const warnings: SaleWarning[] = [];
  const saleId = text(raw.saleId, `${at}.saleId`, CODE_MAX, true)!;
  const personSourceId = text(raw.personSourceId, `${at}.personSourceId`, CODE_MAX, true)!;
  const vin = normalizeVin(text(raw.vin, `${at}.vin`, 40, true)!);
  const problem = vinProblem(vin);
  if (problem) warnings.push({ code: "INVALID_VIN", field: `${at}.vin`, message: `${vin} is not a valid VIN (${problem.toLowerCase().replace("_", " ")}): the sale is kept as sent, on no vehicle` });
  const soldOn = pastDay(raw.soldOn, `${at}.soldOn`, timeZone, now);
  const endedOn = raw.endedOn === null || raw.endedOn === undefined || raw.endedOn === "" ? null : pastDay(raw.endedOn, `${at}.endedOn`, timeZone, now);
  if (endedOn && endedOn < soldOn) throw badInput(`${at}.endedOn`, "An ownership ends on or after the day of its sale");
  const yearText = raw.modelYear === null || raw.modelYear === undefined || raw.modelYear === "" ? null : numeric(raw.modelYear);
  if (yearText !== null && (!Number.isInteger(yearText) || yearText < 1950 || yearText > now.getUTCFullYear() + 1)) throw badInput(`${at}.modelYear`, `modelYear is a year from 1950 to ${now.getUTCFullYear() + 1}`);
  return {
    payload: {
      saleId,
      personSourceId,
      vin,
      soldOn,
      endedOn,
      role: oneOf(raw.role, ROLES, `${at}.role`) ?? "OWNER",
      dealerCode: text(raw.dealerCode, `${at}.dealerCode`, CODE_MAX),
      modelCode: text(raw.modelCode, `${at}.modelCode`, CODE_MAX),
      modelYear: yearText,
    },
    warnings,
  };
}

/**
 * How the sale's references resolved when it came. The vehicle is found (or registered, when the
 * record names its model) by VIN when the ownership is built, so that registering it does not
 * make the same record different the next time it is sent; only a sale that names no model
 * depends on the vehicle being known.
 */
export interface SaleResolution {
  /** The model to register an unknown vehicle with, and its year (the sale's year when not sent). */
  model: { id: string; year: number } | null;
  /** A sale naming no model: whether the VIN's vehicle was known. */
  vehicleKnown: boolean;
  dealerId: string | null;
}

export const buildableSale = (payload: SalePayload, resolved: SaleResolution) => !vinProblem(payload.vin) && (resolved.model !== null || resolved.vehicleKnown);

/** Applies what the database found: the model by code, the vehicle by VIN, the selling dealer by code. */
export function resolveSourceSale(
  payload: SalePayload,
  at: string,
  found: { modelId: string | null; vehicleKnown: boolean; dealerId: string | null; dealerKnown: boolean },
  warnings: SaleWarning[],
): SaleResolution {
  if (payload.dealerCode && !found.dealerKnown) warnings.push({ code: "UNKNOWN_DEALER", field: `${at}.dealerCode`, message: `No dealer has code ${payload.dealerCode}: the sale is kept without a selling dealer` });
  const validVin = !vinProblem(payload.vin);
  if (payload.modelCode && !found.modelId && validVin && !found.vehicleKnown) {
    warnings.push({ code: "UNKNOWN_MODEL", field: `${at}.modelCode`, message: `No vehicle model has code ${payload.modelCode}, and no vehicle has VIN ${payload.vin}: the sale is kept as sent, not built` });
  } else if (!payload.modelCode && validVin && !found.vehicleKnown) {
    warnings.push({ code: "UNKNOWN_VEHICLE", field: `${at}.vin`, message: `No vehicle has VIN ${payload.vin}: name its model (modelCode) to register it, or send the sale again once it is known` });
  }
  return {
    model: found.modelId ? { id: found.modelId, year: payload.modelYear ?? Number(payload.soldOn.slice(0, 4)) } : null,
    vehicleKnown: found.modelId ? false : found.vehicleKnown,
    dealerId: found.dealerId,
  };
}

export const saleHash = (payload: SalePayload, resolution: SaleResolution) => hash("sha256", JSON.stringify([payload, resolution]));
