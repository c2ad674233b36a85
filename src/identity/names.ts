import { nameTokens } from "../validation/contact-keys.js";

/**
 * Common given-name short forms. A shared email or phone only links two records when their
 * names are compatible; without this list "Bill Smith" and "William Smith" would not be.
 */
const NICKNAMES: Record<string, string[]> = {
  william: ["bill", "will", "billy", "liam"],
  robert: ["bob", "rob", "bobby", "robbie"],
  richard: ["rick", "dick", "rich"],
  michael: ["mike", "mick", "mickey"],
  james: ["jim", "jimmy", "jamie"],
  john: ["johnny", "jack"],
  joseph: ["joe", "joey"],
  thomas: ["tom", "tommy"],
  charles: ["charlie", "chuck"],
  christopher: ["chris", "kit"],
  daniel: ["dan", "danny"],
  matthew: ["matt"],
  anthony: ["tony"],
  andrew: ["andy", "drew"],
  edward: ["ed", "eddie", "ted"],
  benjamin: ["ben", "benny"],
  samuel: ["sam", "sammy"],
  alexander: ["alex", "sasha"],
  nicholas: ["nick", "nicky"],
  jonathan: ["jon"],
  steven: ["steve"],
  stephen: ["steve"],
  timothy: ["tim"],
  patrick: ["pat"],
  peter: ["pete"],
  elizabeth: ["liz", "beth", "betty", "eliza", "lizzie"],
  katherine: ["kate", "kathy", "katie", "kat"],
  catherine: ["kate", "cathy", "katie"],
  margaret: ["maggie", "meg", "peggy"],
  jennifer: ["jen", "jenny"],
  patricia: ["pat", "patty", "trish"],
  susan: ["sue", "susie"],
  deborah: ["deb", "debbie"],
  rebecca: ["becky", "becca"],
  victoria: ["vicky", "tori"],
  jessica: ["jess", "jessie"],
  barbara: ["barb"],
  dorothy: ["dot", "dottie"],
  samantha: ["sam"],
  alexandra: ["alex", "sandra"],
  christina: ["chris", "tina"],
  abigail: ["abby"],
  kimberly: ["kim"],
};

const CANONICAL = new Map<string, Set<string>>();
for (const [full, shorts] of Object.entries(NICKNAMES)) {
  for (const name of [full, ...shorts]) {
    const set = CANONICAL.get(name) ?? new Set<string>();
    set.add(full);
    CANONICAL.set(name, set);
  }
}

const sameGivenName = (a: string, b: string) => {
  const ca = CANONICAL.get(a);
  const cb = CANONICAL.get(b);
  return !!ca && !!cb && [...ca].some((n) => cb.has(n));
};

/** Damerau–Levenshtein distance of at most one (a typo: one letter wrong, missing, extra or two swapped). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  // An initial stands for the name it begins.
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  if (Math.min(a.length, b.length) >= 4 && oneEditApart(a, b)) return true;
  return sameGivenName(a, b);
}

/**
 * Whether two names may belong to one person: every token of the shorter name pairs with a
 * distinct token of the other (in any order, so transposed given and family names pass),
 * allowing one typo in longer tokens, initials and nicknames. "Wang Wei" and "Wang Fang" do not.
 */
export function compatibleNames(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const used = new Set<number>();
  const assign = (i: number): boolean => {
    if (i === short.length) return true;
    for (let j = 0; j < long.length; j++) {
      if (used.has(j) || !sameToken(short[i]!, long[j]!)) continue;
      used.add(j);
      if (assign(i + 1)) return true;
      used.delete(j);
    }
    return false;
  };
  return assign(0);
}

/** Whether any token of one name agrees with a token of the other (same allowances as compatibleNames). */
export function namesOverlap(a: string, b: string): boolean {
  const y = nameTokens(b);
  return nameTokens(a).some((t) => y.some((u) => sameToken(t, u)));
}
