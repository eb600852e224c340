import type { Span } from "@parallax/core";
import { CALENDAR_WORDS, DAY_PARTS } from "../../../lexicons/calendar-words.ts";
import { DOUBLE_OBJECT_LIGHT_FORMS } from "../../../lexicons/event-words.ts";
import { MODAL_VERBS, PREPOSITIONS } from "../../../lexicons/function-words.ts";
import { contentLemmas } from "../../align/lemmas.ts";
import { perText } from "../../align/per-text.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { lastWordBefore } from "../../last-word.ts";
import { inDirectQuestion, inOpenQuestion } from "./question.ts";

/* What a statement denies: the word each "not", "never", "n't" or "failed to" negates, with its predicate. */

/** How many words after the negation its verb may stand ("did not immediately say"). */
const REACH = 3;

/** Words after "to" that make it a preposition, not an infinitive's mark. */
const NOT_A_VERB_WORDS =
  "a|an|the|this|that|these|those|his|her|its|their|our|my|your|him|them|us|me|it|one|any|some|all|each|every|no";

/**
 * "failed to" denies the verb after it as "did not" does ("the council failed to pass the budget" /
 * "the council passed the budget"): the form outlets use for an attempt that came to nothing. Not
 * after a negation ("never failed to win" states the winning), and only before a verb: "failed to
 * the ground" has no infinitive. The look-behind is tried only where "fail" starts: tried at every
 * place of every statement, it was most of the time spent reading negations.
 */
