import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Principal } from "../../src/auth/principal.js";
import { vehicleOwnerships } from "../../src/db/schema/index.js";
import { ownershipScope } from "../../src/vehicles/vehicles.policy.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database.js";
import { makeCustomer, makeDealer, makeVehicle } from "../support/factories.js";

/*
 * The vehicle policy's subqueries read vehicle_ownerships themselves; applied to the
 * vehicle_ownerships table, an unaliased subquery compared each row's vehicle with itself and
 * admitted every ownership period to any dealer that had sold one car. No API field uses the
 * ownership scope without the vehicle's own today, so this holds the policy to its word directly.
 */
describe.each(databaseKinds())("the ownership scope [%s]", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("admits a dealer to the ownership periods of the vehicles it sold, not of every vehicle", async () => {
    const db = database.db;
    const dealer = await makeDealer(db);
    const [buyer, stranger] = [await makeCustomer(db), await makeCustomer(db)];
    const sold = await makeVehicle(db, buyer.id);
    await db.update(vehicleOwnerships).set({ sellingDealerId: dealer.id }).where(eq(vehicleOwnerships.vehicleId, sold.id));
    const elsewhere = await makeVehicle(db, stranger.id);

    const principal: Principal = { role: "DEALER", subject: "dealer", dealerId: dealer.id } as Principal;
    const visible = await db.select({ vehicleId: vehicleOwnerships.vehicleId }).from(vehicleOwnerships).where(ownershipScope(principal));
    expect(visible.map((r) => r.vehicleId)).toContain(sold.id);
    expect(visible.map((r) => r.vehicleId)).not.toContain(elsewhere.id);
  });
});
