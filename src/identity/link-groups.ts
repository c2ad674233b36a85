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
 * birthdays, names that are not one person's on different phones, contact details that all
 * differ where both have some (no identifier agrees, one disagrees) with the whole of their
 * evidence against being one person, or — for a join made by a household's value — different
 * phones that the rest of their evidence would not outweigh. Only evidence in common counts: two
 * records that share nothing do not contradict.
 */
export function contradicts(e: Evidence, byHousehold = true): boolean {
  if (e.levels.BIRTHDAY === "DISAGREE") return true;
  // Names a letter apart that are both names (Fang/Fan, Jun/Jin) on different mobile phones: two
  // people of one household, whatever email and home they share (a mobile is one person's).
  const name = e.levels.NAME;
  if (e.levels.PHONE === "DISAGREE" && (name === "NEAR" || name === "PARTIAL" || name === "DIFFERENT")) return true;
  const ids = IDENTIFIERS.map((f) => e.levels[f]).filter((l) => l !== undefined);
  const agrees = ids.some((l) => l === "AGREE" || l === "SAME_HOME" || l === "SAME_BUILDING");
  const disagrees = ids.some((l) => l === "DISAGREE" || l === "OTHER_FLAT");
  if (!agrees && disagrees && decide(e).bits < REVIEW_BITS) return true;
  // Different mobiles, and what they share is not enough to link them on its own (a family email
  // that a bridging record brought to one side, a home): a parent and a child of one name, whatever
  // record stands between them. A bridge that is itself only a household's value may join only what
  // its two sides would join anyway; a record carrying a side's own phone or VIN shows that the
  // person has both phones (`byHousehold` false).
  return byHousehold && e.levels.PHONE === "DISAGREE" && e.levels.VIN !== "AGREE" && !decide(e).merge;
}

/**
 * Whether a link on the exact name and the birthday together (the one person in the graph who
 * carries both, weighed by how often they meet by chance) may join the record's group to a
 * profile when both already hold profiles: the record proved one profile its person's by an
 * identifier and carries the other's name and birthday (a webshop account with an email and the
 * birthday; a hotline profile with a phone; a dealer record with that phone and the birthday).
 * Only when the two groups, every member's names, contacts and homes pooled, have no field against
 * each other (no other phone, email, home or birthday) and still agree on the birthday and on the
 * name, exactly or but for a typo (FUZZY; NEAR is a relative's name as often as not).
 * Two namesakes born the same day both carry both and are never found this way.
 */
function nameAndBirthdayJoins(decision: Decision, candidates: Candidates, x: PersonKey[], y: PersonKey[], known: number): boolean {
  if (!candidates.betweenGroups || !decision.fields.some((f) => f.field === "BIRTHDAY" && f.level === "AGREE")) return false;
  const pooled = candidates.betweenGroups(x, y);
  if ((pooled.levels.NAME !== "EXACT" && pooled.levels.NAME !== "FUZZY") || pooled.levels.BIRTHDAY !== "AGREE") return false;
  return !decide(pooled, known).fields.some((f) => f.weight < 0);
}

/** How many records the graph-wide share counts as in `knownShare` (it only steadies a small batch). */
const GRAPH_WEIGHT = 10;

/**
 * How likely a record of this batch is someone the graph already knows: the share of the
 * batch's records that an identifier links to an existing profile, among those with any
 * identifier candidate at all (the first source's records are mostly new people; a later
 * source's mostly known), steadied by the graph's own share (records that joined a profile
 * holding another) counted as GRAPH_WEIGHT records, so that a batch of one still has a prior.
 * A rare name alone is weighed against this (`nameOnlyProbability`).
 */
export function knownShare(candidates: Candidates): number {
  let linked = 0;
  let records = 0;
  for (const persons of candidates.byRecord.values()) {
    const withIds = [...persons].filter(([, e]) => IDENTIFIERS.some((f) => e.levels[f] !== undefined));
    if (!withIds.length) continue;
    records++;
    if (withIds.some(([p, e]) => p.startsWith("c:") && decide(e).merge)) linked++;
  }
  return (linked + GRAPH_WEIGHT * (candidates.knownInGraph ?? 0)) / (records + GRAPH_WEIGHT);
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
  const known = knownShare(candidates);
  for (const [rid, persons] of candidates.byRecord) {
    for (const [person, evidence] of persons) {
      const decision = decide(evidence, known);
      if (decision.merge) links.push({ rid, person, decision });
    }
  }
  // Links on a rare name alone come last, after every identifier has had its say.
  links.sort((a, b) => Number(a.decision.nameOnly) - Number(b.decision.nameOnly) || b.decision.bits - a.decision.bits || (a.rid < b.rid ? -1 : a.rid > b.rid ? 1 : a.person < b.person ? -1 : 1));
  const best = new Map<string, Decision>();
  // A pair's evidence is computed once, whichever join asks for it.
  const verdicts = new Map<string, boolean>();
  const conflict = (x: PersonKey, y: PersonKey, byHousehold: boolean) => {
    const key = `${x < y ? `${x}|${y}` : `${y}|${x}`}|${byHousehold}`;
    let v = verdicts.get(key);
    if (v === undefined) verdicts.set(key, (v = contradicts(candidates.between(x, y), byHousehold)));
    return v;
  };
  /**
   * Joins two groups unless two of their members contradict each other. A link on the person's own
   * phone or VIN vouches for the person's other phones; one on a household's email or home does not.
   */
  const join = (a: string, b: string, x: PersonKey[], y: PersonKey[], decision: Decision): boolean => {
    const byHousehold = !decision.fields.some((f) => (f.field === "PHONE" || f.field === "VIN") && f.level === "AGREE" && f.weight > 0);
    if (x.some((m) => y.some((n) => conflict(m, n, byHousehold)))) return false;
    members.set(groups.union(a, b), [...x, ...y]);
    return true;
  };
  for (const { rid, person, decision } of links) {
    const [a, b] = [groups.find(`r:${rid}`), groups.find(person)];
    if (a === b) {
      if (!best.has(rid)) best.set(rid, decision);
      continue;
    }
    const [x, y] = [membersOf(a), membersOf(b)];
    // A name alone attaches a record to one profile; it never makes two profiles one — unless it is the
    // name and the birthday together (one person carries both) and the two groups, pooled, have
    // nothing against each other (`nameAndBirthdayJoins`).
    if (decision.nameOnly && x.some((m) => m.startsWith("c:")) && y.some((m) => m.startsWith("c:")) && !nameAndBirthdayJoins(decision, candidates, x, y, known)) continue;
    if (!join(a, b, x, y, decision)) continue;
    if (!best.has(rid)) best.set(rid, decision);
  }
  // A record that its identifiers joined to a profile brings that profile's other records along: the
  // group, compared as a whole (each side's names, contacts and homes pooled), may now link a
  // candidate that the record alone did not ("Ya Zhao" on Yan Zhao's phone, in the building of a
  // "Yan Zhao" known only by an email and that home). The same rules: an identifier must agree,
  // 0.99, no contradiction between any two members.
  if (candidates.betweenGroups) {
    for (const [rid, persons] of candidates.byRecord) {
      for (const person of persons.keys()) {
        const [a, b] = [groups.find(`r:${rid}`), groups.find(person)];
        if (a === b) continue;
        const [x, y] = [membersOf(a), membersOf(b)];
        if (x.length < 2 || !x.some((m) => m.startsWith("c:"))) continue;
        const decision = decide(candidates.betweenGroups(x, y), known);
        if (decision.merge && !decision.nameOnly) join(a, b, x, y, decision);
      }
    }
  }
  return { groups, best };
}
