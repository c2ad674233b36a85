import type { Candidates, Evidence, PersonKey } from "./match.js";
import { decide, REVIEW_BITS, type Decision, type Field } from "./scoring.js";

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.get(root) !== undefined && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): string {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
    return ra;
  }
}

const IDENTIFIERS: Field[] = ["EMAIL", "PHONE", "VIN", "ADDRESS"];

/**
 * Whether two identities already in different groups contradict each other: different
 * birthdays, names that are not one person's on different phones, or contact details that all
 * differ where both have some (no identifier agrees, one disagrees) with the whole of their
 * evidence against being one person. Only evidence in common counts: two records that share
 * nothing do not contradict.
 */
export function contradicts(e: Evidence): boolean {
  if (e.levels.BIRTHDAY === "DISAGREE") return true;
  // Names a letter apart that are both names (Fang/Fan, Jun/Jin) on different mobile phones: two
  // people of one household, whatever email and home they share (a mobile is one person's).
  const name = e.levels.NAME;
  if (e.levels.PHONE === "DISAGREE" && (name === "NEAR" || name === "PARTIAL" || name === "DIFFERENT")) return true;
  const ids = IDENTIFIERS.map((f) => e.levels[f]).filter((l) => l !== undefined);
  const agrees = ids.some((l) => l === "AGREE" || l === "SAME_HOME" || l === "SAME_BUILDING");
  const disagrees = ids.some((l) => l === "DISAGREE" || l === "OTHER_FLAT");
  return !agrees && disagrees && decide(e).bits < REVIEW_BITS;
}

/**
 * Joins a batch's records with each other and with profiles, strongest evidence first. A link
 * never joins two groups in which some member of one contradicts some member of the other
 * (`contradicts`), however the link is reached: a record without a birthday that matches a
 * parent and a child of the same name and email goes to the one it matches best, and the two
 * stay apart; a record sharing an email with one profile and a phone with another does not make
 * them one when their own phones, emails and homes all differ.
 */
export function linkGroups(candidates: Candidates) {
  const groups = new UnionFind();
  const members = new Map<string, PersonKey[]>();
  const membersOf = (root: string): PersonKey[] => members.get(root) ?? [root as PersonKey];
  const links: { rid: string; person: PersonKey; decision: Decision }[] = [];
  for (const [rid, persons] of candidates.byRecord) {
    for (const [person, evidence] of persons) {
      const decision = decide(evidence);
      if (decision.merge) links.push({ rid, person, decision });
    }
  }
  links.sort((a, b) => b.decision.bits - a.decision.bits || (a.rid < b.rid ? -1 : a.rid > b.rid ? 1 : a.person < b.person ? -1 : 1));
  const best = new Map<string, Decision>();
  // A pair's evidence is computed once, whichever join asks for it.
  const verdicts = new Map<string, boolean>();
  const conflict = (x: PersonKey, y: PersonKey) => {
    const key = x < y ? `${x}|${y}` : `${y}|${x}`;
    let v = verdicts.get(key);
    if (v === undefined) verdicts.set(key, (v = contradicts(candidates.between(x, y))));
    return v;
  };
  for (const { rid, person, decision } of links) {
    const [a, b] = [groups.find(`r:${rid}`), groups.find(person)];
    if (a === b) {
      if (!best.has(rid)) best.set(rid, decision);
      continue;
    }
    const [x, y] = [membersOf(a), membersOf(b)];
    if (x.some((m) => y.some((n) => conflict(m, n)))) continue;
    const root = groups.union(a, b);
    members.set(root, [...x, ...y]);
    if (!best.has(rid)) best.set(rid, decision);
  }
  return { groups, best };
}
