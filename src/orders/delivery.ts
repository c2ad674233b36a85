import type { OrderingRules } from "../config.js";
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

/** The local calendar day (YYYY-MM-DD) and minutes after midnight of an instant in a time zone. */
export function localTime(at: Date, timeZone: string): { day: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * SAME_DAY means the day of ordering in the platform's time zone: it is taken until the cut-off
 * (default 14:00, so a courier run still fits the day), and a chosen window lies within that
 * local day (it may end at midnight, not after). Returns the rule broken, naming the input.
 */
export function sameDayProblem(
  placedAt: Date,
  window: { start: Date; end: Date } | null | undefined,
  rules: OrderingRules,
): { field: string; message: string } | null {
  const ordered = localTime(placedAt, rules.timeZone);
  if (ordered.minutes >= rules.sameDayCutoffMinutes) {
    return { field: "input.deliveryOption", message: `Same-day delivery is taken until ${clock(rules.sameDayCutoffMinutes)} (${rules.timeZone}); choose EXPRESS` };
  }
  if (!window) return null;
  if (localTime(window.start, rules.timeZone).day !== ordered.day) {
    return { field: "input.deliveryWindow.start", message: `A same-day delivery window lies on ${ordered.day} (${rules.timeZone})` };
  }
  if (localTime(new Date(window.end.getTime() - 1), rules.timeZone).day !== ordered.day) {
    return { field: "input.deliveryWindow.end", message: `A same-day delivery window ends by midnight of ${ordered.day} (${rules.timeZone})` };
  }
  return null;
}
