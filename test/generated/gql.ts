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
    "\n  query ProductsPage($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sku name brand brandKind active price { amountMinor currency } category { name parent { name } } supplier { name } } }\n    }\n  }\n": typeof types.ProductsPageDocument,
    "\n  query ProductBySku($sku: String!) {\n    product(sku: $sku) { id sku name active }\n  }\n": typeof types.ProductBySkuDocument,
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
    "\n  mutation IngestSourceRecords($input: IngestSourceRecordsInput!) {\n    ingestSourceRecords(input: $input) {\n      summary { created matched updated unchanged merged rejected }\n      records { index sourceId outcome rule confidence customer { id } }\n      rejected { index sourceId code field message }\n    }\n  }\n": typeof types.IngestSourceRecordsDocument,
    "\n  query DuplicateCandidates($customerId: ID!) {\n    duplicateCandidates(customerId: $customerId) { score confident reasons customer { id } }\n  }\n": typeof types.DuplicateCandidatesDocument,
    "\n  mutation PreviewMergeCustomers($input: MergeCustomersInput!) {\n    previewMergeCustomers(input: $input) {\n      displayName givenName familyName birthday emails phones addresses sourceIdentities\n      moved { table count } kept { table count }\n    }\n  }\n": typeof types.PreviewMergeCustomersDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      survivor { id displayName }\n      merge { id mergedCustomerId performedBy undoneAt moved { table count } survivor { id } }\n    }\n  }\n": typeof types.MergeCustomersDocument,
    "\n  mutation UnmergeCustomer($input: UnmergeCustomerInput!) {\n    unmergeCustomer(input: $input) {\n      survivor { id displayName }\n      restored { id displayName }\n      merge { id undoneAt }\n    }\n  }\n": typeof types.UnmergeCustomerDocument,
    "\n  query IdentityProfile($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName organisationName birthday kind stage tier\n      emails { address isPrimary } phones { e164 isPrimary } addresses { line1 city postcode isDefaultDelivery }\n      sourceIdentities { source sourceId rule confidence }\n      preferences { key value }\n      consents { channel purpose status }\n      vehicles { vin ownerships { startedOn endedOn } }\n      orders(first: 50) { totalCount edges { node { number status } } }\n      interactions(first: 50) { totalCount edges { node { subject } } }\n      cases(first: 50) { edges { node { number } } }\n      wishlist { product { sku } }\n      measures { orderCount openCases }\n      timeline(first: 50, filter: { kinds: [ORDER_PLACED, INTERACTION, CASE_OPENED] }) { totalCount edges { node { kind refId } } }\n    }\n  }\n": typeof types.IdentityProfileDocument,
    "\n  query ProfileTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [PROFILE_MERGED, PROFILE_UNMERGED] }) { edges { node { kind refId } } } }\n  }\n": typeof types.ProfileTimelineDocument,
    "\n  query NodeCustomer($id: ID!) {\n    node(id: $id) { id ... on Customer { displayName } }\n  }\n": typeof types.NodeCustomerDocument,
    "\n  query CatalogCount {\n    products(first: 1) { totalCount }\n  }\n": typeof types.CatalogCountDocument,
    "\n  query CustomerTotal {\n    customers(first: 1) { totalCount }\n  }\n": typeof types.CustomerTotalDocument,
    "\n  query Directory($dealerFilter: DealerFilter, $first: Int) {\n    dealers(filter: $dealerFilter, first: $first) { totalCount edges { node { id code name city sells repairs } } }\n    suppliers(first: $first) { totalCount edges { node { id code name } } }\n    carriers(first: $first) { totalCount edges { node { id code name } } }\n  }\n": typeof types.DirectoryDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { displayName }\n      ... on Dealer { code }\n      ... on Product { sku }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": typeof types.NodesByIdsDocument,
    "\n  query DemoCheck {\n    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }\n    products(first: 1) { totalCount }\n    dealers(first: 1) { totalCount }\n  }\n": typeof types.DemoCheckDocument,
    "\n  mutation RecordTrackingEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { index courierEventId seq duplicate shipment { trackingNumber status lastPosition { lat lng } estimatedArrival deliveredAt } }\n      rejected { index courierEventId code field message }\n    }\n  }\n": typeof types.RecordTrackingEventsDocument,
    "\n  query ShipmentState($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status departedAt deliveredAt lastEventAt\n      events(first: 100) { totalCount edges { node { seq status occurredAt } } }\n    }\n  }\n": typeof types.ShipmentStateDocument,
    "\n  query OrderState($number: String!) {\n    order(number: $number) { status deliveredAt }\n  }\n": typeof types.OrderStateDocument,
    "\n  subscription ShipmentTracking($shipmentId: ID!, $after: Int) {\n    shipmentTracking(shipmentId: $shipmentId, after: $after) { seq status occurredAt position { lat lng } }\n  }\n": typeof types.ShipmentTrackingDocument,
    "\n  subscription OrderTracking($orderId: ID!, $after: String) {\n    orderTracking(orderId: $orderId, after: $after) { cursor shipment { trackingNumber status } event { seq status } }\n  }\n": typeof types.OrderTrackingDocument,
    "\n  subscription DeliveryFeed($filter: DeliveryFeedFilter) {\n    deliveryFeed(filter: $filter) { shipment { trackingNumber } event { seq status position { lat lng } } }\n  }\n": typeof types.DeliveryFeedDocument,
    "\n  mutation RegisterVehicle($input: RegisterVehicleInput!) {\n    registerVehicle(input: $input) { vehicle { id vin modelYear warrantyEndsOn mileageKm } }\n  }\n": typeof types.RegisterVehicleDocument,
    "\n  mutation RecordVehicleSale($input: RecordVehicleSaleInput!) {\n    recordVehicleSale(input: $input) { vehicle { vin warrantyEndsOn underWarranty } }\n  }\n": typeof types.RecordVehicleSaleDocument,
    "\n  mutation RecordMileage($input: RecordMileageInput!) {\n    recordMileage(input: $input) { vehicle { vin mileageKm } }\n  }\n": typeof types.RecordMileageDocument,
    "\n  query VehicleHistory($vin: String!) {\n    vehicle(vin: $vin) { vin mileageKm warrantyEndsOn ownerships { startedOn endedOn current customer { id } sellingDealer { id } } }\n  }\n": typeof types.VehicleHistoryDocument,
};
const documents: Documents = {
    "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) { token customer { id displayName stage } }\n  }\n": types.RegisterCustomerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token customer { id displayName } }\n  }\n": types.LoginDocument,
    "\n  mutation IssuePasswordReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) { token expiresAt }\n  }\n": types.IssuePasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token customer { id } }\n  }\n": types.ResetPasswordDocument,
    "\n  query Me { customers(first: 5) { totalCount edges { node { id displayName emails { address } phones { e164 } } } } }\n": types.MeDocument,
    "\n  query ProductsPage($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sku name brand brandKind active price { amountMinor currency } category { name parent { name } } supplier { name } } }\n    }\n  }\n": types.ProductsPageDocument,
    "\n  query ProductBySku($sku: String!) {\n    product(sku: $sku) { id sku name active }\n  }\n": types.ProductBySkuDocument,
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
    "\n  mutation IngestSourceRecords($input: IngestSourceRecordsInput!) {\n    ingestSourceRecords(input: $input) {\n      summary { created matched updated unchanged merged rejected }\n      records { index sourceId outcome rule confidence customer { id } }\n      rejected { index sourceId code field message }\n    }\n  }\n": types.IngestSourceRecordsDocument,
    "\n  query DuplicateCandidates($customerId: ID!) {\n    duplicateCandidates(customerId: $customerId) { score confident reasons customer { id } }\n  }\n": types.DuplicateCandidatesDocument,
    "\n  mutation PreviewMergeCustomers($input: MergeCustomersInput!) {\n    previewMergeCustomers(input: $input) {\n      displayName givenName familyName birthday emails phones addresses sourceIdentities\n      moved { table count } kept { table count }\n    }\n  }\n": types.PreviewMergeCustomersDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      survivor { id displayName }\n      merge { id mergedCustomerId performedBy undoneAt moved { table count } survivor { id } }\n    }\n  }\n": types.MergeCustomersDocument,
    "\n  mutation UnmergeCustomer($input: UnmergeCustomerInput!) {\n    unmergeCustomer(input: $input) {\n      survivor { id displayName }\n      restored { id displayName }\n      merge { id undoneAt }\n    }\n  }\n": types.UnmergeCustomerDocument,
    "\n  query IdentityProfile($id: ID!) {\n    customer(id: $id) {\n      id displayName givenName familyName organisationName birthday kind stage tier\n      emails { address isPrimary } phones { e164 isPrimary } addresses { line1 city postcode isDefaultDelivery }\n      sourceIdentities { source sourceId rule confidence }\n      preferences { key value }\n      consents { channel purpose status }\n      vehicles { vin ownerships { startedOn endedOn } }\n      orders(first: 50) { totalCount edges { node { number status } } }\n      interactions(first: 50) { totalCount edges { node { subject } } }\n      cases(first: 50) { edges { node { number } } }\n      wishlist { product { sku } }\n      measures { orderCount openCases }\n      timeline(first: 50, filter: { kinds: [ORDER_PLACED, INTERACTION, CASE_OPENED] }) { totalCount edges { node { kind refId } } }\n    }\n  }\n": types.IdentityProfileDocument,
    "\n  query ProfileTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [PROFILE_MERGED, PROFILE_UNMERGED] }) { edges { node { kind refId } } } }\n  }\n": types.ProfileTimelineDocument,
    "\n  query NodeCustomer($id: ID!) {\n    node(id: $id) { id ... on Customer { displayName } }\n  }\n": types.NodeCustomerDocument,
    "\n  query CatalogCount {\n    products(first: 1) { totalCount }\n  }\n": types.CatalogCountDocument,
    "\n  query CustomerTotal {\n    customers(first: 1) { totalCount }\n  }\n": types.CustomerTotalDocument,
    "\n  query Directory($dealerFilter: DealerFilter, $first: Int) {\n    dealers(filter: $dealerFilter, first: $first) { totalCount edges { node { id code name city sells repairs } } }\n    suppliers(first: $first) { totalCount edges { node { id code name } } }\n    carriers(first: $first) { totalCount edges { node { id code name } } }\n  }\n": types.DirectoryDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { displayName }\n      ... on Dealer { code }\n      ... on Product { sku }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": types.NodesByIdsDocument,
    "\n  query DemoCheck {\n    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }\n    products(first: 1) { totalCount }\n    dealers(first: 1) { totalCount }\n  }\n": types.DemoCheckDocument,
    "\n  mutation RecordTrackingEvents($input: RecordTrackingEventsInput!) {\n    recordTrackingEvents(input: $input) {\n      recorded { index courierEventId seq duplicate shipment { trackingNumber status lastPosition { lat lng } estimatedArrival deliveredAt } }\n      rejected { index courierEventId code field message }\n    }\n  }\n": types.RecordTrackingEventsDocument,
    "\n  query ShipmentState($trackingNumber: String!) {\n    shipment(trackingNumber: $trackingNumber) {\n      status departedAt deliveredAt lastEventAt\n      events(first: 100) { totalCount edges { node { seq status occurredAt } } }\n    }\n  }\n": types.ShipmentStateDocument,
    "\n  query OrderState($number: String!) {\n    order(number: $number) { status deliveredAt }\n  }\n": types.OrderStateDocument,
    "\n  subscription ShipmentTracking($shipmentId: ID!, $after: Int) {\n    shipmentTracking(shipmentId: $shipmentId, after: $after) { seq status occurredAt position { lat lng } }\n  }\n": types.ShipmentTrackingDocument,
    "\n  subscription OrderTracking($orderId: ID!, $after: String) {\n    orderTracking(orderId: $orderId, after: $after) { cursor shipment { trackingNumber status } event { seq status } }\n  }\n": types.OrderTrackingDocument,
    "\n  subscription DeliveryFeed($filter: DeliveryFeedFilter) {\n    deliveryFeed(filter: $filter) { shipment { trackingNumber } event { seq status position { lat lng } } }\n  }\n": types.DeliveryFeedDocument,
    "\n  mutation RegisterVehicle($input: RegisterVehicleInput!) {\n    registerVehicle(input: $input) { vehicle { id vin modelYear warrantyEndsOn mileageKm } }\n  }\n": types.RegisterVehicleDocument,
    "\n  mutation RecordVehicleSale($input: RecordVehicleSaleInput!) {\n    recordVehicleSale(input: $input) { vehicle { vin warrantyEndsOn underWarranty } }\n  }\n": types.RecordVehicleSaleDocument,
    "\n  mutation RecordMileage($input: RecordMileageInput!) {\n    recordMileage(input: $input) { vehicle { vin mileageKm } }\n  }\n": types.RecordMileageDocument,
    "\n  query VehicleHistory($vin: String!) {\n    vehicle(vin: $vin) { vin mileageKm warrantyEndsOn ownerships { startedOn endedOn current customer { id } sellingDealer { id } } }\n  }\n": types.VehicleHistoryDocument,
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
export function graphql(source: "\n  query ProductsPage($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sku name brand brandKind active price { amountMinor currency } category { name parent { name } } supplier { name } } }\n    }\n  }\n"): (typeof documents)["\n  query ProductsPage($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {\n    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sku name brand brandKind active price { amountMinor currency } category { name parent { name } } supplier { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductBySku($sku: String!) {\n    product(sku: $sku) { id sku name active }\n  }\n"): (typeof documents)["\n  query ProductBySku($sku: String!) {\n    product(sku: $sku) { id sku name active }\n  }\n"];
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
export function graphql(source: "\n  mutation IngestSourceRecords($input: IngestSourceRecordsInput!) {\n    ingestSourceRecords(input: $input) {\n      summary { created matched updated unchanged merged rejected }\n      records { index sourceId outcome rule confidence customer { id } }\n      rejected { index sourceId code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestSourceRecords($input: IngestSourceRecordsInput!) {\n    ingestSourceRecords(input: $input) {\n      summary { created matched updated unchanged merged rejected }\n      records { index sourceId outcome rule confidence customer { id } }\n      rejected { index sourceId code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCandidates($customerId: ID!) {\n    duplicateCandidates(customerId: $customerId) { score confident reasons customer { id } }\n  }\n"): (typeof documents)["\n  query DuplicateCandidates($customerId: ID!) {\n    duplicateCandidates(customerId: $customerId) { score confident reasons customer { id } }\n  }\n"];
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
export function graphql(source: "\n  query ProfileTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [PROFILE_MERGED, PROFILE_UNMERGED] }) { edges { node { kind refId } } } }\n  }\n"): (typeof documents)["\n  query ProfileTimeline($id: ID!) {\n    customer(id: $id) { timeline(first: 20, filter: { kinds: [PROFILE_MERGED, PROFILE_UNMERGED] }) { edges { node { kind refId } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeCustomer($id: ID!) {\n    node(id: $id) { id ... on Customer { displayName } }\n  }\n"): (typeof documents)["\n  query NodeCustomer($id: ID!) {\n    node(id: $id) { id ... on Customer { displayName } }\n  }\n"];
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
export function graphql(source: "\n  query DemoCheck {\n    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }\n    products(first: 1) { totalCount }\n    dealers(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query DemoCheck {\n    customers(first: 5) { totalCount edges { node { displayName emails { address } } } }\n    products(first: 1) { totalCount }\n    dealers(first: 1) { totalCount }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;