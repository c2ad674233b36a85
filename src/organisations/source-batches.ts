import { Param, sql } from "drizzle-orm";
import { badInput, DomainError } from "../errors.js";

/** A record of a batch that could be read: its place in the batch and what the source's reader made of it. */
export interface ReadRecord<P, W> {
  index: number;
  /** The record's path in the input (`input.orders.3`): where its warnings and refusals point. */
  at: string;
  payload: P;
  warnings: W[];
}

/**
 * Reads a batch of one source's history records (orders, service visits) one by one: a record
 * the reader refuses, or whose key appeared earlier in the batch, is refused at its field and the
 * others go on. Anything but a DomainError is a bug and is thrown.
 */
export function readBatch<Raw, P, W, R>(
  raws: readonly Raw[],
  spec: {
    /** The input list's path, e.g. `input.orders`. */
    list: string;
    /** The key field's name in a record (`transactionId`) and its value in a read payload. */
    key: string;
    keyOf: (payload: P) => string;
    read: (raw: Raw, at: string) => { payload: P; warnings: W[] };
    refused: (index: number, raw: Raw, error: DomainError) => R;
  },
): { read: ReadRecord<P, W>[]; rejected: R[] } {
  const read: ReadRecord<P, W>[] = [];
  const rejected: R[] = [];
  const seen = new Set<string>();
  raws.forEach((raw, index) => {
    const at = `${spec.list}.${index}`;
    try {
      const { payload, warnings } = spec.read(raw, at);
      const key = spec.keyOf(payload);
      if (seen.has(key)) throw badInput(`${at}.${spec.key}`, `This ${spec.key} appears earlier in the same batch`);
      seen.add(key);
      read.push({ index, at, payload, warnings });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      rejected.push(spec.refused(index, raw, error));
    }
  });
  return { read, rejected };
}

/** A batch's outcome counts, the same for every kind of history record. */
export function batchSummary(records: readonly { outcome: string; state: string; warnings: readonly unknown[] }[], rejected: number) {
  const count = (pick: (r: (typeof records)[number]) => boolean) => records.filter(pick).length;
  return {
    created: count((r) => r.outcome === "CREATED"),
    updated: count((r) => r.outcome === "UPDATED"),
    unchanged: count((r) => r.outcome === "UNCHANGED"),
    pending: count((r) => r.state === "PENDING"),
    quarantined: count((r) => r.warnings.length > 0),
    rejected,
  };
}

/** Array and JSON parameters of the batch statements. */
export const uuids = (values: readonly string[]) => sql`${new Param([...values])}::uuid[]`;
export const texts = (values: readonly string[]) => sql`${new Param([...values])}::text[]`;
export const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
