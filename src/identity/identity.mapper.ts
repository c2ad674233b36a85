import { toGlobalId } from "../graphql/global-id.js";
import type { DuplicateCandidateResult } from "./duplicates.service.js";
import type { IngestResult } from "./ingest.service.js";
import type { detachSourceRecord } from "./detach.service.js";
import { DetachSourceRecordPayload } from "./identity.inputs.js";
import type { MergePreviewResult, MergeView } from "./merge.service.js";
import { ConfidenceBand, CustomerMerge, DuplicateCandidate, FieldAgreement, SourceIdentity, IngestedSourceRecord, IngestSourceRecordsPayload, IngestWarning, IngestSummary, MergePreview, RejectedSourceRecord, type IngestOutcome, type MatchRule } from "./identity.types.js";

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
  Object.assign(new DuplicateCandidate(), {
    customerDbId: d.customerId,
    score: d.score,
    confident: d.confident,
    reasons: d.reasons,
    band: d.band as ConfidenceBand,
    evidence: d.evidence.map((f) => Object.assign(new FieldAgreement(), f)),
  });

export const toMergePreview = (p: MergePreviewResult): MergePreview => Object.assign(new MergePreview(), p);

export const toDetachPayload = (d: Awaited<ReturnType<typeof detachSourceRecord>>): DetachSourceRecordPayload =>
  Object.assign(new DetachSourceRecordPayload(), {
    sourceIdentity: Object.assign(new SourceIdentity(), {
      customerDbId: d.link.customerId,
      source: d.link.source,
      sourceId: d.link.sourceId,
      rule: d.link.rule,
      confidence: d.link.confidence,
      linkedAt: d.link.linkedAt,
    }),
    from: d.from,
    to: d.to,
    createdProfile: d.createdProfile,
    fromRetired: d.retired,
  });
