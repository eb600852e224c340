import { CUSTODY_VERBS } from "../../../lexicons/happening-verbs.ts";
import { PERSON_NOUNS } from "../../../lexicons/person-nouns.ts";
import { eventWords } from "../../align/lemmas.ts";

/** Words between a passive participle and the person it takes ("he was reportedly seized"). */
const PASSIVE_WORDS = new Set(
  "was were been being is are be had has have reportedly allegedly later then also".split(" "),
);

/** Words that may follow an object pronoun, so that "her" is the person, not a possessive. */
const AFTER_OBJECT = /^(?:on|in|at|after|during|near|outside|from|and|as|while|when|late|early)$/i;

const bare = (token: string) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

/** A person noun, singular or plural ("suspect", "suspects", "gunmen"). */
function personNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    PERSON_NOUNS.has(lower) ||
    (lower.endsWith("s") && PERSON_NOUNS.has(lower.slice(0, -1))) ||
    (lower.endsWith("men") && PERSON_NOUNS.has(`${lower.slice(0, -3)}man`))
  );
}

/**
 * Whether a custody verb of the text takes a person: a person noun, a subject pronoun or a name
 * before its participle ("one of 40 suspects seized on Friday", "he was seized", "Lund was
 * captured"), or a person noun or object pronoun as its object ("police seized two suspects",
 * "captured him on Friday"). "Police seized the assets" takes a thing.
 */
function takesPerson(text: string, verb: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i += 1) {
    const word = bare(tokens[i] as string);
    if (!eventWords(word).some((w) => w.verb && w.lemma === verb)) continue;
    let j = i - 1;
    let passive = false;
    while (j >= 0 && PASSIVE_WORDS.has(bare(tokens[j] as string).toLowerCase())) {
      passive = true;
      j -= 1;
    }
    const before = bare(tokens[j] ?? "");
    if (personNoun(before) || /^(?:he|she|they)$/i.test(before)) return true;
    // "one of 99 gang members seized on Thursday": members taken, the participle followed by its
    // day or place, not by an object ("members seized the chance").
    if (/^members?$/i.test(before) && AFTER_OBJECT.test(bare(tokens[i + 1] ?? ""))) return true;
    if (passive && /^\p{Lu}\p{Ll}+$/u.test(before) && j > 0) return true;
    const object = tokens.slice(i + 1, i + 4).map(bare);
    if (object.some(personNoun) || object[0]?.toLowerCase() === "him") return true;
    if (/^(?:her|them)$/i.test(object[0] ?? "") && AFTER_OBJECT.test(object[1] ?? "")) return true;
  }
  return false;
}

/**
 * Whether a verb of the statement is a custody verb taking a person ("Lund, one of 40 suspects
 * seized on Thursday"): an arrest, keyed so when its days and figures are paired.
 */
export function takesIntoCustody(text: string, verb: string | null): boolean {
  return verb !== null && CUSTODY_VERBS.has(verb) && takesPerson(text, verb);
}

/** Whether any custody verb of a statement's words takes a person in its text. */
export function tellsCustody(
  text: string,
  words: readonly { lemma: string; verb: boolean }[],
): boolean {
  return words.some((w) => w.verb && takesIntoCustody(text, w.lemma));
}
