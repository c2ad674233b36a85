import { DomainError } from "../errors.js";
import type { ShipmentStatus } from "../tracking/tracking.types.js";

export type OrderStatus = "PENDING" | "CONFIRMED" | "PARTIALLY_SHIPPED" | "SHIPPED" | "DELIVERED" | "CANCELLED" | "RETURNED";

/**
 * Every move an order may make. Shipping and delivery follow the parcels (a confirmed order may
 * jump straight to DELIVERED when its only parcel is scanned delivered first); cancelling is
 * possible only while nothing has left the warehouse; a return comes after delivery.
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["PARTIALLY_SHIPPED", "SHIPPED", "DELIVERED", "CANCELLED"],
  PARTIALLY_SHIPPED: ["SHIPPED", "DELIVERED"],
  SHIPPED: ["DELIVERED"],
  DELIVERED: ["RETURNED"],
  CANCELLED: [],
  RETURNED: [],
};

export const canMove = (from: OrderStatus, to: OrderStatus): boolean => ORDER_TRANSITIONS[from].includes(to);

const VERB: Partial<Record<OrderStatus, string>> = { CONFIRMED: "confirmed", CANCELLED: "cancelled", RETURNED: "marked returned" };

/** CONFLICT naming the order's current status when the move is not in the table. */
export function assertMove(from: OrderStatus, to: OrderStatus, field: string): void {
  if (canMove(from, to)) return;
  throw new DomainError("CONFLICT", `A ${from} order cannot be ${VERB[to] ?? `moved to ${to}`}`, field, { currentStatus: from });
}

/**
 * The order's status from its delivery shipments: all delivered → DELIVERED; all on their way →
 * SHIPPED; some → PARTIALLY_SHIPPED. Orders only move forward this way; cancelled and returned
 * orders are left alone.
 */
export function orderStatusFromShipments(current: OrderStatus, shipmentStatuses: ShipmentStatus[]): OrderStatus {
  if (!["CONFIRMED", "PARTIALLY_SHIPPED", "SHIPPED"].includes(current) || shipmentStatuses.length === 0) return current;
  const departed = shipmentStatuses.filter((s) => s !== "LABEL_CREATED");
  let next: OrderStatus = current;
  if (shipmentStatuses.every((s) => s === "DELIVERED")) next = "DELIVERED";
  else if (departed.length === shipmentStatuses.length) next = "SHIPPED";
  else if (departed.length > 0) next = "PARTIALLY_SHIPPED";
  return canMove(current, next) ? next : current;
}
