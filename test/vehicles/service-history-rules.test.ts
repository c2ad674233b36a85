import { describe, expect, it } from "vitest";
import { DomainError } from "../../src/errors.js";
import { readSourceVisit, resolveSourceVisit, visitHash, type SourceVisitData, type VisitWarning } from "../../src/service/visit-history-record.js";
import { withCheckDigit } from "../../src/validation/vin.js";

const NOW = new Date("2026-12-06T00:00:00Z");
const VIN = withCheckDigit("LMRBB2AC0N1234567");
const read = (raw: SourceVisitData) => readSourceVisit(raw, "input.visits.0", "Asia/Shanghai", NOW);
const base: SourceVisitData = { visitId: "V-1", personSourceId: "P-1", vin: ` ${VIN.toLowerCase()} `, performedAt: "2024-05-20", mileageKm: "12000", items: [{ sku: "A", unitPrice: 800 }, { description: "Labour", quantity: 2, unitPrice: 500 }] };
const refused = (raw: SourceVisitData) => {
  try {
    read(raw);
  } catch (error) {
    if (error instanceof DomainError) return [error.code, error.field];
    throw error;
  }
  return null;
};

describe("historical service visits (pure rules)", () => {
  it("reads a visit: the VIN upper-cased, the day in the business time zone, item kinds from what they name", () => {
    const { payload, warnings } = read(base);
    expect(warnings).toEqual([]);
    expect(payload).toMatchObject({ vin: VIN, performedAt: "2024-05-19T16:00:00.000Z", mileageKm: 12_000, kind: "MAINTENANCE", items: [{ kind: "PART", quantity: 1 }, { kind: "LABOUR", quantity: 2 }] });
    expect(refused({ ...base, mileageKm: "12.5" })).toEqual(["BAD_USER_INPUT", "input.visits.0.mileageKm"]);
    expect(refused({ ...base, vin: "" })).toEqual(["BAD_USER_INPUT", "input.visits.0.vin"]);
    expect(refused({ ...base, kind: "tuning" })).toEqual(["BAD_USER_INPUT", "input.visits.0.kind"]);
    expect(refused({ ...base, performedAt: "2030-01-01" })).toEqual(["BAD_USER_INPUT", "input.visits.0.performedAt"]);
  });

  it("keeps a visit with a bad VIN, an unknown vehicle or station unbuilt, and sets bad items aside", () => {
    const badVin = read({ ...base, vin: `${VIN.slice(0, 8)}${VIN[8] === "1" ? "2" : "1"}${VIN.slice(9)}` });
    expect(badVin.warnings.map((w) => w.code)).toEqual(["INVALID_VIN"]);
    const none = resolveSourceVisit(badVin.payload, "input.visits.0", { vehicleId: "v", station: { id: "s" }, product: () => null }, badVin.warnings);
    expect(none.vehicleId).toBeNull();

    const { payload, warnings } = read({ ...base, cost: 99, items: [...base.items!, { sku: "GONE", unitPrice: 10 }, { description: "Discount", unitPrice: -100 }, { unitPrice: 5 }] });
    const all: VisitWarning[] = [...warnings];
    const resolution = resolveSourceVisit(payload, "input.visits.0", { vehicleId: null, station: { id: null, warning: "no station" }, product: (ref) => (ref.value === "A" ? { productId: "p-a", sku: "A", name: "Filter" } : null) }, all);
    expect(resolution.items).toEqual([{ productId: "p-a", description: "Filter" }, { productId: null, description: "Labour" }, { productId: null, description: "SKU GONE" }, null, null]);
    expect(all.map((w) => [w.code, w.field])).toEqual([
      ["NEGATIVE_AMOUNT", "input.visits.0.items.3.unitPrice"],
      ["NO_PRODUCT", "input.visits.0.items.4.description"],
      ["UNKNOWN_VEHICLE", "input.visits.0.vin"],
      ["UNKNOWN_STATION", "input.visits.0.stationCode"],
      ["UNKNOWN_PRODUCT", "input.visits.0.items.2.sku"],
      ["COST_MISMATCH", "input.visits.0.cost"],
    ]);
    // The vehicle becoming known changes the resolution, so the same visit sent again builds it.
    const later = resolveSourceVisit(payload, "input.visits.0", { vehicleId: "v", station: { id: "s" }, product: () => null }, []);
    expect(visitHash(payload, later)).not.toBe(visitHash(payload, resolution));
  });
});
