import { analyticsProjections } from "./analytics/analytics.projection.js";
import { catalogProjections, productList } from "./catalog/catalog.projection.js";
import { customerList, customerLookup, customerProjections } from "./customers/customers.projection.js";
import type { Projections } from "./graphql/compiled/compile.js";
import type { TypeProjection } from "./graphql/compiled/projection.js";
import { identityProjections } from "./identity/identity.projection.js";
import { caseList, interactionProjections } from "./interactions/interactions.projection.js";
import { orderList, orderProjections } from "./orders/orders.projection.js";
import { carrierList, dealerList, organisationProjections, supplierList } from "./organisations/organisations.projection.js";
import { serviceProjections } from "./service/service.projection.js";
import { shipmentList, trackingProjections } from "./tracking/tracking.projection.js";
import { vehicleList, vehicleProjections } from "./vehicles/vehicles.projection.js";

/**
 * What the compiled read path (graphql/compiled) may answer, listed explicitly like the resolvers
 * in schema.ts. A type's fields may come from several domains (Customer.orders from orders), as
 * its field resolvers do.
 */
export function createProjections(): Projections {
  const types = new Map<string, TypeProjection>();
  for (const projection of [
    ...customerProjections,
    ...identityProjections,
    ...vehicleProjections,
    ...serviceProjections,
    ...orderProjections,
    ...catalogProjections,
    ...trackingProjections,
    ...organisationProjections,
    ...interactionProjections,
    ...analyticsProjections,
  ]) {
    const known = types.get(projection.type);
    types.set(
      projection.type,
      known
        ? {
            type: projection.type,
            leaves: merged(projection.type, known.leaves, projection.leaves),
            values: merged(projection.type, known.values, projection.values),
            valuesPresentWhen: { ...known.valuesPresentWhen, ...projection.valuesPresentWhen },
            relations: merged(projection.type, known.relations, projection.relations),
          }
        : projection,
    );
  }
  const lists = new Map([
    ["customers", customerList],
    ["orders", orderList],
    ["vehicles", vehicleList],
    ["cases", caseList],
    ["shipments", shipmentList],
    ["products", productList],
    ["dealers", dealerList],
    ["suppliers", supplierList],
    ["carriers", carrierList],
  ]);
  return { types, roots: new Map([["customer", customerLookup]]), lists };
}

/** Two domains declaring one field would make the answer depend on the order of this list. */
function merged<T>(type: string, known: Record<string, T> | undefined, more: Record<string, T> | undefined): Record<string, T> {
  for (const name of Object.keys(more ?? {})) if (known && name in known) throw new Error(`${type}.${name} is projected twice`);
  return { ...known, ...more };
}
