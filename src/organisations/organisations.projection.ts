import { carriers, dealers, suppliers } from "../db/schema/index.js";
import { columns, globalId, lookupById, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { organisationScope } from "./organisations.policy.js";

/** The compiled read path's view of organisations (graphql/compiled). */
export const organisationProjections: TypeProjection[] = [
  { type: "Carrier", leaves: { id: globalId("Carrier", carriers.id), ...columns(carriers, ["code", "name"]) } },
  { type: "Supplier", leaves: { id: globalId("Supplier", suppliers.id), ...columns(suppliers, ["code", "name", "country"]) } },
  {
    type: "Dealer",
    leaves: { id: globalId("Dealer", dealers.id), ...columns(dealers, ["code", "name", "sells", "repairs", "serviceBays", "city", "province", "lat", "lng", "phone"]) },
  },
];

/** node(id:) of a dealer, supplier or carrier: the directories' scope (the loaders'). */
export const organisationLookups: RootLookup[] = [
  lookupById("Dealer", dealers, dealers.id, organisationScope),
  lookupById("Supplier", suppliers, suppliers.id, organisationScope),
  lookupById("Carrier", carriers, carriers.id, organisationScope),
];
