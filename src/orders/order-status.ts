import type { ShipmentStatus } from "../tracking/tracking.types.js";

export type OrderStatus = "PENDING" | "CONFIRMED" | "PARTIALLY_SHIPPED" | "SHIPPED" | "DELIVERED" | "CANCELLED" | "RETURNED";

/**
 * The order's status from its delivery shipments: all delivered → DELIVERED; all on their way →
 * SHIPPED; some → PARTIALLY_SHIPPED. Orders only move forward this way; cancelled and returned
 * orders are left alone.
 */
export function orderStatusFromShipments(current: OrderStatus, shipmentStatuses: ShipmentStatus[]): OrderStatus {
  if (!["CONFIRMED", "PARTIALLY_SHIPPED", "SHIPPED"].includes(current) || shipmentStatuses.length === 0) return current;
  const departed = shipmentStatuses.filter((s) => s !== "LABEL_CREATED");
  if (shipmentStatuses.every((s) => s === "DELIVERED")) return "DELIVERED";
  if (departed.length === shipmentStatuses.length) return "SHIPPED";
  if (departed.length > 0) return "PARTIALLY_SHIPPED";
  return current;
}
