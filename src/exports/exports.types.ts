import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { bulkExportFormat, bulkExportKind, bulkExportStatus } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime } from "../graphql/scalars.js";
import { CustomerFilter } from "../customers/customers.types.js";
import { OrderFilter } from "../orders/orders.types.js";

export const BulkExportKind = enumOf(bulkExportKind, {
  name: "BulkExportKind",
  description: "What a bulk export contains.",
  valuesConfig: {
    CUSTOMERS: { description: "Customer profiles with their primary email, phone and city (personal data), as the customers list filters them." },
    SEGMENT_MEMBERS: { description: "The stored members of one segment, with the same columns as CUSTOMERS." },
    ORDERS: { description: "Orders (number, buyer's id, dealership, channel, status, total, placed at, source), as the orders list filters them; no personal data beyond the buyer's id." },
  },
});
export type BulkExportKind = EnumValue<typeof BulkExportKind>;

export const BulkExportFormat = enumOf(bulkExportFormat, {
  name: "BulkExportFormat",
  description: "The file format of a bulk export.",
  valuesConfig: {
    NDJSON: { description: "One JSON object per line (application/x-ndjson); absent values are null." },
    CSV: { description: "Comma-separated values with a header line (RFC 4180, CRLF line ends, UTF-8); absent values are empty fields." },
  },
});
export type BulkExportFormat = EnumValue<typeof BulkExportFormat>;

export const BulkExportStatus = enumOf(bulkExportStatus, {
  name: "BulkExportStatus",
  description: "Where a bulk export stands.",
  valuesConfig: {
    QUEUED: { description: "Accepted and waiting for its background run (also after an interrupted run, which resumes where it stopped)." },
    RUNNING: { description: "Rows are being written; rowCount and progress grow." },
    COMPLETED: { description: "The file is complete: download it through url." },
    FAILED: { description: "The run failed; error says why. Nothing can be downloaded." },
    CANCELLED: { description: "Cancelled by cancelBulkExport; the partial file was deleted." },
  },
});
export type BulkExportStatus = EnumValue<typeof BulkExportStatus>;

@ObjectType({ description: "A file of customers, a segment's members or orders, produced in the background (startBulkExport); poll bulkExport or subscribe to bulkExportUpdated." })
export class BulkExport {
  @Field(() => ID, { description: "The export's opaque id." })
  id!: string;

  dbId!: string;

  @Field(() => BulkExportKind, { description: "What the export contains." })
  kind!: BulkExportKind;

  @Field(() => BulkExportFormat, { description: "The file's format." })
  format!: BulkExportFormat;

  @Field(() => BulkExportStatus, { description: "Where the export stands." })
  status!: BulkExportStatus;

  @Field(() => Int, { description: "Rows written to the file so far (all of them once COMPLETED)." })
  rowCount!: number;

  @Field(() => Int, { nullable: true, description: "Rows in scope when the export started (the denominator of progress); null until counted." })
  totalRows!: number | null;

  @Field(() => Float, { description: "Share of the rows written, from 0 to 1; 1 once COMPLETED." })
  progress!: number;

  @Field(() => DateTime, { description: "When it was asked for." })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: "When its first run began; null while QUEUED for the first time." })
  startedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When it completed, failed or was cancelled." })
  finishedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Once COMPLETED: a short-lived signed link to download the file (a path on this server, GET without a token). Each read of the export signs a fresh one; null before completion.",
  })
  url!: string | null;

  @Field(() => DateTime, { nullable: true, description: "When url stops working (EXPORT_URL_TTL after it was signed); null without url." })
  expiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why the export FAILED; null otherwise." })
  error!: string | null;
}

@InputType({ description: "What to export, and in which format. Give the filter that belongs to the kind: customerFilter for CUSTOMERS, segmentId for SEGMENT_MEMBERS, orderFilter for ORDERS." })
export class StartBulkExportInput {
  @Field(() => BulkExportKind, { description: "What to export." })
  kind!: BulkExportKind;

  @Field(() => BulkExportFormat, { description: "The file's format." })
  format!: BulkExportFormat;

  @Field(() => CustomerFilter, { nullable: true, description: "CUSTOMERS only: which customers, as the customers list filters them (none: every customer the caller may see)." })
  customerFilter?: CustomerFilter | null;

  @Field(() => ID, { nullable: true, description: "SEGMENT_MEMBERS only, required: the segment (staff: any; a dealer: its own)." })
  segmentId?: string | null;

  @Field(() => OrderFilter, { nullable: true, description: "ORDERS only: which orders, as the orders list filters them, e.g. a period with placedAfter and placedBefore (none: every order the caller may see)." })
  orderFilter?: OrderFilter | null;
}

@InputType({ description: "The export to cancel." })
export class CancelBulkExportInput {
  @Field(() => ID, { description: "The export, QUEUED or RUNNING." })
  id!: string;
}

@ObjectType({ description: "The export as it stands after the change." })
export class BulkExportPayload {
  @Field(() => BulkExport, { description: "The export." })
  bulkExport!: BulkExport;
}
