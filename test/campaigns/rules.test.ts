import { describe, expect, it } from "vitest";
import type { CommunicationMatrix } from "../../src/analytics/communication-plan.js";
import { birthdaysToday, decide, minutesOfQuiet, parseQuietHours, type CampaignRules, type CustomerFacts, type SendSettings } from "../../src/campaigns/send.rules.js";
import { parseTemplate, render } from "../../src/campaigns/template.js";
import { DomainError } from "../../src/errors.js";

const MATRIX: CommunicationMatrix = {
  VERY_LOYAL: ["GREETING", "BIRTHDAY", "RECOMMENDATION"],
  REGULAR: ["BIRTHDAY", "RECOMMENDATION", "OFFER"],
  OCCASIONAL: ["OFFER", "REACTIVATION"],
  NO_PURCHASE: ["OFFER"],
  LAPSED: ["REACTIVATION"],
};
const SETTINGS: SendSettings = { frequencyCap: { max: 2, days: 7 }, quietHours: { start: 21 * 60, end: 8 * 60 } };
const NOON_SHANGHAI = new Date("2026-06-01T04:00:00Z");

const facts = (over: Partial<CustomerFacts> = {}): CustomerFacts => ({
  customerId: "c1",
  erased: false,
  tier: "REGULAR",
  lapsed: false,
  hasBirthday: true,
  ownsVehicle: false,
  consent: "GRANTED",
  recentSends: 0,
  timeZone: "Asia/Shanghai",
  values: { givenName: "Wei", displayName: "Wang Wei" },
  ...over,
});
const offer = (over: Partial<CampaignRules> = {}): CampaignRules => ({ kind: "OFFER", channel: "SMS", subject: null, body: parseTemplate("Hi {{ givenName }}", "input.body"), ...over });

describe("campaign templates", () => {
  it("fills profile fields, falls back, escapes HTML in email bodies and keeps \\{{ literal", () => {
    const t = parseTemplate("Dear {{givenName | friend}}, \\{{ not a field }} — {{ displayName }}", "input.body");
    expect(t.fields).toEqual(["givenName", "displayName"]);
    expect(render(t, { givenName: "Wei", displayName: "Wang" }, false)).toEqual({ text: "Dear Wei, {{ not a field }} — Wang" });
    expect(render(t, { givenName: null, displayName: "Wang" }, false)).toEqual({ text: "Dear friend, {{ not a field }} — Wang" });
    expect(render(t, { givenName: "<b>Wei</b>", displayName: "A&B" }, true)).toEqual({ text: "Dear &lt;b&gt;Wei&lt;/b&gt;, {{ not a field }} — A&amp;B" });
    // A line break in a value cannot split an SMS.
    expect(render(t, { givenName: "Wei\nSTOP", displayName: "x" }, false)).toEqual({ text: "Dear Wei STOP, {{ not a field }} — x" });
    expect(render(parseTemplate("Hi {{familyName}}", "b"), {}, false)).toEqual({ missing: "familyName" });
  });

  it("refuses an unknown field or an unclosed placeholder, naming the input and the position", () => {
    const refused = (source: string) => {
      try {
        parseTemplate(source, "input.body");
      } catch (error) {
        return { field: (error as DomainError).field, message: (error as DomainError).message };
      }
      throw new Error("accepted");
    };
    expect(refused("Hi {{ email }}")).toEqual({ field: "input.body", message: expect.stringContaining("Unknown field {{email}} at position 4") });
    expect(refused("Hi {{ givenName")).toEqual({ field: "input.body", message: expect.stringContaining("Unclosed placeholder at position 4") });
    expect(refused("{{ constructor }}").message).toContain("Unknown field");
  });
});

