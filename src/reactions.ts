import { joinAnonymousHistory } from "./activity/activity.service.js";
import type { OnProfileEdited } from "./customers/profile-edits.js";
import type { OnSignedIn } from "./customers/signed-in.js";
import { recordProfileEdit } from "./identity/profile-record.js";
import type { OnIdentityRelinked } from "./identity/relinked.js";
import { followIdentityInteractions } from "./interactions/interaction-history.service.js";
import { followIdentity } from "./orders/history-build.js";
import { followIdentityVisits } from "./service/visit-history.service.js";
import { followShipments } from "./orders/orders.service.js";
import { followIdentitySales } from "./vehicles/sale-history.service.js";
import type { OnShipmentsMoved } from "./tracking/shipments-moved.js";

/**
 * Cross-domain reactions, wired in one place. A domain that must let a higher one react (a
 * parcel moved → its order's status) declares a hook and calls it; it never imports the
 * reacting domain, which would make the two depend on each other (src/README.md, "Layout").
 */
export interface Reactions {
  /** Orders follow their parcels: status, payment capture, returns received. */
  shipmentsMoved: OnShipmentsMoved;
  /** A profile's own name, birthday and contacts become identity match keys. */
  profileEdited: OnProfileEdited;
  /** Imported orders, service visits, interactions and vehicle sales follow their person's source record to the profile it belongs to now. */
  identityRelinked: OnIdentityRelinked;
  /** An anonymous visitor's tracked events join the profile they registered or signed in as (and the identity graph links the id). */
  signedIn: OnSignedIn;
}

export const reactions: Reactions = {
  signedIn: joinAnonymousHistory,
  shipmentsMoved: followShipments,
  profileEdited: recordProfileEdit,
  identityRelinked: async (tx, customerIds) => {
    await followIdentity(tx, customerIds);
    await followIdentityVisits(tx, customerIds);
    await followIdentityInteractions(tx, customerIds);
    await followIdentitySales(tx, customerIds);
  },
};
