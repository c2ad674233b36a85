import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customers, interactions } from "../db/schema/index.js";
import { columns, globalId, instants, type TypeProjection } from "../graphql/compiled/projection.js";
import { INTERACTION_KEYS, interactionVisibility } from "./interactions.service.js";

/** The compiled read path's view of interactions (graphql/compiled): the same scope and keyset as the loader (filters run through it). */
export const interactionProjections: TypeProjection[] = [
  {
    type: "Customer",
    leaves: {},
    relations: {
      interactions: {
        shape: "connection",
        type: "Interaction",
        tables: [interactions],
        rows: (principal: Principal) => ({ from: sql`${interactions}`, where: and(eq(interactions.customerId, customers.id), interactionVisibility(principal)) }),
        ordering: "OCCURRED_AT_DESC",
        keys: INTERACTION_KEYS,
      },
    },
  },
  {
    type: "Interaction",
    leaves: {
      id: globalId("Interaction", interactions.id),
      ...columns(interactions, ["channel", "direction", "type", "subject", "notes", "agent", "outcome"]),
      ...instants(interactions, ["occurredAt"]),
    },
  },
];
