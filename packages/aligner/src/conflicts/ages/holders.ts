import type { Figure } from "@parallax/core";
import { IRREGULAR_PAST } from "../../../lexicons/irregular-verbs.ts";
import { PERSON_NOUNS } from "../../../lexicons/person-nouns.ts";
import type { AlignUnit } from "../../align/units.ts";
import { its, nlp } from "../../english-model.ts";
import { singular } from "../../extract/figure-nouns.ts";

/**
 * "the 16-year-old accused of firing the shot, Dora Pell, goes on trial": an age, a description
 * of lowercase words, then the person's name of two to three words set off by commas (or ending
 * the sentence). The name must close there: "…, Dora Pell said" tells who spoke, not who is aged.
 */
const APPOSITIVE_AFTER =
  /^\d+-year-old((?:\s+[\p{Ll}'’-]+){0,8}),\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:[,;)]|\.?$))/u;

/**
 * Words that make the lowercase run after an age a clause of its own ("the 16-year-old was
 * charged, Dora Pell said"): the name after it is then not the aged person's.
 */
const CLAUSE_WORD =
  /^(?:is|was|were|are|be|been|has|had|have|will|would|could|can|may|might|said|says|told|and|or|but|who|which|that)$/;

/**
 * The person an age belongs to when the statement names them right beside it ("40-year-old
 * Thompson", "Comeaux, 49,", "the 16-year-old accused of the shooting, Dora Pell,"): two ages of
 * two named people are no disagreement, and one person's two ages are.
 */
export function ageHolder(unit: AlignUnit, figure: Figure): string | null {
  if (figure.measure !== "age") return null;
  const offset = figure.span.start - unit.span.start;
  const rest = unit.text.slice(offset);
  const after = /^[\d]+-year-old\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,3})(\p{Ll}+)?/u.exec(rest);
  // "a 70-year-old Riverton man": capitalised words before a person noun say where or what the
  // person is from, they do not name them.
  if (after && !isPersonNoun(after[2])) return (after[1] as string).trim();
  const before = /((?:\p{Lu}[\p{L}'’-]+\s?){1,3}),\s$/u.exec(
    unit.text.slice(Math.max(0, offset - 40), offset),
  );
  if (before) return (before[1] as string).trim();
  const appositive = APPOSITIVE_AFTER.exec(rest);
  if (!appositive) return null;
  const described = (appositive[1] as string).trim().split(/\s+/);
  return described.some((w) => CLAUSE_WORD.test(w)) ? null : (appositive[2] as string);
}

/** Whether a lowercase word is a noun for a person ("man", "teachers"). */
function isPersonNoun(word: string | undefined): boolean {
  if (word === undefined) return false;
  return PERSON_NOUNS.has(word) || (word.endsWith("s") && PERSON_NOUNS.has(word.slice(0, -1)));
}

/** Whether two ages are given to two people named beside them, who share no name. */
export function differentHolders(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): boolean {
  const x = ageHolder(a, fa);
  const y = ageHolder(b, fb);
  if (x === null || y === null) return false;
  const words = (name: string) => name.toLowerCase().split(/\s+/);
  const left = new Set(words(x));
  return !words(y).some((w) => left.has(w));
}

/** The lowercase words right after an age, up to punctuation: where the noun it describes stands. */
const WORDS_AFTER = /^\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u;

/**
 * The noun an age describes, by its part of speech in context: the last noun of the run of
 * adjectives and nouns right after the age ("the 72-year-old retired climber fell" → climber,
 * "his 40-year-old guide" → guide); null when a verb or a function word follows ("the
 * 72-year-old fell"). wink-nlp tags the words behind the age as written, as the sentence has them.
 */
export function describedHead(unit: AlignUnit, figure: Figure): string | null {
  const words = WORDS_AFTER.exec(unit.text.slice(figure.span.end - unit.span.start))?.[1];
  if (words === undefined) return null;
  const skip = nlp.readDoc(figure.text).tokens().length();
  const tokens = nlp.readDoc(`${figure.text} ${words}`).tokens();
  let head: string | null = null;
  for (let i = skip; i < tokens.length(); i += 1) {
    const tag = tokens.itemAt(i).out(its.pos) as string;
    const word = tokens.itemAt(i).out() as string;
    // "the 72-year-old fell": a simple past the tagger takes for a noun ends the phrase.
    if (tag === "NOUN" && !IRREGULAR_PAST.has(word)) head = word;
    else if (tag !== "ADJ") break;
  }
  return head === null ? null : singular(head);
}

/**
 * Whether two ages describe two different nouns ("the 72-year-old climber" / "his 40-year-old
 * guide"): two people's ages, however alike the statements. The same noun, or a noun on one side
 * only, says nothing ("a 72-year-old climber" / "a 64-year-old climber", "the 64-year-old fell").
 */
export function differentDescribed(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): boolean {
  if (fa.measure !== "age" || fb.measure !== "age") return false;
  const x = describedHead(a, fa);
  const y = describedHead(b, fb);
  return x !== null && y !== null && x !== y;
}
