import { analyticsProjections, segmentRows } from "./analytics/analytics.projection.js";
import { auditEntryList, auditProjections } from "./audit/audit.projection.js";
import { campaignList, campaignProjections } from "./campaigns/campaigns.projection.js";
import { catalogLookups, catalogProjections, productBySkuLookup, productList } from "./catalog/catalog.projection.js";
import { customerList, customerLookup, customerProjections } from "./customers/customers.projection.js";
import { predictionProjections } from "./predictions/predictions.projection.js";
import type { Projections } from "./graphql/compiled/compile.js";
import type { RootList, RootLookup, RootRows, TypeProjection } from "./graphql/compiled/projection.js";
import { identityProjections } from "./identity/identity.projection.js";
import { leadList, leadProjections } from "./leads/leads.projection.js";
import { caseList, interactionLookups, interactionProjections } from "./interactions/interactions.projection.js";
import { recommendationProjections } from "./recommendations/recommendations.projection.js";
import { orderByNumberLookup, orderList, orderLookups, orderProjections } from "./orders/orders.projection.js";
import { carrierList, dealerList, organisationLookups, organisationProjections, supplierList } from "./organisations/organisations.projection.js";
import { serviceLookups, serviceProjections } from "./service/service.projection.js";
import { shipmentByTrackingNumberLookup, shipmentList, trackingLookups, trackingProjections } from "./tracking/tracking.projection.js";
import { vehicleByVinLookup, vehicleList, vehicleLookups, vehicleProjections } from "./vehicles/vehicles.projection.js";

/**
 * What the compiled read path (graphql/compiled) may answer, listed explicitly like the resolvers
 * in schema.ts. A type's fields may come from several domains (Customer.orders from orders), as
 * its field resolvers do.
 */
export function createProjections(): Projections {
  const types = new Map<string, TypeProjection>();
  for (const projection of [
    ...customerProjections,
    ...identityProjections,
    ...vehicleProjections,
    ...serviceProjections,
    ...orderProjections,
    ...catalogProjections,
    ...trackingProjections,
    ...organisationProjections,
    ...interactionProjections,
    ...analyticsProjections,
    ...leadProjections,
    ...recommendationProjections,
    ...predictionProjections,
    ...auditProjections,
    ...campaignProjections,
  ]) {
    const known = types.get(projection.type);
    types.set(
      projection.type,
      known
        ? {
            type: projection.type,
            leaves: merged(projection.type, known.leaves, projection.leaves),
            values: merged(projection.type, known.values, projection.values),
            valuesPresentWhen: { ...known.valuesPresentWhen, ...projection.valuesPresentWhen },
            relations: merged(projection.type, known.relations, projection.relations),
            rowId: known.rowId ?? projection.rowId,
          }
        : projection,
    );
  }
  return { types, roots: rootLookups(), nodes: nodeLookups(), lists: rootLists(), rows: rootRows() };
}

/**
 * Fields of compiled types that the compiled read path does not answer: an operation selecting one
 * runs through the resolvers (still batched). Each is here with why; a test holds this list to the
 * fields actually missing, so a new field is either declared or named here.
 */
export const NOT_COMPILED: Record<string, string> = {
  "Customer.communicationPlan": "decided in code from the communication matrix, the tier and the consents (communication-plan.ts)",
  "Dealer.complaintStats": "staff-only figures over a period that defaults to the twelve months before the request's own clock, rounded in code (complaint-stats.service.ts)",
  "CustomerTraits.categoryCells": "the category matrix's cells, computed from the matrix in force",
};

/**
 * Root fields the compiled read path does not answer, each with why: an operation asking one runs
 * through its resolver, which reads in at most a few statements of its own. A test holds this list
 * to the Query fields actually uncovered, so a new root is either declared or named here.
 */
export const NOT_COMPILED_ROOTS: Record<string, string> = {
  supplierSalesReport: "one grouped statement, then k-anonymity suppression of small cells in code (supplier-report.service.ts)",
  categoryMatrix: "one grouped statement over the period, then each cell's buyers across currencies and the same suppression in code",
  duplicateCandidates: "two statements, then Fellegi-Sunter scoring of the pairs in code (identity/scoring.ts)",
  exportCustomerData: "a rare, audited portability document: one statement per table about the customer",
  previewSegment: "an unsaved rule from the input, checked and turned into conditions in code, then counted and sampled",
  previewCampaign: "every send-time rule (consent, plan, frequency cap, template) decided in code per customer; writes nothing",
  bulkExport: "a job's status and, once completed, a download url signed in code at each read",
  traitRules: "the rules in force: one small table shaped into the bands in code; staff only",
  communicationMatrix: "the matrix in force: one small table read into the audiences' order in code; staff only",
  leadConversion: "one grouped statement per period (a report; the period defaults from the request's clock)",
  webhookEndpoints: "an operator's page of one table, not a customer read (one statement and a count)",
  webhookDeliveries: "an operator's delivery log of one endpoint, found (or NOT_FOUND) before its page is read",
};

/** Root fields answering a connection of rows, each declared beside its resolver's conditions. */
const rootLists = () =>
  new Map<string, RootList>([
    ["customers", customerList],
    ["orders", orderList],
    ["vehicles", vehicleList],
    ["cases", caseList],
    ["shipments", shipmentList],
    ["products", productList],
    ["dealers", dealerList],
    ["suppliers", supplierList],
    ["carriers", carrierList],
    ["leads", leadList],
    ["auditLog", auditEntryList],
    ["campaigns", campaignList],
  ]);

/** Root fields answering a plain list of rows, each declared beside its resolver's scope. */
const rootRows = () => new Map<string, RootRows>([["segments", segmentRows]]);

/** Root fields answering one row by their argument, each as its resolver reads it. */
const rootLookups = () =>
  new Map<string, RootLookup>([
    ["customer", customerLookup],
    ["order", orderByNumberLookup],
    ["vehicle", vehicleByVinLookup],
    ["shipment", shipmentByTrackingNumberLookup],
    ["product", productBySkuLookup],
  ]);

/** node(id:) and nodes(ids:): every type graphql/node.resolver.ts fetches, by the global id's type. */
function nodeLookups(): Map<string, RootLookup> {
  const lookups = new Map<string, RootLookup>();
  for (const lookup of [customerLookup, ...catalogLookups, ...organisationLookups, ...orderLookups, ...trackingLookups, ...vehicleLookups, ...serviceLookups, ...interactionLookups]) {
    if (!("idType" in lookup.key) || lookups.has(lookup.key.idType)) throw new Error(`${lookup.type}: one lookup by global id per type`);
    lookups.set(lookup.key.idType, lookup);
  }
  return lookups;
}

/** Two domains declaring one field would make the answer depend on the order of this list. */
function merged<T>(type: string, known: Record<string, T> | undefined, more: Record<string, T> | undefined): Record<string, T> {
  for (const name of Object.keys(more ?? {})) if (known && name in known) throw new Error(`${type}.${name} is projected twice`);
  return { ...known, ...more };
}
