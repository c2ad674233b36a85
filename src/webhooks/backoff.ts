/**
 * Delay before attempt `attempt + 1` after `attempt` failed ones: exponential from `baseMs`,
 * capped at `maxMs`, with "full jitter" (a uniform draw between half and all of it), so that the
 * deliveries that failed together during an outage do not all come back at the same instant.
 */
export function retryDelayMs(failedAttempts: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

export type AttemptOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** What a failed attempt leads to: another one later, or giving up. */
export function afterFailure(failedAttempts: number, maxAttempts: number, endpointStillEnabled: boolean): "RETRY" | "GIVE_UP" {
  return endpointStillEnabled && failedAttempts < maxAttempts ? "RETRY" : "GIVE_UP";
}
