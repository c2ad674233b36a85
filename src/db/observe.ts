import { createHash } from "node:crypto";
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from "@opentelemetry/api";
import { countStatement, operationSpan } from "./unavailable.js";

/**
 * Every statement the platform sends passes here (db/client.ts wraps both drivers), for three
 * things: how busy the pool is (/metrics), how many statements a request ran (/metrics), and, when
 * tracing is on, a span per statement under the span of the request that ran it.
 *
 * Spans carry no personal data: values are bound parameters and are never read here; the text is
 * sent as its shape (string and number literals replaced by `?`, cut at SHAPE_LENGTH), with a hash
 * of the full text to tell statements apart; a failure names its SQLSTATE only, because
 * PostgreSQL's messages and details quote values ("Key (email)=(…) already exists").
 */
export class StatementWatch {
  /** Statements outside transactions that have started and not settled. */
  private running = 0;
  /** Open transactions: each holds one connection from start to end. */
  private transactions = 0;
  /** Set by the server when tracing is on (tracing.ts); absent: no span is ever made. */
  tracer?: Tracer;

  constructor(
    /** Connections the pool may open (1 for PGlite). */
    readonly poolMax: number,
  ) {}

  /**
   * Connections in use and statements waiting for one. postgres.js does not tell its queues, so
   * this counts what was handed to it: a transaction holds a connection; a statement outside one
   * uses a connection while fewer than `poolMax` are in use, and beyond that waits (queued, or
   * pipelined behind another statement on a busy connection).
   */
  pool(): { inUse: number; waiting: number; max: number } {
    const busy = this.running + this.transactions;
    return { inUse: Math.min(busy, this.poolMax), waiting: Math.max(0, busy - this.poolMax), max: this.poolMax };
  }

  /** Called as a statement is sent; the returned function when it settles. `pooled`: outside a transaction. */
  start(text: string, pooled: boolean): (error?: unknown) => void {
    if (pooled) this.running++;
    countStatement();
    const span = this.tracer ? statementSpan(this.tracer, text) : undefined;
    return (error) => {
      if (pooled) this.running--;
      if (span) endStatementSpan(span, error);
    };
  }

  /** Called as a transaction begins; the returned function when it has ended. */
  begin(): () => void {
    this.transactions++;
    return () => {
      this.transactions--;
    };
  }
}

/** A child of the request's span, only when that span is recorded (sampled): nothing otherwise. */
function statementSpan(tracer: Tracer, text: string): Span | undefined {
  const parent = operationSpan();
  if (!parent?.isRecording()) return undefined;
  const { summary, attributes } = described(text);
  return tracer.startSpan(summary, { kind: SpanKind.CLIENT, attributes }, trace.setSpan(ROOT_CONTEXT, parent));
}

interface Described {
  summary: string;
  attributes: Record<string, string>;
}

const descriptions = new Map<string, Described>();
/** Distinct statement texts described and kept (prepared texts repeat; this bounds the rest). */
const DESCRIPTIONS_KEPT = 2000;

/**
 * A statement's span name and attributes, once per text: a compiled read is tens of kilobytes,
 * and its shape and hash cost more than the rest of its span.
 */
function described(text: string): Described {
  let description = descriptions.get(text);
  if (!description) {
    const { operation, collection } = summaryOf(text);
    const summary = collection ? `${operation} ${collection}` : operation;
    description = {
      summary,
      attributes: {
        "db.system.name": "postgresql",
        "db.operation.name": operation,
        ...(collection ? { "db.collection.name": collection } : {}),
        "db.query.summary": summary,
        "db.query.text": statementShape(text),
        "cdp.db.statement_hash": statementHash(text),
      },
    };
    if (descriptions.size >= DESCRIPTIONS_KEPT) descriptions.clear();
    descriptions.set(text, description);
  }
  return description;
}

function endStatementSpan(span: Span, error: unknown): void {
  if (error) {
    const code = sqlStateOf(error);
    span.setAttribute("error.type", code ?? "error");
    if (code) span.setAttribute("db.response.status_code", code);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/** The SQLSTATE (or driver code) behind a driver error, however drizzle wraps it; never its message. */
function sqlStateOf(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== "object" || depth > 4) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === "string" && /^[0-9A-Z_]{1,40}$/.test(code)) return code;
  return sqlStateOf(cause, depth + 1);
}

/** The longest statement shape sent with a span: compiled reads run to tens of kilobytes. */
export const SHAPE_LENGTH = 2048;

/**
 * The statement without its literals: quoted strings (with '' inside), E'' strings and
 * dollar-quoted bodies become `?`, and so do numbers that are not a parameter's `$n`. Identifiers
 * ("customers") stay. Values the platform binds never appear in the text in the first place.
 */
export function statementShape(text: string): string {
  // Literals are short: twice the kept length is enough to shape what is kept.
  const shape = text
    .slice(0, SHAPE_LENGTH * 2)
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?\$\1\$/g, "?")
    // A literal the slice cut in two has no end: everything from its start goes.
    .replace(/\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*$/, "?")
    .replace(/[Ee]?'(?:[^']|'')*'/g, "?")
    .replace(/'[\s\S]*$/, "?")
    .replace(/(?<![\w$."])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/g, "?")
    .replace(/\s+/g, " ")
    .trim();
  return shape.length > SHAPE_LENGTH ? `${shape.slice(0, SHAPE_LENGTH)}…` : shape;
}

/** The first 16 hex digits of the text's SHA-256: the same statement has the same hash in every trace. */
export function statementHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/**
 * What a statement does and to which table, for the span's name: `SELECT customers`,
 * `INSERT audit_log`, `WITH` (a common table expression), `BEGIN`. Read from its first words only.
 */
export function summaryOf(text: string): { operation: string; collection?: string } {
  const head = text.slice(0, 400);
  const operation = (/^\s*(\w+)/.exec(head)?.[1] ?? "SQL").toUpperCase();
  const pattern = operation === "INSERT" ? /\binto\s+("?[\w.]+"?)/i : operation === "UPDATE" ? /^\s*update\s+("?[\w.]+"?)/i : operation === "DELETE" || operation === "SELECT" ? /\bfrom\s+("?[\w.]+"?)/i : undefined;
  const table = pattern?.exec(head)?.[1]?.replaceAll('"', "");
  return table ? { operation, collection: table } : { operation };
}
