import pino, { type Logger } from "pino";

/** Structured logs; tokens and request bodies (which may carry PII) are never written. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ["req.headers.authorization", "headers.authorization", "connectionParams", "*.password", "*.token"],
      censor: "[redacted]",
    },
  });
}
