import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { dealerService, recordLookup, recordRelations, vehicleService } from "./service.declaration.js";

export function createServiceLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const ofVehicle = vehicleService.loaders(db, principal, options);
  const ofDealer = dealerService.loaders(db, principal, options);
  return {
    record: recordLookup.loader(db, principal, options),
    ofVehicle: ofVehicle.serviceRecords,
    ofDealer: ofDealer.serviceRecords,
    items: recordRelations.loaders(db, principal, options).items,
    appointmentsOfDealer: ofDealer.serviceAppointments,
    appointments: ofVehicle.appointments,
  };
}
