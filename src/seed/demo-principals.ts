import { and, asc, count, countDistinct, desc, eq, isNull } from "drizzle-orm";
import type { TokenClaims } from "../auth/tokens.js";
import type { Database } from "../db/client.js";
import { carriers, customers, dealerRelationships, dealers, orderLines, orders, products, shipments, suppliers } from "../db/schema/index.js";

export interface DemoPrincipal {
  claims: TokenClaims;
  /** Which demo record the token belongs to, for the start-up banner. */
  label: string;
}

/**
 * One principal per role, bound to demo records that have data to show: the dealer with the
 * most customers, the supplier whose products the most customers bought (so its de-identified
 * sales report clears k = 5 in most groups), the customer with the most orders, the carrier with
 * the most shipments.
 */
export async function demoPrincipals(db: Database): Promise<DemoPrincipal[]> {
  // Counted as the dealer's customer list counts them: one customer with a sale, a service visit
  // and an order is one customer, not three relationships, and merged-away profiles are not listed.
  const dealerCustomers = countDistinct(dealerRelationships.customerId);
  const [dealer] = await db
    .select({ id: dealers.id, name: dealers.name, code: dealers.code, n: dealerCustomers })
    .from(dealers)
    .innerJoin(dealerRelationships, eq(dealerRelationships.dealerId, dealers.id))
    .innerJoin(customers, and(eq(customers.id, dealerRelationships.customerId), isNull(customers.mergedIntoId)))
    .groupBy(dealers.id)
    .orderBy(desc(dealerCustomers), asc(dealers.code))
    .limit(1);
  const buyers = countDistinct(orders.customerId);
  const [supplier] = await db
    .select({ id: suppliers.id, name: suppliers.name, code: suppliers.code, n: buyers })
    .from(suppliers)
    .innerJoin(products, eq(products.supplierId, suppliers.id))
    .innerJoin(orderLines, eq(orderLines.productId, products.id))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .groupBy(suppliers.id)
    .orderBy(desc(buyers), asc(suppliers.code))
    .limit(1);
  const [customer] = await db
    .select({ id: customers.id, name: customers.displayName, n: count() })
    .from(customers)
    .innerJoin(orders, eq(orders.customerId, customers.id))
    .where(isNull(customers.mergedIntoId))
    .groupBy(customers.id)
    .orderBy(desc(count()), asc(customers.id))
    .limit(1);
  const [carrier] = await db
    .select({ id: carriers.id, name: carriers.name, n: count() })
    .from(carriers)
    .innerJoin(shipments, eq(shipments.carrierId, carriers.id))
    .groupBy(carriers.id)
    .orderBy(desc(count()), asc(carriers.code))
    .limit(1);

  const result: DemoPrincipal[] = [
    { claims: { role: "ADMIN", sub: "admin@demo" }, label: "platform administrator" },
    { claims: { role: "AGENT", sub: "agent.liu@demo" }, label: "call-center agent" },
  ];
  if (dealer) result.push({ claims: { role: "DEALER", sub: `service@${dealer.code.toLowerCase()}`, dealerId: dealer.id }, label: `${dealer.name} (${dealer.code}, ${dealer.n} customers)` });
  if (supplier) result.push({ claims: { role: "SUPPLIER", sub: `portal@${supplier.code.toLowerCase()}`, supplierId: supplier.id }, label: `${supplier.name} (${supplier.n} customers bought its products)` });
  if (customer) result.push({ claims: { role: "CUSTOMER", sub: customer.id, customerId: customer.id }, label: `${customer.name} (${customer.n} orders)` });
  if (carrier) result.push({ claims: { role: "COURIER", sub: `courier@${carrier.name.toLowerCase().replace(/\W+/g, "-")}`, carrierId: carrier.id }, label: `${carrier.name} (${carrier.n} shipments)` });
  return result;
}
