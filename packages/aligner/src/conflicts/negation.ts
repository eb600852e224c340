import type { Conflict, Span } from "@parallax/core";
import { contentLemmas } from "../align/lemmas.ts";
import { perUnit } from "../align/per-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import {
  alignedAsOne,
  type ConflictContext,
  conflictEvidence,
  sameEvent,
  sameSubject,
  statesSomething,
} from "./guards.ts";

/** Wording at which two statements tell one thing, so that a "not" in one of them denies it. */
const NEGATION_WORDING = 0.6;
/** How many words after the negation its verb may stand ("did not immediately say"). */
const REACH = 3;

const NEGATION = /\b(?:not|never|no longer|n['’]t)\b|n['’]t\b/gi;
const WORD = /[\p{L}\p{N}'’-]+/gu;
/** Words between a negation and its verb that add nothing to compare ("has not yet been seen"). */
const PASSED_OVER =
  /^(?:a|an|the|be|been|being|have|has|had|do|does|did|also|even|yet|ever|just|to|his|her|its|their|our|any)$/i;
/** A determiner right after the negation: what is negated is a noun phrase, not a predicate. */
const CONTRAST_OPENER = /^\s+(?:a|an|the|this|that|these|those|one|only|just)\b/i;

/**
 * When the statements are not worded nearly alike as wholes (stock words of a story weigh little:
 * in a story about a prisoner's suicide "hanged himself in his prison cell" is in every article),
 * the other statement must state the negated predicate itself — the negated word and most of the
 * content words after it to the clause end ("had not suffered from heart disease" / "had suffered
 * from heart disease") — and share half of the shorter statement's content words.
 */
const PREDICATE_SHARE = 0.75;
/** How many content words of the predicate are compared: the verb and its object, not the clause's tail. */
const PREDICATE_WORDS = 5;
/** Share of the shorter statement's content words the two must share besides the predicate. */
const STATEMENT_SHARE = 0.5;

export type Negated = {
  lemma: string;
  /** The negated word as written, lower case: "shot" where the tagger reads a noun elsewhere. */
  word: string;
  /**
   * Light words between the negation and the negated word that carry meaning ("made" of "not made
   * an offer", "get" of "doesn't get the ball"): the other statement must have them too.
   */
  carriers: readonly string[];
  span: Span;
  text: string;
  predicate: readonly string[];
  /** The modal before the negation ("will" of "will not miss"), lower case; null when none. */
  modal: string | null;
};

const MODAL = /\b(will|would|could|can|may|might|must|should|shall|wo|ca)\s*$/i;

/** The modal a negation follows: "will not", "would never", "won't" (read "will"), "can't". */
function modalBefore(text: string): string | null {
  const modal = MODAL.exec(text)?.[1]?.toLowerCase();
  if (!modal) return null;
  return modal === "wo" ? "will" : modal === "ca" ? "can" : modal;
}

/**
 * The content words a statement negates: the first content word within a few words after each
 * "not", "never", "no longer" or "n't" ("did not attend" negates "attend").
 */
// Asked again for each statement a group's negations meet: read once per statement, or a large
// group (a thousand outlets of one story) costs its size squared in readings.
export const negatedWords: (unit: AlignUnit) => Negated[] = perUnit(readNegatedWords);

function readNegatedWords(unit: AlignUnit): Negated[] {
  const found: Negated[] = [];
  for (const match of unit.text.matchAll(NEGATION)) {
    const from = (match.index ?? 0) + match[0].length;
    // "not the first time", "a .32-caliber revolver, not a .45": a thing set against another, no
    // denial that something happened.
    if (CONTRAST_OPENER.test(unit.text.slice(from))) continue;
    let count = 0;
    const carriers: string[] = [];
    for (const word of unit.text.slice(from).matchAll(WORD)) {
      count += 1;
      if (count > REACH) break;
      const [lemma] = contentLemmas(word[0]);
      if (!lemma) {
        if (!PASSED_OVER.test(word[0])) carriers.push(word[0].toLowerCase());
        continue;
      }
      // "was not Deep Throat" denies who someone is, not what happened: a name is no predicate.
      if (/^\p{Lu}/u.test(word[0])) break;
      const start = unit.span.start + (match.index ?? 0);
      const end = unit.span.start + from + (word.index ?? 0) + word[0].length;
      // The predicate runs from the negated word to the end of its clause.
      const rest = unit.text.slice(from + (word.index ?? 0));
      const clauseEnd = rest.search(/[,;:.!?]/);
      const clause = rest.slice(0, clauseEnd < 0 ? rest.length : clauseEnd);
      // Read after the auxiliary, as a verb: "was not shot" negates "shoot", not the noun "shot".
      const before = /([\p{L}'’]+)\s*$/u.exec(unit.text.slice(0, match.index ?? 0))?.[1] ?? "";
      const auxiliary = contentLemmas(before).length === 0 ? before : "";
      const inContext = contentLemmas(`${auxiliary} ${clause}`);
      // Figures and dates are masked out of a statement's lemmas: the words left are compared.
      const own = new Set(unit.lemmas);
      const predicate = inContext.filter((l, i) => i === 0 || own.has(l));
      found.push({
        lemma: inContext[0] ?? lemma,
        word: word[0].toLowerCase(),
        carriers,
        text: unit.text.slice(start - unit.span.start, end - unit.span.start),
        span: { articleId: unit.span.articleId, start, end },
        predicate: predicate.slice(0, PREDICATE_WORDS),
        modal: modalBefore(unit.text.slice(0, match.index ?? 0)),
      });
      break;
    }
  }
  return found;
}

/**
 * The same words without the global flag: `test` on a global expression leaves `lastIndex` behind,
 * and `matchAll` starts its copy there, so a statement read after another could lose its "not".
 */
const HAS_NEGATION = new RegExp(NEGATION.source, "i");

function hasNegation(unit: AlignUnit): boolean {
  return HAS_NEGATION.test(unit.text);
}

/**
 * Words before a verb that keep it from being stated as so: "working to determine the cause" and
 * "will decide" say nothing about whether it was determined or decided, so "has not been
 * determined" does not deny them.
 */
const NOT_ASSERTED = /\b(to|will|would|could|can|may|might|must|should|shall)\s+$/i;

/** A question left open before the word: what follows "whether" or "if" is not stated as so. */
const OPEN_QUESTION = /\b(?:whether|if)\b/i;

/** Whether a word reads as a lemma, alone or after the word before it ("was shot" → shoot). */
function readsAs(text: string, index: number, word: string, item: Negated): boolean {
  const lemma = item.lemma;
  if (word.toLowerCase() === item.word) return true;
  const alone = contentLemmas(word);
  if (alone.length === 0) return false;
  if (alone[0] === lemma) return true;
  const previous = /[\p{L}'’]+\s+$/u.exec(text.slice(Math.max(0, index - 16), index))?.[0] ?? "";
  return previous !== "" && contentLemmas(`${previous}${word}`).at(-1) === lemma;
}

/**
 * The word of a statement that carries a lemma and states it as so, with its span. A modal the
 * negation follows too is the same modality: "will miss" is what "will not miss" denies.
 */
function wordWith(unit: AlignUnit, item: Negated): { text: string; span: Span } | null {
  for (const word of unit.text.matchAll(WORD)) {
    const index = word.index ?? 0;
    if (!readsAs(unit.text, index, word[0], item)) continue;
    const before = unit.text.slice(Math.max(0, index - 12), index);
    const hedged = NOT_ASSERTED.exec(before);
    if (hedged && hedged[1]?.toLowerCase() !== item.modal) continue;
    // "declined to say whether the church had received threats" asks, it does not state.
    if (OPEN_QUESTION.test(unit.text.slice(0, index))) continue;
    const start = unit.span.start + index;
    return {
      text: word[0],
      span: { articleId: unit.span.articleId, start, end: start + word[0].length },
    };
  }
  return null;
}

/** Lower-cased once per statement: asked for every statement of the story a negation row reads. */
const lowerText = perUnit((unit) => unit.text.toLowerCase());

/** Whether a statement has the negated word at all, as its lemma or as written. */
function mayState(unit: AlignUnit, item: Negated): boolean {
  return unit.lemmas.includes(item.lemma) || lowerText(unit).includes(item.word);
}

const statersByStory = new WeakMap<readonly AlignUnit[], Map<string, AlignUnit[]>>();

/**
 * The story's statements that may state a negated word, in story order, listed once per word: a
 * negation row reads the whole story for outlets grouped elsewhere, and only these can join it.
 */
function storyStaters(story: readonly AlignUnit[], item: Negated): readonly AlignUnit[] {
  let byWord = statersByStory.get(story);
  if (!byWord) {
    byWord = new Map();
    statersByStory.set(story, byWord);
  }
  const key = `${item.lemma}\u0000${item.word}`;
  let staters = byWord.get(key);
  if (!staters) {
    staters = story.filter((unit) => mayState(unit, item));
    byWord.set(key, staters);
  }
  return staters;
}

/**
 * The word with which a statement states as so what a negation denies: no negation of that word,
 * and none before it ("did not say the team had placed him" states nothing); a negation later in
 * the sentence is of something else ("had checked in, but left because she was not happy").
 */
function statedPlainly(unit: AlignUnit, item: Negated): { text: string; span: Span } | null {
  if (!hasNegation(unit)) return wordWith(unit, item);
  if (negatedWords(unit).some((n) => n.lemma === item.lemma)) return null;
  const word = wordWith(unit, item);
  if (!word) return null;
  return HAS_NEGATION.test(unit.text.slice(0, word.span.start - unit.span.start)) ? null : word;
}

/**
 * Whether the other statement tells what the negation denies: worded nearly alike as a whole, or
 * stating most of the negated predicate ("not placed on injured reserve" / "placed … on injured
 * reserve Wednesday") with half of its content words in common.
 */
function toldAlike(a: AlignUnit, b: AlignUnit, item: Negated, context: ConflictContext): boolean {
  const words = wordSet(b);
  if (!item.carriers.every((w) => words.has(w))) return false;
  if (context.similarity(a, b) >= NEGATION_WORDING) return true;
  if (item.predicate.length < 2) return false;
  const stated = lemmaSet(b);
  // "injured reserve" is read "injure" in one sentence and "injured" in another: a lemma counts
  // as stated when the other statement has it or a longer word it begins (five letters or more);
  // a name ("placed Bush on injured reserve") is masked out of the lemmas, so its word counts.
  const states = (lemma: string) =>
    stated.has(lemma) ||
    words.has(lemma) ||
    (lemma.length >= 5 && b.lemmas.some((l) => l.startsWith(lemma)));
  const shared = item.predicate.filter(states).length;
  if (shared / item.predicate.length < PREDICATE_SHARE) return false;
  const left = lemmaSet(a);
  let common = 0;
  for (const lemma of left) if (stated.has(lemma)) common += 1;
  return common / Math.min(left.size, stated.size) >= STATEMENT_SHARE;
}

/** A statement's lemmas as a set (negations compare many pairs). */
const lemmaSet = perUnit((unit) => new Set(unit.lemmas));

/** A statement's words, lower-cased. */
export const wordSet: (unit: AlignUnit) => Set<string> = perUnit(
  (unit) => new Set(lowerText(unit).match(WORD) ?? []),
);

/**
 * Whether the other statement is about whom the negation is: the people the negated clause names
 * before its "not" ("Unlike stars A and B, Ross is not signed" is about Ross) must include one the
 * other statement names, when that clause names anyone.
 */
function sameDenied(a: AlignUnit, b: AlignUnit, item: Negated, context: ConflictContext): boolean {
  const named = deniedOf(a, item, context);
  return named.length === 0 || named.some((id) => b.entities.has(id));
}

const deniedByItem = new WeakMap<Negated, string[]>();

/** The people the negated clause names before its "not", read once per negation. */
function deniedOf(a: AlignUnit, item: Negated, context: ConflictContext): string[] {
  const known = deniedByItem.get(item);
  if (known) return known;
  const clause = clauseBefore(a, item.span.start);
  const named = [...a.entities].filter((id) => {
    if (context.isPlace?.(id)) return false;
    const surname = context.entityName(id).split(/\s+/).at(-1) ?? "";
    return surname.length > 1 && clause.includes(surname);
  });
  deniedByItem.set(item, named);
  return named;
}

/**
 * The words of a statement's clause before a position: after its last comma, semicolon or "that".
 * The reported clause starts after its "that": in "Reagins confirmed to the Times that he has not
 * made an offer" the denial is about "he", not about the speaker or the paper.
 */
export function clauseBefore(unit: AlignUnit, at: number): string {
  const before = unit.text.slice(0, Math.max(0, at - unit.span.start));
  const opener = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    ...[...before.matchAll(/\bthat\b/gi)].map((m) => (m.index ?? 0) + 4),
  );
  return before.slice(opener + 1);
}

/** Whether a statement outside the group tells what the negation is about (see the row above). */
function toldElsewhere(
  a: AlignUnit,
  other: AlignUnit,
  item: Negated,
  context: ConflictContext,
): boolean {
  if (other.articleIndex === a.articleIndex || !statesSomething(other)) return false;
  if (!mayState(other, item) || item.predicate.length < 2) return false;
  if (!toldAlike(a, other, item, context) || !sameDenied(a, other, item, context)) return false;
  return sameSubject(a, other, context) && sameEvent(a, other, context);
}

/**
 * One outlet reports as not so what another reports as so: two statements aligned as one fact and
 * worded nearly alike, one of which negates a word the other states without any negation ("the
 * talks had not made progress" / "the talks had made progress"). Every statement of the group that
 * states the word, with or without the negation, is in the row.
 */
export function negationConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  const found = firstNegation(units, context);
  return found ? [negationRow(found, units, context)] : [];
}

/** A denial and the statement of another outlet that states what it denies. */
export type NegationPair = {
  a: AlignUnit;
  b: AlignUnit;
  item: Negated;
  word: { text: string; span: Span };
};

/** The first denial among the statements that another of them states as so (see above). */
export function firstNegation(
  units: readonly AlignUnit[],
  context: ConflictContext,
): NegationPair | null {
  for (const a of units) {
    for (const item of negatedWords(a)) {
      for (const b of units) {
        if (b.articleIndex === a.articleIndex) continue;
        if (!statesSomething(a) || !statesSomething(b)) continue;
        if (!mayState(b, item)) continue;
        if (!toldAlike(a, b, item, context)) continue;
        if (!sameDenied(a, b, item, context)) continue;
        if (!alignedAsOne(a, b, context) || !sameSubject(a, b, context)) continue;
        const word = statedPlainly(b, item);
        if (word) return { a, b, item, word };
      }
    }
  }
  return null;
}

/** The two values a negation pair sets against each other: the denial's and the statement's. */
export function pairValues({ a, b, item, word }: NegationPair): Conflict["values"] {
  return [
    { articleId: a.articleId, text: item.text, span: item.span },
    { articleId: b.articleId, ...word },
  ];
}

/**
 * The conflict row of a negation pair: every statement of the group, and of the story when it
 * tells the same (`toldElsewhere`), that denies or states the word — one value per article.
 */
export function negationRow(
  { a, b, item, word }: NegationPair,
  units: readonly AlignUnit[],
  context: ConflictContext,
): Conflict {
  const row: Conflict["values"] = [{ articleId: a.articleId, text: item.text, span: item.span }];
  const seen = new Set([a.articleId]);
  const positive: Conflict["values"] = [];
  const inGroup = new Set(units);
  for (const other of [...units, ...storyStaters(context.storyUnits ?? [], item)]) {
    if (seen.has(other.articleId)) continue;
    // A statement grouped elsewhere joins the row only when it tells what the negation is
    // about as the two in conflict do: the predicate, about the same people, of one event.
    if (!inGroup.has(other) && !toldElsewhere(a, other, item, context)) continue;
    const denies = negatedWords(other).find((n) => n.lemma === item.lemma);
    if (denies) {
      row.push({ articleId: other.articleId, text: denies.text, span: denies.span });
      seen.add(other.articleId);
      continue;
    }
    if (!mayState(other, item)) continue;
    const states = statedPlainly(other, item);
    if (!states) continue;
    positive.push({ articleId: other.articleId, ...states });
    seen.add(other.articleId);
  }
  return {
    kind: "negation",
    subject: `whether: ${item.lemma}`,
    values: [...row, ...positive],
    evidence: conflictEvidence(a, b, context, [
      { kind: "lexical", label: `"${item.text}" against "${word.text}"`, weight: 1 },
    ]),
  };
}
