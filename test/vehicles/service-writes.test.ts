import { count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { dealerRelationships, dealers, mileageReadings, serviceAppointments, serviceItems, serviceRecords, vehicles } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { withCheckDigit } from "../../src/validation/vin.js";
import {
  BookServiceAppointment,
  CancelServiceAppointment,
  CompleteServiceAppointment,
  MarkServiceAppointmentNoShow,
  RecordServiceRecord,
  RescheduleServiceAppointment,
  StationAppointments,
  VehicleService,
} from "../operations/service-writes.js";
import { makeCarrier, makeCustomer, makeDealer, makeSupplier, makeVehicle } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describePlatform("service records and appointments", (platform) => {
  let admin: string;
  let agent: string;
  let station: { id: string; gid: string; token: string };
  let otherStation: { id: string; gid: string; token: string };
  let salesOnly: { id: string; gid: string; token: string };
  let supplier: string;
  let courier: string;
  const db = () => platform().database.db;
  const tally = async () =>
    Promise.all([serviceRecords, serviceItems, mileageReadings, serviceAppointments].map(async (t) => (await db().select({ n: count() }).from(t))[0]!.n));

  async function dealer(repairs = true) {
    const row = await makeDealer(db(), { repairs });
    return { id: row.id, gid: toGlobalId("Dealer", row.id), token: await platform().token({ role: "DEALER", sub: `svc@${row.code}`, dealerId: row.id }) };
  }
  /** An owner with a car; `dealerIds` are the dealerships that know the owner already (an earlier order). */
  async function ownerWithVehicle(mileageKm = 10_000, dealerIds: string[] = []) {
    const owner = await makeCustomer(db(), { dealerIds });
    const vehicle = await makeVehicle(db(), owner.id, { mileageKm });
    return { owner, vehicle, token: await platform().token({ role: "CUSTOMER", sub: owner.id, customerId: owner.id }), customerGid: toGlobalId("Customer", owner.id) };
  }
  const work = { kind: "MAINTENANCE" as const, mileageKm: 15_000, technicianNotes: "Brake fluid changed", items: [{ kind: "PART" as const, description: "Brake fluid DOT4", quantity: 2, unitPriceMinor: 4_500 }, { kind: "LABOUR" as const, description: "Labour", unitPriceMinor: 20_000 }] };

  beforeAll(async () => {
    admin = await platform().token({ role: "ADMIN", sub: "root" });
    agent = await platform().token({ role: "AGENT", sub: "agent.wu" });
    station = await dealer();
    otherStation = await dealer();
    salesOnly = await dealer(false);
    supplier = await platform().token({ role: "SUPPLIER", sub: "s", supplierId: (await makeSupplier(db())).id });
    courier = await platform().token({ role: "COURIER", sub: "c", carrierId: (await makeCarrier(db())).id });
  });

  it("records a station's work on a vehicle brought to it: items, total, mileage, and the station becomes the owner's SERVICE dealership", async () => {
    const { owner, vehicle, token } = await ownerWithVehicle(10_000, [station.id]);
    const { recordServiceRecord } = await platform().data(RecordServiceRecord, { input: { vin: vehicle.vin.toLowerCase(), ...work } }, station.token);
    expect(recordServiceRecord.serviceRecord).toMatchObject({
      kind: "MAINTENANCE",
      mileageKm: 15_000,
      technicianNotes: "Brake fluid changed",
      total: { amountMinor: 29_000, currency: "CNY" },
      items: [
        { kind: "PART", description: "Brake fluid DOT4", quantity: 2, total: { amountMinor: 9_000 } },
        { kind: "LABOUR", description: "Labour", quantity: 1, total: { amountMinor: 20_000 } },
      ],
      station: { id: station.gid },
      vehicle: { vin: vehicle.vin, mileageKm: 15_000 },
    });
    expect(await db().select().from(dealerRelationships).where(eq(dealerRelationships.customerId, owner.id))).toEqual(
      expect.arrayContaining([expect.objectContaining({ dealerId: station.id, basis: "ORDER" }), expect.objectContaining({ dealerId: station.id, basis: "SERVICE" })]),
    );
    const mine = await platform().data(VehicleService, { vin: vehicle.vin }, token);
    expect(mine.vehicle?.serviceRecords.edges.map((e) => e.node.station?.id)).toEqual([station.gid]);

    // Staff record for any station by vehicle id; a lower odometer is refused and nothing is written.
    const byAgent = await platform().data(RecordServiceRecord, { input: { vehicleId: toGlobalId("Vehicle", vehicle.id), stationId: otherStation.gid, ...work, kind: "RECALL", mileageKm: 15_500, items: [] } }, agent);
    expect(byAgent.recordServiceRecord.serviceRecord).toMatchObject({ kind: "RECALL", total: { amountMinor: 0 }, station: { id: otherStation.gid } });
    const before = await tally();
    const down = await platform().gql(RecordServiceRecord, { input: { vin: vehicle.vin, ...work, mileageKm: 14_000 } }, station.token);
    expect(firstError(down.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.mileageKm" });
    expect(await tally()).toEqual(before);
    expect((await db().select().from(vehicles).where(eq(vehicles.id, vehicle.id)))[0]!.mileageKm).toBe(15_500);
  });

  it.each([
    [{ items: [{ kind: "PART", description: "x", quantity: 0, unitPriceMinor: 1 }] }, "input.items.0.quantity"],
    [{ items: [{ kind: "PART", description: "x", unitPriceMinor: 1 }, { kind: "PART", description: "y", unitPriceMinor: -5 }] }, "input.items.1.unitPriceMinor"],
    [{ items: [{ kind: "LABOUR", description: "  ", unitPriceMinor: 1 }] }, "input.items.0.description"],
    [{ items: [{ kind: "PART", description: "x", quantity: 10_000, unitPriceMinor: 100_000_000 }] }, "input.items"],
    [{ mileageKm: -1 }, "input.mileageKm"],
    [{ performedAt: inDays(2) }, "input.performedAt"],
    [{ technicianNotes: "n".repeat(5001) }, "input.technicianNotes"],
    [{ vin: "NOT-A-VIN" }, "input.vin"],
    [{ vehicleId: "junk", vin: null }, "input.vehicleId"],
    [{ vin: null }, "input.vin"],
  ])("refuses a service record with a bad value (%#) naming the field and writes nothing", async (override, field) => {
    const { vehicle } = await ownerWithVehicle();
    const before = await tally();
    const { body } = await platform().gql(RecordServiceRecord, { input: { vin: vehicle.vin, ...work, ...override } as never }, station.token);
    expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field });
    expect(await tally()).toEqual(before);
  });

  it("keeps service recording to repair stations (their own) and staff", async () => {
    const { vehicle, token } = await ownerWithVehicle();
    const input = { vin: vehicle.vin, ...work };
    const before = await tally();
    expect(firstError((await platform().gql(RecordServiceRecord, { input }, salesOnly.token)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(RecordServiceRecord, { input: { ...input, stationId: otherStation.gid } }, station.token)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(RecordServiceRecord, { input }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.stationId" });
    expect(firstError((await platform().gql(RecordServiceRecord, { input: { ...input, stationId: salesOnly.gid } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.stationId" });
    expect(firstError((await platform().gql(RecordServiceRecord, { input: { ...input, stationId: toGlobalId("Dealer", "00000000-0000-7000-8000-000000000000") } }, admin)).body)).toEqual({ code: "NOT_FOUND", field: "input.stationId" });
    expect(firstError((await platform().gql(RecordServiceRecord, { input: { ...input, vin: "1HGCM82633A004352" } }, station.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.vin" });
    for (const t of [token, supplier, courier]) expect(firstError((await platform().gql(RecordServiceRecord, { input }, t)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(RecordServiceRecord, { input })).body).code).toBe("UNAUTHENTICATED");
    expect(await tally()).toEqual(before);
  });

  it("books, reschedules and completes a visit, which becomes a service record; a finished visit cannot change", async () => {
    const { vehicle, token } = await ownerWithVehicle(20_000);
    const booked = await platform().data(BookServiceAppointment, { input: { vin: vehicle.vin, stationId: station.gid, scheduledAt: inDays(3), purpose: " Annual check " } }, token);
    const appointment = booked.bookServiceAppointment.appointment;
    expect(appointment).toMatchObject({ status: "BOOKED", purpose: "Annual check", station: { id: station.gid }, serviceRecord: null });

    const moved = await platform().data(RescheduleServiceAppointment, { input: { appointmentId: appointment.id, scheduledAt: inDays(5) } }, token);
    expect(new Date(moved.rescheduleServiceAppointment.appointment.scheduledAt).getTime()).toBeGreaterThan(new Date(appointment.scheduledAt).getTime());

    const done = await platform().data(CompleteServiceAppointment, { input: { appointmentId: appointment.id, ...work, mileageKm: 21_000 } }, station.token);
    expect(done.completeServiceAppointment.serviceRecord).toMatchObject({ kind: "MAINTENANCE", total: { amountMinor: 29_000 }, station: { id: station.gid } });
    expect(done.completeServiceAppointment.appointment).toMatchObject({ status: "COMPLETED", serviceRecord: { id: done.completeServiceAppointment.serviceRecord!.id, mileageKm: 21_000 } });
    const mine = await platform().data(VehicleService, { vin: vehicle.vin }, token);
    expect(mine.vehicle).toMatchObject({ mileageKm: 21_000, appointments: [{ id: appointment.id, status: "COMPLETED" }] });

    const before = await tally();
    const attempts = [
      platform().gql(CancelServiceAppointment, { input: { appointmentId: appointment.id } }, token),
      platform().gql(CompleteServiceAppointment, { input: { appointmentId: appointment.id, ...work, mileageKm: 22_000 } }, station.token),
      platform().gql(MarkServiceAppointmentNoShow, { input: { appointmentId: appointment.id } }, station.token),
    ];
    for (const { body } of await Promise.all(attempts)) {
      expect(firstError(body)).toEqual({ code: "CONFLICT", field: "input.appointmentId" });
      expect(body.errors?.[0]?.extensions?.currentStatus).toBe("COMPLETED");
    }
    const late = await platform().gql(RescheduleServiceAppointment, { input: { appointmentId: appointment.id, scheduledAt: inDays(9) } }, agent);
    expect(late.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", currentStatus: "COMPLETED" });
    expect(await tally()).toEqual(before);
  });

  it("cancels or marks a no-show, and lets a dealer book at its own station only", async () => {
    const { vehicle, token } = await ownerWithVehicle(10_000, [station.id]);
    const byDealer = await platform().data(BookServiceAppointment, { input: { vehicleId: toGlobalId("Vehicle", vehicle.id), scheduledAt: inDays(1), purpose: "Tyres" } }, station.token);
    expect(byDealer.bookServiceAppointment.appointment.station?.id).toBe(station.gid);
    const cancelled = await platform().data(CancelServiceAppointment, { input: { appointmentId: byDealer.bookServiceAppointment.appointment.id } }, token);
    expect(cancelled.cancelServiceAppointment.appointment.status).toBe("CANCELLED");
    const again = await platform().data(BookServiceAppointment, { input: { vin: vehicle.vin, stationId: otherStation.gid, scheduledAt: inDays(2), purpose: "Tyres" } }, agent);
    const noShow = await platform().data(MarkServiceAppointmentNoShow, { input: { appointmentId: again.bookServiceAppointment.appointment.id } }, otherStation.token);
    expect(noShow.markServiceAppointmentNoShow.appointment.status).toBe("NO_SHOW");

    const before = await tally();
    expect(firstError((await platform().gql(BookServiceAppointment, { input: { vin: vehicle.vin, stationId: otherStation.gid, scheduledAt: inDays(1), purpose: "x" } }, station.token)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(BookServiceAppointment, { input: { vin: vehicle.vin, scheduledAt: inDays(1), purpose: "x" } }, salesOnly.token)).body).code).toBe("FORBIDDEN");
    expect(await tally()).toEqual(before);
  });

  it("keeps a station off a stranger's car known only by its VIN: NOT_FOUND, nothing written, the owner's profile stays closed", async () => {
    const { owner, vehicle } = await ownerWithVehicle();
    const before = await tally();
    const record = await platform().gql(RecordServiceRecord, { input: { vin: vehicle.vin, ...work } }, station.token);
    expect(firstError(record.body)).toEqual({ code: "NOT_FOUND", field: "input.vin" });
    const booking = await platform().gql(BookServiceAppointment, { input: { vehicleId: toGlobalId("Vehicle", vehicle.id), scheduledAt: inDays(1), purpose: "Tyres" } }, station.token);
    expect(firstError(booking.body)).toEqual({ code: "NOT_FOUND", field: "input.vehicleId" });
    expect(await tally()).toEqual(before);
    expect(await db().select().from(dealerRelationships).where(eq(dealerRelationships.customerId, owner.id))).toEqual([]);

    // The owner books the first visit themself; from then on the station knows them and may record its work.
    const ownerToken = await platform().token({ role: "CUSTOMER", sub: owner.id, customerId: owner.id });
    await platform().data(BookServiceAppointment, { input: { vin: vehicle.vin, stationId: station.gid, scheduledAt: inDays(1), purpose: "Tyres" } }, ownerToken);
    const recorded = await platform().data(RecordServiceRecord, { input: { vin: vehicle.vin, ...work } }, station.token);
    expect(recorded.recordServiceRecord.serviceRecord.vehicle?.vin).toBe(vehicle.vin);

    // A car nobody owns yet (new stock) links no one: the station may work on it.
    const [unowned] = await db().insert(vehicles).values({ vin: withCheckDigit("LMR9S8T7K6C5X4321"), modelId: vehicle.modelId, modelYear: 2024 }).returning();
    const stock = await platform().data(RecordServiceRecord, { input: { vehicleId: toGlobalId("Vehicle", unowned!.id), ...work } }, station.token);
    expect(stock.recordServiceRecord.serviceRecord.station?.id).toBe(station.gid);
  });

  it("keeps appointments to their customer, their station and staff", async () => {
    const { vehicle, token } = await ownerWithVehicle();
    const stranger = await ownerWithVehicle();
    const input = { vin: vehicle.vin, stationId: station.gid, scheduledAt: inDays(4), purpose: "Noise from the left" };
    const before = await tally();
    expect(firstError((await platform().gql(BookServiceAppointment, { input }, stranger.token)).body)).toEqual({ code: "NOT_FOUND", field: "input.vin" });
    for (const t of [supplier, courier]) expect(firstError((await platform().gql(BookServiceAppointment, { input }, t)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(BookServiceAppointment, { input })).body).code).toBe("UNAUTHENTICATED");
    expect(await tally()).toEqual(before);

    const { bookServiceAppointment } = await platform().data(BookServiceAppointment, { input }, token);
    const appointmentId = bookServiceAppointment.appointment.id;
    for (const t of [stranger.token, otherStation.token]) {
      expect(firstError((await platform().gql(RescheduleServiceAppointment, { input: { appointmentId, scheduledAt: inDays(6) } }, t)).body)).toEqual({ code: "NOT_FOUND", field: "input.appointmentId" });
      expect(firstError((await platform().gql(CancelServiceAppointment, { input: { appointmentId } }, t)).body)).toEqual({ code: "NOT_FOUND", field: "input.appointmentId" });
    }
    expect(firstError((await platform().gql(CompleteServiceAppointment, { input: { appointmentId, ...work } }, token)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(CancelServiceAppointment, { input: { appointmentId } }, supplier)).body).code).toBe("FORBIDDEN");
    const [row] = await db().select().from(serviceAppointments).where(eq(serviceAppointments.vehicleId, vehicle.id));
    expect(row).toMatchObject({ status: "BOOKED" });
  });

  it.each([
    [{ scheduledAt: inDays(-1) }, "input.scheduledAt"],
    [{ scheduledAt: inDays(800) }, "input.scheduledAt"],
    [{ purpose: "  " }, "input.purpose"],
    [{ purpose: "p".repeat(501) }, "input.purpose"],
    [{ vin: "LMR" }, "input.vin"],
  ])("refuses a booking with a bad value (%#) naming the field and writes nothing", async (override, field) => {
    const { vehicle, token } = await ownerWithVehicle();
    const before = await tally();
    const { body } = await platform().gql(BookServiceAppointment, { input: { vin: vehicle.vin, stationId: station.gid, scheduledAt: inDays(2), purpose: "Check", ...override } }, token);
    expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field });
    expect(await tally()).toEqual(before);
  });

  it("refuses rescheduling into the past and leaves the time as it was", async () => {
    const { vehicle, token } = await ownerWithVehicle();
    const { bookServiceAppointment } = await platform().data(BookServiceAppointment, { input: { vin: vehicle.vin, stationId: station.gid, scheduledAt: inDays(2), purpose: "Check" } }, token);
    const { body } = await platform().gql(RescheduleServiceAppointment, { input: { appointmentId: bookServiceAppointment.appointment.id, scheduledAt: inDays(-2) } }, token);
    expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field: "input.scheduledAt" });
    const [row] = await db().select().from(serviceAppointments).where(eq(serviceAppointments.vehicleId, vehicle.id));
    expect(row!.scheduledAt.toISOString()).toBe(new Date(bookServiceAppointment.appointment.scheduledAt).toISOString());
  });

  it("shows a station its own bookings and who is coming, and no other station's", async () => {
    const listing = await dealer();
    const { owner, vehicle, token } = await ownerWithVehicle();
    const first = await platform().data(BookServiceAppointment, { input: { vin: vehicle.vin, stationId: listing.gid, scheduledAt: inDays(2), purpose: "Tyres" } }, token);
    await platform().data(BookServiceAppointment, { input: { vin: vehicle.vin, stationId: listing.gid, scheduledAt: inDays(1), purpose: "Wipers" } }, token);
    await platform().data(CancelServiceAppointment, { input: { appointmentId: first.bookServiceAppointment.appointment.id } }, token);

    const own = await platform().data(StationAppointments, { id: listing.gid }, listing.token);
    const page = own.node?.__typename === "Dealer" ? own.node.serviceAppointments : null;
    expect(page?.edges.map((e) => [e.node.purpose, e.node.status, e.node.customer?.id])).toEqual([
      ["Wipers", "BOOKED", toGlobalId("Customer", owner.id)],
      ["Tyres", "CANCELLED", toGlobalId("Customer", owner.id)],
    ]);
    const booked = await platform().data(StationAppointments, { id: listing.gid, filter: { statuses: ["BOOKED"] } }, listing.token);
    expect(booked.node?.__typename === "Dealer" && booked.node.serviceAppointments.totalCount).toBe(1);
    const foreign = await platform().data(StationAppointments, { id: listing.gid }, otherStation.token);
    expect(foreign.node?.__typename === "Dealer" && foreign.node.serviceAppointments.totalCount).toBe(0);
  });

  it("refuses malformed appointment ids and bad work on completion, naming the field and changing nothing", async () => {
    const { vehicle, token } = await ownerWithVehicle(30_000);
    const { bookServiceAppointment } = await platform().data(BookServiceAppointment, { input: { vin: vehicle.vin, stationId: station.gid, scheduledAt: inDays(2), purpose: "Check" } }, token);
    const appointmentId = bookServiceAppointment.appointment.id;
    const before = await tally();
    expect(firstError((await platform().gql(CancelServiceAppointment, { input: { appointmentId: "junk" } }, token)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.appointmentId" });
    expect(firstError((await platform().gql(MarkServiceAppointmentNoShow, { input: { appointmentId: station.gid } }, station.token)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.appointmentId" });
    const down = await platform().gql(CompleteServiceAppointment, { input: { appointmentId, ...work, mileageKm: 29_000 } }, station.token);
    expect(firstError(down.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.mileageKm" });
    const badItem = await platform().gql(CompleteServiceAppointment, { input: { appointmentId, ...work, items: [{ kind: "PART", description: "x", unitPriceMinor: 1, productId: toGlobalId("Product", "00000000-0000-7000-8000-000000000000") }] } }, station.token);
    expect(firstError(badItem.body)).toEqual({ code: "NOT_FOUND", field: "input.items.0.productId" });
    expect(await tally()).toEqual(before);
    const [row] = await db().select().from(serviceAppointments).where(eq(serviceAppointments.vehicleId, vehicle.id));
    expect(row).toMatchObject({ status: "BOOKED", serviceRecordId: null });
  });

  it("keeps a station to its service bays: a visit takes a bay for an hour, a full slot is CONFLICT on input.scheduledAt", async () => {
    const small = await dealer();
    await db().update(dealers).set({ serviceBays: 2 }).where(eq(dealers.id, small.id));
    const slot = Math.ceil((Date.now() + 10 * 86_400_000) / 3_600_000) * 3_600_000;
    const at = (minutes: number) => new Date(slot + minutes * 60_000).toISOString();
    const [a, b, c] = [await ownerWithVehicle(), await ownerWithVehicle(), await ownerWithVehicle()];
    const book = (who: typeof a, minutes: number) => platform().gql(BookServiceAppointment, { input: { vin: who.vehicle.vin, stationId: small.gid, scheduledAt: at(minutes), purpose: "Check" } }, who.token);

    expect((await book(a, 0)).body.errors).toBeUndefined();
    expect((await book(b, 30)).body.errors).toBeUndefined();
    const before = await tally();
    // At +45 both bays are busy (the visits from +0 and from +30).
    const full = await book(c, 45);
    expect(firstError(full.body)).toEqual({ code: "CONFLICT", field: "input.scheduledAt" });
    expect(full.body.errors![0]!.extensions!.serviceBays).toBe(2);
    expect(await tally()).toEqual(before);
    // At +60 the first visit is over: one bay is free.
    const booked = await book(c, 60);
    expect(booked.body.errors).toBeUndefined();
    const cId = booked.body.data!.bookServiceAppointment.appointment.id;

    // Moving into a full slot is refused and changes nothing; moving within its own slot is fine.
    const moved = await platform().gql(RescheduleServiceAppointment, { input: { appointmentId: cId, scheduledAt: at(15) } }, c.token);
    expect(firstError(moved.body)).toEqual({ code: "CONFLICT", field: "input.scheduledAt" });
    const [unchanged] = await db().select().from(serviceAppointments).where(eq(serviceAppointments.vehicleId, c.vehicle.id));
    expect(unchanged!.scheduledAt.toISOString()).toBe(at(60));
    expect((await platform().gql(RescheduleServiceAppointment, { input: { appointmentId: cId, scheduledAt: at(75) } }, c.token)).body.errors).toBeUndefined();
    // A cancelled visit frees its bay; another station's visits never count.
    const aId = (await db().select().from(serviceAppointments).where(eq(serviceAppointments.vehicleId, a.vehicle.id)))[0]!.id;
    await platform().data(CancelServiceAppointment, { input: { appointmentId: toGlobalId("ServiceAppointment", aId) } }, a.token);
    expect((await platform().gql(RescheduleServiceAppointment, { input: { appointmentId: cId, scheduledAt: at(15) } }, c.token)).body.errors).toBeUndefined();
  });

  it("gives the last bay to one of two bookings racing for it", async () => {
    const tiny = await dealer();
    await db().update(dealers).set({ serviceBays: 1 }).where(eq(dealers.id, tiny.id));
    const scheduledAt = new Date(Math.ceil((Date.now() + 12 * 86_400_000) / 3_600_000) * 3_600_000).toISOString();
    const racers = await Promise.all([ownerWithVehicle(), ownerWithVehicle(), ownerWithVehicle()]);
    const results = await Promise.all(
      racers.map((r) => platform().gql(BookServiceAppointment, { input: { vin: r.vehicle.vin, stationId: tiny.gid, scheduledAt, purpose: "Tyres" } }, r.token)),
    );
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.body.errors)) expect(firstError(r.body)).toEqual({ code: "CONFLICT", field: "input.scheduledAt" });
    const booked = await db().select().from(serviceAppointments).where(eq(serviceAppointments.dealerId, tiny.id));
    expect(booked).toHaveLength(1);
  });
});
