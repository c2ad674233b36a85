import { nameTokens } from "../validation/contact-keys.js";
import { isPinyin, isSyllable } from "./pinyin.js";

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

/** Damerau–Levenshtein distance (optimal string alignment): a letter wrong, missing, extra or two swapped count one each. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Short Western given names that are names of their own, not typos of each other ("Tom" and "Tim"). */
const WESTERN_GIVEN = new Set(
  `al ann anna anne ben bob dan don ed eve guy ian ida ivy jan jim joe jon jo kim ken lee len leo liz max meg ned pam pat peg ray rob
  roy sam sue ted tim tom zoe amy ava eva abe gil hal kay kit lou mae val vic rex ron roz cal del dot fay jay jed kai lyn mel nan`.split(/\s+/),
);

/**
 * A misspelling, by edit distance relative to length (one edit up to seven letters, two from
 * eight), unless both short spellings are names in their own right: two different pinyin
 * syllables ("Ping", "Ming") or two short Western names ("Tom", "Tim") are two names, not a typo.
 */
function typoOf(a: string, b: string): boolean {
  return oneEditApart(a, b) && (!twoNames(a, b) || swapped(a, b));
}

/**
 * Two neighbouring letters swapped ("Lei"/"Lie", "Guo"/"Gou"): the commonest slip of typing,
 * while two given or family names that differ only so are rare (a spouse's name a letter off
 * another is a changed or missing letter: Ping/Ming, Fang/Fan). A typo even when both spell a
 * syllable.
 */
const swapped = (a: string, b: string) => {
  if (a.length !== b.length || a.length < 3) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
};

/** Longer Western given names a letter off another (a couple or siblings: "Robert"/"Roberta"). */
const WESTERN_PAIRED = new Set(
  `robert roberta daniel daniela danielle paul paula carl carla eric erica louis louise julian julia juliana julie joan jean jane mario maria
  marie martin martina christian christina christine andrea andreas gabriel gabriela simon simone nicole nicola francis frances antonio
  antonia victor victoria michel michele michelle denis denise justin justine leon leona clare claire bernard bernadette`.split(/\s+/),
);

// In names of five letters or more a changed letter is a typo even when it spells other pinyin ("Xueli", "Xuli"), unless both are given names of their own.
const twoNames = (a: string, b: string) => (Math.max(a.length, b.length) < 5 && bothNames(a, b)) || (WESTERN_PAIRED.has(a) && WESTERN_PAIRED.has(b));

const oneEditApart = (a: string, b: string) => Math.min(a.length, b.length) >= 2 && editDistance(a, b) <= (Math.max(a.length, b.length) >= 8 ? 2 : 1);
const bothNames = (a: string, b: string) => (isPinyin(a) && isPinyin(b)) || (WESTERN_GIVEN.has(a) && WESTERN_GIVEN.has(b));

/** Two short spellings a letter apart that are both names ("Ping"/"Ming", "Hu"/"Hua"): a typo or two people, the other fields decide. */
const nearNames = (a: string, b: string) => (oneEditApart(a, b) && twoNames(a, b)) || twoTypos(a, b);

/** Two spellings two edits apart of which one at least is no name ("Mnli"/"Minl", both "Minli" misspelt): possibly one name, the other fields decide. */
const twoTypos = (a: string, b: string) => Math.min(a.length, b.length) >= 3 && Math.max(a.length, b.length) >= 4 && !bothNames(a, b) && editDistance(a, b) === 2;

function sameToken(a: string, b: string, near = false, initials = true): boolean {
  if (a === b) return true;
  // An initial stands for the name it begins.
  if (initials && ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)))) return true;
  return sameGivenName(a, b) || typoOf(a, b) || (near && nearNames(a, b));
}

/**
 * Whether two names may belong to one person: every token of the shorter name pairs with a
 * distinct token of the other (in any order, so transposed given and family names pass),
 * allowing one typo in longer tokens, initials and nicknames. "Wang Wei" and "Wang Fang" do not.
 */
export function compatibleNames(a: string, b: string, near = false, initials = true): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const used = new Set<number>();
  const assign = (i: number): boolean => {
    if (i === short.length) return true;
    for (let j = 0; j < long.length; j++) {
      if (used.has(j) || !sameToken(short[i]!, long[j]!, near, initials)) continue;
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

/** Chinese family names of two syllables (the few compound surnames): a two-syllable token is otherwise a given name. */
const COMPOUND_SURNAMES = new Set(
  "ouyang sima zhuge shangguan situ dongfang huangfu murong linghu gongsun xiahou zhangsun yuwen duanmu wenren zhongli nangong dongguo".split(" "),
);

/**
 * Two Chinese names of two tokens whose agreeing token is a given name of two or more pinyin
 * syllables ("Huiming") and whose other tokens, the family names, are a letter apart
 * ("Zhou"/"Zhu", "Liu"/"Li"): one person's family name misspelt. Relatives a letter apart share
 * the family name and differ in the given name (Ping/Ming Sun); two people of one given name
 * whose family names differ by a letter are no household's pattern.
 */
function givenNameAgrees(x: string[], y: string[]): boolean {
  if (x.length !== 2 || y.length !== 2) return false;
  for (const given of x) {
    if (!y.includes(given) || !isPinyin(given) || isSyllable(given) || COMPOUND_SURNAMES.has(given)) continue;
    const [a, b] = [x.find((t) => t !== given), y.find((t) => t !== given)];
    if (a && b && isPinyin(a) && isPinyin(b) && oneEditApart(a, b)) return true;
  }
  return false;
}

/** How two names agree, from the same to nothing in common (the levels of the NAME field in scoring.ts). */
export type NameLevel = "EXACT" | "FUZZY" | "INITIAL" | "NEAR" | "PARTIAL" | "DIFFERENT";

/**
 * EXACT: the same tokens in any order; FUZZY: every token of the shorter name pairs with one of
 * the other by a typo or a nickname; INITIAL: only when an initial stands for a name ("J Smith":
 * any J fits, so weaker); NEAR: they pair only when a name may be a letter off another real name
 * ("Ming Sun"/"Ping Sun": a typo, or a spouse) or two misspellings meet; PARTIAL: some token
 * agrees (usually the family name) but another is a different name; DIFFERENT: none agrees.
 */
export function nameLevel(a: string, b: string): NameLevel {
  // A batch compares the same few names many times (every candidate, every guard check).
  const key = `${a}\u0000${b}`;
  let level = levels.get(key);
  if (level === undefined) {
    if (levels.size >= 50_000) levels.clear();
    levels.set(key, (level = computeNameLevel(a, b)));
  }
  return level;
}
const levels = new Map<string, NameLevel>();

function computeNameLevel(a: string, b: string): NameLevel {
  const x = nameTokens(a).sort();
  const y = nameTokens(b).sort();
  if (x.length && x.join(" ") === y.join(" ")) return "EXACT";
  if (compatibleNames(a, b, false, false)) return "FUZZY";
  if (compatibleNames(a, b)) return "INITIAL";
  if (compatibleNames(a, b, true)) return givenNameAgrees(x, y) ? "FUZZY" : "NEAR";
  return namesOverlap(a, b) ? "PARTIAL" : "DIFFERENT";
}
