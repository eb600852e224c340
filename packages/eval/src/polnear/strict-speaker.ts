import { isTitleWord, nameKey, nameWords } from "../text/proper-name.ts";
import { isGivenName } from "./pronoun-antecedent.ts";

/**
 * The strict speaker measure (issue 11), beside the lenient one in judge-article.ts. The lenient
 * measure credits a system speaker with any mention touching the gold name's words, so a fragment
 * (an initial "J.R" out of "J.R. Pell", "Medicine" out of "Norland Academy of Medicine") counts as
 * the right person. Here only the name the system shows counts: the entity's `name` must be the
 * gold name or another written form of the same person's name, or the whole gold source as
 * written (an unnamed source the system gives as the text does: "a Norland Democrat", where the
 * gold reading takes "Norland Democrat" for a name). README "strict speaker accuracy".
 */
export function strictNameMatch(
  entity: { name: string; kind: string },
  gold: { text: string; words: readonly string[] },
  sourceText: string | null,
): boolean {
  if (sourceText !== null && sameKeys(phraseKeys(entity.name), phraseKeys(sourceText))) return true;
  const e = nameKeys(nameWords(entity.name), true);
  const forms = goldForms(gold);
  // "the Harbour Board" = "Harbour Board"; a name that is all title words ("State") as written.
  const bare = nameKeys(nameWords(entity.name), false);
  if (forms.some((g) => sameKeys(bare, nameKeys(g, false)))) return true;
  if (e.length === 0) return false;
  for (const words of forms) {
    const g = nameKeys(words, true);
    if (g.length === 0) continue;
    if (sameKeys(e, g)) return true;
    if (entity.kind !== "person" || !readsAsPerson(e) || g.some((w) => LINKS.has(w.key))) continue;
    if (fullForm(e, g) || partForm(e, g)) return true;
  }
  return false;
}

/**
 * How a strictly wrong name stands to the gold one: every word of it in the gold name (a part:
 * "J.R" of "J.R. Pell", "Medicine" of "Norland Academy of Medicine"), every gold word in it (a
 * longer name: "Norland Times" for "Times", "Ada Roe Jr." for "Ada Roe"), or neither (another
 * name: the entity holds the gold mention under another person's or another form's name).
 */
export type StrictMismatch = "part of the gold name" | "longer name" | "other name";

export function strictMismatch(entityName: string, goldWords: readonly string[]): StrictMismatch {
  const e = nameKeys(nameWords(entityName), true).map((w) => w.key);
  const g = nameKeys(goldWords, true).map((w) => w.key);
  if (e.length > 0 && e.every((k) => g.includes(k))) return "part of the gold name";
  if (g.length > 0 && g.every((k) => e.includes(k))) return "longer name";
  return "other name";
}

type Word = { raw: string; key: string };

/** Words that join a body's name ("Norland Academy of Medicine"), never a person's. */
const LINKS = new Set(["of", "for", "and", "&", "the"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Lowercase words inside a person's name ("Ada de Roe"). */
const PARTICLES = new Set(["de", "la", "del", "van", "von", "der", "al", "bin", "da", "di"]);

/**
 * The gold name as the gold reads it, and its head: the part before a comma or an "of", "from"
 * or "at" ("Ada Roe, 44" → "Ada Roe"; "Ada Roe of the Norland Fund" → "Ada Roe"). The gold reading
 * keeps an age, a place or a body after a name; the person is the head.
 */
function goldForms(gold: { text: string; words: readonly string[] }): string[][] {
  const cut = /,|\s(?:of|from|at)\s/u.exec(gold.text);
  if (!cut || cut.index === 0) return [[...gold.words]];
  return [[...gold.words], nameWords(gold.text.slice(0, cut.index))];
}

/**
 * Name keys (`nameKey`: lowercased, no possessive or final dot), without a leading "the" or a
 * number standing alone (an age); with `dropTitles`, also without title words ("President",
 * "Sen.", "Mr.") and the "of"/"for" of a title ("Secretary of State Ada Roe" → ada roe).
 */
function nameKeys(words: readonly string[], dropTitles: boolean): Word[] {
  const keys: Word[] = [];
  let afterTitle = false;
  for (const raw of words) {
    const key = nameKey(raw);
    if (key === "" || (keys.length === 0 && key === "the") || /^\p{N}+$/u.test(key)) continue;
    if (dropTitles && isTitleWord(key)) {
      afterTitle = true;
      continue;
    }
    if (afterTitle && (key === "of" || key === "for")) continue;
    afterTitle = false;
    keys.push({ raw, key });
  }
  return keys;
}

/** Every word's key of a phrase as written, a leading "the" aside. */
function phraseKeys(phrase: string): Word[] {
  const keys = nameWords(phrase).map((raw) => ({ raw, key: nameKey(raw) }));
  return keys[0]?.key === "the" ? keys.slice(1) : keys;
}

function sameKeys(a: readonly Word[], b: readonly Word[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w, i) => w.key === b[i]?.key);
}

/** At most four capitalised words (a particle aside), none joining a body's name. */
function readsAsPerson(name: readonly Word[]): boolean {
  return (
    name.length <= 4 &&
    name.every((w) => !LINKS.has(w.key) && (/^\p{Lu}/u.test(w.raw) || PARTICLES.has(w.key)))
  );
}

/** "J.R.", "K": an initial. */
const isInitial = (w: Word) => /^\p{Lu}(?:\.\p{Lu})*\.?$/u.test(w.raw);
const givesGiven = (w: Word) => isGivenName(w.raw) || isInitial(w);

function parts(name: readonly Word[]): { surname: number; suffix: Word | null } {
  const last = name[name.length - 1] as Word;
  const suffix = name.length > 1 && SUFFIXES.has(last.key) ? last : null;
  return { surname: name.length - (suffix ? 2 : 1), suffix };
}

/** Whether `short`'s keys stand in `long` in the same order. */
function inOrder(short: readonly Word[], long: readonly Word[]): boolean {
  let at = 0;
  for (const w of long) if (w.key === short[at]?.key) at++;
  return at === short.length;
}

/**
 * The entity's name is the gold name's full form: the gold's given names and initials, surname
 * and suffix stand in it in order; other gold words are descriptions the gold reading kept
 * ("Admiral Roe" → "Ada K. Roe"; "Roe" → "Ada Roe Jr."; not "Bill Roe" → "Ada Roe"). A suffix only
 * the entity gives fits a gold surname alone ("Ada Roe" is not "Ada Roe Jr.").
 */
function fullForm(e: readonly Word[], g: readonly Word[]): boolean {
  const { surname, suffix } = parts(g);
  const before = g.slice(0, surname).filter(givesGiven);
  const core = [...before, g[surname] as Word, ...(suffix ? [suffix] : [])];
  if (!inOrder(core, e)) return false;
  return suffix !== null || parts(e).suffix === null || before.length === 0;
}

/**
 * The entity's name is a shorter form of the gold name: its words stand in it in order and end on
 * its last word ("Roe" or "Ada Roe" for "Norland director Ada K. Roe"); a gold suffix may be left
 * off by a surname alone ("Roe" for "Ada Roe Jr."), not by a given name ("Ada Roe").
 */
function partForm(e: readonly Word[], g: readonly Word[]): boolean {
  if (!inOrder(e, g)) return false;
  const last = e[e.length - 1] as Word;
  if (last.key === (g[g.length - 1] as Word).key) return true;
  const { surname, suffix } = parts(g);
  return (
    suffix !== null &&
    e.length === 1 &&
    last.key === (g[surname] as Word).key &&
    g.slice(0, surname).some(givesGiven)
  );
}
