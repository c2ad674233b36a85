import { toGlobalId } from "../graphql/global-id.js";
import type { DuplicateCandidateResult } from "./duplicates.service.js";
import type { IngestResult } from "./ingest.service.js";
import type { MergePreviewResult, MergeView } from "./merge.service.js";
import { CustomerMerge, DuplicateCandidate, IngestedSourceRecord, IngestSourceRecordsPayload, IngestWarning, IngestSummary, MergePreview, RejectedSourceRecord, type IngestOutcome, type MatchRule } from "./identity.types.js";

export const toCustomerMerge = (m: MergeView): CustomerMerge =>
  Object.assign(new CustomerMerge(), {
    survivorDbId: m.survivorId,
    id: toGlobalId("CustomerMerge", m.id),
    mergedCustomerId: toGlobalId("Customer", m.mergedId),
    performedBy: m.performedBy,
    performedAt: m.performedAt,
    undoneAt: m.undoneAt,
    moved: m.moved,
  });

export const toIngestPayload = (r: IngestResult): IngestSourceRecordsPayload =>
  Object.assign(new IngestSourceRecordsPayload(), {
    summary: Object.assign(new IngestSummary(), r.summary),
    records: r.records.map((x) =>
      Object.assign(new IngestedSourceRecord(), {
        customerDbId: x.customerId,
        index: x.index,
        sourceId: x.sourceId,
        outcome: x.outcome as IngestOutcome,
        rule: x.rule as MatchRule,
        confidence: x.confidence,
        warnings: x.warnings.map((w) => Object.assign(new IngestWarning(), w)),
      }),
    ),
    rejected: r.rejected.map((x) => Object.assign(new RejectedSourceRecord(), x)),
  });

export const toDuplicateCandidate = (d: DuplicateCandidateResult): DuplicateCandidate =>
  Object.assign(new DuplicateCandidate(), { customerDbId: d.customerId, score: d.score, confident: d.confident, reasons: d.reasons });

export const toMergePreview = (p: MergePreviewResult): MergePreview => Object.assign(new MergePreview(), p);
