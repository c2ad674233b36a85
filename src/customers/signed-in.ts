import type { Transaction } from "../db/client.js";

/** An app's anonymous visitor id: what registerCustomer and login accept, checked before anything runs. */
export const ANONYMOUS_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * The hook registration and sign-in call, inside their transaction, when the app sends the
 * visitor's anonymous id: whoever keeps anonymous visitors' history (the activity domain) joins
 * it to the profile. Customers declare it and never name the follower (src/reactions.ts wires it).
 */
export type OnSignedIn = (tx: Transaction, customerId: string, anonymousId: string) => Promise<unknown>;
