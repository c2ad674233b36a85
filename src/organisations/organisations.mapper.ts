import type { carriers, dealers, suppliers } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { Carrier, Dealer, Supplier } from "./organisations.types.js";

export type DealerRow = typeof dealers.$inferSelect;
export type SupplierRow = typeof suppliers.$inferSelect;
export type CarrierRow = typeof carriers.$inferSelect;

export const toDealer = (r: DealerRow): Dealer =>
  Object.assign(new Dealer(), {
    id: toGlobalId("Dealer", r.id),
    dbId: r.id,
    code: r.code,
    name: r.name,
    sells: r.sells,
    repairs: r.repairs,
    serviceBays: r.serviceBays,
    city: r.city,
    province: r.province,
    lat: r.lat,
    lng: r.lng,
    phone: r.phone,
  });

export const toSupplier = (r: SupplierRow): Supplier =>
  Object.assign(new Supplier(), { id: toGlobalId("Supplier", r.id), dbId: r.id, code: r.code, name: r.name, country: r.country });

export const toCarrier = (r: CarrierRow): Carrier =>
  Object.assign(new Carrier(), { id: toGlobalId("Carrier", r.id), dbId: r.id, code: r.code, name: r.name });
