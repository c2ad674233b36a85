import type { Transaction } from "../db/client.js";
import type { ShipmentStatus } from "./tracking.types.js";

/** Where one delivery parcel of an order stands after a batch of scans. */
export interface ParcelProgress {
  status: ShipmentStatus;
  deliveredAt: Date | null;
}

/** What a batch of scans moved, for the domains that follow parcels. */
export interface ShipmentsMoved {
  /** Every delivery parcel of each order one of whose parcels moved (not only the moved ones). */
  parcelsByOrder: Map<string, ParcelProgress[]>;
  /** Returns whose pick-up parcel arrived at the warehouse. */
  returnedIds: string[];
}

/**
 * The hook a batch of scans calls inside its transaction, so that whoever follows the parcels
 * (the orders domain: order status, payments, returns received) commits or rolls back with the
 * events. Tracking declares it and never names its follower: the composition (src/reactions.ts)
 * registers the orders domain's reaction, because orders depend on tracking, not the reverse.
 */
export type OnShipmentsMoved = (tx: Transaction, moved: ShipmentsMoved) => Promise<void>;
