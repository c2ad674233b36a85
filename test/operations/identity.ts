import { graphql } from "../generated/index.js";

export const IngestSourceRecords = graphql(`
  mutation IngestSourceRecords($input: IngestSourceRecordsInput!) {
    ingestSourceRecords(input: $input) {
      summary { created matched updated unchanged merged rejected }
      records { index sourceId outcome rule confidence customer { id } warnings { code field message } }
      rejected { index sourceId code field message }
    }
  }
`);

export const DuplicateCandidates = graphql(`
  query DuplicateCandidates($customerId: ID!) {
    duplicateCandidates(customerId: $customerId) { score confident band evidence { field level weight } reasons customer { id } }
  }
`);

export const PreviewMergeCustomers = graphql(`
  mutation PreviewMergeCustomers($input: MergeCustomersInput!) {
    previewMergeCustomers(input: $input) {
      displayName givenName familyName birthday emails phones addresses sourceIdentities
      moved { table count } kept { table count }
    }
  }
`);

export const MergeCustomers = graphql(`
  mutation MergeCustomers($input: MergeCustomersInput!) {
    mergeCustomers(input: $input) {
      survivor { id displayName }
      merge { id mergedCustomerId performedBy undoneAt moved { table count } survivor { id } }
    }
  }
`);

export const UnmergeCustomer = graphql(`
  mutation UnmergeCustomer($input: UnmergeCustomerInput!) {
    unmergeCustomer(input: $input) {
      survivor { id displayName }
      restored { id displayName }
      merge { id undoneAt }
    }
  }
`);

/** Most of the 360° view, to compare a profile before a merge and after its unmerge. */
export const IdentityProfile = graphql(`
  query IdentityProfile($id: ID!) {
    customer(id: $id) {
      id displayName givenName familyName organisationName birthday kind stage tier
      emails { address isPrimary } phones { e164 isPrimary } addresses { line1 city postcode isDefaultDelivery }
      sourceIdentities { source sourceId rule confidence }
      preferences { key value }
      consents { channel purpose status }
      vehicles { vin ownerships { startedOn endedOn } }
      orders(first: 50) { totalCount edges { node { number status } } }
      interactions(first: 50) { totalCount edges { node { subject } } }
      cases(first: 50) { edges { node { number } } }
      wishlist { product { sku } }
      measures { orderCount openCases }
      timeline(first: 50, filter: { kinds: [ORDER_PLACED, INTERACTION, CASE_OPENED] }) { totalCount edges { node { kind refId } } }
    }
  }
`);

export const DetachSourceRecord = graphql(`
  mutation DetachSourceRecord($input: DetachSourceRecordInput!) {
    detachSourceRecord(input: $input) {
      sourceIdentity { source sourceId rule confidence }
      from { id displayName } to { id displayName } createdProfile fromRetired
    }
  }
`);

export const RecordMoves = graphql(`
  query RecordMoves($id: ID!) {
    customer(id: $id) { timeline(first: 20, filter: { kinds: [SOURCE_RECORD_MOVED] }) { edges { node { kind refId title } } } }
  }
`);

export const ProfileTimeline = graphql(`
  query ProfileTimeline($id: ID!) {
    customer(id: $id) { timeline(first: 20, filter: { kinds: [PROFILE_MERGED, PROFILE_UNMERGED] }) { edges { node { kind refId } } } }
  }
`);

export const NodeCustomer = graphql(`
  query NodeCustomer($id: ID!) {
    node(id: $id) { id ... on Customer { displayName } }
  }
`);
