import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { RecordTrackingEvents } from "../operations/tracking.js";
import { launchChromium } from "../support/browser.js";
import { makeCarrier, makeCustomer, makeOrder, makeShipment } from "../support/factories.js";
import { describePlatform } from "../support/suite.js";

describePlatform("the /dashboard page in headless Chromium", (platform) => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows a parcel and moves it when the courier posts an event through the API", async () => {
    const db = platform().database.db;
    const carrier = await makeCarrier(db, { name: "Dash Express" });
    const shipment = await makeShipment(db, await makeOrder(db, (await makeCustomer(db)).id), carrier.id, { destinationCity: "Beijing" });
    const courier = await platform().token({ role: "COURIER", sub: "c", carrierId: carrier.id });
    const post = (id: string, status: string, minutesAgo: number, lat: number, lng: number) =>
      platform().data(
        RecordTrackingEvents,
        { input: { events: [{ trackingNumber: shipment.trackingNumber, courierEventId: id, status: status as never, occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(), lat, lng, place: status }] } },
        courier,
      );
    await post("d1", "PICKED_UP", 30, 31.23, 121.47);

    const page = await browser.newPage();
    try {
      await page.goto(`${platform().url}/dashboard`);
      await page.fill("#token", await platform().token({ role: "AGENT", sub: "ops" }));
      await page.click("button[type=submit]");
      const row = page.locator(`#deliveries tr[data-tracking="${shipment.trackingNumber}"]`);
      await row.locator(".status", { hasText: "PICKED_UP" }).waitFor({ timeout: 10_000 });
      await page.locator("#connection[data-state=live]").waitFor({ timeout: 10_000 });
      const before = await page.locator(`circle.parcel[data-tracking="${shipment.trackingNumber}"]`).getAttribute("cx");

      await post("d2", "OUT_FOR_DELIVERY", 1, 39.9, 116.41);
      await row.locator(".status", { hasText: "OUT_FOR_DELIVERY" }).waitFor({ timeout: 10_000 });
      const dot = page.locator(`circle.parcel[data-tracking="${shipment.trackingNumber}"]`);
      expect(await dot.getAttribute("cx")).not.toBe(before);
      expect(await dot.getAttribute("fill")).toBe("#14a3a3");

      await row.click();
      await page.locator("#history li").nth(1).waitFor({ timeout: 10_000 });
      expect(await page.locator("#history li").allTextContents()).toEqual([expect.stringContaining("PICKED_UP"), expect.stringContaining("OUT_FOR_DELIVERY")]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("after the server drops its socket, reconnects, shows what moved while it was away and goes on live", async () => {
    const db = platform().database.db;
    const carrier = await makeCarrier(db, { name: "Redial Express" });
    const order = await makeOrder(db, (await makeCustomer(db)).id);
    const [away, later] = [await makeShipment(db, order, carrier.id), await makeShipment(db, order, carrier.id)];
    const courier = await platform().token({ role: "COURIER", sub: "c", carrierId: carrier.id });
    const post = (trackingNumber: string, id: string, status: string, minutesAgo: number) =>
      platform().data(
        RecordTrackingEvents,
        { input: { events: [{ trackingNumber, courierEventId: id, status: status as never, occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(), lat: 31.2, lng: 121.4 }] } },
        courier,
      );
    await post(away.trackingNumber, "r1", "PICKED_UP", 30);
    await post(later.trackingNumber, "r2", "PICKED_UP", 30);

    const page = await browser.newPage();
    // The page's socket goes through a route, so that reconnecting can be held off while events are posted.
    let refuse = false;
    await page.routeWebSocket(/\/graphql$/, (socket) => {
      if (refuse) socket.close();
      else socket.connectToServer();
    });
    const status = (trackingNumber: string, text: string) =>
      page.locator(`#deliveries tr[data-tracking="${trackingNumber}"] .status`, { hasText: text }).waitFor({ timeout: 15_000 });
    try {
      await page.goto(`${platform().url}/dashboard`);
      await page.fill("#token", await platform().token({ role: "AGENT", sub: "ops" }));
      await page.click("button[type=submit]");
      await page.locator("#connection[data-state=live]").waitFor({ timeout: 10_000 });
      await status(away.trackingNumber, "PICKED_UP");

      refuse = true;
      for (const socket of platform().server.app.websocketServer.clients) socket.terminate();
      await page.locator("#connection[data-state=reconnecting]").waitFor({ timeout: 10_000 });
      await post(away.trackingNumber, "r3", "OUT_FOR_DELIVERY", 5);
      expect(await page.locator("#connection").getAttribute("data-state")).toBe("reconnecting");
      expect(await page.locator(`#deliveries tr[data-tracking="${away.trackingNumber}"] .status`).textContent()).toBe("PICKED_UP");

      refuse = false;
      await page.locator("#connection[data-state=live]").waitFor({ timeout: 20_000 });
      await status(away.trackingNumber, "OUT_FOR_DELIVERY");

      await post(later.trackingNumber, "r4", "IN_TRANSIT", 1);
      await status(later.trackingNumber, "IN_TRANSIT");
      await post(away.trackingNumber, "r5", "DELIVERED", 0);
      await status(away.trackingNumber, "DELIVERED");
    } finally {
      await page.close();
    }
  }, 60_000);

  it("keeps an update that arrives while a reload is in flight instead of going back to the reload's older state", async () => {
    const db = platform().database.db;
    const carrier = await makeCarrier(db, { name: "Overlap Express" });
    const parcel = await makeShipment(db, await makeOrder(db, (await makeCustomer(db)).id), carrier.id);
    const courier = await platform().token({ role: "COURIER", sub: "c", carrierId: carrier.id });
    const post = (id: string, status: string, minutesAgo: number) =>
      platform().data(
        RecordTrackingEvents,
        { input: { events: [{ trackingNumber: parcel.trackingNumber, courierEventId: id, status: status as never, occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(), lat: 31.2, lng: 121.4 }] } },
        courier,
      );
    await post("o1", "PICKED_UP", 30);

    const page = await browser.newPage();
    // Once armed, the next state reload reads the server at once but reaches the page only when released.
    let armed = false;
    let read!: () => void;
    const wasRead = new Promise<void>((resolve) => (read = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/graphql", async (route) => {
      if (!armed || !route.request().postData()?.includes("query Active")) return route.continue();
      armed = false;
      const response = await route.fetch();
      read();
      await released;
      await route.fulfill({ response });
    });
    const status = page.locator(`#deliveries tr[data-tracking="${parcel.trackingNumber}"] .status`);
    try {
      await page.goto(`${platform().url}/dashboard`);
      await page.fill("#token", await platform().token({ role: "AGENT", sub: "ops" }));
      await page.click("button[type=submit]");
      await page.locator("#connection[data-state=live]").waitFor({ timeout: 10_000 });
      await status.filter({ hasText: "PICKED_UP" }).waitFor({ timeout: 10_000 });

      armed = true;
      for (const socket of platform().server.app.websocketServer.clients) socket.terminate();
      await wasRead;
      await page.locator("#connection[data-state=live]").waitFor({ timeout: 20_000 });
      await new Promise((r) => setTimeout(r, 300));
      await post("o2", "OUT_FOR_DELIVERY", 1);
      await status.filter({ hasText: "OUT_FOR_DELIVERY" }).waitFor({ timeout: 10_000 });

      release();
      await page.waitForLoadState("networkidle");
      await new Promise((r) => setTimeout(r, 500));
      expect(await status.textContent()).toBe("OUT_FOR_DELIVERY");
    } finally {
      release();
      await page.close();
    }
  }, 60_000);

  it("refuses a bad token with a visible error", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${platform().url}/dashboard/`);
      await page.fill("#token", "not-a-token");
      await page.click("button[type=submit]");
      await page.locator("#error:not([hidden])").waitFor({ timeout: 10_000 });
      expect(await page.locator("#error").textContent()).toContain("Could not load deliveries");
    } finally {
      await page.close();
    }
  });
});
