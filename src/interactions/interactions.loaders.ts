import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { caseLookup, caseRelations, customerEngagement, productReviews, ratingLookup, dealerCases, interactionLookup, reviewLookup } from "./interactions.declaration.js";

export function createInteractionLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const ofCustomer = customerEngagement.loaders(db, principal, options);
  return {
    interaction: interactionLookup.loader(db, principal, options),
    case: caseLookup.loader(db, principal, options),
    review: reviewLookup.loader(db, principal, options),
    /** A customer's interactions, cases, reviews, survey answers, wishlist and newest product views, as declared. */
    ofCustomer: ofCustomer.interactions,
    casesOfCustomer: ofCustomer.cases,
    reviewsOfCustomer: ofCustomer.reviews,
    surveys: ofCustomer.surveyResponses,
    wishlist: ofCustomer.wishlist,
    /** Cases raised against a dealership: a dealer reads only those against itself (the case policy). */
    casesOfDealer: dealerCases.loaders(db, principal, options).cases,
    recentlyViewed: ofCustomer.recentlyViewed,
    /** A case's thread, oldest first; internal notes for staff only (threadVisibility). */
    thread: caseRelations.loaders(db, principal, options).thread,
    /** A product's shown reviews, newest or most helpful first, and its rating. */
    productReviews: productReviews.loaders(db, principal, options).reviews,
    rating: ratingLookup.loader(db, principal, options),
  };
}
