import type { DeliveryOption } from "./orders.types.js";

/** Shipping charged per delivery option, in minor units; standard delivery is free from 99.00. */
export function shippingFor(option: DeliveryOption, subtotalMinor: number): number {
  switch (option) {
    case "EXPRESS":
      return 2000;
    case "SAME_DAY":
      return 3500;
    case "STANDARD":
      return subtotalMinor < 9900 ? 1000 : 0;
    case "DEALER_PICKUP":
      return 0;
  }
}

const TRANSIT_HOURS: Record<DeliveryOption, number> = { SAME_DAY: 8, EXPRESS: 24, STANDARD: 72, DEALER_PICKUP: 48 };

/** When a parcel that can leave at `readyAt` is expected to arrive. */
export const expectedArrival = (option: DeliveryOption, readyAt: Date): Date => new Date(readyAt.getTime() + TRANSIT_HOURS[option] * 3_600_000);

export interface PlannableLine {
  orderLineId: string;
  quantity: number;
  /** When its product can leave the warehouse; null: now. */
  availableFrom: Date | null;
}

export interface PlannedPart {
  lines: { orderLineId: string; quantity: number }[];
  readyAt: Date;
}

/**
 * How an order leaves the warehouse. TOGETHER: one parcel once everything is there. FASTEST:
 * what is in stock goes now in one parcel; the rest follows, one parcel per day on which
 * products arrive.
 */
export function planParts(lines: PlannableLine[], preference: "FASTEST" | "TOGETHER", now: Date): PlannedPart[] {
  const readyAt = (l: PlannableLine) => (l.availableFrom && l.availableFrom > now ? l.availableFrom : now);
  const strip = (l: PlannableLine) => ({ orderLineId: l.orderLineId, quantity: l.quantity });
  if (preference === "TOGETHER") {
    return [{ lines: lines.map(strip), readyAt: new Date(Math.max(...lines.map((l) => readyAt(l).getTime()))) }];
  }
  const byDay = new Map<string, PlannableLine[]>();
  for (const line of lines) {
    const day = readyAt(line) === now ? "now" : readyAt(line).toISOString().slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), line]);
  }
  return [...byDay.values()]
    .map((group) => ({ lines: group.map(strip), readyAt: new Date(Math.max(...group.map((l) => readyAt(l).getTime()))) }))
    .sort((a, b) => a.readyAt.getTime() - b.readyAt.getTime());
}
