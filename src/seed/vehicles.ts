import { withCheckDigit } from "../validation/vin.js";
import { isoDate, type SeedContext } from "./context.js";
import type { Person } from "./people.js";
import type { Reference } from "./reference.js";

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
const YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"; // ISO 3779 position 10 cycles from 2010 = A
const SERVICE_ITEMS = {
  MAINTENANCE: [["PART", "Cabin air filter", 15900], ["PART", "Brake fluid", 8900], ["LABOUR", "Annual inspection", 30000]],
  REPAIR: [["PART", "Front brake pads", 48900], ["PART", "Headlight assembly", 159900], ["LABOUR", "Repair labour (2h)", 60000]],
  WARRANTY: [["PART", "Charging port module", 0], ["LABOUR", "Warranty labour", 0]],
  RECALL: [["PART", "Seat-belt pretensioner (recall R-2024-03)", 0], ["LABOUR", "Recall labour", 0]],
} as const;

function vin(ctx: SeedContext, wmi: string, year: number): string {
  const randomChars = (n: number) => Array.from({ length: n }, () => ctx.pick([...VIN_CHARS])).join("");
  const yearCode = YEAR_CODES[(year - 2010) % YEAR_CODES.length]!;
  return withCheckDigit(`${wmi}${randomChars(5)}0${yearCode}${randomChars(1)}${String(ctx.int(0, 999_999)).padStart(6, "0")}`);
}

/** Vehicles of owners and fleets, with their sale, ownership changes, mileage and service visits. */
export function generateVehicles(ctx: SeedContext, ref: Reference, people: Person[]): void {
  const sellers = ref.dealers.filter((d) => d.sells);
  const stations = ref.dealers.filter((d) => d.repairs);
  const booked = new Map<string, number>();
  const previousOwners: Person[] = [];
  for (const person of people) {
    const owns = person.kind === "FLEET" ? ctx.int(2, 5) : ctx.chance(0.45) ? 1 : 0;
    for (let n = 0; n < owns; n++) {
      const model = ctx.pick(ref.models);
      const year = ctx.int(Math.max(model.firstYear, 2018), 2026);
      const soldAt = ctx.between(new Date(`${year}-01-15`) < person.createdAt ? person.createdAt : new Date(`${year}-01-15`), ctx.daysAgo(20));
      const localSellers = sellers.filter((d) => d.city.name === person.city.name);
      const seller = ctx.pick(localSellers.length ? localSellers : sellers);
      const vehicleId = ctx.id(soldAt);
      const usedBefore = previousOwners.length > 0 && ctx.chance(0.12);
      const warrantyEnd = new Date(soldAt);
      warrantyEnd.setMonth(warrantyEnd.getMonth() + model.warrantyMonths);
      const ageDays = (ctx.now.getTime() - soldAt.getTime()) / 86_400_000;
      const mileage = Math.round(ageDays * ctx.int(20, 60));
      ctx.rows.vehicles.push({
        id: vehicleId,
        vin: vin(ctx, model.wmi, year),
        modelId: model.id,
        modelYear: year,
        color: ctx.pick(["Pearl White", "Graphite Grey", "Midnight Blue", "Ruby Red", "Jade Green"]),
        plate: `${person.city.platePrefix}·${ctx.int(10000, 99999)}`,
        mileageKm: mileage,
        warrantyEndsOn: isoDate(warrantyEnd),
        createdAt: soldAt,
      });
      let ownerFrom = soldAt;
      if (usedBefore) {
        // A used car: someone else bought it new, then sold it on to this person.
        const first = ctx.pick(previousOwners);
        const handover = ctx.between(soldAt, ctx.daysAgo(10));
        ctx.rows.vehicleOwnerships.push({ id: ctx.id(soldAt), vehicleId, customerId: first.id, role: "OWNER", startedOn: isoDate(soldAt), endedOn: isoDate(handover), sellingDealerId: seller.id, createdAt: soldAt });
        ctx.relate(seller.id, first.id, "SALE", soldAt);
        ownerFrom = handover;
      } else {
        ctx.relate(seller.id, person.id, "SALE", soldAt);
      }
      ctx.rows.vehicleOwnerships.push({
        id: ctx.id(ownerFrom),
        vehicleId,
        customerId: person.id,
        role: person.kind === "FLEET" ? ctx.pick(["OWNER", "LESSEE"] as const) : "OWNER",
        startedOn: isoDate(ownerFrom),
        endedOn: null,
        sellingDealerId: usedBefore ? null : seller.id,
        createdAt: ownerFrom,
      });
      previousOwners.push(person);

      const visits = Math.min(6, Math.floor(ageDays / 240) + (ctx.chance(0.3) ? 1 : 0));
      let visitAt = ownerFrom;
      for (let v = 0; v < visits; v++) {
        visitAt = ctx.between(ctx.plusHours(visitAt, 24 * 30), ctx.plusHours(visitAt, 24 * 300));
        if (visitAt > ctx.daysAgo(3)) break;
        const localStations = stations.filter((d) => d.city.name === person.city.name);
        const station = ctx.pick(localStations.length ? localStations : stations);
        const kind = ctx.pick(["MAINTENANCE", "MAINTENANCE", "MAINTENANCE", "REPAIR", "WARRANTY", "RECALL"] as const);
        const km = Math.round(mileage * ((visitAt.getTime() - soldAt.getTime()) / Math.max(1, ctx.now.getTime() - soldAt.getTime())));
        const recordId = ctx.id(visitAt);
        const items = SERVICE_ITEMS[kind].map(([itemKind, description, price]) => ({
          id: ctx.id(visitAt),
          serviceRecordId: recordId,
          kind: itemKind,
          description,
          quantity: 1,
          unitPriceMinor: price,
          totalMinor: price,
        }));
        ctx.rows.serviceRecords.push({
          id: recordId,
          vehicleId,
          customerId: person.id,
          dealerId: station.id,
          kind,
          mileageKm: km,
          performedAt: visitAt,
          totalMinor: items.reduce((sum, item) => sum + item.totalMinor, 0),
          technicianNotes: kind === "REPAIR" ? "Customer reported squeaking brakes; pads replaced." : null,
          createdAt: visitAt,
        });
        ctx.rows.serviceItems.push(...items);
        ctx.rows.mileageReadings.push({ id: ctx.id(visitAt), vehicleId, km, readAt: visitAt, source: station.code });
        ctx.relate(station.id, person.id, "SERVICE", visitAt);
      }
      if (ctx.chance(0.25)) {
        const station = ctx.pick(stations);
        const drawn = ctx.between(ctx.plusHours(ctx.now, 24), ctx.plusHours(ctx.now, 24 * 30));
        const id = ctx.id(ctx.now);
        // On the hour within opening hours (09:00-17:00 in China, 01:00-09:00 UTC), never more visits than the station has bays.
        const day = Math.floor(drawn.getTime() / 86_400_000) * 86_400_000;
        const at = new Date(day + (1 + (drawn.getUTCHours() % 9)) * 3_600_000);
        const slot = `${station.id}/${at.getTime()}`;
        if ((booked.get(slot) ?? 0) < station.serviceBays) {
          booked.set(slot, (booked.get(slot) ?? 0) + 1);
          ctx.rows.serviceAppointments.push({ id, vehicleId, customerId: person.id, dealerId: station.id, scheduledAt: at, status: "BOOKED", purpose: "Annual maintenance", createdAt: ctx.now });
          ctx.relate(station.id, person.id, "SERVICE", ctx.now);
        }
      }
    }
  }
}
