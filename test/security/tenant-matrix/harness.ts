import { writeFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { rawHttp, rawWs } from "../../support/raw.js";
import { describePlatform, shareOf } from "../../support/suite.js";
import type { TestPlatform } from "../../support/server.js";
import { COMPETITOR_ROWS } from "./competitors.js";
import { ENGAGEMENT_ROWS } from "./engagement.js";
import { EXPORT_ROWS } from "./exports.js";
import { FILTER_ROWS as LIST_FILTER_ROWS } from "./filters.js";
import { IDENTITY_ROWS } from "./identity.js";
import { LEAD_ROWS } from "./leads.js";
import { ORDER_ROWS } from "./orders.js";
import { PROFILE_ROWS } from "./profile.js";
import { QUERY_ROWS } from "./queries.js";
import { SEGMENT_FILTER_ROWS, SEGMENT_ROWS } from "./segments.js";
import { TRACKING_PRIVACY_ROWS } from "./tracking-privacy.js";
import { VEHICLE_SERVICE_ROWS } from "./vehicles-service.js";
import { WEBHOOK_ROWS } from "./webhooks.js";
import { CAMPAIGN_ROWS } from "./campaigns.js";
import { buildWorld, outcomeOf, tenantAIds, WHO, type MatrixRow, type Outcome, type Who, type World } from "./world.js";

/** One row for every Query, Mutation and Subscription field. */
export const MATRIX: Record<string, MatrixRow> = { ...QUERY_ROWS, ...ENGAGEMENT_ROWS, ...ORDER_ROWS, ...LEAD_ROWS, ...PROFILE_ROWS, ...VEHICLE_SERVICE_ROWS, ...TRACKING_PRIVACY_ROWS, ...IDENTITY_ROWS, ...SEGMENT_ROWS, ...EXPORT_ROWS, ...WEBHOOK_ROWS, ...CAMPAIGN_ROWS };
export const FILTER_ROWS: Record<string, MatrixRow> = { ...LIST_FILTER_ROWS, ...SEGMENT_FILTER_ROWS };
export { COMPETITOR_ROWS };

/**
 * The mutation rows in `parts` slices, the slice `part` of them (every `parts`-th row): the writes
 * are most of the matrix's time, and in files of their own the test workers share them instead of
 * one worker running the whole matrix while the others have finished.
 */
export function mutationRows(part: number, parts: number): string[] {
  return Object.keys(MATRIX)
    .filter((key) => key.startsWith("Mutation."))
    .filter((_, index) => index % parts === part);
}

export interface Matrix {
  platform: () => TestPlatform;
  /** The rows of `keys` this database runs: the matrix is shared out between the run's databases (shareOf). */
  share: (keys: string[]) => string[];
  world: () => World;
  token: (who: Who) => string | undefined;
  /** Calls the row as every principal and expects each to get what the row says. */
  observe: (key: string, row: MatrixRow) => Promise<void>;
}

/** A platform on each database with the matrix's world and a token per principal, built once per file. */
export function describeMatrix(name: string, body: (matrix: Matrix) => void) {
  describePlatform(name, (platform, kind) => {
    let world: World;
    const tokens: Partial<Record<Who, string>> = {};

    beforeAll(async () => {
      const built = await buildWorld(platform().database.db);
      world = built.world;
      for (const [who, claim] of Object.entries(built.claims)) tokens[who as Who] = await platform().token(claim);
    });

    /** A subscription's first message or error, or nothing within `waitMs`. */
    const subscribe = (token: string, query: string, variables: Record<string, unknown>, waitMs: number) =>
      Promise.race([rawWs(platform().url, token, query, variables), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs))]);
    const asAdmin = async (query: string, variables: Record<string, unknown>) => {
      const { body } = await rawHttp(platform().url, query, variables, tokens.ADMIN);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    async function observe(key: string, row: MatrixRow) {
      const ofA = [...tenantAIds(world), ...((await row.ids?.(world)) ?? [])];
      const observed: Partial<Record<Who, Outcome>> = {};
      const waits: Promise<void>[] = [];
      // Silence is an outcome only where some principal must see nothing: the others answer at once,
      // so they may take their time on a busy machine, and a late answer is not mistaken for silence.
      const silenceExpected = Object.values(row.expected).includes("none");
      const waitMs = !silenceExpected ? 10_000 : row.whileSubscribed ? 1500 : 500;
      for (const who of WHO) {
        const variables = (await row.variables?.(world, who)) ?? {};
        const token = tokens[who];
        if (!key.startsWith("Subscription.")) observed[who] = outcomeOf((await rawHttp(platform().url, row.query, variables, token)).body, ofA);
        else if (!token) observed[who] = "UNAUTHENTICATED";
        // Subscribers wait side by side: each may sit out the whole wait.
        else waits.push(subscribe(token, row.query, variables, waitMs).then((body) => void (observed[who] = outcomeOf(body, ofA))));
      }
      if (row.whileSubscribed) {
        // The event it should (or should not) see, again every 300 ms while anyone still waits: a
        // subscription that reached the server late still gets one, and every event is one more that
        // a principal who must see nothing does not get.
        let waiting = true;
        const settled = Promise.all(waits).then(() => void (waiting = false));
        while (waiting) {
          await Promise.race([new Promise((resolve) => setTimeout(resolve, 300)), settled]);
          if (waiting) await row.whileSubscribed(world, asAdmin);
        }
      }
      await Promise.all(waits);
      if (process.env.MATRIX_DISCOVER) writeFileSync(`/tmp/matrix-${key.replace(/\W+/g, "_")}.json`, JSON.stringify(observed));
      expect(observed).toEqual(Object.fromEntries(WHO.map((who) => [who, row.expected[who] ?? row.expected.others])));
    }

    body({ platform, share: (keys) => shareOf(keys, kind), world: () => world, token: (who) => tokens[who], observe });
    // The relation walk selects every field of every relation two object levels deep, far beyond a
    // client's query, so the cost limit (its own tests: limits.test.ts) would refuse the widest walks.
  }, { MAX_COST: "200000" });
}

/** The mutation rows' slice `part` (1-based) of `parts`, in a file of its own (see `mutationRows`). */
export function describeWrites(part: number, parts: number) {
  describeMatrix(`tenant isolation matrix: writes ${part}/${parts}`, (matrix) => {
    it.each(matrix.share(mutationRows(part - 1, parts)))("%s: each principal gets what its scope allows and nothing of another tenant", async (field) => {
      await matrix.observe(field, MATRIX[field]!);
    });
  });
}
