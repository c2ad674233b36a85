import { graphql } from "../generated/index.js";

export const StartBulkExport = graphql(`
  mutation StartBulkExport($input: StartBulkExportInput!) {
    startBulkExport(input: $input) { bulkExport { id kind format status rowCount totalRows progress url expiresAt error } }
  }
`);

export const BulkExportState = graphql(`
  query BulkExportState($id: ID!) { bulkExport(id: $id) { id kind format status rowCount totalRows progress startedAt finishedAt url expiresAt error } }
`);

export const CancelBulkExport = graphql(`
  mutation CancelBulkExport($input: CancelBulkExportInput!) { cancelBulkExport(input: $input) { bulkExport { id status url } } }
`);

export const BulkExportUpdated = graphql(`
  subscription BulkExportUpdated($id: ID!) { bulkExportUpdated(id: $id) { id status rowCount progress url } }
`);
