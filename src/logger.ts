import pino, { type DestinationStream, type Logger } from "pino";

/** Structured logs; tokens and request bodies (which may carry PII) are never written. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: {
      paths: ["req.headers.authorization", "headers.authorization", "connectionParams", "*.password", "*.token"],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
