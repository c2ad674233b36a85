import type { Principal } from "./auth/principal.js";
import { createCatalogLoaders } from "./catalog/catalog.loaders.js";
import { createCustomerLoaders } from "./customers/customers.loaders.js";
import type { Database } from "./db/client.js";
import { createOrganisationLoaders } from "./organisations/organisations.loaders.js";

export interface LoaderOptions {
  /** Off for subscriptions: graphql-ws builds one context per subscription, not per event. */
  cache?: boolean;
}

export function createLoaders(db: Database, principal: Principal, options: LoaderOptions = {}) {
  return {
    customers: createCustomerLoaders(db, principal, options),
    catalog: createCatalogLoaders(db, principal, options),
    organisations: createOrganisationLoaders(db, principal, options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  db: Database;
  principal: Principal;
  loaders: Loaders;
}

export function createContext(db: Database, principal: Principal, options: LoaderOptions = {}): Context {
  return { db, principal, loaders: createLoaders(db, principal, options) };
}
