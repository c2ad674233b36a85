import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest, longest first (measured with the JSON report's file durations). On a
 * fresh clone vitest has no timings and starts the largest files first, which put the tenant
 * matrix (a small file with many rows) and the command-line tests near the end, and the run waited
 * for their tail. Files not named here follow in vitest's own order.
 */
const LONGEST = [
  "platform/compiled-roots",
  "platform/compiled-reads",
  "security/tenant-matrix-writes-1",
  "security/tenant-matrix-writes-2",
  "security/tenant-matrix-writes-3",
  "security/fuzz",
  "security/tenant-matrix.",
  "platform/shutdown",
  "orders/order-history-cli",
  "identity/identity-cli",
  "customers/customer360",
  "platform/compiled-nodes",
  "security/text-limits",
  "tracking/dashboard",
  "platform/start-banner",
  "platform/production-build",
  "platform/seed",
  "customers/accounts",
  "platform/supplier-portal",
  "orders/order-locking",
  "orders/order-rules",
  "tracking/dashboard",
  "platform/server",
  "tracking/simulate",
  "tracking/tracking-restart",
];

const rank = (spec: TestSpecification) => {
  const index = LONGEST.findIndex((name) => spec.moduleId.includes(`/test/${name}`));
  return index === -1 ? LONGEST.length : index;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    // Array.prototype.sort is stable: the unnamed files keep vitest's order.
    return ordered.sort((a, b) => rank(a) - rank(b));
  }
}
