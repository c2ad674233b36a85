import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, TraceFlags, type Context, type Span, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider, ParentBasedSampler, TraceIdRatioBasedSampler } from "@opentelemetry/sdk-trace-node";
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_SERVICE_NAME, ATTR_URL_PATH } from "@opentelemetry/semantic-conventions";
import type { FastifyInstance, FastifyRequest } from "fastify";

/*
 * OpenTelemetry traces, exported over OTLP/HTTP (JSON) when an endpoint is configured
 * (docs/observability.md). Spans are made by hand at four seams: the HTTP request (here), the
 * GraphQL operation (graphql/tracing.ts, over HTTP and graphql-ws), and each SQL statement
 * (db/observe.ts). Without an endpoint nothing here runs: no provider, no hooks, no spans.
 *
 * No span carries personal data: no variables, no query strings (a GET's query and variables are
 * in the URL, so only its path is kept), no client addresses, no SQL values or error messages.
 */

export interface TracingSettings {
  /** The OTLP/HTTP traces URL (…/v1/traces). */
  url: string;
  /** Share of traces kept, 0 to 1, decided on the trace id. */
  sampleRatio: number;
  serviceName: string;
}

export interface Tracing {
  tracer: Tracer;
  /** Sends what is buffered and stops the exporter. */
  shutdown(): Promise<void>;
}

/**
 * A tracer exporting to `settings.url`. Not registered as the global provider, and no context
 * manager: each server has its own tracer (tests run several in one process), handed to the seams
 * that make spans, and parents are passed explicitly — the operation's span travels in the
 * request's scope (db/unavailable.ts), which already exists. Another AsyncLocalStorage would tax
 * every promise of every request on Node 20 and 22, sampled or not (measured: bench:tracing).
 */
export function createTracing(settings: TracingSettings): Tracing {
  const ratio = new TraceIdRatioBasedSampler(settings.sampleRatio);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    // The ratio decides for a trace that starts here and for one a caller started (its id, not its
    // "sampled" flag: a client cannot make every request of its own traced); children follow.
    sampler: new ParentBasedSampler({ root: ratio, remoteParentSampled: ratio, remoteParentNotSampled: ratio }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: settings.url }), { maxQueueSize: 4096, scheduledDelayMillis: 2000 })],
  });
  return { tracer: provider.getTracer("customer-data-platform"), shutdown: () => provider.shutdown() };
}

/** An incoming W3C `traceparent`, so that a gateway's trace continues here. */
function remoteParent(header: string | string[] | undefined): Context {
  const match = typeof header === "string" ? /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(header.trim()) : null;
  if (!match || /^0+$/.test(match[1]!) || /^0+$/.test(match[2]!)) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, { traceId: match[1]!, spanId: match[2]!, traceFlags: Number.parseInt(match[3]!, 16) & TraceFlags.SAMPLED, isRemote: true });
}

/**
 * The request id: a load balancer's `x-request-id` when it looks like one (letters, digits, dashes,
 * 8–64 of them: nothing a person could be identified by slips through as an id), else a new UUID.
 * Sent back in `x-request-id` and set on the request's spans.
 */
export function requestIdOf(raw: IncomingMessage): string {
  const given = raw.headers["x-request-id"];
  return typeof given === "string" && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
}

/** Probes and scrapes: frequent, and nothing to learn from their traces. */
const UNTRACED = new Set(["/metrics", "/healthz", "/readyz"]);

const requestSpans = new WeakMap<FastifyRequest, Span>();

/**
 * One server span per HTTP request, from onRequest to onResponse. A WebSocket upgrade is not one:
 * its operations are traced one by one (websocket.ts).
 */
export function traceRequests(app: FastifyInstance, tracer: Tracer): void {
  app.addHook("onRequest", (request, _reply, done) => {
    const route = request.routeOptions.url;
    if ((route && UNTRACED.has(route)) || request.headers.upgrade) return done();
    const span = tracer.startSpan(
      `${request.method} ${route ?? "unmatched"}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: request.method,
          [ATTR_URL_PATH]: request.url.split("?", 1)[0]!,
          ...(route ? { [ATTR_HTTP_ROUTE]: route } : {}),
          "cdp.request.id": request.id,
        },
      },
      remoteParent(request.headers.traceparent),
    );
    requestSpans.set(request, span);
    done();
  });
  app.addHook("onResponse", (request, reply, done) => {
    const span = requestSpans.get(request);
    if (span) {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      requestSpans.delete(request);
    }
    done();
  });
}

/** The context of the request's span when it is sampled (for its operation's span), else undefined. */
export function requestContext(request: FastifyRequest): Context | undefined {
  const span = requestSpans.get(request);
  return span?.isRecording() ? trace.setSpan(ROOT_CONTEXT, span) : undefined;
}
