import { describe, expect, it } from "vitest";
import { assertMove, canMove, ORDER_TRANSITIONS, orderStatusFromShipments, type OrderStatus } from "../../src/orders/order-status.js";
import type { ShipmentStatus } from "../../src/tracking/tracking.types.js";

// The order status machine as plain functions: order-rules and order-fulfilment prove it through the API.

const ALL = Object.keys(ORDER_TRANSITIONS) as OrderStatus[];

describe("the order status machine", () => {
  it("cancels only before anything left the warehouse, returns only after delivery, and ends at CANCELLED and RETURNED", () => {
    expect(ALL.filter((from) => canMove(from, "CANCELLED"))).toEqual(["PENDING", "CONFIRMED"]);
    expect(ALL.filter((from) => canMove(from, "RETURNED"))).toEqual(["DELIVERED"]);
    expect(ORDER_TRANSITIONS.CANCELLED).toEqual([]);
    expect(ORDER_TRANSITIONS.RETURNED).toEqual([]);
    // Never backwards: no status is reachable from one it leads to.
    for (const from of ALL) for (const to of ORDER_TRANSITIONS[from]) expect(canMove(to, from), `${to} -> ${from}`).toBe(false);
  });

  it("refuses a move outside the table with CONFLICT naming the field and the current status", () => {
    expect(() => assertMove("SHIPPED", "CANCELLED", "input.orderId")).toThrow(
      expect.objectContaining({ code: "CONFLICT", field: "input.orderId", message: "A SHIPPED order cannot be cancelled", details: { currentStatus: "SHIPPED" } }),
    );
    expect(() => assertMove("PENDING", "CONFIRMED", "input.orderId")).not.toThrow();
  });

  it.each<[OrderStatus, ShipmentStatus[], OrderStatus]>([
    ["CONFIRMED", ["LABEL_CREATED", "LABEL_CREATED"], "CONFIRMED"],
    ["CONFIRMED", ["IN_TRANSIT", "LABEL_CREATED"], "PARTIALLY_SHIPPED"],
    ["CONFIRMED", ["IN_TRANSIT", "PICKED_UP"], "SHIPPED"],
    ["CONFIRMED", ["DELIVERED"], "DELIVERED"],
    ["PARTIALLY_SHIPPED", ["DELIVERED", "IN_TRANSIT"], "SHIPPED"],
    ["SHIPPED", ["DELIVERED", "DELIVERED"], "DELIVERED"],
    // Only forward: a parcel scanned late does not take a shipped order back.
    ["SHIPPED", ["DELIVERED", "LABEL_CREATED"], "SHIPPED"],
    ["PENDING", ["DELIVERED"], "PENDING"],
    ["CANCELLED", ["DELIVERED"], "CANCELLED"],
    ["CONFIRMED", [], "CONFIRMED"],
  ])("moves a %s order whose parcels are %j to %s", (current, parcels, expected) => {
    expect(orderStatusFromShipments(current, parcels)).toBe(expected);
  });
});
