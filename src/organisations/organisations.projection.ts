import { carriers, dealers, suppliers } from "../db/schema/index.js";
import { lookupById, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { carrierEntity, dealerEntity, supplierEntity } from "./organisations.declaration.js";
import { organisationScope } from "./organisations.policy.js";
import { DEALER_FILTER_VALUE_SHAPES, dealerConditions, NAME_ORDERING, nameKeys } from "./organisations.service.js";
import type { DealerFilter } from "./organisations.types.js";

/** The compiled read path's view of organisations (graphql/compiled): as declared in organisations.declaration.ts. */
export const organisationProjections: TypeProjection[] = [carrierEntity.projection, supplierEntity.projection, dealerEntity.projection];

/** dealers(first, after, last, before, filter): listDealers' conditions, the filter's values bound per request. */
export const dealerList: RootList = rootList<DealerFilter>({
  type: "Dealer",
  table: dealers,
  idColumn: dealers.id,
  keys: () => ({ ordering: NAME_ORDERING, keys: nameKeys(dealers) }),
  where: dealerConditions,
  valueShapes: DEALER_FILTER_VALUE_SHAPES,
});

/** suppliers(...) and carriers(...): the whole directory, in the organisations' scope. */
export const supplierList: RootList = rootList({ type: "Supplier", table: suppliers, idColumn: suppliers.id, keys: () => ({ ordering: NAME_ORDERING, keys: nameKeys(suppliers) }), where: organisationScope });
export const carrierList: RootList = rootList({ type: "Carrier", table: carriers, idColumn: carriers.id, keys: () => ({ ordering: NAME_ORDERING, keys: nameKeys(carriers) }), where: organisationScope });

/** node(id:) of a dealer, supplier or carrier: the directories' scope (the loaders'). */
export const organisationLookups: RootLookup[] = [
  lookupById("Dealer", dealers, dealers.id, organisationScope),
  lookupById("Supplier", suppliers, suppliers.id, organisationScope),
  lookupById("Carrier", carriers, carriers.id, organisationScope),
];
