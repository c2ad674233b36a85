import { v7 } from "uuid";

/** Time-ordered UUIDs keep B-tree inserts local and make `id` a usable tie-breaker in keysets. */
export const newId = (): string => v7();
