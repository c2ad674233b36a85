import { and, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { orders } from "../db/schema/index.js";
import { badInput, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { lockDeliveryParcels } from "../tracking/shipment-writes.service.js";
import { orderScope } from "./orders.policy.js";

/*
 * Lock order of every order workflow, so that no two of them can deadlock:
 *   1. parcels (shipments), in id order — a courier's batch, cancel, split, receiving or rejecting a return;
 *   2. orders, in id order — the batch's followShipments locks all its orders in one statement;
 *   3. the order's returns, then its payments.
 * A path may skip a level, never go back up one: confirming and requesting a return lock only the
 * order (the parcels they book are new rows). test/orders/order-locking.test.ts races a courier's batch
 * against staff on PostgreSQL.
 */

/**
 * The order a principal may see, locked for the rest of the transaction; another customer's or
 * another dealership's order is NOT_FOUND, so its existence is not revealed.
 */
export async function lockOrder(tx: Executor, principal: Principal, globalId: string, field: string) {
  const id = expectGlobalId(globalId, "Order", field);
  const [row] = await tx.select().from(orders).where(and(eq(orders.id, id), orderScope(principal))).for("update");
  if (!row) throw notFound("Order", field);
  return row;
}

/**
 * Like `lockOrder`, for changes that also touch the order's parcels: the parcels are locked
 * first, then the order, the same order a courier's batch takes them in, so the two cannot
 * deadlock.
 */
export async function lockOrderWithParcels(tx: Executor, principal: Principal, globalId: string, field: string) {
  const id = expectGlobalId(globalId, "Order", field);
  const [visible] = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.id, id), orderScope(principal)));
  if (!visible) throw notFound("Order", field);
  const parcels = await lockDeliveryParcels(tx, id);
  return { order: await lockOrder(tx, principal, globalId, field), parcels };
}

/** Trimmed text or null; BAD_USER_INPUT naming the field when required and empty or too long. */
export function optionalText(value: string | null | undefined, field: string, max: number, required = false): string | null {
  const trimmed = value?.trim() ?? "";
  if (required && !trimmed) throw badInput(field, `${field.split(".").at(-1)} is required`);
  if (trimmed.length > max) throw badInput(field, `${field.split(".").at(-1)} has at most ${max} characters`);
  return trimmed || null;
}

/** A whole number within bounds, or BAD_USER_INPUT naming the field. */
export function wholeNumber(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, `${field.split(".").at(-1)} must be a whole number from ${min} to ${max}`);
  return value;
}

export const formatMoney = (minor: number, currency: string) => `${(minor / 100).toFixed(2)} ${currency}`;
