import { asc, count, desc, eq, isNull } from "drizzle-orm";
import type { TokenClaims } from "../auth/tokens.js";
import type { Database } from "../db/client.js";
import { carriers, customers, dealerRelationships, dealers, orders, shipments, suppliers } from "../db/schema/index.js";

export interface DemoPrincipal {
  claims: TokenClaims;
  /** Which demo record the token belongs to, for the start-up banner. */
  label: string;
}

/**
 * One principal per role, bound to demo records that have data to show: the dealer with the
 * most customers, the customer with the most orders, the carrier with the most shipments.
 */
export async function demoPrincipals(db: Database): Promise<DemoPrincipal[]> {
  const [dealer] = await db
    .select({ id: dealers.id, name: dealers.name, code: dealers.code, n: count() })
    .from(dealers)
    .innerJoin(dealerRelationships, eq(dealerRelationships.dealerId, dealers.id))
    .groupBy(dealers.id)
    .orderBy(desc(count()), asc(dealers.code))
    .limit(1);
  const [supplier] = await db.select().from(suppliers).orderBy(asc(suppliers.code)).limit(1);
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
  if (dealer) result.push({ claims: { role: "DEALER", sub: `service@${dealer.code.toLowerCase()}`, dealerId: dealer.id }, label: `${dealer.name} (${dealer.code}, ${dealer.n} customer links)` });
  if (supplier) result.push({ claims: { role: "SUPPLIER", sub: `portal@${supplier.code.toLowerCase()}`, supplierId: supplier.id }, label: supplier.name });
  if (customer) result.push({ claims: { role: "CUSTOMER", sub: customer.id, customerId: customer.id }, label: `${customer.name} (${customer.n} orders)` });
  if (carrier) result.push({ claims: { role: "COURIER", sub: `courier@${carrier.name.toLowerCase().replace(/\W+/g, "-")}`, carrierId: carrier.id }, label: `${carrier.name} (${carrier.n} shipments)` });
  return result;
}
