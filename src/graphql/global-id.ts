import { badInput } from "../errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque Relay id: base64url("Type:uuid"). Clients must not build or parse them. */
export const toGlobalId = (type: string, id: string): string =>
  Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

export function fromGlobalId(globalId: string, field = "id"): { type: string; id: string } {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon < 1 || !UUID.test(id)) throw badInput(field, `'${globalId}' is not a valid id`);
  return { type, id };
}

/** The database id behind a global id that must be of one type. */
export function expectGlobalId(globalId: string, type: string, field = "id"): string {
  const parsed = fromGlobalId(globalId, field);
  if (parsed.type !== type) throw badInput(field, `'${globalId}' is not a ${type} id`);
  return parsed.id;
}
