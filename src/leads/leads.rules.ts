import type { LeadSource, LeadStatus } from "./leads.types.js";

/**
 * The funnel's moves. A lead may skip ahead (a walk-in books a test drive at once) and step back
 * from a test drive to contacted (the drive was cancelled); WON and LOST close it, and a lost
 * lead may be reopened as contacted when the prospect comes back. WON needs a sale (a VIN).
 */
const NEXT: Record<LeadStatus, readonly LeadStatus[]> = {
  NEW: ["CONTACTED", "TEST_DRIVE_BOOKED", "WON", "LOST"],
  CONTACTED: ["TEST_DRIVE_BOOKED", "WON", "LOST"],
  TEST_DRIVE_BOOKED: ["CONTACTED", "TEST_DRIVE_BOOKED", "WON", "LOST"],
  WON: [],
  LOST: ["CONTACTED"],
};

export const mayMove = (from: LeadStatus, to: LeadStatus): boolean => NEXT[from].includes(to);

/** Which sources each role may enter: the public form is the web's; a dealer's are its showroom and events; staff's the hotline and events. */
const SOURCES: Record<string, readonly LeadSource[]> = {
  ANONYMOUS: ["WEB_FORM"],
  CUSTOMER: ["WEB_FORM"],
  DEALER: ["SHOWROOM", "EVENT"],
  AGENT: ["HOTLINE", "EVENT", "WEB_FORM"],
  ADMIN: ["HOTLINE", "EVENT", "WEB_FORM", "SHOWROOM"],
};

export const maySubmit = (role: string, source: LeadSource): boolean => (SOURCES[role] ?? []).includes(source);

/** The source-record system a lead's person is matched through (identity), per lead source. */
export const identitySourceOf = (source: LeadSource): string => `lead-${source.toLowerCase().replace(/_/g, "-")}`;
