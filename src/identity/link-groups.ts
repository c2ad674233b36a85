import type { Evidence, PersonKey, Probe } from "./match.js";
import { decide, type Decision } from "./scoring.js";

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

/**
 * Joins a batch's records with each other and with profiles, strongest evidence first. Two
 * groups whose birthdays differ are never joined, whichever link would join them: a record
 * without a birthday that matches a parent and a child of the same name and email goes to the
 * one it matches best, and the two stay apart.
 */
export function linkGroups(probes: Probe[], candidates: Map<string, Map<PersonKey, Evidence>>) {
  const groups = new UnionFind();
  const birthdays = new Map<string, Set<string>>();
  for (const p of probes) if (p.birthday) birthdays.set(`r:${p.recordId}`, new Set([p.birthday]));
  const links: { rid: string; person: PersonKey; decision: Decision }[] = [];
  for (const [rid, persons] of candidates) {
    for (const [person, evidence] of persons) {
      const decision = decide(evidence);
      if (person.startsWith("c:") && evidence.birthdays.length && !birthdays.has(person)) birthdays.set(person, new Set(evidence.birthdays));
      if (decision.merge) links.push({ rid, person, decision });
    }
  }
  links.sort((a, b) => b.decision.bits - a.decision.bits || (a.rid < b.rid ? -1 : a.rid > b.rid ? 1 : a.person < b.person ? -1 : 1));
  const best = new Map<string, Decision>();
  for (const { rid, person, decision } of links) {
    const [a, b] = [groups.find(`r:${rid}`), groups.find(person)];
    if (a === b) {
      if (!best.has(rid)) best.set(rid, decision);
      continue;
    }
    const x = birthdays.get(a);
    const y = birthdays.get(b);
    if (x && y && ![...x].some((d) => y.has(d))) continue;
    const root = groups.union(a, b);
    if (x || y) birthdays.set(root, new Set([...(x ?? []), ...(y ?? [])]));
    if (!best.has(rid)) best.set(rid, decision);
  }
  return { groups, best };
}
