import { activityEventType, activityPlatform } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";

/*
 * The behavioural events' enums (src/activity), declared here because the customer filter and
 * segment rules name them (ActivityCondition) and customers sit below activity.
 */

export const ActivityEventType = enumOf(activityEventType, {
  name: "ActivityEventType",
  description: "What a visitor did in a web or mobile app.",
  valuesConfig: {
    PAGE_VIEW: { description: "Opened a page or screen (`url` names it)." },
    PRODUCT_VIEW: { description: "Looked at a product's page (`productId` required)." },
    MODEL_VIEW: { description: "Looked at a vehicle model's page or configurator (`modelId` required)." },
    SEARCH: { description: "Searched (`searchTerm` required)." },
    ADD_TO_CART: { description: "Put a product in the cart (`productId` required)." },
    APP_OPEN: { description: "Opened the mobile app." },
    CUSTOM: { description: "An event of the app's own (`name` required, e.g. configurator_saved)." },
  },
});
export type ActivityEventType = EnumValue<typeof ActivityEventType>;

export const ActivityPlatform = enumOf(activityPlatform, {
  name: "ActivityPlatform",
  description: "Which app reported an event.",
  valuesConfig: {
    WEB: { description: "The web shop or website." },
    IOS: { description: "The iOS app." },
    ANDROID: { description: "The Android app." },
  },
});
export type ActivityPlatform = EnumValue<typeof ActivityPlatform>;

