import type { vehicleModels, vehicleOwnerships, vehicles } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { Vehicle, VehicleModel, VehicleOwnership } from "./vehicles.types.js";

export type VehicleRow = typeof vehicles.$inferSelect;

const today = () => new Date().toISOString().slice(0, 10);

export const toVehicle = (r: VehicleRow): Vehicle =>
  Object.assign(new Vehicle(), {
    id: toGlobalId("Vehicle", r.id),
    dbId: r.id,
    modelDbId: r.modelId,
    vin: r.vin,
    modelYear: r.modelYear,
    color: r.color,
    plate: r.plate,
    mileageKm: r.mileageKm,
    warrantyEndsOn: r.warrantyEndsOn,
    underWarranty: r.warrantyEndsOn !== null && r.warrantyEndsOn >= today(),
  });

export const toVehicleModel = (r: typeof vehicleModels.$inferSelect): VehicleModel =>
  Object.assign(new VehicleModel(), {
    id: toGlobalId("VehicleModel", r.id),
    dbId: r.id,
    code: r.code,
    make: r.make,
    name: r.name,
    bodyType: r.bodyType,
    powertrain: r.powertrain,
    warrantyMonths: r.warrantyMonths,
  });

export const toOwnership = (r: typeof vehicleOwnerships.$inferSelect): VehicleOwnership =>
  Object.assign(new VehicleOwnership(), {
    vehicleDbId: r.vehicleId,
    customerDbId: r.customerId,
    sellingDealerDbId: r.sellingDealerId,
    role: r.role,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    current: r.endedOn === null,
  });