describe("the send-time decision", () => {
  it("checks consent by purpose: marketing needs a grant, service goes unless refused, a recall always", () => {
    expect(decide(offer(), facts({ consent: null }), MATRIX, SETTINGS, NOON_SHANGHAI)).toMatchObject({ status: "SKIPPED", reason: "NO_CONSENT" });
    expect(decide(offer(), facts({ consent: "REVOKED" }), MATRIX, SETTINGS, NOON_SHANGHAI)).toMatchObject({ status: "SKIPPED", reason: "NO_CONSENT" });
    expect(decide(offer({ kind: "SERVICE_REMINDER" }), facts({ consent: null, ownsVehicle: true }), MATRIX, SETTINGS, NOON_SHANGHAI).status).toBe("SENT");
    expect(decide(offer({ kind: "SERVICE_REMINDER" }), facts({ consent: "DENIED", ownsVehicle: true }), MATRIX, SETTINGS, NOON_SHANGHAI)).toMatchObject({ reason: "NO_CONSENT" });
    expect(decide(offer({ kind: "RECALL" }), facts({ consent: "DENIED", ownsVehicle: true }), MATRIX, SETTINGS, NOON_SHANGHAI).status).toBe("SENT");
    expect(decide(offer({ kind: "RECALL" }), facts({ ownsVehicle: false }), MATRIX, SETTINGS, NOON_SHANGHAI)).toMatchObject({ reason: "NOT_IN_PLAN", detail: "owns no vehicle" });
  });

  it("follows the tier's communication plan, then the frequency cap (marketing only), then the template", () => {
    expect(decide(offer(), facts({ tier: "VERY_LOYAL" }), MATRIX, SETTINGS, NOON_SHANGHAI)).toMatchObject({ reason: "NOT_IN_PLAN" });
    expect(decide(offer(), facts({ lapsed: true }), MATRIX, SETTINGS, NOON_SHANGHAI)).toMatchObject({ reason: "NOT_IN_PLAN", detail: expect.stringContaining("LAPSED") });
    expect(decide(offer({ kind: "BIRTHDAY" }), facts({ hasBirthday: false }), MATRIX, SETTINGS, NOON_SHANGHAI)).toMatchObject({ reason: "NOT_IN_PLAN" });
    expect(decide(offer(), facts({ recentSends: 2 }), MATRIX, SETTINGS, NOON_SHANGHAI)).toMatchObject({ reason: "FREQUENCY_CAP" });
    expect(decide(offer({ kind: "RECALL" }), facts({ recentSends: 9, ownsVehicle: true }), MATRIX, SETTINGS, NOON_SHANGHAI).status).toBe("SENT");
    expect(decide(offer(), facts({ values: {} }), MATRIX, SETTINGS, NOON_SHANGHAI)).toMatchObject({ reason: "MISSING_FIELD" });
    expect(decide(offer(), facts(), MATRIX, SETTINGS, NOON_SHANGHAI)).toEqual({ status: "SENT", subject: null, body: "Hi Wei" });
  });

  it("defers a message in the customer's quiet hours to their end, in their own zone; letters are not held", () => {
    // 04:00 UTC is noon in Shanghai and 23:00 the evening before in Bogotá.
    const deferred = decide(offer(), facts({ timeZone: "America/Bogota" }), MATRIX, SETTINGS, NOON_SHANGHAI);
    expect(deferred).toEqual({ status: "DEFERRED", until: new Date("2026-06-01T13:00:00Z") });
    expect(decide(offer({ channel: "MAIL" }), facts({ timeZone: "America/Bogota" }), MATRIX, SETTINGS, NOON_SHANGHAI).status).toBe("SENT");
    expect(minutesOfQuiet(22 * 60, { start: 21 * 60, end: 8 * 60 })).toBe(10 * 60);
    expect(minutesOfQuiet(7 * 60 + 59, { start: 21 * 60, end: 8 * 60 })).toBe(1);
    expect(minutesOfQuiet(12 * 60, { start: 21 * 60, end: 8 * 60 })).toBe(0);
    expect(minutesOfQuiet(13 * 60, { start: 12 * 60, end: 14 * 60 })).toBe(60);
    expect(parseQuietHours("off")).toBeNull();
    expect(parseQuietHours("22:30-07:00")).toEqual({ start: 1350, end: 420 });
  });

  it("finds today's birthdays per zone, and the 29th of February on the 28th of a common year", () => {
    expect(birthdaysToday(NOON_SHANGHAI, "Asia/Shanghai")).toEqual({ days: ["06-01"], year: "2026" });
    expect(birthdaysToday(NOON_SHANGHAI, "America/Bogota")).toEqual({ days: ["05-31"], year: "2026" });
    expect(birthdaysToday(new Date("2027-02-28T12:00:00Z"), "UTC")).toEqual({ days: ["02-28", "02-29"], year: "2027" });
    expect(birthdaysToday(new Date("2028-02-28T12:00:00Z"), "UTC").days).toEqual(["02-28"]);
  });
});
