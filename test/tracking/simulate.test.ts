import { count, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import { shipments, trackingEvents } from "../../src/db/schema/index.js";
import { seedDatabase } from "../../src/seed/index.js";
import { runScript } from "../support/cli.js";
import { TEST_SECRET } from "../support/server.js";
import { describePlatformOn } from "../support/suite.js";


// The command talks to the server over HTTP only: which database is behind the server is not its concern.
describePlatformOn("postgres", "npm run simulate", (platform) => {
  it("drives parcels on through the API as their couriers", async () => {
    const { db } = platform().database;
    await seedDatabase(db, { customers: 40, seed: 9 });
    const eventsBefore = (await db.select({ n: count() }).from(trackingEvents))[0]!.n;
    const activeBefore = (await db.select({ n: count() }).from(shipments).where(inArray(shipments.status, ["LABEL_CREATED", "PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY"])))[0]!.n;
    expect(activeBefore).toBeGreaterThan(0);

    const { stdout } = await runScript("src/cli/simulate.ts", ["--url", `${platform().url}/graphql`, "--rate", "20", "--duration", "2"], {
      env: { ...process.env, JWT_SECRET: TEST_SECRET },
    });
    const posted = Number(/posted (\d+) events/.exec(stdout)?.[1]);
    expect(posted).toBeGreaterThan(5);
    expect(stdout).not.toContain("refused");
    const eventsAfter = (await db.select({ n: count() }).from(trackingEvents))[0]!.n;
    expect(eventsAfter - eventsBefore).toBe(posted);
  }, 60_000);
});
