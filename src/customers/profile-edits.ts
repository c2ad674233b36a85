import type { Executor } from "../db/client.js";

/** An address as a profile declares it (the same shape a source record carries). */
export interface DeclaredAddress {
  line1: string;
  line2?: string | null;
  city: string;
  province?: string | null;
  postcode?: string | null;
  country?: string | null;
}

/** What was entered for a profile in the platform itself (registration, self-service, staff edits), as opposed to what sources sent. */
export interface DeclaredProfile {
  givenName?: string | null;
  familyName?: string | null;
  birthday?: string | null;
  emails?: string[] | null;
  phones?: string[] | null;
  addresses?: DeclaredAddress[] | null;
}

/** One change to the declared profile: before → after. */
export type ProfileEdit = (declared: DeclaredProfile) => DeclaredProfile;

/**
 * Called inside the transaction of every write that gives a profile a name, birthday, email,
 * phone or address, so that identity matching finds the profile by them exactly as it finds
 * ingested records. Customers declares the hook and never names identity, which sits above it;
 * the composition wires identity's implementation in (src/reactions.ts).
 */
export type OnProfileEdited = (tx: Executor, customerId: string, edit: ProfileEdit) => Promise<void>;

const lower = (s: string) => s.trim().toLowerCase();
const sameAddress = (a: DeclaredAddress, b: DeclaredAddress) =>
  lower(a.line1) === lower(b.line1) && lower(a.city) === lower(b.city) && (a.postcode ?? "") === (b.postcode ?? "");
const addressOf = (a: DeclaredAddress): DeclaredAddress => ({
  line1: a.line1,
  line2: a.line2 ?? null,
  city: a.city,
  province: a.province ?? null,
  postcode: a.postcode ?? null,
  country: a.country ?? null,
});

/** The edits the customers domain makes; lists keep one entry per value (emails case-insensitively). */
export const profileEdits = {
  fields:
    (fields: { givenName?: string | null; familyName?: string | null; birthday?: string | null }): ProfileEdit =>
    (d) => ({ ...d, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) }),
  addEmail:
    (address: string): ProfileEdit =>
    (d) => ({ ...d, emails: [...(d.emails ?? []).filter((e) => lower(e) !== lower(address)), address] }),
  removeEmail:
    (address: string): ProfileEdit =>
    (d) => ({ ...d, emails: (d.emails ?? []).filter((e) => lower(e) !== lower(address)) }),
  addPhone:
    (e164: string): ProfileEdit =>
    (d) => ({ ...d, phones: [...(d.phones ?? []).filter((p) => p !== e164), e164] }),
  removePhone:
    (e164: string): ProfileEdit =>
    (d) => ({ ...d, phones: (d.phones ?? []).filter((p) => p !== e164) }),
  /** Replaces `before` (an edited address) or adds `after` (a new one); `after` null removes it. */
  address:
    (before: DeclaredAddress | null, after: DeclaredAddress | null): ProfileEdit =>
    (d) => {
      const rest = (d.addresses ?? []).filter((a) => !(before && sameAddress(a, before)) && !(after && sameAddress(a, after)));
      return { ...d, addresses: after ? [...rest, addressOf(after)] : rest };
    },
};
