import type { ShipmentStatus } from "./tracking.types.js";

/**
 * Whether `next` may be recorded as the newest event of a shipment whose status is `current`:
 * after a delivery only a return may follow, after a return nothing.
 */
export function allowedAfter(current: ShipmentStatus, next: ShipmentStatus): boolean {
  if (current === "RETURNED") return false;
  if (current === "DELIVERED") return next === "RETURNED";
  return true;
}