const FAILED_TO = `\\b(?=fail)(?<!\\b(?:not|never|n['’]t)\\s+(?:\\p{L}+\\s+)?)fail(?:s|ed|ing)?\\s+to(?=\\s+(?!(?:${NOT_A_VERB_WORDS})\\b)\\p{Ll})`;
const NEGATION = new RegExp(`\\b(?:not|never|no longer|n['’]t)\\b|n['’]t\\b|${FAILED_TO}`, "giu");
export const WORD = /[\p{L}\p{N}'’-]+/gu;
/** Words between a negation and its verb that add nothing to compare ("has not yet been seen"). */
const PASSED_OVER =
  /^(?:a|an|the|be|been|being|have|has|had|do|does|did|also|even|yet|ever|just|to|his|her|its|their|our|any)$/i;
/** A restricting word right after the negated verb: what is denied is an amount, not the verb. */
const ONLY_AFTER = /^\s+(?:only|just|merely|solely)\b/i;
/**
 * "enough" right after the negated word: "not by large enough margins" denies that the margins
 * sufficed, not that they were large, so "won by large margins" is no answer to it.
 */
const ENOUGH_AFTER = /^\s+enough\b/i;
/**
 * A manner set against another right after the negated word: "has not been tested in a way that
 * the governors have been" denies that manner, not the testing ("in any way" is no manner but
 * "at all", and stays a denial).
 */
const MANNER_AFTER =
  /^\s+(?:in\s+(?:a|the)\s+(?:same\s+|similar\s+)?way|the\s+way|the\s+same\s+way)\b/i;
/** A determiner right after the negation: what is negated is a noun phrase, not a predicate. */
const CONTRAST_OPENER = /^\s+(?:a|an|the|this|that|these|those|one|only|just)\b/i;
/** How many words a light verb's objects may run to ("first baseman Ivo Vint an offer"). */
const OBJECT_WORDS = 10;
/** How many content words of the predicate are compared: the verb and its object, not the clause's tail. */
const PREDICATE_WORDS = 5;

/** Words of when, lower case: a part of the day, a weekday or a month ("late on Tuesday night"). */
const WHEN_WORDS: ReadonlySet<string> = new Set([
  ...DAY_PARTS,
  ...[...CALENDAR_WORDS].map((w) => w.toLowerCase()),
]);

export type Negated = {
  lemma: string;
  /** The negated word as written, lower case: "shot" where the tagger reads a noun elsewhere. */
  word: string;
  /**
   * Light words between the negation and the negated word that carry meaning ("made" of "not made
   * an offer", "get" of "doesn't get the ball"): the other statement must have them too.
   */
  carriers: readonly string[];
  /**
   * Words the denied proposition holds besides its word, each a set of forms one of which the other
   * statement must write: "have" of "did not have executive experience" (a main verb after "do",
   * no auxiliary), "intimidate" of "isn't likely to intimidate her" (see `complementsOf`).
   */
  complements: readonly (readonly string[])[];
  span: Span;
  text: string;
  predicate: readonly string[];
  /** The modal before the negation ("will" of "will not miss"), lower case; null when none. */
  modal: string | null;
  /**
   * Whether the negation stands inside an open question ("decide if the dam would not harm the
   * river"): the same question without the "not" then states the other side (question.ts).
   */
  questioned?: boolean;
};

// "wo" and "ca" of "won't" and "can't", split before their "n't".
const MODAL = new RegExp(`\\b(${[...MODAL_VERBS].join("|")}|wo|ca)\\s*$`, "i");

/**
 * A modal with "have" and a participle ("would have never proposed", "could not have known") tells
 * a past that did not come about: read as the modal and "have" ("would have"), an unrealised
 * modality (`statements.ts`) that a plain report that it happened does not answer.
 */
function counterfactual(modal: string | null, before: string, after: string): string | null {
  if (modal === null || modal.endsWith(" have")) return modal;
  return /\bhave\s*$/i.test(before) || /^\s*have\s+\p{Ll}+(?:ed|en|wn|ne)\b/iu.test(after)
    ? `${modal} have`
    : modal;
}

/** The modal a negation follows: "will not", "would never", "won't" (read "will"), "can't". */
function modalBefore(text: string): string | null {
  // "would have never": the modal before "have".
  const perfect = /\b(\p{L}+)\s+have\s*$/iu.exec(text);
  if (perfect && MODAL_VERBS.has((perfect[1] as string).toLowerCase()))
    return `${(perfect[1] as string).toLowerCase()} have`;
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

/**
 * Where a text's negations stand, found once per distinct text: each statement reads its own
 * (its lemmas are masked by its article's names), but the scan of its words is the text's alone,
 * and a large story repeats a few thousand texts across tens of thousands of statements. Most hold
 * no negation, so the scan was most of the time spent reading them.
 */
const negationsIn = perText((text): readonly RegExpMatchArray[] => [...text.matchAll(NEGATION)]);

function readNegatedWords(unit: AlignUnit): Negated[] {
  const found: Negated[] = [];
  for (const match of negationsIn(unit)) {
    let from = (match.index ?? 0) + match[0].length;
    if (inDirectQuestion(unit.text.slice(from))) continue;
    // "not the first time", "a .32-caliber revolver, not a .45": a thing set against another, no
    // denial that something happened — unless the noun phrase is what someone or something is
    // said to be ("Tomas Ek was not the best candidate"; see `predicateNominal`).
    if (CONTRAST_OPENER.test(unit.text.slice(from))) {
      const nominal = predicateNominal(unit.text.slice(0, match.index ?? 0), unit.text.slice(from));
      if (nominal === null) continue;
      from += nominal;
    }
    let count = 0;
    const carriers: string[] = [];
    const complements: (readonly string[])[] = [];
    let byObject = false;
    let future = false;
    let pastName = -1;
    for (const next of unit.text.slice(from).matchAll(WORD)) {
      let word = next[0];
      let at = next.index ?? 0;
      // "is not Ada Lund's best recruiter": a name's possessive opens the noun phrase as "her"
      // does ("it was not her decision"); the name is no predicate and takes no word of the reach.
      if (at < pastName) continue;
      const owner = NAME_POSSESSIVE.exec(unit.text.slice(from + at));
      if (owner) {
        pastName = at + owner[0].length;
        continue;
      }
      count += 1;
      if (count > REACH) break;
      // "is never going to happen" is the future of "happen", as "will never happen" is: no going.
      // "is not going to be able" too: the future of what follows "be" (no content word of its own).
      // The "going" of the future is no word of the reach: "will not be charged" reaches "charged".
      if (
        !future &&
        word.toLowerCase() === "going" &&
        futureTo(unit.text.slice(from + at + word.length))
      ) {
        future = true;
        count -= 1;
        continue;
      }
      let [lemma] = contentLemmas(word);
      if (!lemma) {
        if (PASSED_OVER.test(word)) {
          // "did not have executive experience": after "do", "have" is the verb denied.
          if (HAVE_FORMS.includes(word.toLowerCase()) && DO_BEFORE.test(textBefore(match)))
            complements.push(HAVE_FORMS);
          continue;
        }
        carriers.push(word.toLowerCase());
        if (!DOUBLE_OBJECT_LIGHT_FORMS.has(word.toLowerCase())) continue;
        // "has not made first baseman Ivo Vint an offer": what is denied is the offer.
        const after = at + word.length;
        const noun = objectNoun(unit.text.slice(from + after));
        if (!noun) continue;
        word = noun.word;
        at = after + noun.index;
        lemma = noun.lemma;
        byObject = true;
      }
      // "was not Deep Throat" denies who someone is, not what happened: a name is no predicate.
      if (/^\p{Lu}/u.test(word)) break;
      // "has not sent only three observers" disputes how many, not whether any were sent.
      if (ONLY_AFTER.test(unit.text.slice(from + at + word.length))) break;
      if (ENOUGH_AFTER.test(unit.text.slice(from + at + word.length))) break;
      if (MANNER_AFTER.test(unit.text.slice(from + at + word.length))) break;
      const start = unit.span.start + (match.index ?? 0);
      const end = unit.span.start + from + at + word.length;
      // The predicate runs from the negated word to the end of its clause.
      const rest = unit.text.slice(from + at);
      const clauseEnd = clauseEndIn(rest);
      const clause = rest.slice(0, clauseEnd < 0 ? rest.length : clauseEnd);
      // "will not name the source until after he dies" tells when, not whether: no denial.
      if (/\buntil\b/i.test(clause)) break;
      // Read after the auxiliary, as a verb: "was not shot" negates "shoot", not the noun "shot".
      const before = lastWordBefore(unit.text, match.index ?? 0) ?? "";
      const auxiliary = contentLemmas(before).length === 0 ? before : "";
      const inContext = contentLemmas(`${auxiliary} ${clause}`);
      // Figures and dates are masked out of a statement's lemmas: the words left are compared.
      const own = new Set(unit.lemmas);
      // "had not quit late on Tuesday night" denies the quitting: words of when are none of it.
      const predicate = inContext.filter((l, i) => i === 0 || (own.has(l) && !WHEN_WORDS.has(l)));
      found.push({
        lemma: inContext[0] ?? lemma,
        word: word.toLowerCase(),
        carriers,
        // The noun a light verb's object names takes its "to" as the one given to ("made an
        // offer to free agent Ivo Vint"), no infinitive.
        complements: byObject
          ? complements
          : [...complements, ...infinitiveAfter(unit.text.slice(from + at + word.length))],
        text: unit.text.slice(start - unit.span.start, end - unit.span.start),
        span: { articleId: unit.span.articleId, start, end },
        predicate: predicate.slice(0, PREDICATE_WORDS),
        modal: counterfactual(
          modalBefore(unit.text.slice(0, match.index ?? 0)) ?? (future ? "will" : null),
          unit.text.slice(0, match.index ?? 0),
          unit.text.slice(from),
        ),
        questioned: inOpenQuestion(unit.text.slice(0, match.index ?? 0)),
      });
      break;
    }
  }
  return found;
}

/** The forms of "have": after "do" it is a main verb ("did not have"), whichever the other writes. */
const HAVE_FORMS: readonly string[] = ["have", "has", "had", "having"];
/** A form of "do" right before the negation ("did not", "didn't", "does never"). */
const DO_BEFORE = /\b(?:do|does|did)\s*$/i;

function textBefore(match: RegExpMatchArray): string {
  return match.input?.slice(0, match.index ?? 0) ?? "";
}

/**
 * The verb of an infinitive right after a negated word ("not likely to intimidate her", "did not
 * agree to sell"): what is denied is that proposition, so the other statement must write that
 * verb too — "voters are more likely to describe her as honest" states another. The infinitive's
 * verb is written in its base form by both. A "to" before a determiner, a pronoun, a figure or a
 * name is a preposition ("was not taken to the hospital"): nothing is required then.
 */
function infinitiveAfter(text: string): (readonly string[])[] {
  const verb = /^\s+to\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(text)?.[1];
  if (verb === undefined || NOT_A_VERB_AFTER_TO.test(verb) || contentLemmas(verb).length === 0)
    return [];
  return [[verb]];
}

/** Whether "to" and a verb follow "going": the future ("going to rise", "going to be able"). */
function futureTo(text: string): boolean {
  const verb = /^\s+to\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(text)?.[1];
  if (verb === undefined || NOT_A_VERB_AFTER_TO.test(verb)) return false;
  return verb === "be" || verb === "have" || contentLemmas(verb).length > 0;
}

const NOT_A_VERB_AFTER_TO = new RegExp(`^(?:${NOT_A_VERB_WORDS})$`);

/**
 * A second verb joined by "and" or "but" opens a clause of its own: "was not staying at the inn and
 * asked for more time" denies the staying, and the "until" or the words of what was asked are
 * none of it. Read only for a past form in -ed, so "Ivo and Ada" goes on with the clause, and only
 * after a word of the first verb's own ("was not shot and killed" denies both verbs at once).
 */
const JOINED_VERB = /\s(?:and|but)\s+(?:then\s+|later\s+|also\s+)?\p{Ll}+ed\b/u;

/** Where the clause of a negated word ends in the text after it: a stop or a joined verb. */
function clauseEndIn(rest: string): number {
  const stop = rest.search(/[,;:.!?]/);
  const joined = rest.search(JOINED_VERB);
  // "was not shot and killed": two verbs of one denial, nothing of the first between them.
  if (joined < 0 || (rest.slice(0, joined).match(WORD) ?? []).length < 2) return stop;
  return stop < 0 ? joined : Math.min(stop, joined);
}

/** A name in the possessive, at the start of a text: "Ada Lund's", "the" left out ("Orvale’s"). */
const NAME_POSSESSIVE = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s(?![\p{L}\p{N}])/u;

/** A form of "be" right before the negation, with the word before it ("Ek was", "fire wasn't"). */
const COPULA_BEFORE = /([\p{L}'’]+)\s+(?:is|are|was|were)\s*$/iu;
/** Subjects that point at no thing a noun phrase could be said of ("there was not a sound"). */
const EMPTY_SUBJECT = /^(?:there|here|which|what|who|that)$/i;
/**
 * Noun phrases that set one thing against another ("not the only one", "not the same gun") or count
 * an occasion ("It was not the first time"): no denial of what the subject is.
 */
const SET_AGAINST = /^\s+(?:\p{L}+\s+)?(?:only|same|just|(?:\p{L}+\s+)?times?)\b/iu;
/** A part of a set opening the noun phrase ("one of the largest fires"): passed over. */
const PART_OF = /^\s+(?:one|some|any|each|many|most)\s+of\b/i;

/**
 * Whether a negation before a noun phrase denies what its subject is said to be: right after a
 * form of "be" whose subject is a word of its own ("Tomas Ek was not the best candidate", "the
 * fire was not one of the largest"), not "there" or "which", and not setting one thing
 * against another ("not the only", "not the same") or counting an occasion ("It was not the first
 * time"). Returns how many
 * characters to pass over before the predicate ("one of"), or null when it is no such denial.
 */
function predicateNominal(before: string, after: string): number | null {
  const subject = COPULA_BEFORE.exec(before)?.[1];
  if (subject === undefined || EMPTY_SUBJECT.test(subject) || SET_AGAINST.test(after)) return null;
  return PART_OF.exec(after)?.[0].length ?? 0;
}

/** Words that open the direct object after an indirect one ("made the player an offer"). */
const OBJECT_OPENER = /^(?:a|an|the|his|her|its|their|our)$/i;

/**
 * The noun a light verb's object names, in the text after the verb: the last content word of its
 * object before a preposition or the clause end, after the indirect object when there are two
 * ("first baseman Ivo Vint an eight-year offer to …" → "offer"). Null when no such word stands
 * within a few words, or it is a name.
 */
function objectNoun(text: string): { word: string; index: number; lemma: string } | null {
  // A comma before an amount goes on with the object: "an eight-year, $200 million offer".
  const clause = /^(?:[^,;:.!?()[\]]|,(?=\s*[$€£\d]))*/.exec(text)?.[0] ?? "";
  let found: { word: string; index: number; lemma: string } | null = null;
  let count = 0;
  for (const word of clause.matchAll(WORD)) {
    count += 1;
    if (count > OBJECT_WORDS || PREPOSITIONS.has(word[0].toLowerCase())) break;
    if (OBJECT_OPENER.test(word[0])) {
      found = null;
      continue;
    }
    const [lemma] = contentLemmas(word[0]);
    if (!lemma) continue;
    found = /^\p{Lu}/u.test(word[0]) ? null : { word: word[0], index: word.index ?? 0, lemma };
  }
  return found;
}

/**
 * The same words without the global flag: `test` on a global expression leaves `lastIndex` behind,
 * and `matchAll` starts its copy there, so a statement read after another could lose its "not".
 */
export const HAS_NEGATION = new RegExp(NEGATION.source, "iu");

export function hasNegation(unit: AlignUnit): boolean {
  return HAS_NEGATION.test(unit.text);
}
