import type { serviceAppointments, serviceItems, serviceRecords } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { money } from "../graphql/money.js";
import { ServiceAppointment, ServiceItem, ServiceRecord } from "./service.types.js";

export type ServiceRecordRow = typeof serviceRecords.$inferSelect;
export type AppointmentRow = typeof serviceAppointments.$inferSelect;

export const toServiceRecord = (r: ServiceRecordRow): ServiceRecord =>
  Object.assign(new ServiceRecord(), {
    id: toGlobalId("ServiceRecord", r.id),
    dbId: r.id,
    vehicleDbId: r.vehicleId,
    dealerDbId: r.dealerId,
    kind: r.kind,
    mileageKm: r.mileageKm,
    performedAt: r.performedAt,
    total: money(r.totalMinor, r.currency),
    technicianNotes: r.technicianNotes,
  });

export const toServiceItem = (r: typeof serviceItems.$inferSelect): ServiceItem =>
  Object.assign(new ServiceItem(), {
    recordDbId: r.serviceRecordId,
    kind: r.kind,
    description: r.description,
    quantity: r.quantity,
    unitPrice: money(r.unitPriceMinor, "CNY"),
    total: money(r.totalMinor, "CNY"),
  });

export const toAppointment = (r: AppointmentRow): ServiceAppointment =>
  Object.assign(new ServiceAppointment(), {
    id: toGlobalId("ServiceAppointment", r.id),
    vehicleDbId: r.vehicleId,
    dealerDbId: r.dealerId,
    serviceRecordDbId: r.serviceRecordId,
    customerDbId: r.customerId,
    scheduledAt: r.scheduledAt,
    status: r.status,
    purpose: r.purpose,
  });
