import { eq } from "drizzle-orm";
import { isStaff, type Principal } from "../auth/principal.js";
import type { IdentitySettings } from "../config.js";
import type { Database } from "../db/client.js";
import { identityKeys, identityLinks } from "../db/schema/index.js";
import { forbidden } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { confidenceBand, fieldAgreements, type ConfidenceBand } from "./candidate-evidence.js";
import type { FieldScore } from "./scoring.js";
import { decide, findCandidates, type Decision, type Evidence, type Probe } from "./match.js";

export interface DuplicateCandidateResult {
  customerId: string;
  score: number;
  /** true: the rules would link these automatically (e.g. a record arrived before the rules changed). */
  confident: boolean;
  rule: string;
  reasons: string[];
  band: ConfidenceBand;
  evidence: FieldScore[];
}

const MAX_CANDIDATES = 20;
/** A match probability worth a look: a family sharing an email (about 0.1) is listed, a stranger is not. */
const MIN_SCORE = 0.05;

/**
 * Other profiles that may be the same person, best first, with the score and the reasons: the
 * match rules run for every source record of the profile against the rest of the graph.
 */
export async function duplicateCandidates(db: Database, principal: Principal, customerGlobalId: string, settings: IdentitySettings, resolve: (id: string) => Promise<{ dbId: string } | null>) {
  if (!isStaff(principal)) throw forbidden("Only staff look for duplicates");
  const asked = expectGlobalId(customerGlobalId, "Customer", "customerId");
  const customer = await resolve(asked);
  if (!customer) return null;
  const keys = await db
    .select({ recordId: identityKeys.sourceRecordId, kind: identityKeys.kind, value: identityKeys.value })
    .from(identityLinks)
    .innerJoin(identityKeys, eq(identityKeys.sourceRecordId, identityLinks.sourceRecordId))
    .where(eq(identityLinks.customerId, customer.dbId));
  const probes = new Map<string, Probe>();
  for (const k of keys) {
    const probe: Probe = probes.get(k.recordId) ?? { recordId: k.recordId, name: null, birthday: null, vins: [], keys: [] };
    probe.keys.push({ kind: k.kind, value: k.value });
    if (k.kind === "NAME") probe.name = k.value;
    if (k.kind === "BIRTHDAY") probe.birthday = k.value;
    if (k.kind === "VIN") probe.vins.push(k.value);
    probes.set(k.recordId, probe);
  }
  const found = await findCandidates(db, [...probes.values()], settings, new Map());
  // Per other profile, the pair of records (one of this profile's, one of theirs) with the best score.
  const best = new Map<string, { d: Decision; e: Evidence }>();
  for (const persons of found.byRecord.values()) {
    for (const [person, evidence] of persons) {
      if (!person.startsWith("c:") || person === `c:${customer.dbId}`) continue;
      const decision = decide(evidence);
      const id = person.slice(2);
      if (decision.score > (best.get(id)?.d.score ?? -1)) best.set(id, { d: decision, e: evidence });
    }
  }
  return [...best.entries()]
    .filter(([, { d }]) => d.score >= MIN_SCORE)
    .sort(([, a], [, b]) => b.d.score - a.d.score)
    .slice(0, MAX_CANDIDATES)
    .map(([customerId, { d, e }]): DuplicateCandidateResult => ({
      customerId,
      score: d.score,
      confident: d.merge,
      rule: d.rule,
      reasons: d.reasons,
      band: confidenceBand(e, d),
      evidence: fieldAgreements(d),
    }));
}
