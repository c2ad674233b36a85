/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) { token customer { id displayName stage } }\n  }\n": typeof types.RegisterCustomerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token customer { id displayName } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation IssuePasswordReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) { token expiresAt }\n  }\n": typeof types.IssuePasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token customer { id } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Me { customers(first: 5) { totalCount edges { node { id displayName emails { address } phones { e164 } } } } }\n": typeof types.MeDocument,
    "\n  mutation TrackEvents($events: [TrackEventInput!]!) {\n    trackEvents(events: $events) { accepted duplicates }\n  }\n": typeof types.TrackEventsDocument,
    "\n  mutation RegisterWithVisit($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) { token customer { id } }\n  }\n": typeof types.RegisterWithVisitDocument,
    "\n  mutation LoginWithVisit($input: LoginInput!) {\n    login(input: $input) { token customer { id } }\n  }\n": typeof types.LoginWithVisitDocument,
    "\n  query ActiveCustomers($filter: CustomerFilter) {\n    customers(first: 50, filter: $filter) { totalCount edges { node { id } } }\n  }\n": typeof types.ActiveCustomersDocument,
    "\n  query ShipmentArrival($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status estimatedArrival\n      arrivalPrediction { expectedAt earliest latest basis samples lateForWindow }\n    }\n  }\n": typeof types.ShipmentArrivalDocument,
    "\n  mutation RecordArrivalEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { seq shipment { status arrivalPrediction { expectedAt basis lateForWindow } } }\n      rejected { index code field message }\n    }\n  }\n": typeof types.RecordArrivalEventsDocument,
    "\n  mutation StartBulkExport($input: StartBulkExportInput!) {\n    startBulkExport(input: $input) { bulkExport { id kind format status rowCount totalRows progress url expiresAt error } }\n  }\n": typeof types.StartBulkExportDocument,
    "\n  query BulkExportState($id: ID!) { bulkExport(id: $id) { id kind format status rowCount totalRows progress startedAt finishedAt url expiresAt error } }\n": typeof types.BulkExportStateDocument,
    "\n  mutation CancelBulkExport($input: CancelBulkExportInput!) { cancelBulkExport(input: $input) { bulkExport { id status url } } }\n": typeof types.CancelBulkExportDocument,
    "\n  subscription BulkExportUpdated($id: ID!) { bulkExportUpdated(id: $id) { id status rowCount progress url } }\n": typeof types.BulkExportUpdatedDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { campaign { id name kind channel audience status dealerId counts { pending sent skipped deferred } } }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  query PreviewCampaign($input: CampaignInput!) {\n    previewCampaign(input: $input) { funnel { step remaining } willSend deferred sample { customer { id } subject body } }\n  }\n": typeof types.PreviewCampaignDocument,
    "\n  mutation SendCampaign($input: SendCampaignInput!) { sendCampaign(input: $input) { campaign { id status sentAt counts { pending } } } }\n": typeof types.SendCampaignDocument,
    "\n  query Campaigns {\n    campaigns(first: 50) { totalCount edges { node { id name status dealerId counts { pending deferred sent skipped } } } }\n  }\n": typeof types.CampaignsDocument,
    "\n  query ProductsPage($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sku name brand brandKind active price { amountMinor currency } category { name parent { name } } supplier { name } } }\n    }\n  }\n": typeof types.ProductsPageDocument,
    "\n  query ProductBySku($sku: String!) {\n    product(sku: $sku) { id sku name active }\n  }\n": typeof types.ProductBySkuDocument,
    "\n  subscription CustomerChanged($customerId: ID!, $after: Int) {\n    customerChanged(customerId: $customerId, after: $after) { customerId seq kind segmentId customer { id displayName } }\n  }\n": typeof types.CustomerChangedDocument,
    "\n  subscription CustomersChanged {\n    customersChanged { customerId seq kind segmentId }\n  }\n": typeof types.CustomersChangedDocument,
    "\n  query Customer360($first: Int!, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          kind\n          stage\n          tier\n          emails { address }\n          phones { e164 }\n          addresses { city isDefaultDelivery }\n          preferredDealer { name }\n          sourceIdentities { source sourceId }\n          preferences { key value }\n          consents { channel purpose status }\n          vehicles {\n            vin\n            underWarranty\n            model { name }\n            ownerships { startedOn endedOn sellingDealer { code } }\n            serviceRecords(first: 3) { totalCount edges { node { kind total { amountMinor } items { description } station { name } } } }\n            appointments { scheduledAt status }\n          }\n          orders(first: 5) {\n            totalCount\n            edges {\n              node {\n                number\n                status\n                total { amountMinor currency }\n                lines { sku quantity product { name } }\n                payments { status }\n                returns { status refunds { amount { amountMinor } } }\n                shipments { trackingNumber status carrier { name } events(first: 5) { edges { node { seq status occurredAt } } } }\n              }\n            }\n          }\n          interactions(first: 5) { totalCount edges { node { channel type subject } } }\n          cases(first: 3) { edges { node { number status } } }\n          reviews(first: 3) { edges { node { stars product { sku } } } }\n          surveyResponses { overallSatisfaction wouldRecommend }\n          wishlist { product { sku } }\n          recentlyViewed { viewedAt }\n          measures { orderCount lifetimeValue { amountMinor } openCases }\n          timeline(first: 10) { totalCount edges { node { kind occurredAt title } } }\n        }\n      }\n    }\n  }\n": typeof types.Customer360Document,
    "\n  query CustomersPage($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id displayName kind stage tier createdAt } }\n    }\n  }\n": typeof types.CustomersPageDocument,
    "\n  query CustomersCount($filter: CustomerFilter) {\n    customers(first: 100, filter: $filter) { totalCount edges { node { id displayName } } }\n  }\n": typeof types.CustomersCountDocument,
    "\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      displayName\n      givenName\n      familyName\n      birthday\n      emails { address isPrimary }\n      phones { e164 kind }\n      addresses { city isDefaultDelivery }\n      preferredDealer { id name }\n    }\n  }\n": typeof types.CustomerByIdDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) { interaction { id type channel subject agent dealer { id } } }\n  }\n": typeof types.LogInteractionDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id number status priority openedAt dueAt againstDealer { id } } }\n  }\n": typeof types.OpenCaseDocument,
    "mutation AssignCase($input: CaseActionInput!) { assignCase(input: $input) { case { status assignee } } }": typeof types.AssignCaseDocument,
    "mutation CommentOnCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { status } } }": typeof types.CommentOnCaseDocument,
    "mutation ResolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { status resolution resolvedAt } } }": typeof types.ResolveCaseDocument,
    "mutation ReopenCase($input: CaseActionInput!) { reopenCase(input: $input) { case { status resolvedAt } } }": typeof types.ReopenCaseDocument,
    "mutation CloseCase($input: CaseActionInput!) { closeCase(input: $input) { case { status } } }": typeof types.CloseCaseDocument,
    "\n  query OrderByNumber($number: String!) {\n    order(number: $number) { id number status customer { displayName } dealer { code } shipments { trackingNumber } }\n  }\n": typeof types.OrderByNumberDocument,
    "\n  query ShipmentByTracking($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) { trackingNumber status carrier { name } order { number } events(first: 100) { totalCount edges { node { seq status } } } }\n  }\n": typeof types.ShipmentByTrackingDocument,
    "\n  query VehicleByVin($vin: String!) {\n    vehicle(vin: $vin) { vin model { name } ownerships { startedOn current customer { id } } }\n  }\n": typeof types.VehicleByVinDocument,
    "\n  query ListsForPortals($orderFilter: OrderFilter, $caseFilter: CaseFilter) {\n    orders(first: 100, filter: $orderFilter) { totalCount edges { node { number dealer { id } customer { id } } } }\n    vehicles(first: 100) { totalCount }\n    cases(first: 100, filter: $caseFilter) { totalCount edges { node { number againstDealer { id } } } }\n  }\n": typeof types.ListsForPortalsDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int, $after: String, $filter: TimelineFilter, $interactionFilter: InteractionFilter) {\n    customer(id: $id) {\n      timeline(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind occurredAt title refId } } }\n      interactions(first: 100, filter: $interactionFilter) { totalCount edges { node { channel type direction occurredAt } } }\n    }\n  }\n": typeof types.CustomerTimelineDocument,
    "\n  mutation IngestSourceRecords($input: IngestSourceRecordsInput!) {\n    ingestSourceRecords(input: $input) {\n      summary { created matched updated unchanged merged rejected }\n      records { index sourceId outcome rule confidence customer { id } warnings { code field message } }\n      rejected { index sourceId code field message }\n    }\n  }\n": typeof types.IngestSourceRecordsDocument,
    "\n  query DuplicateCandidates($customerId: ID!) {\n    duplicateCandidates(customerId: $customerId) { score confident band evidence { field level weight } reasons customer { id } }\n  }\n": typeof types.DuplicateCandidatesDocument,
    "\n  mutation PreviewMergeCustomers($input: MergeCustomersInput!) {\n    previewMergeCustomers(input: $input) {\n      displayName givenName familyName birthday emails phones addresses sourceIdentities\n      moved { table count } kept { table count }\n    }\n  }\n": typeof types.PreviewMergeCustomersDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      survivor { id displayName }\n      merge { id mergedCustomerId performedBy undoneAt moved { table count } survivor { id } }\n    }\n  }\n": typeof types.MergeCustomersDocument,
    "\n  mutation UnmergeCustomer($input: UnmergeCustomerInput!) {\n    unmergeCustomer(input: $input) {\n      survivor { id displayName }\n      restored { id displayName }\n      merge { id undoneAt }\n    }\n  }\n": typeof types.UnmergeCustomerDocument,
    "\n  query IdentityProfile($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName organisationName birthday kind stage tier\n      emails { address isPrimary } phones { e164 isPrimary } addresses { line1 city postcode isDefaultDelivery }\n      sourceIdentities { source sourceId rule confidence }\n      preferences { key value }\n      consents { channel purpose status }\n      vehicles { vin ownerships { startedOn endedOn } }\n      orders(first: 50) { totalCount edges { node { number status } } }\n      interactions(first: 50) { totalCount edges { node { subject } } }\n      cases(first: 50) { edges { node { number } } }\n      wishlist { product { sku } }\n      measures { orderCount openCases }\n      timeline(first: 50, filter: { kinds: [ORDER_PLACED, INTERACTION, CASE_OPENED] }) { totalCount edges { node { kind refId } } }\n    }\n  }\n": typeof types.IdentityProfileDocument,
    "\n  mutation DetachSourceRecord($input: DetachSourceRecordInput!) {\n    detachSourceRecord(input: $input) {\n      sourceIdentity { source sourceId rule confidence }\n      from { id displayName } to { id displayName } createdProfile fromRetired\n    }\n  }\n": typeof types.DetachSourceRecordDocument,
    "\n  query RecordMoves($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [SOURCE_RECORD_MOVED] }) { edges { node { kind refId title } } } }\n  }\n": typeof types.RecordMovesDocument,
    "\n  query ProfileTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [PROFILE_MERGED, PROFILE_UNMERGED] }) { edges { node { kind refId } } } }\n  }\n": typeof types.ProfileTimelineDocument,
    "\n  query NodeCustomer($id: ID!) {\n    node(id: $id) { id ... on Customer { displayName } }\n  }\n": typeof types.NodeCustomerDocument,
    "\n  mutation IngestInteractions($input: IngestInteractionsInput!) {\n    ingestInteractions(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      interactions { index interactionId outcome state warnings { code field message }\n        interaction { id channel direction type subject notes agent outcome occurredAt source sourceInteractionId dealer { code } }\n        customer { id } }\n      rejected { index interactionId code field message }\n    }\n  }\n": typeof types.IngestInteractionsDocument,
    "\n  mutation DeleteIngestedInteractions($input: DeleteIngestedInteractionsInput!) {\n    deleteIngestedInteractions(input: $input) { deleted unknown }\n  }\n": typeof types.DeleteIngestedInteractionsDocument,
    "\n  query CustomerInteractions($id: ID!) {\n    customer(id: $id) {\n      interactions(first: 50) { totalCount edges { node { type channel subject source sourceInteractionId } } }\n      timeline(first: 50) { edges { node { kind title occurredAt } } }\n    }\n  }\n": typeof types.CustomerInteractionsDocument,
    "\n  mutation CaptureLead($input: CaptureLeadInput!) {\n    captureLead(input: $input) { reference lead { id status source dealer { id } customer { id stage } } }\n  }\n": typeof types.CaptureLeadDocument,
    "\n  query Leads($filter: LeadFilter) {\n    leads(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id source status message lostReason testDriveAt model { id name } dealer { id } customer { id displayName stage } history { status changedBy note } } }\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  mutation UpdateLeadStatus($input: UpdateLeadStatusInput!) {\n    updateLeadStatus(input: $input) { lead { id status testDriveAt lostReason customer { id stage vehicles { vin } } history { status changedBy } } }\n  }\n": typeof types.UpdateLeadStatusDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) { lead { id dealer { id } } }\n  }\n": typeof types.AssignLeadDocument,
    "\n  query LeadConversion {\n    leadConversion { dealer { id } source leads contacted testDrives won lost conversionRate medianHoursToContact }\n  }\n": typeof types.LeadConversionDocument,
    "\n  mutation ChangeLeadInterest($input: ChangeLeadInterestInput!) {\n    changeLeadInterest(input: $input) { lead { id model { id name } } }\n  }\n": typeof types.ChangeLeadInterestDocument,
    "\n  query CatalogCount {\n    products(first: 1) { totalCount }\n  }\n": typeof types.CatalogCountDocument,
    "\n  query CustomerTotal {\n    customers(first: 1) { totalCount }\n  }\n": typeof types.CustomerTotalDocument,
    "\n  mutation IngestOrders($input: IngestOrdersInput!) {\n    ingestOrders(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      orders { index transactionId outcome state warnings { code field message } order { id number status total { amountMinor } source sourceTransactionId } customer { id } }\n      rejected { index transactionId code field message }\n    }\n  }\n": typeof types.IngestOrdersDocument,
    "\n  mutation DeleteIngestedOrders($input: DeleteIngestedOrdersInput!) {\n    deleteIngestedOrders(input: $input) { deleted conflicts unknown }\n  }\n": typeof types.DeleteIngestedOrdersDocument,
    "\n  query CustomerHistory($id: ID!) {\n    customer(id: $id) {\n      id\n      orders(first: 20) {\n        totalCount\n        edges { node { id number status channel placedAt source sourceTransactionId dealer { code } total { amountMinor currency }\n          lines { id sku quantity unitPrice { amountMinor } } payments { status amount { amountMinor } }\n          returns { status lines { quantity } refunds { amount { amountMinor } } } } }\n      }\n      interactions(first: 50) { totalCount edges { node { type subject } } }\n      timeline(first: 50) { edges { node { kind title } } }\n      measures { orderCount lifetimeValue { amountMinor } }\n    }\n  }\n": typeof types.CustomerHistoryDocument,
    "\n  mutation MapSourceProductCodes($input: MapSourceProductCodesInput!) {\n    mapSourceProductCodes(input: $input) { mapped rejected { index code field message } }\n  }\n": typeof types.MapSourceProductCodesDocument,
    "\n  mutation IngestServiceVisits($input: IngestServiceVisitsInput!) {\n    ingestServiceVisits(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      visits { index visitId outcome state warnings { code field message }\n        serviceRecord { id kind mileageKm performedAt source sourceVisitId total { amountMinor } items { kind description quantity total { amountMinor } } station { code } }\n        customer { id } }\n      rejected { index visitId code field message }\n    }\n  }\n": typeof types.IngestServiceVisitsDocument,
    "\n  mutation DeleteIngestedServiceVisits($input: DeleteIngestedServiceVisitsInput!) {\n    deleteIngestedServiceVisits(input: $input) { deleted unknown }\n  }\n": typeof types.DeleteIngestedServiceVisitsDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      replayed\n      order {\n        id\n        number\n        status\n        channel\n        paymentMethod\n        deliveryOption\n        splitPreference\n        deliveryWindowStart\n        deliveryWindowEnd\n        deliveryAddress { line1 city province country }\n        subtotal { amountMinor currency }\n        shipping { amountMinor }\n        total { amountMinor }\n        dealer { id }\n        customer { id }\n        lines { id sku name quantity unitPrice { amountMinor } total { amountMinor } }\n        payments { method status amount { amountMinor } paidAt }\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  mutation ConfirmOrder($input: ConfirmOrderInput!) {\n    confirmOrder(input: $input) { order { id status } }\n  }\n": typeof types.ConfirmOrderDocument,
    "\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) { order { id status } }\n  }\n": typeof types.SplitOrderDocument,
    "\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) { order { id status payments { method status paidAt } } }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation RequestReturn($input: RequestReturnInput!) {\n    requestReturn(input: $input) { return { id status reason lines { orderLineId quantity } } order { status } }\n  }\n": typeof types.RequestReturnDocument,
    "\n  mutation ReceiveReturn($input: ReceiveReturnInput!) {\n    receiveReturn(input: $input) { return { id status receivedAt refunds { amount { amountMinor currency } } } order { status } }\n  }\n": typeof types.ReceiveReturnDocument,
    "\n  query OrderAfterWrites($number: String!) {\n    order(number: $number) {\n      id\n      status\n      deliveredAt\n      payments { method status paidAt }\n      returns { id status lines { orderLineId quantity } refunds { amount { amountMinor } } }\n      shipments { trackingNumber kind status estimatedArrival carrier { id } lines { orderLineId quantity } }\n    }\n  }\n": typeof types.OrderAfterWritesDocument,
    "\n  query OrderNotices($id: ID!) {\n    customer(id: $id) {\n      timeline(first: 100, filter: { kinds: [INTERACTION] }) { edges { node { kind title } } }\n    }\n  }\n": typeof types.OrderNoticesDocument,
    "\n  mutation RejectReturn($input: RejectReturnInput!) {\n    rejectReturn(input: $input) { return { id status refunds { amount { amountMinor } } } order { status } }\n  }\n": typeof types.RejectReturnDocument,
    "\n  query Directory($dealerFilter: DealerFilter, $first: Int) {\n    dealers(filter: $dealerFilter, first: $first) { totalCount edges { node { id code name city sells repairs } } }\n    suppliers(first: $first) { totalCount edges { node { id code name } } }\n    carriers(first: $first) { totalCount edges { node { id code name } } }\n  }\n": typeof types.DirectoryDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { displayName }\n      ... on Dealer { code }\n      ... on Product { sku }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": typeof types.NodesByIdsDocument,
    "\n  mutation AddPaymentMethod($input: AddPaymentMethodInput!) {\n    addPaymentMethod(input: $input) { paymentMethods { id brand last4 expiryMonth expiryYear expired provider isDefault } }\n  }\n": typeof types.AddPaymentMethodDocument,
    "\n  mutation RemovePaymentMethod($input: SavedPaymentMethodInput!) {\n    removePaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }\n  }\n": typeof types.RemovePaymentMethodDocument,
    "\n  mutation SetDefaultPaymentMethod($input: SavedPaymentMethodInput!) {\n    setDefaultPaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }\n  }\n": typeof types.SetDefaultPaymentMethodDocument,
    "\n  query CustomerPaymentMethods($id: ID!) {\n    customer(id: $id) { paymentMethods { id brand last4 expired isDefault } }\n  }\n": typeof types.CustomerPaymentMethodsDocument,
    "\n  mutation PlaceOrderWithCard($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { order { id paymentMethod payments { method status card { brand last4 } } } }\n  }\n": typeof types.PlaceOrderWithCardDocument,
    "\n  query OrderPaymentCards($id: ID!) {\n    node(id: $id) { ... on Order { payments { method card { brand last4 } } } }\n  }\n": typeof types.OrderPaymentCardsDocument,
    "\n  query SavedPaymentMethodFields {\n    __type(name: \"SavedPaymentMethod\") { fields { name } }\n  }\n": typeof types.SavedPaymentMethodFieldsDocument,
    "\n  query DealerPortal($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Dealer {\n        code\n        customers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName } } }\n        vehicles(first: $first) { totalCount edges { node { vin } } }\n        orders(first: $first) { totalCount edges { node { number } } }\n        cases(first: $first) { totalCount edges { node { number } } }\n      }\n    }\n  }\n": typeof types.DealerPortalDocument,
    "\n  query DealerPortals($first: Int) {\n    dealers(first: 10) {\n      edges {\n        node {\n          code\n          customers(first: $first) { totalCount pageInfo { hasNextPage } edges { node { displayName } } }\n          vehicles(first: $first) { totalCount edges { node { vin } } }\n          orders(first: $first) { totalCount edges { node { number } } }\n          cases(first: $first) { totalCount edges { node { number } } }\n        }\n      }\n    }\n  }\n": typeof types.DealerPortalsDocument,
    "\n  query ProductOrders($sku: String!, $first: Int) {\n    product(sku: $sku) { sku orders(first: $first) { totalCount edges { node { number } } } }\n  }\n": typeof types.ProductOrdersDocument,
    "\n  query ProductsWithOrders($search: String) {\n    products(first: 10, filter: { search: $search }) { edges { node { sku orders(first: 1) { totalCount pageInfo { hasNextPage } edges { node { number } } } } } }\n  }\n": typeof types.ProductsWithOrdersDocument,
    "\n  query DueSoon($id: ID!, $within: Int, $first: Int, $after: String) {\n    customer(id: $id) {\n      dueSoon(within: $within, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            product { sku }\n            category { slug }\n            expectedOn\n            lowOn\n            highOn\n            overdue\n            evidence { purchases lastPurchases lastQuantity ownIntervalDays populationIntervalDays ownWeight }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DueSoonDocument,
    "\n  query NextServiceDue($vin: String!) {\n    vehicle(vin: $vin) {\n      nextServiceDue { date mileage projectedMileage overdue reason lastServiceOn }\n    }\n  }\n": typeof types.NextServiceDueDocument,
    "\n  query OwnersDueForService($id: ID!, $within: Int, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Dealer {\n        ownersDueForService(within: $within, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { date reason overdue mileage owner { displayName } vehicle { vin } } }\n        }\n      }\n    }\n  }\n": typeof types.OwnersDueForServiceDocument,
    "query ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }": typeof types.ExportCustomerDataDocument,
    "\n  mutation EraseCustomer($input: EraseCustomerInput!) {\n    eraseCustomer(input: $input) { customerId erasedAt profiles suppressedIdentities }\n  }\n": typeof types.EraseCustomerDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at actorRole actorId action targetType targetId operation outcome details } }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query CustomerWithPii($id: ID!) { customer(id: $id) { id displayName birthday emails { address } phones { e164 } addresses { line1 city } } }\n": typeof types.CustomerWithPiiDocument,
    "\n  query CustomersWithEmails($first: Int) { customers(first: $first) { edges { node { id displayName emails { address } } } } }\n": typeof types.CustomersWithEmailsDocument,
    "\n  query CustomerNamesOnly($first: Int) { customers(first: $first) { edges { node { id displayName } } } }\n": typeof types.CustomerNamesOnlyDocument,
    "\n  query ProfileView($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName birthday preferredLanguage stage preferredDealer { id }\n      emails { address isPrimary }\n      phones { e164 kind isPrimary }\n      addresses { id kind line1 city postcode country isDefaultDelivery }\n      preferences { key value }\n      consents { channel purpose status source expiresAt }\n      consentHistory { channel purpose status source recordedAt }\n    }\n  }\n": typeof types.ProfileViewDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { customer { id displayName givenName familyName birthday preferredLanguage preferredDealer { id } } }\n  }\n": typeof types.UpdateProfileDocument,
    "mutation AddEmail($input: AddEmailInput!) { addEmail(input: $input) { customer { id } } }": typeof types.AddEmailDocument,
    "mutation RemoveEmail($input: EmailRefInput!) { removeEmail(input: $input) { customer { id } } }": typeof types.RemoveEmailDocument,
    "mutation SetPrimaryEmail($input: EmailRefInput!) { setPrimaryEmail(input: $input) { customer { id } } }": typeof types.SetPrimaryEmailDocument,
    "mutation AddPhone($input: AddPhoneInput!) { addPhone(input: $input) { customer { id } } }": typeof types.AddPhoneDocument,
    "mutation RemovePhone($input: PhoneRefInput!) { removePhone(input: $input) { customer { id } } }": typeof types.RemovePhoneDocument,
    "\n  mutation AddAddress($input: AddAddressInput!) { addAddress(input: $input) { address { id city isDefaultDelivery } } }\n": typeof types.AddAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) { updateAddress(input: $input) { address { id line1 city postcode isDefaultDelivery } } }\n": typeof types.UpdateAddressDocument,
    "mutation RemoveAddress($input: AddressRefInput!) { removeAddress(input: $input) { address { id } } }": typeof types.RemoveAddressDocument,
    "\n  mutation SetDefaultDeliveryAddress($input: AddressRefInput!) { setDefaultDeliveryAddress(input: $input) { address { id isDefaultDelivery } } }\n": typeof types.SetDefaultDeliveryAddressDocument,
    "\n  mutation SetPreferences($input: SetPreferencesInput!) { setPreferences(input: $input) { customer { id } } }\n": typeof types.SetPreferencesDocument,
    "\n  mutation SetConsents($input: SetConsentsInput!) { setConsents(input: $input) { customer { id } } }\n": typeof types.SetConsentsDocument,
    "\n  query ProductReviews($sku: String!, $first: Int, $after: String, $orderBy: ReviewOrder) {\n    product(sku: $sku) {\n      sku\n      rating { average count distribution }\n      reviews(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { node { id stars title body reviewer helpfulCount createdAt } }\n      }\n    }\n  }\n": typeof types.ProductReviewsDocument,
    "\n  query ProductReviewsDefault($sku: String!) {\n    product(sku: $sku) { rating { average count distribution } reviews(first: 10) { edges { cursor node { id stars reviewer helpfulCount } } } }\n  }\n": typeof types.ProductReviewsDefaultDocument,
    "\n  mutation WriteNamedReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars shownAs } } }\n": typeof types.WriteNamedReviewDocument,
    "mutation HideReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt } } }": typeof types.HideReviewDocument,
    "\n  mutation MarkHelpful($input: MarkReviewHelpfulInput!) { markReviewHelpful(input: $input) { review { id helpfulCount } } }\n": typeof types.MarkHelpfulDocument,
    "\n  query ProductsRanked($filter: ProductFilter, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { sku rating { average count } } }\n    }\n  }\n": typeof types.ProductsRankedDocument,
    "\n  query SupplierPortal($supplierId: ID!) {\n    products(first: 100, filter: { supplierId: $supplierId }) { totalCount edges { node { sku supplier { id } } } }\n    supplierSalesReport(filter: { groupBy: [REGION] }) { totalUnits rows { region units customerCount } }\n  }\n": typeof types.SupplierPortalDocument,
    "\n  query BoughtTogether($sku: String!, $first: Int) {\n    product(sku: $sku) {\n      sku\n      boughtTogether(first: $first) {\n        product { sku name }\n        customers\n        support\n        confidence\n        lift\n      }\n    }\n  }\n": typeof types.BoughtTogetherDocument,
    "\n  query CustomerRecommendations($id: ID!, $first: Int!, $context: RecommendationContext) {\n    customer(id: $id) {\n      recommendations(first: $first, context: $context) {\n        personalised\n        allowed\n        basis\n        items {\n          product { sku name active }\n          score\n          source\n          reason\n        }\n      }\n    }\n  }\n": typeof types.CustomerRecommendationsDocument,
    "\n  mutation WriteReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars title body product { id } } } }\n": typeof types.WriteReviewDocument,
    "\n  mutation EditReview($input: EditReviewInput!) { editReview(input: $input) { review { id stars title body } } }\n": typeof types.EditReviewDocument,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) { surveyResponse { id overallSatisfaction deliveryRating intendsToBuyWithin3Months wouldRecommend comment } }\n  }\n": typeof types.AnswerSurveyDocument,
    "\n  query CustomerFeedback($id: ID!) {\n    customer(id: $id) {\n      reviews(first: 20) { totalCount edges { node { id stars body product { id } } } }\n      surveyResponses { overallSatisfaction wouldRecommend }\n      wishlist { product { id } }\n      recentlyViewed { product { id } viewedAt }\n    }\n  }\n": typeof types.CustomerFeedbackDocument,
    "mutation AddToWishlist($input: CustomerProductInput!) { addToWishlist(input: $input) { customer { id } } }": typeof types.AddToWishlistDocument,
    "mutation RemoveFromWishlist($input: CustomerProductInput!) { removeFromWishlist(input: $input) { customer { id } } }": typeof types.RemoveFromWishlistDocument,
    "\n  mutation RecordProductView($input: RecordProductViewInput!) { recordProductView(input: $input) { customer { recentlyViewed { product { id } } } } }\n": typeof types.RecordProductViewDocument,
    "\n  mutation ModerateReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt moderationNote body } } }\n": typeof types.ModerateReviewDocument,
    "\n  query DemoCheck {\n    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }\n    products(first: 1) { totalCount }\n    dealers(first: 1) { totalCount }\n  }\n": typeof types.DemoCheckDocument,
    "\n  query DemoIntelligence {\n    customers(first: 100) {\n      totalCount\n      edges { node { id stage tier traits { rfmGroup categoryCells { categoryId categoryName brandPreference usage } } } }\n    }\n  }\n": typeof types.DemoIntelligenceDocument,
    "\n  query DemoRfmGroup($groups: [RfmGroup!]) { customers(first: 1, filter: { rfmGroups: $groups }) { totalCount } }\n": typeof types.DemoRfmGroupDocument,
    "\n  query PreviewSegment($rule: CustomerRule!) { previewSegment(rule: $rule) { size sample { id } } }\n": typeof types.PreviewSegmentDocument,
    "\n  query Segments { segments { id code name size rule members(first: 100) { totalCount edges { node { id } } } } }\n": typeof types.SegmentsDocument,
    "\n  query SegmentSizes { segments { id code rule size sizeSuppressed } }\n": typeof types.SegmentSizesDocument,
    "\n  mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { id code name description size members(first: 100) { totalCount edges { node { id } } } } }\n": typeof types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { id name size members(first: 100) { totalCount edges { node { id } } } } }\n": typeof types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { segmentId } }\n": typeof types.DeleteSegmentDocument,
    "\n  query CustomerSegments($id: ID!) { customer(id: $id) { segments { code } } }\n": typeof types.CustomerSegmentsDocument,
    "\n  query CustomersInSegments($ids: [ID!]!) { customers(first: 100, filter: { segmentIds: $ids }) { totalCount edges { node { id } } } }\n": typeof types.CustomersInSegmentsDocument,
    "\n  query SegmentTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 50, filter: { kinds: [SEGMENT_ENTERED, SEGMENT_LEFT] }) { edges { node { kind title refId occurredAt } } } }\n  }\n": typeof types.SegmentTimelineDocument,
    "\n  subscription SegmentMembershipChanged($segmentId: ID) { segmentMembershipChanged(segmentId: $segmentId) { segmentId customerId change at } }\n": typeof types.SegmentMembershipChangedDocument,
    "\n  mutation OpenOwnCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id number kind status priority subject againstDealer { id } customer { id } } }\n  }\n": typeof types.OpenOwnCaseDocument,
    "mutation CommentCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { id status } } }": typeof types.CommentCaseDocument,
    "mutation TakeCase($input: CaseActionInput!) { assignCase(input: $input) { case { id status assignee } } }": typeof types.TakeCaseDocument,
    "mutation SolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { id status resolution } } }": typeof types.SolveCaseDocument,
    "mutation ShutCase($input: CaseActionInput!) { closeCase(input: $input) { case { id status closedAt } } }": typeof types.ShutCaseDocument,
    "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) { case { id status } surveyResponse { overallSatisfaction comment } }\n  }\n": typeof types.RateCaseDocument,
    "\n  query CaseThread($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Case {\n        number status overdue dueAt closedAt\n        thread(first: $first, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor }\n          edges { node { kind status body authorRole authorName createdAt } }\n        }\n      }\n    }\n  }\n": typeof types.CaseThreadDocument,
    "\n  query MyCaseNotices($id: ID!) {\n    customer(id: $id) {\n      interactions(first: 20, filter: { types: [NOTIFICATION] }) { edges { node { subject channel direction } } }\n      timeline(first: 20) { edges { node { kind title } } }\n      traits { latestCsat }\n    }\n  }\n": typeof types.MyCaseNoticesDocument,
    "\n  subscription CaseUpdated($caseId: ID) { caseUpdated(caseId: $caseId) { id number status } }\n": typeof types.CaseUpdatedDocument,
    "\n  query DealerComplaints($id: ID!) {\n    node(id: $id) {\n      ... on Dealer {\n        cases(first: 10) { edges { node { number status overdue dueAt openedAt thread { edges { node { kind authorRole body } } } } } }\n      }\n    }\n  }\n": typeof types.DealerComplaintsDocument,
    "\n  query ComplaintStatsOf($id: ID!, $period: ReportPeriod) {\n    node(id: $id) {\n      ... on Dealer {\n        complaintStats(period: $period) {\n          complaintCount customerCount ratePer100Customers openCount overdueCount medianResolutionHours meanResolutionHours\n        }\n      }\n    }\n  }\n": typeof types.ComplaintStatsOfDocument,
    "\n  mutation RecordServiceRecord($input: RecordServiceRecordInput!) {\n    recordServiceRecord(input: $input) {\n      serviceRecord { id kind mileageKm technicianNotes total { amountMinor currency } items { kind description quantity total { amountMinor } } station { id } vehicle { vin mileageKm } }\n    }\n  }\n": typeof types.RecordServiceRecordDocument,
    "\n  mutation BookServiceAppointment($input: BookServiceAppointmentInput!) {\n    bookServiceAppointment(input: $input) { appointment { id status scheduledAt purpose station { id } serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } } }\n  }\n": typeof types.BookServiceAppointmentDocument,
    "\n  mutation RescheduleServiceAppointment($input: RescheduleServiceAppointmentInput!) {\n    rescheduleServiceAppointment(input: $input) { appointment { id status scheduledAt } }\n  }\n": typeof types.RescheduleServiceAppointmentDocument,
    "\n  mutation CancelServiceAppointment($input: ServiceAppointmentRefInput!) { cancelServiceAppointment(input: $input) { appointment { id status } } }\n": typeof types.CancelServiceAppointmentDocument,
    "\n  mutation MarkServiceAppointmentNoShow($input: ServiceAppointmentRefInput!) { markServiceAppointmentNoShow(input: $input) { appointment { id status } } }\n": typeof types.MarkServiceAppointmentNoShowDocument,
    "\n  mutation CompleteServiceAppointment($input: CompleteServiceAppointmentInput!) {\n    completeServiceAppointment(input: $input) { appointment { id status serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } station { id } } }\n  }\n": typeof types.CompleteServiceAppointmentDocument,
    "\n  query VehicleService($vin: String!) {\n    vehicle(vin: $vin) {\n      vin mileageKm\n      serviceRecords(first: 10) { totalCount edges { node { id kind mileageKm station { id } } } }\n      appointments { id status }\n    }\n  }\n": typeof types.VehicleServiceDocument,
    "\n  query StationAppointments($id: ID!, $filter: ServiceAppointmentFilter) {\n    node(id: $id) {\n      __typename\n      ... on Dealer { serviceAppointments(first: 20, filter: $filter) { totalCount edges { node { id status purpose customer { id } } } } }\n    }\n  }\n": typeof types.StationAppointmentsDocument,
    "\n  query SupplierSalesReport($filter: SupplierSalesFilter!) {\n    supplierSalesReport(filter: $filter) {\n      supplierId minimumGroupSize suppressedGroups suppressedUnits totalUnits\n      totalRevenue { amountMinor currency }\n      rows { month region customerKind tier productId productSku units revenue { amountMinor currency } returnedUnits averageRating customerCount }\n    }\n  }\n": typeof types.SupplierSalesReportDocument,
    "\n  query CategoryMatrix($input: CategoryMatrixInput!) {\n    categoryMatrix(input: $input) {\n      categoryId buyers minimumGroupSize\n      cells { brandPreference usage suppressed customers units revenue { amountMinor currency } }\n    }\n  }\n": typeof types.CategoryMatrixDocument,
    "\n  mutation RecordTrackingEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { index courierEventId seq duplicate shipment { trackingNumber status lastPosition { lat lng } estimatedArrival deliveredAt } }\n      rejected { index courierEventId code field message }\n    }\n  }\n": typeof types.RecordTrackingEventsDocument,
    "\n  query ShipmentState($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status departedAt deliveredAt lastEventAt\n      events(first: 100) { totalCount edges { node { seq status occurredAt } } }\n    }\n  }\n": typeof types.ShipmentStateDocument,
    "\n  query OrderState($number: String!) {\n    order(number: $number) { status deliveredAt }\n  }\n": typeof types.OrderStateDocument,
    "\n  subscription ShipmentTracking($shipmentId: ID!, $after: Int) {\n    shipmentTracking(shipmentId: $shipmentId, after: $after) { seq status occurredAt position { lat lng } }\n  }\n": typeof types.ShipmentTrackingDocument,
    "\n  subscription OrderTracking($orderId: ID!, $after: String) {\n    orderTracking(orderId: $orderId, after: $after) { cursor shipment { trackingNumber status } event { seq status } }\n  }\n": typeof types.OrderTrackingDocument,
    "\n  subscription DeliveryFeed($filter: DeliveryFeedFilter) {\n    deliveryFeed(filter: $filter) { shipment { trackingNumber } event { seq status position { lat lng } } }\n  }\n": typeof types.DeliveryFeedDocument,
    "\n  query TraitRules {\n    traitRules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays updatedAt }\n  }\n": typeof types.TraitRulesDocument,
    "\n  mutation UpdateTraitRules($input: UpdateTraitRulesInput!) {\n    updateTraitRules(input: $input) { recomputed rules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays } }\n  }\n": typeof types.UpdateTraitRulesDocument,
    "\n  mutation SetCustomerKind($input: SetCustomerKindInput!) { setCustomerKind(input: $input) { customer { id kind } } }\n": typeof types.SetCustomerKindDocument,
    "\n  query CustomerRuled($id: ID!) {\n    customer(id: $id) { kind stage tier traits { recencyScore frequencyScore monetaryScore rfmGroup churnRisk } }\n  }\n": typeof types.CustomerRuledDocument,
    "\n  query CustomerCategoryCells($id: ID!) {\n    customer(id: $id) { traits { categoryCells { categoryId categoryName brandPreference usage storeBrandShare } } }\n  }\n": typeof types.CustomerCategoryCellsDocument,
    "\n  query CustomersCategoryCells($first: Int, $filter: CustomerFilter) {\n    customers(first: $first, filter: $filter) { edges { node { id traits { categoryCells { categoryId brandPreference usage } } } } }\n  }\n": typeof types.CustomersCategoryCellsDocument,
    "\n  query CommunicationMatrix {\n    communicationMatrix { audience kinds }\n  }\n": typeof types.CommunicationMatrixDocument,
    "\n  mutation UpdateCommunicationMatrix($input: UpdateCommunicationMatrixInput!) {\n    updateCommunicationMatrix(input: $input) { audience kinds }\n  }\n": typeof types.UpdateCommunicationMatrixDocument,
    "\n  query CustomerTraits($id: ID!) {\n    customer(id: $id) {\n      stage\n      tier\n      traits {\n        orderCount\n        lifetimeValue { amountMinor currency }\n        averageOrderValue { amountMinor currency }\n        firstOrderAt\n        lastOrderAt\n        daysSinceLastOrder\n        meanDaysBetweenOrders\n        preferredChannel\n        lastServiceAt\n        daysSinceLastService\n        returnCount\n        complaintCount\n        openComplaintCount\n        latestNps\n        latestCsat\n        recencyScore\n        frequencyScore\n        monetaryScore\n        rfmGroup\n        churnRisk\n        vehiclesOwned\n      }\n    }\n  }\n": typeof types.CustomerTraitsDocument,
    "\n  query CommunicationPlan($id: ID!) {\n    customer(id: $id) { tier stage communicationPlan { kind allowed channels reason } }\n  }\n": typeof types.CommunicationPlanDocument,
    "\n  mutation IngestVehicleSales($input: IngestVehicleSalesInput!) {\n    ingestVehicleSales(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      sales { index saleId outcome state warnings { code field message }\n        vehicle { id vin modelYear warrantyEndsOn model { code }\n          ownerships { role startedOn endedOn current source sourceSaleId sellingDealer { code } customer { id } } }\n        customer { id stage } }\n      rejected { index saleId code field message }\n    }\n  }\n": typeof types.IngestVehicleSalesDocument,
    "\n  mutation DeleteIngestedVehicleSales($input: DeleteIngestedVehicleSalesInput!) {\n    deleteIngestedVehicleSales(input: $input) { deleted unknown }\n  }\n": typeof types.DeleteIngestedVehicleSalesDocument,
    "\n  query CustomerVehicleSales($id: ID!) {\n    customer(id: $id) { vehicles { vin ownerships { sourceSaleId startedOn endedOn customer { id } } } }\n  }\n": typeof types.CustomerVehicleSalesDocument,
    "\n  mutation RegisterVehicle($input: RegisterVehicleInput!) {\n    registerVehicle(input: $input) { vehicle { id vin modelYear warrantyEndsOn mileageKm } }\n  }\n": typeof types.RegisterVehicleDocument,
    "\n  mutation RecordVehicleSale($input: RecordVehicleSaleInput!) {\n    recordVehicleSale(input: $input) { vehicle { vin warrantyEndsOn underWarranty } }\n  }\n": typeof types.RecordVehicleSaleDocument,
    "\n  mutation RecordMileage($input: RecordMileageInput!) {\n    recordMileage(input: $input) { vehicle { vin mileageKm } }\n  }\n": typeof types.RecordMileageDocument,
    "\n  query VehicleHistory($vin: String!) {\n    vehicle(vin: $vin) { vin mileageKm warrantyEndsOn ownerships { startedOn endedOn current customer { id } sellingDealer { id } } }\n  }\n": typeof types.VehicleHistoryDocument,
    "query CustomerStage($id: ID!) { customer(id: $id) { id stage } }": typeof types.CustomerStageDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled dealerId } }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { endpoint { id url eventTypes enabled consecutiveFailures failingSince disabledReason } }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 50) { totalCount edges { node { id url enabled consecutiveFailures failingSince disabledAt disabledReason dealerId } } }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id eventId eventType status attempts nextAttemptAt lastAttemptAt deliveredAt responseStatus lastError replayOf createdAt } }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) { delivery { id eventId status replayOf } }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
};
const documents: Documents = {
    "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) { token customer { id displayName stage } }\n  }\n": types.RegisterCustomerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token customer { id displayName } }\n  }\n": types.LoginDocument,
    "\n  mutation IssuePasswordReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) { token expiresAt }\n  }\n": types.IssuePasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token customer { id } }\n  }\n": types.ResetPasswordDocument,
    "\n  query Me { customers(first: 5) { totalCount edges { node { id displayName emails { address } phones { e164 } } } } }\n": types.MeDocument,
    "\n  mutation TrackEvents($events: [TrackEventInput!]!) {\n    trackEvents(events: $events) { accepted duplicates }\n  }\n": types.TrackEventsDocument,
    "\n  mutation RegisterWithVisit($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) { token customer { id } }\n  }\n": types.RegisterWithVisitDocument,
    "\n  mutation LoginWithVisit($input: LoginInput!) {\n    login(input: $input) { token customer { id } }\n  }\n": types.LoginWithVisitDocument,
    "\n  query ActiveCustomers($filter: CustomerFilter) {\n    customers(first: 50, filter: $filter) { totalCount edges { node { id } } }\n  }\n": types.ActiveCustomersDocument,
    "\n  query ShipmentArrival($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status estimatedArrival\n      arrivalPrediction { expectedAt earliest latest basis samples lateForWindow }\n    }\n  }\n": types.ShipmentArrivalDocument,
    "\n  mutation RecordArrivalEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { seq shipment { status arrivalPrediction { expectedAt basis lateForWindow } } }\n      rejected { index code field message }\n    }\n  }\n": types.RecordArrivalEventsDocument,
    "\n  mutation StartBulkExport($input: StartBulkExportInput!) {\n    startBulkExport(input: $input) { bulkExport { id kind format status rowCount totalRows progress url expiresAt error } }\n  }\n": types.StartBulkExportDocument,
    "\n  query BulkExportState($id: ID!) { bulkExport(id: $id) { id kind format status rowCount totalRows progress startedAt finishedAt url expiresAt error } }\n": types.BulkExportStateDocument,
    "\n  mutation CancelBulkExport($input: CancelBulkExportInput!) { cancelBulkExport(input: $input) { bulkExport { id status url } } }\n": types.CancelBulkExportDocument,
    "\n  subscription BulkExportUpdated($id: ID!) { bulkExportUpdated(id: $id) { id status rowCount progress url } }\n": types.BulkExportUpdatedDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { campaign { id name kind channel audience status dealerId counts { pending sent skipped deferred } } }\n  }\n": types.CreateCampaignDocument,
    "\n  query PreviewCampaign($input: CampaignInput!) {\n    previewCampaign(input: $input) { funnel { step remaining } willSend deferred sample { customer { id } subject body } }\n  }\n": types.PreviewCampaignDocument,
    "\n  mutation SendCampaign($input: SendCampaignInput!) { sendCampaign(input: $input) { campaign { id status sentAt counts { pending } } } }\n": types.SendCampaignDocument,
    "\n  query Campaigns {\n    campaigns(first: 50) { totalCount edges { node { id name status dealerId counts { pending deferred sent skipped } } } }\n  }\n": types.CampaignsDocument,
    "\n  query ProductsPage($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sku name brand brandKind active price { amountMinor currency } category { name parent { name } } supplier { name } } }\n    }\n  }\n": types.ProductsPageDocument,
    "\n  query ProductBySku($sku: String!) {\n    product(sku: $sku) { id sku name active }\n  }\n": types.ProductBySkuDocument,
    "\n  subscription CustomerChanged($customerId: ID!, $after: Int) {\n    customerChanged(customerId: $customerId, after: $after) { customerId seq kind segmentId customer { id displayName } }\n  }\n": types.CustomerChangedDocument,
    "\n  subscription CustomersChanged {\n    customersChanged { customerId seq kind segmentId }\n  }\n": types.CustomersChangedDocument,
    "\n  query Customer360($first: Int!, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          kind\n          stage\n          tier\n          emails { address }\n          phones { e164 }\n          addresses { city isDefaultDelivery }\n          preferredDealer { name }\n          sourceIdentities { source sourceId }\n          preferences { key value }\n          consents { channel purpose status }\n          vehicles {\n            vin\n            underWarranty\n            model { name }\n            ownerships { startedOn endedOn sellingDealer { code } }\n            serviceRecords(first: 3) { totalCount edges { node { kind total { amountMinor } items { description } station { name } } } }\n            appointments { scheduledAt status }\n          }\n          orders(first: 5) {\n            totalCount\n            edges {\n              node {\n                number\n                status\n                total { amountMinor currency }\n                lines { sku quantity product { name } }\n                payments { status }\n                returns { status refunds { amount { amountMinor } } }\n                shipments { trackingNumber status carrier { name } events(first: 5) { edges { node { seq status occurredAt } } } }\n              }\n            }\n          }\n          interactions(first: 5) { totalCount edges { node { channel type subject } } }\n          cases(first: 3) { edges { node { number status } } }\n          reviews(first: 3) { edges { node { stars product { sku } } } }\n          surveyResponses { overallSatisfaction wouldRecommend }\n          wishlist { product { sku } }\n          recentlyViewed { viewedAt }\n          measures { orderCount lifetimeValue { amountMinor } openCases }\n          timeline(first: 10) { totalCount edges { node { kind occurredAt title } } }\n        }\n      }\n    }\n  }\n": types.Customer360Document,
    "\n  query CustomersPage($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id displayName kind stage tier createdAt } }\n    }\n  }\n": types.CustomersPageDocument,
    "\n  query CustomersCount($filter: CustomerFilter) {\n    customers(first: 100, filter: $filter) { totalCount edges { node { id displayName } } }\n  }\n": types.CustomersCountDocument,
    "\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      displayName\n      givenName\n      familyName\n      birthday\n      emails { address isPrimary }\n      phones { e164 kind }\n      addresses { city isDefaultDelivery }\n      preferredDealer { id name }\n    }\n  }\n": types.CustomerByIdDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) { interaction { id type channel subject agent dealer { id } } }\n  }\n": types.LogInteractionDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id number status priority openedAt dueAt againstDealer { id } } }\n  }\n": types.OpenCaseDocument,
    "mutation AssignCase($input: CaseActionInput!) { assignCase(input: $input) { case { status assignee } } }": types.AssignCaseDocument,
    "mutation CommentOnCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { status } } }": types.CommentOnCaseDocument,
    "mutation ResolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { status resolution resolvedAt } } }": types.ResolveCaseDocument,
    "mutation ReopenCase($input: CaseActionInput!) { reopenCase(input: $input) { case { status resolvedAt } } }": types.ReopenCaseDocument,
    "mutation CloseCase($input: CaseActionInput!) { closeCase(input: $input) { case { status } } }": types.CloseCaseDocument,
    "\n  query OrderByNumber($number: String!) {\n    order(number: $number) { id number status customer { displayName } dealer { code } shipments { trackingNumber } }\n  }\n": types.OrderByNumberDocument,
    "\n  query ShipmentByTracking($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) { trackingNumber status carrier { name } order { number } events(first: 100) { totalCount edges { node { seq status } } } }\n  }\n": types.ShipmentByTrackingDocument,
    "\n  query VehicleByVin($vin: String!) {\n    vehicle(vin: $vin) { vin model { name } ownerships { startedOn current customer { id } } }\n  }\n": types.VehicleByVinDocument,
    "\n  query ListsForPortals($orderFilter: OrderFilter, $caseFilter: CaseFilter) {\n    orders(first: 100, filter: $orderFilter) { totalCount edges { node { number dealer { id } customer { id } } } }\n    vehicles(first: 100) { totalCount }\n    cases(first: 100, filter: $caseFilter) { totalCount edges { node { number againstDealer { id } } } }\n  }\n": types.ListsForPortalsDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int, $after: String, $filter: TimelineFilter, $interactionFilter: InteractionFilter) {\n    customer(id: $id) {\n      timeline(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind occurredAt title refId } } }\n      interactions(first: 100, filter: $interactionFilter) { totalCount edges { node { channel type direction occurredAt } } }\n    }\n  }\n": types.CustomerTimelineDocument,
    "\n  mutation IngestSourceRecords($input: IngestSourceRecordsInput!) {\n    ingestSourceRecords(input: $input) {\n      summary { created matched updated unchanged merged rejected }\n      records { index sourceId outcome rule confidence customer { id } warnings { code field message } }\n      rejected { index sourceId code field message }\n    }\n  }\n": types.IngestSourceRecordsDocument,
    "\n  query DuplicateCandidates($customerId: ID!) {\n    duplicateCandidates(customerId: $customerId) { score confident band evidence { field level weight } reasons customer { id } }\n  }\n": types.DuplicateCandidatesDocument,
    "\n  mutation PreviewMergeCustomers($input: MergeCustomersInput!) {\n    previewMergeCustomers(input: $input) {\n      displayName givenName familyName birthday emails phones addresses sourceIdentities\n      moved { table count } kept { table count }\n    }\n  }\n": types.PreviewMergeCustomersDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      survivor { id displayName }\n      merge { id mergedCustomerId performedBy undoneAt moved { table count } survivor { id } }\n    }\n  }\n": types.MergeCustomersDocument,
    "\n  mutation UnmergeCustomer($input: UnmergeCustomerInput!) {\n    unmergeCustomer(input: $input) {\n      survivor { id displayName }\n      restored { id displayName }\n      merge { id undoneAt }\n    }\n  }\n": types.UnmergeCustomerDocument,
    "\n  query IdentityProfile($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName organisationName birthday kind stage tier\n      emails { address isPrimary } phones { e164 isPrimary } addresses { line1 city postcode isDefaultDelivery }\n      sourceIdentities { source sourceId rule confidence }\n      preferences { key value }\n      consents { channel purpose status }\n      vehicles { vin ownerships { startedOn endedOn } }\n      orders(first: 50) { totalCount edges { node { number status } } }\n      interactions(first: 50) { totalCount edges { node { subject } } }\n      cases(first: 50) { edges { node { number } } }\n      wishlist { product { sku } }\n      measures { orderCount openCases }\n      timeline(first: 50, filter: { kinds: [ORDER_PLACED, INTERACTION, CASE_OPENED] }) { totalCount edges { node { kind refId } } }\n    }\n  }\n": types.IdentityProfileDocument,
    "\n  mutation DetachSourceRecord($input: DetachSourceRecordInput!) {\n    detachSourceRecord(input: $input) {\n      sourceIdentity { source sourceId rule confidence }\n      from { id displayName } to { id displayName } createdProfile fromRetired\n    }\n  }\n": types.DetachSourceRecordDocument,
    "\n  query RecordMoves($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [SOURCE_RECORD_MOVED] }) { edges { node { kind refId title } } } }\n  }\n": types.RecordMovesDocument,
    "\n  query ProfileTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [PROFILE_MERGED, PROFILE_UNMERGED] }) { edges { node { kind refId } } } }\n  }\n": types.ProfileTimelineDocument,
    "\n  query NodeCustomer($id: ID!) {\n    node(id: $id) { id ... on Customer { displayName } }\n  }\n": types.NodeCustomerDocument,
    "\n  mutation IngestInteractions($input: IngestInteractionsInput!) {\n    ingestInteractions(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      interactions { index interactionId outcome state warnings { code field message }\n        interaction { id channel direction type subject notes agent outcome occurredAt source sourceInteractionId dealer { code } }\n        customer { id } }\n      rejected { index interactionId code field message }\n    }\n  }\n": types.IngestInteractionsDocument,
    "\n  mutation DeleteIngestedInteractions($input: DeleteIngestedInteractionsInput!) {\n    deleteIngestedInteractions(input: $input) { deleted unknown }\n  }\n": types.DeleteIngestedInteractionsDocument,
    "\n  query CustomerInteractions($id: ID!) {\n    customer(id: $id) {\n      interactions(first: 50) { totalCount edges { node { type channel subject source sourceInteractionId } } }\n      timeline(first: 50) { edges { node { kind title occurredAt } } }\n    }\n  }\n": types.CustomerInteractionsDocument,
    "\n  mutation CaptureLead($input: CaptureLeadInput!) {\n    captureLead(input: $input) { reference lead { id status source dealer { id } customer { id stage } } }\n  }\n": types.CaptureLeadDocument,
    "\n  query Leads($filter: LeadFilter) {\n    leads(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id source status message lostReason testDriveAt model { id name } dealer { id } customer { id displayName stage } history { status changedBy note } } }\n    }\n  }\n": types.LeadsDocument,
    "\n  mutation UpdateLeadStatus($input: UpdateLeadStatusInput!) {\n    updateLeadStatus(input: $input) { lead { id status testDriveAt lostReason customer { id stage vehicles { vin } } history { status changedBy } } }\n  }\n": types.UpdateLeadStatusDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) { lead { id dealer { id } } }\n  }\n": types.AssignLeadDocument,
    "\n  query LeadConversion {\n    leadConversion { dealer { id } source leads contacted testDrives won lost conversionRate medianHoursToContact }\n  }\n": types.LeadConversionDocument,
    "\n  mutation ChangeLeadInterest($input: ChangeLeadInterestInput!) {\n    changeLeadInterest(input: $input) { lead { id model { id name } } }\n  }\n": types.ChangeLeadInterestDocument,
    "\n  query CatalogCount {\n    products(first: 1) { totalCount }\n  }\n": types.CatalogCountDocument,
    "\n  query CustomerTotal {\n    customers(first: 1) { totalCount }\n  }\n": types.CustomerTotalDocument,
    "\n  mutation IngestOrders($input: IngestOrdersInput!) {\n    ingestOrders(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      orders { index transactionId outcome state warnings { code field message } order { id number status total { amountMinor } source sourceTransactionId } customer { id } }\n      rejected { index transactionId code field message }\n    }\n  }\n": types.IngestOrdersDocument,
    "\n  mutation DeleteIngestedOrders($input: DeleteIngestedOrdersInput!) {\n    deleteIngestedOrders(input: $input) { deleted conflicts unknown }\n  }\n": types.DeleteIngestedOrdersDocument,
    "\n  query CustomerHistory($id: ID!) {\n    customer(id: $id) {\n      id\n      orders(first: 20) {\n        totalCount\n        edges { node { id number status channel placedAt source sourceTransactionId dealer { code } total { amountMinor currency }\n          lines { id sku quantity unitPrice { amountMinor } } payments { status amount { amountMinor } }\n          returns { status lines { quantity } refunds { amount { amountMinor } } } } }\n      }\n      interactions(first: 50) { totalCount edges { node { type subject } } }\n      timeline(first: 50) { edges { node { kind title } } }\n      measures { orderCount lifetimeValue { amountMinor } }\n    }\n  }\n": types.CustomerHistoryDocument,
    "\n  mutation MapSourceProductCodes($input: MapSourceProductCodesInput!) {\n    mapSourceProductCodes(input: $input) { mapped rejected { index code field message } }\n  }\n": types.MapSourceProductCodesDocument,
    "\n  mutation IngestServiceVisits($input: IngestServiceVisitsInput!) {\n    ingestServiceVisits(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      visits { index visitId outcome state warnings { code field message }\n        serviceRecord { id kind mileageKm performedAt source sourceVisitId total { amountMinor } items { kind description quantity total { amountMinor } } station { code } }\n        customer { id } }\n      rejected { index visitId code field message }\n    }\n  }\n": types.IngestServiceVisitsDocument,
    "\n  mutation DeleteIngestedServiceVisits($input: DeleteIngestedServiceVisitsInput!) {\n    deleteIngestedServiceVisits(input: $input) { deleted unknown }\n  }\n": types.DeleteIngestedServiceVisitsDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      replayed\n      order {\n        id\n        number\n        status\n        channel\n        paymentMethod\n        deliveryOption\n        splitPreference\n        deliveryWindowStart\n        deliveryWindowEnd\n        deliveryAddress { line1 city province country }\n        subtotal { amountMinor currency }\n        shipping { amountMinor }\n        total { amountMinor }\n        dealer { id }\n        customer { id }\n        lines { id sku name quantity unitPrice { amountMinor } total { amountMinor } }\n        payments { method status amount { amountMinor } paidAt }\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  mutation ConfirmOrder($input: ConfirmOrderInput!) {\n    confirmOrder(input: $input) { order { id status } }\n  }\n": types.ConfirmOrderDocument,
    "\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) { order { id status } }\n  }\n": types.SplitOrderDocument,
    "\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) { order { id status payments { method status paidAt } } }\n  }\n": types.CancelOrderDocument,
    "\n  mutation RequestReturn($input: RequestReturnInput!) {\n    requestReturn(input: $input) { return { id status reason lines { orderLineId quantity } } order { status } }\n  }\n": types.RequestReturnDocument,
    "\n  mutation ReceiveReturn($input: ReceiveReturnInput!) {\n    receiveReturn(input: $input) { return { id status receivedAt refunds { amount { amountMinor currency } } } order { status } }\n  }\n": types.ReceiveReturnDocument,
    "\n  query OrderAfterWrites($number: String!) {\n    order(number: $number) {\n      id\n      status\n      deliveredAt\n      payments { method status paidAt }\n      returns { id status lines { orderLineId quantity } refunds { amount { amountMinor } } }\n      shipments { trackingNumber kind status estimatedArrival carrier { id } lines { orderLineId quantity } }\n    }\n  }\n": types.OrderAfterWritesDocument,
    "\n  query OrderNotices($id: ID!) {\n    customer(id: $id) {\n      timeline(first: 100, filter: { kinds: [INTERACTION] }) { edges { node { kind title } } }\n    }\n  }\n": types.OrderNoticesDocument,
    "\n  mutation RejectReturn($input: RejectReturnInput!) {\n    rejectReturn(input: $input) { return { id status refunds { amount { amountMinor } } } order { status } }\n  }\n": types.RejectReturnDocument,
    "\n  query Directory($dealerFilter: DealerFilter, $first: Int) {\n    dealers(filter: $dealerFilter, first: $first) { totalCount edges { node { id code name city sells repairs } } }\n    suppliers(first: $first) { totalCount edges { node { id code name } } }\n    carriers(first: $first) { totalCount edges { node { id code name } } }\n  }\n": types.DirectoryDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { displayName }\n      ... on Dealer { code }\n      ... on Product { sku }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": types.NodesByIdsDocument,
    "\n  mutation AddPaymentMethod($input: AddPaymentMethodInput!) {\n    addPaymentMethod(input: $input) { paymentMethods { id brand last4 expiryMonth expiryYear expired provider isDefault } }\n  }\n": types.AddPaymentMethodDocument,
    "\n  mutation RemovePaymentMethod($input: SavedPaymentMethodInput!) {\n    removePaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }\n  }\n": types.RemovePaymentMethodDocument,
    "\n  mutation SetDefaultPaymentMethod($input: SavedPaymentMethodInput!) {\n    setDefaultPaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }\n  }\n": types.SetDefaultPaymentMethodDocument,
    "\n  query CustomerPaymentMethods($id: ID!) {\n    customer(id: $id) { paymentMethods { id brand last4 expired isDefault } }\n  }\n": types.CustomerPaymentMethodsDocument,
    "\n  mutation PlaceOrderWithCard($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { order { id paymentMethod payments { method status card { brand last4 } } } }\n  }\n": types.PlaceOrderWithCardDocument,
    "\n  query OrderPaymentCards($id: ID!) {\n    node(id: $id) { ... on Order { payments { method card { brand last4 } } } }\n  }\n": types.OrderPaymentCardsDocument,
    "\n  query SavedPaymentMethodFields {\n    __type(name: \"SavedPaymentMethod\") { fields { name } }\n  }\n": types.SavedPaymentMethodFieldsDocument,
    "\n  query DealerPortal($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Dealer {\n        code\n        customers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName } } }\n        vehicles(first: $first) { totalCount edges { node { vin } } }\n        orders(first: $first) { totalCount edges { node { number } } }\n        cases(first: $first) { totalCount edges { node { number } } }\n      }\n    }\n  }\n": types.DealerPortalDocument,
    "\n  query DealerPortals($first: Int) {\n    dealers(first: 10) {\n      edges {\n        node {\n          code\n          customers(first: $first) { totalCount pageInfo { hasNextPage } edges { node { displayName } } }\n          vehicles(first: $first) { totalCount edges { node { vin } } }\n          orders(first: $first) { totalCount edges { node { number } } }\n          cases(first: $first) { totalCount edges { node { number } } }\n        }\n      }\n    }\n  }\n": types.DealerPortalsDocument,
    "\n  query ProductOrders($sku: String!, $first: Int) {\n    product(sku: $sku) { sku orders(first: $first) { totalCount edges { node { number } } } }\n  }\n": types.ProductOrdersDocument,
    "\n  query ProductsWithOrders($search: String) {\n    products(first: 10, filter: { search: $search }) { edges { node { sku orders(first: 1) { totalCount pageInfo { hasNextPage } edges { node { number } } } } } }\n  }\n": types.ProductsWithOrdersDocument,
    "\n  query DueSoon($id: ID!, $within: Int, $first: Int, $after: String) {\n    customer(id: $id) {\n      dueSoon(within: $within, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            product { sku }\n            category { slug }\n            expectedOn\n            lowOn\n            highOn\n            overdue\n            evidence { purchases lastPurchases lastQuantity ownIntervalDays populationIntervalDays ownWeight }\n          }\n        }\n      }\n    }\n  }\n": types.DueSoonDocument,
    "\n  query NextServiceDue($vin: String!) {\n    vehicle(vin: $vin) {\n      nextServiceDue { date mileage projectedMileage overdue reason lastServiceOn }\n    }\n  }\n": types.NextServiceDueDocument,
    "\n  query OwnersDueForService($id: ID!, $within: Int, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Dealer {\n        ownersDueForService(within: $within, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { date reason overdue mileage owner { displayName } vehicle { vin } } }\n        }\n      }\n    }\n  }\n": types.OwnersDueForServiceDocument,
    "query ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }": types.ExportCustomerDataDocument,
    "\n  mutation EraseCustomer($input: EraseCustomerInput!) {\n    eraseCustomer(input: $input) { customerId erasedAt profiles suppressedIdentities }\n  }\n": types.EraseCustomerDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at actorRole actorId action targetType targetId operation outcome details } }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query CustomerWithPii($id: ID!) { customer(id: $id) { id displayName birthday emails { address } phones { e164 } addresses { line1 city } } }\n": types.CustomerWithPiiDocument,
    "\n  query CustomersWithEmails($first: Int) { customers(first: $first) { edges { node { id displayName emails { address } } } } }\n": types.CustomersWithEmailsDocument,
    "\n  query CustomerNamesOnly($first: Int) { customers(first: $first) { edges { node { id displayName } } } }\n": types.CustomerNamesOnlyDocument,
    "\n  query ProfileView($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName birthday preferredLanguage stage preferredDealer { id }\n      emails { address isPrimary }\n      phones { e164 kind isPrimary }\n      addresses { id kind line1 city postcode country isDefaultDelivery }\n      preferences { key value }\n      consents { channel purpose status source expiresAt }\n      consentHistory { channel purpose status source recordedAt }\n    }\n  }\n": types.ProfileViewDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { customer { id displayName givenName familyName birthday preferredLanguage preferredDealer { id } } }\n  }\n": types.UpdateProfileDocument,
    "mutation AddEmail($input: AddEmailInput!) { addEmail(input: $input) { customer { id } } }": types.AddEmailDocument,
    "mutation RemoveEmail($input: EmailRefInput!) { removeEmail(input: $input) { customer { id } } }": types.RemoveEmailDocument,
    "mutation SetPrimaryEmail($input: EmailRefInput!) { setPrimaryEmail(input: $input) { customer { id } } }": types.SetPrimaryEmailDocument,
    "mutation AddPhone($input: AddPhoneInput!) { addPhone(input: $input) { customer { id } } }": types.AddPhoneDocument,
    "mutation RemovePhone($input: PhoneRefInput!) { removePhone(input: $input) { customer { id } } }": types.RemovePhoneDocument,
    "\n  mutation AddAddress($input: AddAddressInput!) { addAddress(input: $input) { address { id city isDefaultDelivery } } }\n": types.AddAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) { updateAddress(input: $input) { address { id line1 city postcode isDefaultDelivery } } }\n": types.UpdateAddressDocument,
    "mutation RemoveAddress($input: AddressRefInput!) { removeAddress(input: $input) { address { id } } }": types.RemoveAddressDocument,
    "\n  mutation SetDefaultDeliveryAddress($input: AddressRefInput!) { setDefaultDeliveryAddress(input: $input) { address { id isDefaultDelivery } } }\n": types.SetDefaultDeliveryAddressDocument,
    "\n  mutation SetPreferences($input: SetPreferencesInput!) { setPreferences(input: $input) { customer { id } } }\n": types.SetPreferencesDocument,
    "\n  mutation SetConsents($input: SetConsentsInput!) { setConsents(input: $input) { customer { id } } }\n": types.SetConsentsDocument,
    "\n  query ProductReviews($sku: String!, $first: Int, $after: String, $orderBy: ReviewOrder) {\n    product(sku: $sku) {\n      sku\n      rating { average count distribution }\n      reviews(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { node { id stars title body reviewer helpfulCount createdAt } }\n      }\n    }\n  }\n": types.ProductReviewsDocument,
    "\n  query ProductReviewsDefault($sku: String!) {\n    product(sku: $sku) { rating { average count distribution } reviews(first: 10) { edges { cursor node { id stars reviewer helpfulCount } } } }\n  }\n": types.ProductReviewsDefaultDocument,
    "\n  mutation WriteNamedReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars shownAs } } }\n": types.WriteNamedReviewDocument,
    "mutation HideReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt } } }": types.HideReviewDocument,
    "\n  mutation MarkHelpful($input: MarkReviewHelpfulInput!) { markReviewHelpful(input: $input) { review { id helpfulCount } } }\n": types.MarkHelpfulDocument,
    "\n  query ProductsRanked($filter: ProductFilter, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { sku rating { average count } } }\n    }\n  }\n": types.ProductsRankedDocument,
    "\n  query SupplierPortal($supplierId: ID!) {\n    products(first: 100, filter: { supplierId: $supplierId }) { totalCount edges { node { sku supplier { id } } } }\n    supplierSalesReport(filter: { groupBy: [REGION] }) { totalUnits rows { region units customerCount } }\n  }\n": types.SupplierPortalDocument,
    "\n  query BoughtTogether($sku: String!, $first: Int) {\n    product(sku: $sku) {\n      sku\n      boughtTogether(first: $first) {\n        product { sku name }\n        customers\n        support\n        confidence\n        lift\n      }\n    }\n  }\n": types.BoughtTogetherDocument,
    "\n  query CustomerRecommendations($id: ID!, $first: Int!, $context: RecommendationContext) {\n    customer(id: $id) {\n      recommendations(first: $first, context: $context) {\n        personalised\n        allowed\n        basis\n        items {\n          product { sku name active }\n          score\n          source\n          reason\n        }\n      }\n    }\n  }\n": types.CustomerRecommendationsDocument,
    "\n  mutation WriteReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars title body product { id } } } }\n": types.WriteReviewDocument,
    "\n  mutation EditReview($input: EditReviewInput!) { editReview(input: $input) { review { id stars title body } } }\n": types.EditReviewDocument,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) { surveyResponse { id overallSatisfaction deliveryRating intendsToBuyWithin3Months wouldRecommend comment } }\n  }\n": types.AnswerSurveyDocument,
    "\n  query CustomerFeedback($id: ID!) {\n    customer(id: $id) {\n      reviews(first: 20) { totalCount edges { node { id stars body product { id } } } }\n      surveyResponses { overallSatisfaction wouldRecommend }\n      wishlist { product { id } }\n      recentlyViewed { product { id } viewedAt }\n    }\n  }\n": types.CustomerFeedbackDocument,
    "mutation AddToWishlist($input: CustomerProductInput!) { addToWishlist(input: $input) { customer { id } } }": types.AddToWishlistDocument,
    "mutation RemoveFromWishlist($input: CustomerProductInput!) { removeFromWishlist(input: $input) { customer { id } } }": types.RemoveFromWishlistDocument,
    "\n  mutation RecordProductView($input: RecordProductViewInput!) { recordProductView(input: $input) { customer { recentlyViewed { product { id } } } } }\n": types.RecordProductViewDocument,
    "\n  mutation ModerateReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt moderationNote body } } }\n": types.ModerateReviewDocument,
    "\n  query DemoCheck {\n    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }\n    products(first: 1) { totalCount }\n    dealers(first: 1) { totalCount }\n  }\n": types.DemoCheckDocument,
    "\n  query DemoIntelligence {\n    customers(first: 100) {\n      totalCount\n      edges { node { id stage tier traits { rfmGroup categoryCells { categoryId categoryName brandPreference usage } } } }\n    }\n  }\n": types.DemoIntelligenceDocument,
    "\n  query DemoRfmGroup($groups: [RfmGroup!]) { customers(first: 1, filter: { rfmGroups: $groups }) { totalCount } }\n": types.DemoRfmGroupDocument,
    "\n  query PreviewSegment($rule: CustomerRule!) { previewSegment(rule: $rule) { size sample { id } } }\n": types.PreviewSegmentDocument,
    "\n  query Segments { segments { id code name size rule members(first: 100) { totalCount edges { node { id } } } } }\n": types.SegmentsDocument,
    "\n  query SegmentSizes { segments { id code rule size sizeSuppressed } }\n": types.SegmentSizesDocument,
    "\n  mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { id code name description size members(first: 100) { totalCount edges { node { id } } } } }\n": types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { id name size members(first: 100) { totalCount edges { node { id } } } } }\n": types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { segmentId } }\n": types.DeleteSegmentDocument,
    "\n  query CustomerSegments($id: ID!) { customer(id: $id) { segments { code } } }\n": types.CustomerSegmentsDocument,
    "\n  query CustomersInSegments($ids: [ID!]!) { customers(first: 100, filter: { segmentIds: $ids }) { totalCount edges { node { id } } } }\n": types.CustomersInSegmentsDocument,
    "\n  query SegmentTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 50, filter: { kinds: [SEGMENT_ENTERED, SEGMENT_LEFT] }) { edges { node { kind title refId occurredAt } } } }\n  }\n": types.SegmentTimelineDocument,
    "\n  subscription SegmentMembershipChanged($segmentId: ID) { segmentMembershipChanged(segmentId: $segmentId) { segmentId customerId change at } }\n": types.SegmentMembershipChangedDocument,
    "\n  mutation OpenOwnCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id number kind status priority subject againstDealer { id } customer { id } } }\n  }\n": types.OpenOwnCaseDocument,
    "mutation CommentCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { id status } } }": types.CommentCaseDocument,
    "mutation TakeCase($input: CaseActionInput!) { assignCase(input: $input) { case { id status assignee } } }": types.TakeCaseDocument,
    "mutation SolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { id status resolution } } }": types.SolveCaseDocument,
    "mutation ShutCase($input: CaseActionInput!) { closeCase(input: $input) { case { id status closedAt } } }": types.ShutCaseDocument,
    "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) { case { id status } surveyResponse { overallSatisfaction comment } }\n  }\n": types.RateCaseDocument,
    "\n  query CaseThread($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Case {\n        number status overdue dueAt closedAt\n        thread(first: $first, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor }\n          edges { node { kind status body authorRole authorName createdAt } }\n        }\n      }\n    }\n  }\n": types.CaseThreadDocument,
    "\n  query MyCaseNotices($id: ID!) {\n    customer(id: $id) {\n      interactions(first: 20, filter: { types: [NOTIFICATION] }) { edges { node { subject channel direction } } }\n      timeline(first: 20) { edges { node { kind title } } }\n      traits { latestCsat }\n    }\n  }\n": types.MyCaseNoticesDocument,
    "\n  subscription CaseUpdated($caseId: ID) { caseUpdated(caseId: $caseId) { id number status } }\n": types.CaseUpdatedDocument,
    "\n  query DealerComplaints($id: ID!) {\n    node(id: $id) {\n      ... on Dealer {\n        cases(first: 10) { edges { node { number status overdue dueAt openedAt thread { edges { node { kind authorRole body } } } } } }\n      }\n    }\n  }\n": types.DealerComplaintsDocument,
    "\n  query ComplaintStatsOf($id: ID!, $period: ReportPeriod) {\n    node(id: $id) {\n      ... on Dealer {\n        complaintStats(period: $period) {\n          complaintCount customerCount ratePer100Customers openCount overdueCount medianResolutionHours meanResolutionHours\n        }\n      }\n    }\n  }\n": types.ComplaintStatsOfDocument,
    "\n  mutation RecordServiceRecord($input: RecordServiceRecordInput!) {\n    recordServiceRecord(input: $input) {\n      serviceRecord { id kind mileageKm technicianNotes total { amountMinor currency } items { kind description quantity total { amountMinor } } station { id } vehicle { vin mileageKm } }\n    }\n  }\n": types.RecordServiceRecordDocument,
    "\n  mutation BookServiceAppointment($input: BookServiceAppointmentInput!) {\n    bookServiceAppointment(input: $input) { appointment { id status scheduledAt purpose station { id } serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } } }\n  }\n": types.BookServiceAppointmentDocument,
    "\n  mutation RescheduleServiceAppointment($input: RescheduleServiceAppointmentInput!) {\n    rescheduleServiceAppointment(input: $input) { appointment { id status scheduledAt } }\n  }\n": types.RescheduleServiceAppointmentDocument,
    "\n  mutation CancelServiceAppointment($input: ServiceAppointmentRefInput!) { cancelServiceAppointment(input: $input) { appointment { id status } } }\n": types.CancelServiceAppointmentDocument,
    "\n  mutation MarkServiceAppointmentNoShow($input: ServiceAppointmentRefInput!) { markServiceAppointmentNoShow(input: $input) { appointment { id status } } }\n": types.MarkServiceAppointmentNoShowDocument,
    "\n  mutation CompleteServiceAppointment($input: CompleteServiceAppointmentInput!) {\n    completeServiceAppointment(input: $input) { appointment { id status serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } station { id } } }\n  }\n": types.CompleteServiceAppointmentDocument,
    "\n  query VehicleService($vin: String!) {\n    vehicle(vin: $vin) {\n      vin mileageKm\n      serviceRecords(first: 10) { totalCount edges { node { id kind mileageKm station { id } } } }\n      appointments { id status }\n    }\n  }\n": types.VehicleServiceDocument,
    "\n  query StationAppointments($id: ID!, $filter: ServiceAppointmentFilter) {\n    node(id: $id) {\n      __typename\n      ... on Dealer { serviceAppointments(first: 20, filter: $filter) { totalCount edges { node { id status purpose customer { id } } } } }\n    }\n  }\n": types.StationAppointmentsDocument,
    "\n  query SupplierSalesReport($filter: SupplierSalesFilter!) {\n    supplierSalesReport(filter: $filter) {\n      supplierId minimumGroupSize suppressedGroups suppressedUnits totalUnits\n      totalRevenue { amountMinor currency }\n      rows { month region customerKind tier productId productSku units revenue { amountMinor currency } returnedUnits averageRating customerCount }\n    }\n  }\n": types.SupplierSalesReportDocument,
    "\n  query CategoryMatrix($input: CategoryMatrixInput!) {\n    categoryMatrix(input: $input) {\n      categoryId buyers minimumGroupSize\n      cells { brandPreference usage suppressed customers units revenue { amountMinor currency } }\n    }\n  }\n": types.CategoryMatrixDocument,
    "\n  mutation RecordTrackingEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { index courierEventId seq duplicate shipment { trackingNumber status lastPosition { lat lng } estimatedArrival deliveredAt } }\n      rejected { index courierEventId code field message }\n    }\n  }\n": types.RecordTrackingEventsDocument,
    "\n  query ShipmentState($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status departedAt deliveredAt lastEventAt\n      events(first: 100) { totalCount edges { node { seq status occurredAt } } }\n    }\n  }\n": types.ShipmentStateDocument,
    "\n  query OrderState($number: String!) {\n    order(number: $number) { status deliveredAt }\n  }\n": types.OrderStateDocument,
    "\n  subscription ShipmentTracking($shipmentId: ID!, $after: Int) {\n    shipmentTracking(shipmentId: $shipmentId, after: $after) { seq status occurredAt position { lat lng } }\n  }\n": types.ShipmentTrackingDocument,
    "\n  subscription OrderTracking($orderId: ID!, $after: String) {\n    orderTracking(orderId: $orderId, after: $after) { cursor shipment { trackingNumber status } event { seq status } }\n  }\n": types.OrderTrackingDocument,
    "\n  subscription DeliveryFeed($filter: DeliveryFeedFilter) {\n    deliveryFeed(filter: $filter) { shipment { trackingNumber } event { seq status position { lat lng } } }\n  }\n": types.DeliveryFeedDocument,
    "\n  query TraitRules {\n    traitRules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays updatedAt }\n  }\n": types.TraitRulesDocument,
    "\n  mutation UpdateTraitRules($input: UpdateTraitRulesInput!) {\n    updateTraitRules(input: $input) { recomputed rules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays } }\n  }\n": types.UpdateTraitRulesDocument,
    "\n  mutation SetCustomerKind($input: SetCustomerKindInput!) { setCustomerKind(input: $input) { customer { id kind } } }\n": types.SetCustomerKindDocument,
    "\n  query CustomerRuled($id: ID!) {\n    customer(id: $id) { kind stage tier traits { recencyScore frequencyScore monetaryScore rfmGroup churnRisk } }\n  }\n": types.CustomerRuledDocument,
    "\n  query CustomerCategoryCells($id: ID!) {\n    customer(id: $id) { traits { categoryCells { categoryId categoryName brandPreference usage storeBrandShare } } }\n  }\n": types.CustomerCategoryCellsDocument,
    "\n  query CustomersCategoryCells($first: Int, $filter: CustomerFilter) {\n    customers(first: $first, filter: $filter) { edges { node { id traits { categoryCells { categoryId brandPreference usage } } } } }\n  }\n": types.CustomersCategoryCellsDocument,
    "\n  query CommunicationMatrix {\n    communicationMatrix { audience kinds }\n  }\n": types.CommunicationMatrixDocument,
    "\n  mutation UpdateCommunicationMatrix($input: UpdateCommunicationMatrixInput!) {\n    updateCommunicationMatrix(input: $input) { audience kinds }\n  }\n": types.UpdateCommunicationMatrixDocument,
    "\n  query CustomerTraits($id: ID!) {\n    customer(id: $id) {\n      stage\n      tier\n      traits {\n        orderCount\n        lifetimeValue { amountMinor currency }\n        averageOrderValue { amountMinor currency }\n        firstOrderAt\n        lastOrderAt\n        daysSinceLastOrder\n        meanDaysBetweenOrders\n        preferredChannel\n        lastServiceAt\n        daysSinceLastService\n        returnCount\n        complaintCount\n        openComplaintCount\n        latestNps\n        latestCsat\n        recencyScore\n        frequencyScore\n        monetaryScore\n        rfmGroup\n        churnRisk\n        vehiclesOwned\n      }\n    }\n  }\n": types.CustomerTraitsDocument,
    "\n  query CommunicationPlan($id: ID!) {\n    customer(id: $id) { tier stage communicationPlan { kind allowed channels reason } }\n  }\n": types.CommunicationPlanDocument,
    "\n  mutation IngestVehicleSales($input: IngestVehicleSalesInput!) {\n    ingestVehicleSales(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      sales { index saleId outcome state warnings { code field message }\n        vehicle { id vin modelYear warrantyEndsOn model { code }\n          ownerships { role startedOn endedOn current source sourceSaleId sellingDealer { code } customer { id } } }\n        customer { id stage } }\n      rejected { index saleId code field message }\n    }\n  }\n": types.IngestVehicleSalesDocument,
    "\n  mutation DeleteIngestedVehicleSales($input: DeleteIngestedVehicleSalesInput!) {\n    deleteIngestedVehicleSales(input: $input) { deleted unknown }\n  }\n": types.DeleteIngestedVehicleSalesDocument,
    "\n  query CustomerVehicleSales($id: ID!) {\n    customer(id: $id) { vehicles { vin ownerships { sourceSaleId startedOn endedOn customer { id } } } }\n  }\n": types.CustomerVehicleSalesDocument,
    "\n  mutation RegisterVehicle($input: RegisterVehicleInput!) {\n    registerVehicle(input: $input) { vehicle { id vin modelYear warrantyEndsOn mileageKm } }\n  }\n": types.RegisterVehicleDocument,
    "\n  mutation RecordVehicleSale($input: RecordVehicleSaleInput!) {\n    recordVehicleSale(input: $input) { vehicle { vin warrantyEndsOn underWarranty } }\n  }\n": types.RecordVehicleSaleDocument,
    "\n  mutation RecordMileage($input: RecordMileageInput!) {\n    recordMileage(input: $input) { vehicle { vin mileageKm } }\n  }\n": types.RecordMileageDocument,
    "\n  query VehicleHistory($vin: String!) {\n    vehicle(vin: $vin) { vin mileageKm warrantyEndsOn ownerships { startedOn endedOn current customer { id } sellingDealer { id } } }\n  }\n": types.VehicleHistoryDocument,
    "query CustomerStage($id: ID!) { customer(id: $id) { id stage } }": types.CustomerStageDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled dealerId } }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { endpoint { id url eventTypes enabled consecutiveFailures failingSince disabledReason } }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }\n": types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 50) { totalCount edges { node { id url enabled consecutiveFailures failingSince disabledAt disabledReason dealerId } } }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id eventId eventType status attempts nextAttemptAt lastAttemptAt deliveredAt responseStatus lastError replayOf createdAt } }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) { delivery { id eventId status replayOf } }\n  }\n": types.ReplayWebhookDeliveryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) { token customer { id displayName stage } }\n  }\n"): (typeof documents)["\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) { token customer { id displayName stage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token customer { id displayName } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token customer { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePasswordReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) { token expiresAt }\n  }\n"): (typeof documents)["\n  mutation IssuePasswordReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) { token expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token customer { id } }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token customer { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { customers(first: 5) { totalCount edges { node { id displayName emails { address } phones { e164 } } } } }\n"): (typeof documents)["\n  query Me { customers(first: 5) { totalCount edges { node { id displayName emails { address } phones { e164 } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrackEvents($events: [TrackEventInput!]!) {\n    trackEvents(events: $events) { accepted duplicates }\n  }\n"): (typeof documents)["\n  mutation TrackEvents($events: [TrackEventInput!]!) {\n    trackEvents(events: $events) { accepted duplicates }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWithVisit($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) { token customer { id } }\n  }\n"): (typeof documents)["\n  mutation RegisterWithVisit($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) { token customer { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithVisit($input: LoginInput!) {\n    login(input: $input) { token customer { id } }\n  }\n"): (typeof documents)["\n  mutation LoginWithVisit($input: LoginInput!) {\n    login(input: $input) { token customer { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveCustomers($filter: CustomerFilter) {\n    customers(first: 50, filter: $filter) { totalCount edges { node { id } } }\n  }\n"): (typeof documents)["\n  query ActiveCustomers($filter: CustomerFilter) {\n    customers(first: 50, filter: $filter) { totalCount edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShipmentArrival($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status estimatedArrival\n      arrivalPrediction { expectedAt earliest latest basis samples lateForWindow }\n    }\n  }\n"): (typeof documents)["\n  query ShipmentArrival($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status estimatedArrival\n      arrivalPrediction { expectedAt earliest latest basis samples lateForWindow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordArrivalEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { seq shipment { status arrivalPrediction { expectedAt basis lateForWindow } } }\n      rejected { index code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordArrivalEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { seq shipment { status arrivalPrediction { expectedAt basis lateForWindow } } }\n      rejected { index code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBulkExport($input: StartBulkExportInput!) {\n    startBulkExport(input: $input) { bulkExport { id kind format status rowCount totalRows progress url expiresAt error } }\n  }\n"): (typeof documents)["\n  mutation StartBulkExport($input: StartBulkExportInput!) {\n    startBulkExport(input: $input) { bulkExport { id kind format status rowCount totalRows progress url expiresAt error } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkExportState($id: ID!) { bulkExport(id: $id) { id kind format status rowCount totalRows progress startedAt finishedAt url expiresAt error } }\n"): (typeof documents)["\n  query BulkExportState($id: ID!) { bulkExport(id: $id) { id kind format status rowCount totalRows progress startedAt finishedAt url expiresAt error } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBulkExport($input: CancelBulkExportInput!) { cancelBulkExport(input: $input) { bulkExport { id status url } } }\n"): (typeof documents)["\n  mutation CancelBulkExport($input: CancelBulkExportInput!) { cancelBulkExport(input: $input) { bulkExport { id status url } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BulkExportUpdated($id: ID!) { bulkExportUpdated(id: $id) { id status rowCount progress url } }\n"): (typeof documents)["\n  subscription BulkExportUpdated($id: ID!) { bulkExportUpdated(id: $id) { id status rowCount progress url } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { campaign { id name kind channel audience status dealerId counts { pending sent skipped deferred } } }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { campaign { id name kind channel audience status dealerId counts { pending sent skipped deferred } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCampaign($input: CampaignInput!) {\n    previewCampaign(input: $input) { funnel { step remaining } willSend deferred sample { customer { id } subject body } }\n  }\n"): (typeof documents)["\n  query PreviewCampaign($input: CampaignInput!) {\n    previewCampaign(input: $input) { funnel { step remaining } willSend deferred sample { customer { id } subject body } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCampaign($input: SendCampaignInput!) { sendCampaign(input: $input) { campaign { id status sentAt counts { pending } } } }\n"): (typeof documents)["\n  mutation SendCampaign($input: SendCampaignInput!) { sendCampaign(input: $input) { campaign { id status sentAt counts { pending } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns {\n    campaigns(first: 50) { totalCount edges { node { id name status dealerId counts { pending deferred sent skipped } } } }\n  }\n"): (typeof documents)["\n  query Campaigns {\n    campaigns(first: 50) { totalCount edges { node { id name status dealerId counts { pending deferred sent skipped } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsPage($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sku name brand brandKind active price { amountMinor currency } category { name parent { name } } supplier { name } } }\n    }\n  }\n"): (typeof documents)["\n  query ProductsPage($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sku name brand brandKind active price { amountMinor currency } category { name parent { name } } supplier { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductBySku($sku: String!) {\n    product(sku: $sku) { id sku name active }\n  }\n"): (typeof documents)["\n  query ProductBySku($sku: String!) {\n    product(sku: $sku) { id sku name active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CustomerChanged($customerId: ID!, $after: Int) {\n    customerChanged(customerId: $customerId, after: $after) { customerId seq kind segmentId customer { id displayName } }\n  }\n"): (typeof documents)["\n  subscription CustomerChanged($customerId: ID!, $after: Int) {\n    customerChanged(customerId: $customerId, after: $after) { customerId seq kind segmentId customer { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CustomersChanged {\n    customersChanged { customerId seq kind segmentId }\n  }\n"): (typeof documents)["\n  subscription CustomersChanged {\n    customersChanged { customerId seq kind segmentId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer360($first: Int!, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          kind\n          stage\n          tier\n          emails { address }\n          phones { e164 }\n          addresses { city isDefaultDelivery }\n          preferredDealer { name }\n          sourceIdentities { source sourceId }\n          preferences { key value }\n          consents { channel purpose status }\n          vehicles {\n            vin\n            underWarranty\n            model { name }\n            ownerships { startedOn endedOn sellingDealer { code } }\n            serviceRecords(first: 3) { totalCount edges { node { kind total { amountMinor } items { description } station { name } } } }\n            appointments { scheduledAt status }\n          }\n          orders(first: 5) {\n            totalCount\n            edges {\n              node {\n                number\n                status\n                total { amountMinor currency }\n                lines { sku quantity product { name } }\n                payments { status }\n                returns { status refunds { amount { amountMinor } } }\n                shipments { trackingNumber status carrier { name } events(first: 5) { edges { node { seq status occurredAt } } } }\n              }\n            }\n          }\n          interactions(first: 5) { totalCount edges { node { channel type subject } } }\n          cases(first: 3) { edges { node { number status } } }\n          reviews(first: 3) { edges { node { stars product { sku } } } }\n          surveyResponses { overallSatisfaction wouldRecommend }\n          wishlist { product { sku } }\n          recentlyViewed { viewedAt }\n          measures { orderCount lifetimeValue { amountMinor } openCases }\n          timeline(first: 10) { totalCount edges { node { kind occurredAt title } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customer360($first: Int!, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          kind\n          stage\n          tier\n          emails { address }\n          phones { e164 }\n          addresses { city isDefaultDelivery }\n          preferredDealer { name }\n          sourceIdentities { source sourceId }\n          preferences { key value }\n          consents { channel purpose status }\n          vehicles {\n            vin\n            underWarranty\n            model { name }\n            ownerships { startedOn endedOn sellingDealer { code } }\n            serviceRecords(first: 3) { totalCount edges { node { kind total { amountMinor } items { description } station { name } } } }\n            appointments { scheduledAt status }\n          }\n          orders(first: 5) {\n            totalCount\n            edges {\n              node {\n                number\n                status\n                total { amountMinor currency }\n                lines { sku quantity product { name } }\n                payments { status }\n                returns { status refunds { amount { amountMinor } } }\n                shipments { trackingNumber status carrier { name } events(first: 5) { edges { node { seq status occurredAt } } } }\n              }\n            }\n          }\n          interactions(first: 5) { totalCount edges { node { channel type subject } } }\n          cases(first: 3) { edges { node { number status } } }\n          reviews(first: 3) { edges { node { stars product { sku } } } }\n          surveyResponses { overallSatisfaction wouldRecommend }\n          wishlist { product { sku } }\n          recentlyViewed { viewedAt }\n          measures { orderCount lifetimeValue { amountMinor } openCases }\n          timeline(first: 10) { totalCount edges { node { kind occurredAt title } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersPage($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id displayName kind stage tier createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query CustomersPage($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id displayName kind stage tier createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersCount($filter: CustomerFilter) {\n    customers(first: 100, filter: $filter) { totalCount edges { node { id displayName } } }\n  }\n"): (typeof documents)["\n  query CustomersCount($filter: CustomerFilter) {\n    customers(first: 100, filter: $filter) { totalCount edges { node { id displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      displayName\n      givenName\n      familyName\n      birthday\n      emails { address isPrimary }\n      phones { e164 kind }\n      addresses { city isDefaultDelivery }\n      preferredDealer { id name }\n    }\n  }\n"): (typeof documents)["\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      displayName\n      givenName\n      familyName\n      birthday\n      emails { address isPrimary }\n      phones { e164 kind }\n      addresses { city isDefaultDelivery }\n      preferredDealer { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) { interaction { id type channel subject agent dealer { id } } }\n  }\n"): (typeof documents)["\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) { interaction { id type channel subject agent dealer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id number status priority openedAt dueAt againstDealer { id } } }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id number status priority openedAt dueAt againstDealer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignCase($input: CaseActionInput!) { assignCase(input: $input) { case { status assignee } } }"): (typeof documents)["mutation AssignCase($input: CaseActionInput!) { assignCase(input: $input) { case { status assignee } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommentOnCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { status } } }"): (typeof documents)["mutation CommentOnCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { status resolution resolvedAt } } }"): (typeof documents)["mutation ResolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { status resolution resolvedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenCase($input: CaseActionInput!) { reopenCase(input: $input) { case { status resolvedAt } } }"): (typeof documents)["mutation ReopenCase($input: CaseActionInput!) { reopenCase(input: $input) { case { status resolvedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCase($input: CaseActionInput!) { closeCase(input: $input) { case { status } } }"): (typeof documents)["mutation CloseCase($input: CaseActionInput!) { closeCase(input: $input) { case { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderByNumber($number: String!) {\n    order(number: $number) { id number status customer { displayName } dealer { code } shipments { trackingNumber } }\n  }\n"): (typeof documents)["\n  query OrderByNumber($number: String!) {\n    order(number: $number) { id number status customer { displayName } dealer { code } shipments { trackingNumber } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShipmentByTracking($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) { trackingNumber status carrier { name } order { number } events(first: 100) { totalCount edges { node { seq status } } } }\n  }\n"): (typeof documents)["\n  query ShipmentByTracking($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) { trackingNumber status carrier { name } order { number } events(first: 100) { totalCount edges { node { seq status } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehicleByVin($vin: String!) {\n    vehicle(vin: $vin) { vin model { name } ownerships { startedOn current customer { id } } }\n  }\n"): (typeof documents)["\n  query VehicleByVin($vin: String!) {\n    vehicle(vin: $vin) { vin model { name } ownerships { startedOn current customer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsForPortals($orderFilter: OrderFilter, $caseFilter: CaseFilter) {\n    orders(first: 100, filter: $orderFilter) { totalCount edges { node { number dealer { id } customer { id } } } }\n    vehicles(first: 100) { totalCount }\n    cases(first: 100, filter: $caseFilter) { totalCount edges { node { number againstDealer { id } } } }\n  }\n"): (typeof documents)["\n  query ListsForPortals($orderFilter: OrderFilter, $caseFilter: CaseFilter) {\n    orders(first: 100, filter: $orderFilter) { totalCount edges { node { number dealer { id } customer { id } } } }\n    vehicles(first: 100) { totalCount }\n    cases(first: 100, filter: $caseFilter) { totalCount edges { node { number againstDealer { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTimeline($id: ID!, $first: Int, $after: String, $filter: TimelineFilter, $interactionFilter: InteractionFilter) {\n    customer(id: $id) {\n      timeline(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind occurredAt title refId } } }\n      interactions(first: 100, filter: $interactionFilter) { totalCount edges { node { channel type direction occurredAt } } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTimeline($id: ID!, $first: Int, $after: String, $filter: TimelineFilter, $interactionFilter: InteractionFilter) {\n    customer(id: $id) {\n      timeline(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind occurredAt title refId } } }\n      interactions(first: 100, filter: $interactionFilter) { totalCount edges { node { channel type direction occurredAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestSourceRecords($input: IngestSourceRecordsInput!) {\n    ingestSourceRecords(input: $input) {\n      summary { created matched updated unchanged merged rejected }\n      records { index sourceId outcome rule confidence customer { id } warnings { code field message } }\n      rejected { index sourceId code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestSourceRecords($input: IngestSourceRecordsInput!) {\n    ingestSourceRecords(input: $input) {\n      summary { created matched updated unchanged merged rejected }\n      records { index sourceId outcome rule confidence customer { id } warnings { code field message } }\n      rejected { index sourceId code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCandidates($customerId: ID!) {\n    duplicateCandidates(customerId: $customerId) { score confident band evidence { field level weight } reasons customer { id } }\n  }\n"): (typeof documents)["\n  query DuplicateCandidates($customerId: ID!) {\n    duplicateCandidates(customerId: $customerId) { score confident band evidence { field level weight } reasons customer { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewMergeCustomers($input: MergeCustomersInput!) {\n    previewMergeCustomers(input: $input) {\n      displayName givenName familyName birthday emails phones addresses sourceIdentities\n      moved { table count } kept { table count }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewMergeCustomers($input: MergeCustomersInput!) {\n    previewMergeCustomers(input: $input) {\n      displayName givenName familyName birthday emails phones addresses sourceIdentities\n      moved { table count } kept { table count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      survivor { id displayName }\n      merge { id mergedCustomerId performedBy undoneAt moved { table count } survivor { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      survivor { id displayName }\n      merge { id mergedCustomerId performedBy undoneAt moved { table count } survivor { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmergeCustomer($input: UnmergeCustomerInput!) {\n    unmergeCustomer(input: $input) {\n      survivor { id displayName }\n      restored { id displayName }\n      merge { id undoneAt }\n    }\n  }\n"): (typeof documents)["\n  mutation UnmergeCustomer($input: UnmergeCustomerInput!) {\n    unmergeCustomer(input: $input) {\n      survivor { id displayName }\n      restored { id displayName }\n      merge { id undoneAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProfile($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName organisationName birthday kind stage tier\n      emails { address isPrimary } phones { e164 isPrimary } addresses { line1 city postcode isDefaultDelivery }\n      sourceIdentities { source sourceId rule confidence }\n      preferences { key value }\n      consents { channel purpose status }\n      vehicles { vin ownerships { startedOn endedOn } }\n      orders(first: 50) { totalCount edges { node { number status } } }\n      interactions(first: 50) { totalCount edges { node { subject } } }\n      cases(first: 50) { edges { node { number } } }\n      wishlist { product { sku } }\n      measures { orderCount openCases }\n      timeline(first: 50, filter: { kinds: [ORDER_PLACED, INTERACTION, CASE_OPENED] }) { totalCount edges { node { kind refId } } }\n    }\n  }\n"): (typeof documents)["\n  query IdentityProfile($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName organisationName birthday kind stage tier\n      emails { address isPrimary } phones { e164 isPrimary } addresses { line1 city postcode isDefaultDelivery }\n      sourceIdentities { source sourceId rule confidence }\n      preferences { key value }\n      consents { channel purpose status }\n      vehicles { vin ownerships { startedOn endedOn } }\n      orders(first: 50) { totalCount edges { node { number status } } }\n      interactions(first: 50) { totalCount edges { node { subject } } }\n      cases(first: 50) { edges { node { number } } }\n      wishlist { product { sku } }\n      measures { orderCount openCases }\n      timeline(first: 50, filter: { kinds: [ORDER_PLACED, INTERACTION, CASE_OPENED] }) { totalCount edges { node { kind refId } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachSourceRecord($input: DetachSourceRecordInput!) {\n    detachSourceRecord(input: $input) {\n      sourceIdentity { source sourceId rule confidence }\n      from { id displayName } to { id displayName } createdProfile fromRetired\n    }\n  }\n"): (typeof documents)["\n  mutation DetachSourceRecord($input: DetachSourceRecordInput!) {\n    detachSourceRecord(input: $input) {\n      sourceIdentity { source sourceId rule confidence }\n      from { id displayName } to { id displayName } createdProfile fromRetired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordMoves($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [SOURCE_RECORD_MOVED] }) { edges { node { kind refId title } } } }\n  }\n"): (typeof documents)["\n  query RecordMoves($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [SOURCE_RECORD_MOVED] }) { edges { node { kind refId title } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [PROFILE_MERGED, PROFILE_UNMERGED] }) { edges { node { kind refId } } } }\n  }\n"): (typeof documents)["\n  query ProfileTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [PROFILE_MERGED, PROFILE_UNMERGED] }) { edges { node { kind refId } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeCustomer($id: ID!) {\n    node(id: $id) { id ... on Customer { displayName } }\n  }\n"): (typeof documents)["\n  query NodeCustomer($id: ID!) {\n    node(id: $id) { id ... on Customer { displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestInteractions($input: IngestInteractionsInput!) {\n    ingestInteractions(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      interactions { index interactionId outcome state warnings { code field message }\n        interaction { id channel direction type subject notes agent outcome occurredAt source sourceInteractionId dealer { code } }\n        customer { id } }\n      rejected { index interactionId code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestInteractions($input: IngestInteractionsInput!) {\n    ingestInteractions(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      interactions { index interactionId outcome state warnings { code field message }\n        interaction { id channel direction type subject notes agent outcome occurredAt source sourceInteractionId dealer { code } }\n        customer { id } }\n      rejected { index interactionId code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIngestedInteractions($input: DeleteIngestedInteractionsInput!) {\n    deleteIngestedInteractions(input: $input) { deleted unknown }\n  }\n"): (typeof documents)["\n  mutation DeleteIngestedInteractions($input: DeleteIngestedInteractionsInput!) {\n    deleteIngestedInteractions(input: $input) { deleted unknown }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInteractions($id: ID!) {\n    customer(id: $id) {\n      interactions(first: 50) { totalCount edges { node { type channel subject source sourceInteractionId } } }\n      timeline(first: 50) { edges { node { kind title occurredAt } } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerInteractions($id: ID!) {\n    customer(id: $id) {\n      interactions(first: 50) { totalCount edges { node { type channel subject source sourceInteractionId } } }\n      timeline(first: 50) { edges { node { kind title occurredAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaptureLead($input: CaptureLeadInput!) {\n    captureLead(input: $input) { reference lead { id status source dealer { id } customer { id stage } } }\n  }\n"): (typeof documents)["\n  mutation CaptureLead($input: CaptureLeadInput!) {\n    captureLead(input: $input) { reference lead { id status source dealer { id } customer { id stage } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads($filter: LeadFilter) {\n    leads(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id source status message lostReason testDriveAt model { id name } dealer { id } customer { id displayName stage } history { status changedBy note } } }\n    }\n  }\n"): (typeof documents)["\n  query Leads($filter: LeadFilter) {\n    leads(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id source status message lostReason testDriveAt model { id name } dealer { id } customer { id displayName stage } history { status changedBy note } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeadStatus($input: UpdateLeadStatusInput!) {\n    updateLeadStatus(input: $input) { lead { id status testDriveAt lostReason customer { id stage vehicles { vin } } history { status changedBy } } }\n  }\n"): (typeof documents)["\n  mutation UpdateLeadStatus($input: UpdateLeadStatusInput!) {\n    updateLeadStatus(input: $input) { lead { id status testDriveAt lostReason customer { id stage vehicles { vin } } history { status changedBy } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) { lead { id dealer { id } } }\n  }\n"): (typeof documents)["\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) { lead { id dealer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadConversion {\n    leadConversion { dealer { id } source leads contacted testDrives won lost conversionRate medianHoursToContact }\n  }\n"): (typeof documents)["\n  query LeadConversion {\n    leadConversion { dealer { id } source leads contacted testDrives won lost conversionRate medianHoursToContact }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeLeadInterest($input: ChangeLeadInterestInput!) {\n    changeLeadInterest(input: $input) { lead { id model { id name } } }\n  }\n"): (typeof documents)["\n  mutation ChangeLeadInterest($input: ChangeLeadInterestInput!) {\n    changeLeadInterest(input: $input) { lead { id model { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCount {\n    products(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query CatalogCount {\n    products(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTotal {\n    customers(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query CustomerTotal {\n    customers(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestOrders($input: IngestOrdersInput!) {\n    ingestOrders(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      orders { index transactionId outcome state warnings { code field message } order { id number status total { amountMinor } source sourceTransactionId } customer { id } }\n      rejected { index transactionId code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestOrders($input: IngestOrdersInput!) {\n    ingestOrders(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      orders { index transactionId outcome state warnings { code field message } order { id number status total { amountMinor } source sourceTransactionId } customer { id } }\n      rejected { index transactionId code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIngestedOrders($input: DeleteIngestedOrdersInput!) {\n    deleteIngestedOrders(input: $input) { deleted conflicts unknown }\n  }\n"): (typeof documents)["\n  mutation DeleteIngestedOrders($input: DeleteIngestedOrdersInput!) {\n    deleteIngestedOrders(input: $input) { deleted conflicts unknown }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistory($id: ID!) {\n    customer(id: $id) {\n      id\n      orders(first: 20) {\n        totalCount\n        edges { node { id number status channel placedAt source sourceTransactionId dealer { code } total { amountMinor currency }\n          lines { id sku quantity unitPrice { amountMinor } } payments { status amount { amountMinor } }\n          returns { status lines { quantity } refunds { amount { amountMinor } } } } }\n      }\n      interactions(first: 50) { totalCount edges { node { type subject } } }\n      timeline(first: 50) { edges { node { kind title } } }\n      measures { orderCount lifetimeValue { amountMinor } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerHistory($id: ID!) {\n    customer(id: $id) {\n      id\n      orders(first: 20) {\n        totalCount\n        edges { node { id number status channel placedAt source sourceTransactionId dealer { code } total { amountMinor currency }\n          lines { id sku quantity unitPrice { amountMinor } } payments { status amount { amountMinor } }\n          returns { status lines { quantity } refunds { amount { amountMinor } } } } }\n      }\n      interactions(first: 50) { totalCount edges { node { type subject } } }\n      timeline(first: 50) { edges { node { kind title } } }\n      measures { orderCount lifetimeValue { amountMinor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MapSourceProductCodes($input: MapSourceProductCodesInput!) {\n    mapSourceProductCodes(input: $input) { mapped rejected { index code field message } }\n  }\n"): (typeof documents)["\n  mutation MapSourceProductCodes($input: MapSourceProductCodesInput!) {\n    mapSourceProductCodes(input: $input) { mapped rejected { index code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestServiceVisits($input: IngestServiceVisitsInput!) {\n    ingestServiceVisits(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      visits { index visitId outcome state warnings { code field message }\n        serviceRecord { id kind mileageKm performedAt source sourceVisitId total { amountMinor } items { kind description quantity total { amountMinor } } station { code } }\n        customer { id } }\n      rejected { index visitId code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestServiceVisits($input: IngestServiceVisitsInput!) {\n    ingestServiceVisits(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      visits { index visitId outcome state warnings { code field message }\n        serviceRecord { id kind mileageKm performedAt source sourceVisitId total { amountMinor } items { kind description quantity total { amountMinor } } station { code } }\n        customer { id } }\n      rejected { index visitId code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIngestedServiceVisits($input: DeleteIngestedServiceVisitsInput!) {\n    deleteIngestedServiceVisits(input: $input) { deleted unknown }\n  }\n"): (typeof documents)["\n  mutation DeleteIngestedServiceVisits($input: DeleteIngestedServiceVisitsInput!) {\n    deleteIngestedServiceVisits(input: $input) { deleted unknown }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      replayed\n      order {\n        id\n        number\n        status\n        channel\n        paymentMethod\n        deliveryOption\n        splitPreference\n        deliveryWindowStart\n        deliveryWindowEnd\n        deliveryAddress { line1 city province country }\n        subtotal { amountMinor currency }\n        shipping { amountMinor }\n        total { amountMinor }\n        dealer { id }\n        customer { id }\n        lines { id sku name quantity unitPrice { amountMinor } total { amountMinor } }\n        payments { method status amount { amountMinor } paidAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      replayed\n      order {\n        id\n        number\n        status\n        channel\n        paymentMethod\n        deliveryOption\n        splitPreference\n        deliveryWindowStart\n        deliveryWindowEnd\n        deliveryAddress { line1 city province country }\n        subtotal { amountMinor currency }\n        shipping { amountMinor }\n        total { amountMinor }\n        dealer { id }\n        customer { id }\n        lines { id sku name quantity unitPrice { amountMinor } total { amountMinor } }\n        payments { method status amount { amountMinor } paidAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOrder($input: ConfirmOrderInput!) {\n    confirmOrder(input: $input) { order { id status } }\n  }\n"): (typeof documents)["\n  mutation ConfirmOrder($input: ConfirmOrderInput!) {\n    confirmOrder(input: $input) { order { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) { order { id status } }\n  }\n"): (typeof documents)["\n  mutation SplitOrder($input: SplitOrderInput!) {\n    splitOrder(input: $input) { order { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) { order { id status payments { method status paidAt } } }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) { order { id status payments { method status paidAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReturn($input: RequestReturnInput!) {\n    requestReturn(input: $input) { return { id status reason lines { orderLineId quantity } } order { status } }\n  }\n"): (typeof documents)["\n  mutation RequestReturn($input: RequestReturnInput!) {\n    requestReturn(input: $input) { return { id status reason lines { orderLineId quantity } } order { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveReturn($input: ReceiveReturnInput!) {\n    receiveReturn(input: $input) { return { id status receivedAt refunds { amount { amountMinor currency } } } order { status } }\n  }\n"): (typeof documents)["\n  mutation ReceiveReturn($input: ReceiveReturnInput!) {\n    receiveReturn(input: $input) { return { id status receivedAt refunds { amount { amountMinor currency } } } order { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderAfterWrites($number: String!) {\n    order(number: $number) {\n      id\n      status\n      deliveredAt\n      payments { method status paidAt }\n      returns { id status lines { orderLineId quantity } refunds { amount { amountMinor } } }\n      shipments { trackingNumber kind status estimatedArrival carrier { id } lines { orderLineId quantity } }\n    }\n  }\n"): (typeof documents)["\n  query OrderAfterWrites($number: String!) {\n    order(number: $number) {\n      id\n      status\n      deliveredAt\n      payments { method status paidAt }\n      returns { id status lines { orderLineId quantity } refunds { amount { amountMinor } } }\n      shipments { trackingNumber kind status estimatedArrival carrier { id } lines { orderLineId quantity } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderNotices($id: ID!) {\n    customer(id: $id) {\n      timeline(first: 100, filter: { kinds: [INTERACTION] }) { edges { node { kind title } } }\n    }\n  }\n"): (typeof documents)["\n  query OrderNotices($id: ID!) {\n    customer(id: $id) {\n      timeline(first: 100, filter: { kinds: [INTERACTION] }) { edges { node { kind title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReturn($input: RejectReturnInput!) {\n    rejectReturn(input: $input) { return { id status refunds { amount { amountMinor } } } order { status } }\n  }\n"): (typeof documents)["\n  mutation RejectReturn($input: RejectReturnInput!) {\n    rejectReturn(input: $input) { return { id status refunds { amount { amountMinor } } } order { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($dealerFilter: DealerFilter, $first: Int) {\n    dealers(filter: $dealerFilter, first: $first) { totalCount edges { node { id code name city sells repairs } } }\n    suppliers(first: $first) { totalCount edges { node { id code name } } }\n    carriers(first: $first) { totalCount edges { node { id code name } } }\n  }\n"): (typeof documents)["\n  query Directory($dealerFilter: DealerFilter, $first: Int) {\n    dealers(filter: $dealerFilter, first: $first) { totalCount edges { node { id code name city sells repairs } } }\n    suppliers(first: $first) { totalCount edges { node { id code name } } }\n    carriers(first: $first) { totalCount edges { node { id code name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { displayName }\n      ... on Dealer { code }\n      ... on Product { sku }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { displayName }\n      ... on Dealer { code }\n      ... on Product { sku }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"): (typeof documents)["\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPaymentMethod($input: AddPaymentMethodInput!) {\n    addPaymentMethod(input: $input) { paymentMethods { id brand last4 expiryMonth expiryYear expired provider isDefault } }\n  }\n"): (typeof documents)["\n  mutation AddPaymentMethod($input: AddPaymentMethodInput!) {\n    addPaymentMethod(input: $input) { paymentMethods { id brand last4 expiryMonth expiryYear expired provider isDefault } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePaymentMethod($input: SavedPaymentMethodInput!) {\n    removePaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }\n  }\n"): (typeof documents)["\n  mutation RemovePaymentMethod($input: SavedPaymentMethodInput!) {\n    removePaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultPaymentMethod($input: SavedPaymentMethodInput!) {\n    setDefaultPaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }\n  }\n"): (typeof documents)["\n  mutation SetDefaultPaymentMethod($input: SavedPaymentMethodInput!) {\n    setDefaultPaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPaymentMethods($id: ID!) {\n    customer(id: $id) { paymentMethods { id brand last4 expired isDefault } }\n  }\n"): (typeof documents)["\n  query CustomerPaymentMethods($id: ID!) {\n    customer(id: $id) { paymentMethods { id brand last4 expired isDefault } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrderWithCard($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { order { id paymentMethod payments { method status card { brand last4 } } } }\n  }\n"): (typeof documents)["\n  mutation PlaceOrderWithCard($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { order { id paymentMethod payments { method status card { brand last4 } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderPaymentCards($id: ID!) {\n    node(id: $id) { ... on Order { payments { method card { brand last4 } } } }\n  }\n"): (typeof documents)["\n  query OrderPaymentCards($id: ID!) {\n    node(id: $id) { ... on Order { payments { method card { brand last4 } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedPaymentMethodFields {\n    __type(name: \"SavedPaymentMethod\") { fields { name } }\n  }\n"): (typeof documents)["\n  query SavedPaymentMethodFields {\n    __type(name: \"SavedPaymentMethod\") { fields { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerPortal($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Dealer {\n        code\n        customers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName } } }\n        vehicles(first: $first) { totalCount edges { node { vin } } }\n        orders(first: $first) { totalCount edges { node { number } } }\n        cases(first: $first) { totalCount edges { node { number } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealerPortal($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Dealer {\n        code\n        customers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName } } }\n        vehicles(first: $first) { totalCount edges { node { vin } } }\n        orders(first: $first) { totalCount edges { node { number } } }\n        cases(first: $first) { totalCount edges { node { number } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerPortals($first: Int) {\n    dealers(first: 10) {\n      edges {\n        node {\n          code\n          customers(first: $first) { totalCount pageInfo { hasNextPage } edges { node { displayName } } }\n          vehicles(first: $first) { totalCount edges { node { vin } } }\n          orders(first: $first) { totalCount edges { node { number } } }\n          cases(first: $first) { totalCount edges { node { number } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealerPortals($first: Int) {\n    dealers(first: 10) {\n      edges {\n        node {\n          code\n          customers(first: $first) { totalCount pageInfo { hasNextPage } edges { node { displayName } } }\n          vehicles(first: $first) { totalCount edges { node { vin } } }\n          orders(first: $first) { totalCount edges { node { number } } }\n          cases(first: $first) { totalCount edges { node { number } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductOrders($sku: String!, $first: Int) {\n    product(sku: $sku) { sku orders(first: $first) { totalCount edges { node { number } } } }\n  }\n"): (typeof documents)["\n  query ProductOrders($sku: String!, $first: Int) {\n    product(sku: $sku) { sku orders(first: $first) { totalCount edges { node { number } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsWithOrders($search: String) {\n    products(first: 10, filter: { search: $search }) { edges { node { sku orders(first: 1) { totalCount pageInfo { hasNextPage } edges { node { number } } } } } }\n  }\n"): (typeof documents)["\n  query ProductsWithOrders($search: String) {\n    products(first: 10, filter: { search: $search }) { edges { node { sku orders(first: 1) { totalCount pageInfo { hasNextPage } edges { node { number } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueSoon($id: ID!, $within: Int, $first: Int, $after: String) {\n    customer(id: $id) {\n      dueSoon(within: $within, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            product { sku }\n            category { slug }\n            expectedOn\n            lowOn\n            highOn\n            overdue\n            evidence { purchases lastPurchases lastQuantity ownIntervalDays populationIntervalDays ownWeight }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DueSoon($id: ID!, $within: Int, $first: Int, $after: String) {\n    customer(id: $id) {\n      dueSoon(within: $within, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            product { sku }\n            category { slug }\n            expectedOn\n            lowOn\n            highOn\n            overdue\n            evidence { purchases lastPurchases lastQuantity ownIntervalDays populationIntervalDays ownWeight }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextServiceDue($vin: String!) {\n    vehicle(vin: $vin) {\n      nextServiceDue { date mileage projectedMileage overdue reason lastServiceOn }\n    }\n  }\n"): (typeof documents)["\n  query NextServiceDue($vin: String!) {\n    vehicle(vin: $vin) {\n      nextServiceDue { date mileage projectedMileage overdue reason lastServiceOn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnersDueForService($id: ID!, $within: Int, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Dealer {\n        ownersDueForService(within: $within, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { date reason overdue mileage owner { displayName } vehicle { vin } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnersDueForService($id: ID!, $within: Int, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Dealer {\n        ownersDueForService(within: $within, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { date reason overdue mileage owner { displayName } vehicle { vin } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }"): (typeof documents)["query ExportCustomerData($customerId: ID!) { exportCustomerData(customerId: $customerId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCustomer($input: EraseCustomerInput!) {\n    eraseCustomer(input: $input) { customerId erasedAt profiles suppressedIdentities }\n  }\n"): (typeof documents)["\n  mutation EraseCustomer($input: EraseCustomerInput!) {\n    eraseCustomer(input: $input) { customerId erasedAt profiles suppressedIdentities }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at actorRole actorId action targetType targetId operation outcome details } }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at actorRole actorId action targetType targetId operation outcome details } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerWithPii($id: ID!) { customer(id: $id) { id displayName birthday emails { address } phones { e164 } addresses { line1 city } } }\n"): (typeof documents)["\n  query CustomerWithPii($id: ID!) { customer(id: $id) { id displayName birthday emails { address } phones { e164 } addresses { line1 city } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersWithEmails($first: Int) { customers(first: $first) { edges { node { id displayName emails { address } } } } }\n"): (typeof documents)["\n  query CustomersWithEmails($first: Int) { customers(first: $first) { edges { node { id displayName emails { address } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerNamesOnly($first: Int) { customers(first: $first) { edges { node { id displayName } } } }\n"): (typeof documents)["\n  query CustomerNamesOnly($first: Int) { customers(first: $first) { edges { node { id displayName } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileView($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName birthday preferredLanguage stage preferredDealer { id }\n      emails { address isPrimary }\n      phones { e164 kind isPrimary }\n      addresses { id kind line1 city postcode country isDefaultDelivery }\n      preferences { key value }\n      consents { channel purpose status source expiresAt }\n      consentHistory { channel purpose status source recordedAt }\n    }\n  }\n"): (typeof documents)["\n  query ProfileView($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName birthday preferredLanguage stage preferredDealer { id }\n      emails { address isPrimary }\n      phones { e164 kind isPrimary }\n      addresses { id kind line1 city postcode country isDefaultDelivery }\n      preferences { key value }\n      consents { channel purpose status source expiresAt }\n      consentHistory { channel purpose status source recordedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { customer { id displayName givenName familyName birthday preferredLanguage preferredDealer { id } } }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { customer { id displayName givenName familyName birthday preferredLanguage preferredDealer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddEmail($input: AddEmailInput!) { addEmail(input: $input) { customer { id } } }"): (typeof documents)["mutation AddEmail($input: AddEmailInput!) { addEmail(input: $input) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveEmail($input: EmailRefInput!) { removeEmail(input: $input) { customer { id } } }"): (typeof documents)["mutation RemoveEmail($input: EmailRefInput!) { removeEmail(input: $input) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPrimaryEmail($input: EmailRefInput!) { setPrimaryEmail(input: $input) { customer { id } } }"): (typeof documents)["mutation SetPrimaryEmail($input: EmailRefInput!) { setPrimaryEmail(input: $input) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddPhone($input: AddPhoneInput!) { addPhone(input: $input) { customer { id } } }"): (typeof documents)["mutation AddPhone($input: AddPhoneInput!) { addPhone(input: $input) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemovePhone($input: PhoneRefInput!) { removePhone(input: $input) { customer { id } } }"): (typeof documents)["mutation RemovePhone($input: PhoneRefInput!) { removePhone(input: $input) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAddress($input: AddAddressInput!) { addAddress(input: $input) { address { id city isDefaultDelivery } } }\n"): (typeof documents)["\n  mutation AddAddress($input: AddAddressInput!) { addAddress(input: $input) { address { id city isDefaultDelivery } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAddress($input: UpdateAddressInput!) { updateAddress(input: $input) { address { id line1 city postcode isDefaultDelivery } } }\n"): (typeof documents)["\n  mutation UpdateAddress($input: UpdateAddressInput!) { updateAddress(input: $input) { address { id line1 city postcode isDefaultDelivery } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveAddress($input: AddressRefInput!) { removeAddress(input: $input) { address { id } } }"): (typeof documents)["mutation RemoveAddress($input: AddressRefInput!) { removeAddress(input: $input) { address { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultDeliveryAddress($input: AddressRefInput!) { setDefaultDeliveryAddress(input: $input) { address { id isDefaultDelivery } } }\n"): (typeof documents)["\n  mutation SetDefaultDeliveryAddress($input: AddressRefInput!) { setDefaultDeliveryAddress(input: $input) { address { id isDefaultDelivery } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPreferences($input: SetPreferencesInput!) { setPreferences(input: $input) { customer { id } } }\n"): (typeof documents)["\n  mutation SetPreferences($input: SetPreferencesInput!) { setPreferences(input: $input) { customer { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsents($input: SetConsentsInput!) { setConsents(input: $input) { customer { id } } }\n"): (typeof documents)["\n  mutation SetConsents($input: SetConsentsInput!) { setConsents(input: $input) { customer { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductReviews($sku: String!, $first: Int, $after: String, $orderBy: ReviewOrder) {\n    product(sku: $sku) {\n      sku\n      rating { average count distribution }\n      reviews(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { node { id stars title body reviewer helpfulCount createdAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductReviews($sku: String!, $first: Int, $after: String, $orderBy: ReviewOrder) {\n    product(sku: $sku) {\n      sku\n      rating { average count distribution }\n      reviews(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { node { id stars title body reviewer helpfulCount createdAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductReviewsDefault($sku: String!) {\n    product(sku: $sku) { rating { average count distribution } reviews(first: 10) { edges { cursor node { id stars reviewer helpfulCount } } } }\n  }\n"): (typeof documents)["\n  query ProductReviewsDefault($sku: String!) {\n    product(sku: $sku) { rating { average count distribution } reviews(first: 10) { edges { cursor node { id stars reviewer helpfulCount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteNamedReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars shownAs } } }\n"): (typeof documents)["\n  mutation WriteNamedReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars shownAs } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HideReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt } } }"): (typeof documents)["mutation HideReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkHelpful($input: MarkReviewHelpfulInput!) { markReviewHelpful(input: $input) { review { id helpfulCount } } }\n"): (typeof documents)["\n  mutation MarkHelpful($input: MarkReviewHelpfulInput!) { markReviewHelpful(input: $input) { review { id helpfulCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsRanked($filter: ProductFilter, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { sku rating { average count } } }\n    }\n  }\n"): (typeof documents)["\n  query ProductsRanked($filter: ProductFilter, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { sku rating { average count } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierPortal($supplierId: ID!) {\n    products(first: 100, filter: { supplierId: $supplierId }) { totalCount edges { node { sku supplier { id } } } }\n    supplierSalesReport(filter: { groupBy: [REGION] }) { totalUnits rows { region units customerCount } }\n  }\n"): (typeof documents)["\n  query SupplierPortal($supplierId: ID!) {\n    products(first: 100, filter: { supplierId: $supplierId }) { totalCount edges { node { sku supplier { id } } } }\n    supplierSalesReport(filter: { groupBy: [REGION] }) { totalUnits rows { region units customerCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoughtTogether($sku: String!, $first: Int) {\n    product(sku: $sku) {\n      sku\n      boughtTogether(first: $first) {\n        product { sku name }\n        customers\n        support\n        confidence\n        lift\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoughtTogether($sku: String!, $first: Int) {\n    product(sku: $sku) {\n      sku\n      boughtTogether(first: $first) {\n        product { sku name }\n        customers\n        support\n        confidence\n        lift\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRecommendations($id: ID!, $first: Int!, $context: RecommendationContext) {\n    customer(id: $id) {\n      recommendations(first: $first, context: $context) {\n        personalised\n        allowed\n        basis\n        items {\n          product { sku name active }\n          score\n          source\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerRecommendations($id: ID!, $first: Int!, $context: RecommendationContext) {\n    customer(id: $id) {\n      recommendations(first: $first, context: $context) {\n        personalised\n        allowed\n        basis\n        items {\n          product { sku name active }\n          score\n          source\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars title body product { id } } } }\n"): (typeof documents)["\n  mutation WriteReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars title body product { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditReview($input: EditReviewInput!) { editReview(input: $input) { review { id stars title body } } }\n"): (typeof documents)["\n  mutation EditReview($input: EditReviewInput!) { editReview(input: $input) { review { id stars title body } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) { surveyResponse { id overallSatisfaction deliveryRating intendsToBuyWithin3Months wouldRecommend comment } }\n  }\n"): (typeof documents)["\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) { surveyResponse { id overallSatisfaction deliveryRating intendsToBuyWithin3Months wouldRecommend comment } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFeedback($id: ID!) {\n    customer(id: $id) {\n      reviews(first: 20) { totalCount edges { node { id stars body product { id } } } }\n      surveyResponses { overallSatisfaction wouldRecommend }\n      wishlist { product { id } }\n      recentlyViewed { product { id } viewedAt }\n    }\n  }\n"): (typeof documents)["\n  query CustomerFeedback($id: ID!) {\n    customer(id: $id) {\n      reviews(first: 20) { totalCount edges { node { id stars body product { id } } } }\n      surveyResponses { overallSatisfaction wouldRecommend }\n      wishlist { product { id } }\n      recentlyViewed { product { id } viewedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddToWishlist($input: CustomerProductInput!) { addToWishlist(input: $input) { customer { id } } }"): (typeof documents)["mutation AddToWishlist($input: CustomerProductInput!) { addToWishlist(input: $input) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveFromWishlist($input: CustomerProductInput!) { removeFromWishlist(input: $input) { customer { id } } }"): (typeof documents)["mutation RemoveFromWishlist($input: CustomerProductInput!) { removeFromWishlist(input: $input) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProductView($input: RecordProductViewInput!) { recordProductView(input: $input) { customer { recentlyViewed { product { id } } } } }\n"): (typeof documents)["\n  mutation RecordProductView($input: RecordProductViewInput!) { recordProductView(input: $input) { customer { recentlyViewed { product { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt moderationNote body } } }\n"): (typeof documents)["\n  mutation ModerateReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt moderationNote body } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoCheck {\n    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }\n    products(first: 1) { totalCount }\n    dealers(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query DemoCheck {\n    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }\n    products(first: 1) { totalCount }\n    dealers(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoIntelligence {\n    customers(first: 100) {\n      totalCount\n      edges { node { id stage tier traits { rfmGroup categoryCells { categoryId categoryName brandPreference usage } } } }\n    }\n  }\n"): (typeof documents)["\n  query DemoIntelligence {\n    customers(first: 100) {\n      totalCount\n      edges { node { id stage tier traits { rfmGroup categoryCells { categoryId categoryName brandPreference usage } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoRfmGroup($groups: [RfmGroup!]) { customers(first: 1, filter: { rfmGroups: $groups }) { totalCount } }\n"): (typeof documents)["\n  query DemoRfmGroup($groups: [RfmGroup!]) { customers(first: 1, filter: { rfmGroups: $groups }) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSegment($rule: CustomerRule!) { previewSegment(rule: $rule) { size sample { id } } }\n"): (typeof documents)["\n  query PreviewSegment($rule: CustomerRule!) { previewSegment(rule: $rule) { size sample { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Segments { segments { id code name size rule members(first: 100) { totalCount edges { node { id } } } } }\n"): (typeof documents)["\n  query Segments { segments { id code name size rule members(first: 100) { totalCount edges { node { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentSizes { segments { id code rule size sizeSuppressed } }\n"): (typeof documents)["\n  query SegmentSizes { segments { id code rule size sizeSuppressed } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { id code name description size members(first: 100) { totalCount edges { node { id } } } } }\n"): (typeof documents)["\n  mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { id code name description size members(first: 100) { totalCount edges { node { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { id name size members(first: 100) { totalCount edges { node { id } } } } }\n"): (typeof documents)["\n  mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { id name size members(first: 100) { totalCount edges { node { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { segmentId } }\n"): (typeof documents)["\n  mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { segmentId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSegments($id: ID!) { customer(id: $id) { segments { code } } }\n"): (typeof documents)["\n  query CustomerSegments($id: ID!) { customer(id: $id) { segments { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersInSegments($ids: [ID!]!) { customers(first: 100, filter: { segmentIds: $ids }) { totalCount edges { node { id } } } }\n"): (typeof documents)["\n  query CustomersInSegments($ids: [ID!]!) { customers(first: 100, filter: { segmentIds: $ids }) { totalCount edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 50, filter: { kinds: [SEGMENT_ENTERED, SEGMENT_LEFT] }) { edges { node { kind title refId occurredAt } } } }\n  }\n"): (typeof documents)["\n  query SegmentTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 50, filter: { kinds: [SEGMENT_ENTERED, SEGMENT_LEFT] }) { edges { node { kind title refId occurredAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SegmentMembershipChanged($segmentId: ID) { segmentMembershipChanged(segmentId: $segmentId) { segmentId customerId change at } }\n"): (typeof documents)["\n  subscription SegmentMembershipChanged($segmentId: ID) { segmentMembershipChanged(segmentId: $segmentId) { segmentId customerId change at } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenOwnCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id number kind status priority subject againstDealer { id } customer { id } } }\n  }\n"): (typeof documents)["\n  mutation OpenOwnCase($input: OpenCaseInput!) {\n    openCase(input: $input) { case { id number kind status priority subject againstDealer { id } customer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommentCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { id status } } }"): (typeof documents)["mutation CommentCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TakeCase($input: CaseActionInput!) { assignCase(input: $input) { case { id status assignee } } }"): (typeof documents)["mutation TakeCase($input: CaseActionInput!) { assignCase(input: $input) { case { id status assignee } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { id status resolution } } }"): (typeof documents)["mutation SolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { id status resolution } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShutCase($input: CaseActionInput!) { closeCase(input: $input) { case { id status closedAt } } }"): (typeof documents)["mutation ShutCase($input: CaseActionInput!) { closeCase(input: $input) { case { id status closedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) { case { id status } surveyResponse { overallSatisfaction comment } }\n  }\n"): (typeof documents)["\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) { case { id status } surveyResponse { overallSatisfaction comment } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseThread($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Case {\n        number status overdue dueAt closedAt\n        thread(first: $first, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor }\n          edges { node { kind status body authorRole authorName createdAt } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseThread($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Case {\n        number status overdue dueAt closedAt\n        thread(first: $first, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor }\n          edges { node { kind status body authorRole authorName createdAt } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCaseNotices($id: ID!) {\n    customer(id: $id) {\n      interactions(first: 20, filter: { types: [NOTIFICATION] }) { edges { node { subject channel direction } } }\n      timeline(first: 20) { edges { node { kind title } } }\n      traits { latestCsat }\n    }\n  }\n"): (typeof documents)["\n  query MyCaseNotices($id: ID!) {\n    customer(id: $id) {\n      interactions(first: 20, filter: { types: [NOTIFICATION] }) { edges { node { subject channel direction } } }\n      timeline(first: 20) { edges { node { kind title } } }\n      traits { latestCsat }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseUpdated($caseId: ID) { caseUpdated(caseId: $caseId) { id number status } }\n"): (typeof documents)["\n  subscription CaseUpdated($caseId: ID) { caseUpdated(caseId: $caseId) { id number status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerComplaints($id: ID!) {\n    node(id: $id) {\n      ... on Dealer {\n        cases(first: 10) { edges { node { number status overdue dueAt openedAt thread { edges { node { kind authorRole body } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealerComplaints($id: ID!) {\n    node(id: $id) {\n      ... on Dealer {\n        cases(first: 10) { edges { node { number status overdue dueAt openedAt thread { edges { node { kind authorRole body } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintStatsOf($id: ID!, $period: ReportPeriod) {\n    node(id: $id) {\n      ... on Dealer {\n        complaintStats(period: $period) {\n          complaintCount customerCount ratePer100Customers openCount overdueCount medianResolutionHours meanResolutionHours\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplaintStatsOf($id: ID!, $period: ReportPeriod) {\n    node(id: $id) {\n      ... on Dealer {\n        complaintStats(period: $period) {\n          complaintCount customerCount ratePer100Customers openCount overdueCount medianResolutionHours meanResolutionHours\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordServiceRecord($input: RecordServiceRecordInput!) {\n    recordServiceRecord(input: $input) {\n      serviceRecord { id kind mileageKm technicianNotes total { amountMinor currency } items { kind description quantity total { amountMinor } } station { id } vehicle { vin mileageKm } }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordServiceRecord($input: RecordServiceRecordInput!) {\n    recordServiceRecord(input: $input) {\n      serviceRecord { id kind mileageKm technicianNotes total { amountMinor currency } items { kind description quantity total { amountMinor } } station { id } vehicle { vin mileageKm } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookServiceAppointment($input: BookServiceAppointmentInput!) {\n    bookServiceAppointment(input: $input) { appointment { id status scheduledAt purpose station { id } serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } } }\n  }\n"): (typeof documents)["\n  mutation BookServiceAppointment($input: BookServiceAppointmentInput!) {\n    bookServiceAppointment(input: $input) { appointment { id status scheduledAt purpose station { id } serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleServiceAppointment($input: RescheduleServiceAppointmentInput!) {\n    rescheduleServiceAppointment(input: $input) { appointment { id status scheduledAt } }\n  }\n"): (typeof documents)["\n  mutation RescheduleServiceAppointment($input: RescheduleServiceAppointmentInput!) {\n    rescheduleServiceAppointment(input: $input) { appointment { id status scheduledAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelServiceAppointment($input: ServiceAppointmentRefInput!) { cancelServiceAppointment(input: $input) { appointment { id status } } }\n"): (typeof documents)["\n  mutation CancelServiceAppointment($input: ServiceAppointmentRefInput!) { cancelServiceAppointment(input: $input) { appointment { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkServiceAppointmentNoShow($input: ServiceAppointmentRefInput!) { markServiceAppointmentNoShow(input: $input) { appointment { id status } } }\n"): (typeof documents)["\n  mutation MarkServiceAppointmentNoShow($input: ServiceAppointmentRefInput!) { markServiceAppointmentNoShow(input: $input) { appointment { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteServiceAppointment($input: CompleteServiceAppointmentInput!) {\n    completeServiceAppointment(input: $input) { appointment { id status serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } station { id } } }\n  }\n"): (typeof documents)["\n  mutation CompleteServiceAppointment($input: CompleteServiceAppointmentInput!) {\n    completeServiceAppointment(input: $input) { appointment { id status serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } station { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehicleService($vin: String!) {\n    vehicle(vin: $vin) {\n      vin mileageKm\n      serviceRecords(first: 10) { totalCount edges { node { id kind mileageKm station { id } } } }\n      appointments { id status }\n    }\n  }\n"): (typeof documents)["\n  query VehicleService($vin: String!) {\n    vehicle(vin: $vin) {\n      vin mileageKm\n      serviceRecords(first: 10) { totalCount edges { node { id kind mileageKm station { id } } } }\n      appointments { id status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationAppointments($id: ID!, $filter: ServiceAppointmentFilter) {\n    node(id: $id) {\n      __typename\n      ... on Dealer { serviceAppointments(first: 20, filter: $filter) { totalCount edges { node { id status purpose customer { id } } } } }\n    }\n  }\n"): (typeof documents)["\n  query StationAppointments($id: ID!, $filter: ServiceAppointmentFilter) {\n    node(id: $id) {\n      __typename\n      ... on Dealer { serviceAppointments(first: 20, filter: $filter) { totalCount edges { node { id status purpose customer { id } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierSalesReport($filter: SupplierSalesFilter!) {\n    supplierSalesReport(filter: $filter) {\n      supplierId minimumGroupSize suppressedGroups suppressedUnits totalUnits\n      totalRevenue { amountMinor currency }\n      rows { month region customerKind tier productId productSku units revenue { amountMinor currency } returnedUnits averageRating customerCount }\n    }\n  }\n"): (typeof documents)["\n  query SupplierSalesReport($filter: SupplierSalesFilter!) {\n    supplierSalesReport(filter: $filter) {\n      supplierId minimumGroupSize suppressedGroups suppressedUnits totalUnits\n      totalRevenue { amountMinor currency }\n      rows { month region customerKind tier productId productSku units revenue { amountMinor currency } returnedUnits averageRating customerCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryMatrix($input: CategoryMatrixInput!) {\n    categoryMatrix(input: $input) {\n      categoryId buyers minimumGroupSize\n      cells { brandPreference usage suppressed customers units revenue { amountMinor currency } }\n    }\n  }\n"): (typeof documents)["\n  query CategoryMatrix($input: CategoryMatrixInput!) {\n    categoryMatrix(input: $input) {\n      categoryId buyers minimumGroupSize\n      cells { brandPreference usage suppressed customers units revenue { amountMinor currency } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTrackingEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { index courierEventId seq duplicate shipment { trackingNumber status lastPosition { lat lng } estimatedArrival deliveredAt } }\n      rejected { index courierEventId code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTrackingEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { index courierEventId seq duplicate shipment { trackingNumber status lastPosition { lat lng } estimatedArrival deliveredAt } }\n      rejected { index courierEventId code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShipmentState($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status departedAt deliveredAt lastEventAt\n      events(first: 100) { totalCount edges { node { seq status occurredAt } } }\n    }\n  }\n"): (typeof documents)["\n  query ShipmentState($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status departedAt deliveredAt lastEventAt\n      events(first: 100) { totalCount edges { node { seq status occurredAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderState($number: String!) {\n    order(number: $number) { status deliveredAt }\n  }\n"): (typeof documents)["\n  query OrderState($number: String!) {\n    order(number: $number) { status deliveredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ShipmentTracking($shipmentId: ID!, $after: Int) {\n    shipmentTracking(shipmentId: $shipmentId, after: $after) { seq status occurredAt position { lat lng } }\n  }\n"): (typeof documents)["\n  subscription ShipmentTracking($shipmentId: ID!, $after: Int) {\n    shipmentTracking(shipmentId: $shipmentId, after: $after) { seq status occurredAt position { lat lng } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderTracking($orderId: ID!, $after: String) {\n    orderTracking(orderId: $orderId, after: $after) { cursor shipment { trackingNumber status } event { seq status } }\n  }\n"): (typeof documents)["\n  subscription OrderTracking($orderId: ID!, $after: String) {\n    orderTracking(orderId: $orderId, after: $after) { cursor shipment { trackingNumber status } event { seq status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryFeed($filter: DeliveryFeedFilter) {\n    deliveryFeed(filter: $filter) { shipment { trackingNumber } event { seq status position { lat lng } } }\n  }\n"): (typeof documents)["\n  subscription DeliveryFeed($filter: DeliveryFeedFilter) {\n    deliveryFeed(filter: $filter) { shipment { trackingNumber } event { seq status position { lat lng } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraitRules {\n    traitRules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays updatedAt }\n  }\n"): (typeof documents)["\n  query TraitRules {\n    traitRules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTraitRules($input: UpdateTraitRulesInput!) {\n    updateTraitRules(input: $input) { recomputed rules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays } }\n  }\n"): (typeof documents)["\n  mutation UpdateTraitRules($input: UpdateTraitRulesInput!) {\n    updateTraitRules(input: $input) { recomputed rules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomerKind($input: SetCustomerKindInput!) { setCustomerKind(input: $input) { customer { id kind } } }\n"): (typeof documents)["\n  mutation SetCustomerKind($input: SetCustomerKindInput!) { setCustomerKind(input: $input) { customer { id kind } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRuled($id: ID!) {\n    customer(id: $id) { kind stage tier traits { recencyScore frequencyScore monetaryScore rfmGroup churnRisk } }\n  }\n"): (typeof documents)["\n  query CustomerRuled($id: ID!) {\n    customer(id: $id) { kind stage tier traits { recencyScore frequencyScore monetaryScore rfmGroup churnRisk } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCategoryCells($id: ID!) {\n    customer(id: $id) { traits { categoryCells { categoryId categoryName brandPreference usage storeBrandShare } } }\n  }\n"): (typeof documents)["\n  query CustomerCategoryCells($id: ID!) {\n    customer(id: $id) { traits { categoryCells { categoryId categoryName brandPreference usage storeBrandShare } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersCategoryCells($first: Int, $filter: CustomerFilter) {\n    customers(first: $first, filter: $filter) { edges { node { id traits { categoryCells { categoryId brandPreference usage } } } } }\n  }\n"): (typeof documents)["\n  query CustomersCategoryCells($first: Int, $filter: CustomerFilter) {\n    customers(first: $first, filter: $filter) { edges { node { id traits { categoryCells { categoryId brandPreference usage } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunicationMatrix {\n    communicationMatrix { audience kinds }\n  }\n"): (typeof documents)["\n  query CommunicationMatrix {\n    communicationMatrix { audience kinds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunicationMatrix($input: UpdateCommunicationMatrixInput!) {\n    updateCommunicationMatrix(input: $input) { audience kinds }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunicationMatrix($input: UpdateCommunicationMatrixInput!) {\n    updateCommunicationMatrix(input: $input) { audience kinds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTraits($id: ID!) {\n    customer(id: $id) {\n      stage\n      tier\n      traits {\n        orderCount\n        lifetimeValue { amountMinor currency }\n        averageOrderValue { amountMinor currency }\n        firstOrderAt\n        lastOrderAt\n        daysSinceLastOrder\n        meanDaysBetweenOrders\n        preferredChannel\n        lastServiceAt\n        daysSinceLastService\n        returnCount\n        complaintCount\n        openComplaintCount\n        latestNps\n        latestCsat\n        recencyScore\n        frequencyScore\n        monetaryScore\n        rfmGroup\n        churnRisk\n        vehiclesOwned\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTraits($id: ID!) {\n    customer(id: $id) {\n      stage\n      tier\n      traits {\n        orderCount\n        lifetimeValue { amountMinor currency }\n        averageOrderValue { amountMinor currency }\n        firstOrderAt\n        lastOrderAt\n        daysSinceLastOrder\n        meanDaysBetweenOrders\n        preferredChannel\n        lastServiceAt\n        daysSinceLastService\n        returnCount\n        complaintCount\n        openComplaintCount\n        latestNps\n        latestCsat\n        recencyScore\n        frequencyScore\n        monetaryScore\n        rfmGroup\n        churnRisk\n        vehiclesOwned\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunicationPlan($id: ID!) {\n    customer(id: $id) { tier stage communicationPlan { kind allowed channels reason } }\n  }\n"): (typeof documents)["\n  query CommunicationPlan($id: ID!) {\n    customer(id: $id) { tier stage communicationPlan { kind allowed channels reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestVehicleSales($input: IngestVehicleSalesInput!) {\n    ingestVehicleSales(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      sales { index saleId outcome state warnings { code field message }\n        vehicle { id vin modelYear warrantyEndsOn model { code }\n          ownerships { role startedOn endedOn current source sourceSaleId sellingDealer { code } customer { id } } }\n        customer { id stage } }\n      rejected { index saleId code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestVehicleSales($input: IngestVehicleSalesInput!) {\n    ingestVehicleSales(input: $input) {\n      summary { created updated unchanged pending quarantined rejected }\n      sales { index saleId outcome state warnings { code field message }\n        vehicle { id vin modelYear warrantyEndsOn model { code }\n          ownerships { role startedOn endedOn current source sourceSaleId sellingDealer { code } customer { id } } }\n        customer { id stage } }\n      rejected { index saleId code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIngestedVehicleSales($input: DeleteIngestedVehicleSalesInput!) {\n    deleteIngestedVehicleSales(input: $input) { deleted unknown }\n  }\n"): (typeof documents)["\n  mutation DeleteIngestedVehicleSales($input: DeleteIngestedVehicleSalesInput!) {\n    deleteIngestedVehicleSales(input: $input) { deleted unknown }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerVehicleSales($id: ID!) {\n    customer(id: $id) { vehicles { vin ownerships { sourceSaleId startedOn endedOn customer { id } } } }\n  }\n"): (typeof documents)["\n  query CustomerVehicleSales($id: ID!) {\n    customer(id: $id) { vehicles { vin ownerships { sourceSaleId startedOn endedOn customer { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVehicle($input: RegisterVehicleInput!) {\n    registerVehicle(input: $input) { vehicle { id vin modelYear warrantyEndsOn mileageKm } }\n  }\n"): (typeof documents)["\n  mutation RegisterVehicle($input: RegisterVehicleInput!) {\n    registerVehicle(input: $input) { vehicle { id vin modelYear warrantyEndsOn mileageKm } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVehicleSale($input: RecordVehicleSaleInput!) {\n    recordVehicleSale(input: $input) { vehicle { vin warrantyEndsOn underWarranty } }\n  }\n"): (typeof documents)["\n  mutation RecordVehicleSale($input: RecordVehicleSaleInput!) {\n    recordVehicleSale(input: $input) { vehicle { vin warrantyEndsOn underWarranty } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMileage($input: RecordMileageInput!) {\n    recordMileage(input: $input) { vehicle { vin mileageKm } }\n  }\n"): (typeof documents)["\n  mutation RecordMileage($input: RecordMileageInput!) {\n    recordMileage(input: $input) { vehicle { vin mileageKm } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehicleHistory($vin: String!) {\n    vehicle(vin: $vin) { vin mileageKm warrantyEndsOn ownerships { startedOn endedOn current customer { id } sellingDealer { id } } }\n  }\n"): (typeof documents)["\n  query VehicleHistory($vin: String!) {\n    vehicle(vin: $vin) { vin mileageKm warrantyEndsOn ownerships { startedOn endedOn current customer { id } sellingDealer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerStage($id: ID!) { customer(id: $id) { id stage } }"): (typeof documents)["query CustomerStage($id: ID!) { customer(id: $id) { id stage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled dealerId } }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled dealerId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { endpoint { id url eventTypes enabled consecutiveFailures failingSince disabledReason } }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { endpoint { id url eventTypes enabled consecutiveFailures failingSince disabledReason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 50) { totalCount edges { node { id url enabled consecutiveFailures failingSince disabledAt disabledReason dealerId } } }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints(first: 50) { totalCount edges { node { id url enabled consecutiveFailures failingSince disabledAt disabledReason dealerId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id eventId eventType status attempts nextAttemptAt lastAttemptAt deliveredAt responseStatus lastError replayOf createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id eventId eventType status attempts nextAttemptAt lastAttemptAt deliveredAt responseStatus lastError replayOf createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) { delivery { id eventId status replayOf } }\n  }\n"): (typeof documents)["\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) { delivery { id eventId status replayOf } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;