import { carriers, dealers, suppliers } from "../db/schema/index.js";
import { columns, entity } from "../graphql/declare/entity.js";
import { globalId, key } from "../graphql/declare/fields.js";
import { lookup } from "../graphql/declare/lookup.js";
import { organisationScope } from "./organisations.policy.js";
import { Carrier, Dealer, Supplier } from "./organisations.types.js";

/**
 * Dealers, suppliers and carriers, each field declared once (graphql/declare), and their lookups
 * by id: the loaders every field pointing at one of them uses, and the compiled relations to them.
 */
export const dealerEntity = entity(Dealer, dealers, {
  id: globalId("Dealer", dealers.id),
  dbId: key(dealers.id),
  ...columns(dealers, ["code", "name", "sells", "repairs", "serviceBays", "city", "province", "lat", "lng", "phone"]),
});

export const supplierEntity = entity(Supplier, suppliers, {
  id: globalId("Supplier", suppliers.id),
  dbId: key(suppliers.id),
  ...columns(suppliers, ["code", "name", "country"]),
});

export const carrierEntity = entity(Carrier, carriers, {
  id: globalId("Carrier", carriers.id),
  dbId: key(carriers.id),
  ...columns(carriers, ["code", "name"]),
});

export type DealerRow = typeof dealers.$inferSelect;
export const toDealer = dealerEntity.toNode;
export const toSupplier = supplierEntity.toNode;
export const toCarrier = carrierEntity.toNode;

export const dealerLookup = lookup(dealerEntity, { key: dealers.id, scope: organisationScope });
export const supplierLookup = lookup(supplierEntity, { key: suppliers.id, scope: organisationScope });
export const carrierLookup = lookup(carrierEntity, { key: carriers.id, scope: organisationScope });
