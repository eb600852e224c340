// Attribution layer, the last rule sieve: a quoted phrase inside the reported content of the
// nearest reporting cue before it in its sentence ("Ada Lund said the council had “lost its way”
// and would pay for it.", "Lund criticized the plan and said it was “a slow disaster.”",
// "Lund backed the levy, saying it had “negligible effects.”") is the words of that cue's subject.

import { NOT_A_FINITE_VERB_AFTER, PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { PHRASE_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import { RANK_WORDS, TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { isParticipleObject } from "../../entities/speaker-phrases/participle-object.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { clauseSubject } from "../cues/clause-subject.ts";
import { opensOnPossessor } from "../possessor-subject.ts";
import { sentenceWords } from "../sentence-words.ts";
import { VERBS } from "../sieve-words.ts";
import { isRunOn, spaceStartBack } from "../text-scan.ts";
import { quotationClosesClauseBetween } from "./closed-clause-gap.ts";
import { describedClauseSubject } from "./described-clause-subject.ts";
import { mainClauseOpener } from "./main-clause-opener.ts";
import { organizationBeforeVerb } from "./organization-subject.ts";
import { clauseSubjectBeforeVerb } from "./sentence-cue.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/** How far before the quotation its cue may stand. */
const REACH = 240;

const PHRASE: ReadonlySet<string> = new Set(PHRASE_NOUNS.trim().split(/\s+/));

type Verb = { start: number; end: number; participle: boolean; coordinated: boolean };

/**
 * The speaker of a quotation left unknown whose sentence holds a reporting verb before it, outside
 * quotation marks: the last such verb (so no other cue stands between it and the quotation), read
 * as a finite verb whose subject opens its clause (`clauseSubjectBeforeVerb`, an organisation by
 * `organizationBeforeVerb`), a verb joined by "and"/"but" to its clause's first verb, or a
 * participle after a comma or a preposition (", saying …", "by noting …") whose subject is the
 * sentence's (`clauseSubject`, else `mainClauseOpener`). Abstains when a semicolon, colon or dash
 * stands between the verb and the quotation (another clause), when the quotation names a phrase
 * (`namesAPhrase`), when the subject is no person or organisation, a possessor, or is named inside
 * the reported content itself.
 */
export function inClauseCue(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const cue = cueVerb(text, quotation);
  if (cue === null) return null;
  const { sStart, verb } = cue;
  // `in a clip that Vint called “distasteful,” Lund expressed a wish to “…”`: Vint's clause ended.
  if (quotationClosesClauseBetween(body, verb.end, quotation.open)) return null;
  if (namesAPhrase(body, quotation)) return null;
  let speaker: number | "ambiguous" | null = null;
  if (verb.participle || verb.coordinated) {
    // "And he made a point of saying …": a pronoun far from the verb is left to the pronoun
    // sieves; only a pronoun right before a finite verb is read here.
    if (/^[\s“"]*(?:(?:And|But|So)\s+)?(?:He|She|he|she)\s/u.test(body.slice(sStart, verb.start)))
      return null;
    speaker =
      clauseSubject(registry, body, sStart, verb.start) ??
      mainClauseOpener(text, registry, sStart, verb.start) ??
      // "…, the Oregon Republican criticized the plan and said …": the person so described.
      // (PolNeAR train direct, build: right 2301 → 2302; check attributed right 3489 → 3490.)
      describedClauseSubject(text, registry, sStart, verb.start);
  } else {
    speaker =
      clauseSubjectBeforeVerb(text, registry, verb.start, verb.end) ??
      organizationBeforeVerb(text, registry, verb.start) ??
      nameBeforeVerb(body, registry, sStart, verb.start);
  }
  if (typeof speaker !== "number" || registry.kindOf(speaker) === "place") return null;
  // "Lund wrote that Vint’s campaign was “…”": who is named in the content is not its speaker.
  if (registry.entitiesIn(verb.end, quotation.close).includes(speaker)) return null;
  // "The party’s nominee, Lund, …": a possessor opening the sentence is no subject.
  if (opensOnPossessor(body.slice(sStart, verb.start))) return null;
  return { speaker, start: verb.start, end: verb.end };
}

/**
 * Whether the quotation names a phrase rather than quoting words: a phrase noun next to it
 * ("the slogan “…”", "“Harbour first!” chants"), or a title in capitals right after a preposition
 * or a verb of naming ("said on “The Late Hour With Ivo Vint”", "a book called “Harbour Days”").
 */
function namesAPhrase(body: string, quotation: Quotation): boolean {
  const before = /(\p{L}+)[\s,]*$/u.exec(
    body.slice(Math.max(0, quotation.open - 30), quotation.open),
  );
  const after = /^[\s,.]*(\p{L}+)/u.exec(body.slice(quotation.close + 1, quotation.close + 30));
  const previous = before?.[1]?.toLowerCase() ?? "";
  if (PHRASE.has(previous) || PHRASE.has(after?.[1]?.toLowerCase() ?? "")) return true;
  const inner = body.slice(quotation.open + 1, quotation.close);
  const title = (inner.match(/\p{L}{4,}/gu) ?? []).every((w) => /^\p{Lu}/u.test(w));
  return title && (PREPOSITIONS.has(previous) || NAMING.has(previous));
}

/** Verbs that give a name rather than report words: "a book titled “…”". */
const NAMING = new Set(["called", "named", "titled", "entitled", "dubbed"]);

/**
 * "…, but Lund wrote they …": a person's name right before the verb (adverbs between) that opens
 * a clause of its own — never the object of a preposition ("a report by Lund said").
 */
function nameBeforeVerb(
  body: string,
  registry: EntityRegistry,
  sStart: number,
  verbStart: number,
): number | null {
  const reading = nameReading(body, registry, sStart, verbStart);
  return reading?.opensClause ? reading.person : null;
}

/**
 * Whether the quotation's cue, as `inClauseCue` reads it, is a name inside a clause hung on a noun
 * ("Fees rose in a way Harbour Director Ivo Vint slammed as “…”", "the plan Lund called “…”"):
 * such a clause's subject often reports someone else's words, so the speaker ranker leaves the
 * quote unknown rather than guess.
 */
export function nameInNounClause(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): boolean {
  const cue = cueVerb(text, quotation);
  if (cue === null || cue.verb.participle || cue.verb.coordinated) return false;
  const reading = nameReading(text.body, registry, cue.sStart, cue.verb.start);
  return reading !== null && !reading.opensClause;
}

/**
 * Whether the name right before the quotation's cue verb is the object of a participle ("Dockers
 * cheering Vint declared “…”", participle-object.ts): the rules gave the quote no speaker, and the
 * ranker must not hand it to the name they refused.
 */
export function participleObjectBeforeCue(text: ArticleText, quotation: Quotation): boolean {
  const cue = cueVerb(text, quotation);
  if (cue === null) return false;
  return isParticipleObject(
    text.body,
    cue.sStart,
    spaceStartBack(text.body, cue.sStart, cue.verb.start),
  );
}

/**
 * The cue `inClauseCue` reads for a quotation, and its sentence's start: the last reporting verb
 * before the mark in its sentence (`lastReportingVerb`), at most REACH before it, with no
 * semicolon, colon or dash between (another clause). Null in a run-on sentence (`isRunOn`).
 */
function cueVerb(text: ArticleText, quotation: Quotation): { sStart: number; verb: Verb } | null {
  const sentence = text.sentenceAt(quotation.open);
  if (sentence === undefined || isRunOn(sentence.span)) return null;
  const sStart = sentence.span.start;
  const verb = lastReportingVerb(text, sStart, quotation.open);
  if (verb === null || quotation.open - verb.end > REACH) return null;
  if (/[;:—–]|\s-\s/.test(text.body.slice(verb.end, quotation.open))) return null;
  return { sStart, verb };
}

/** The person named right before the verb, and whether what stands before the name opens a clause. */
function nameReading(
  body: string,
  registry: EntityRegistry,
  sStart: number,
  verbStart: number,
): { person: number; opensClause: boolean } | null {
  let end = verbStart;
  while (end > sStart && body.charCodeAt(end - 1) === 32) end -= 1;
  for (;;) {
    const adverb =
      /(?:^|\s)(\p{Ll}+ly|also|then|later|again|still|never|not|has|have|had|would|will|could|can)$/u.exec(
        body.slice(Math.max(sStart, end - 20), end),
      );
    if (adverb === null) break;
    end -= adverb[1]!.length;
    while (end > sStart && body.charCodeAt(end - 1) === 32) end -= 1;
  }
  const person = registry.personEndingAt(end);
  if (person === null) return null;
  const mention = registry.entitiesIn(Math.max(sStart, end - 60), end);
  if (!mention.includes(person)) return null;
  // What stands before the name and its title opens a clause: the sentence's start, a comma, or
  // a conjunction or relative ("… in a way Lund slammed as": a noun before it is no such start).
  const words = body.slice(sStart, end).match(/[^\s“"]+/gu) ?? [];
  let k = words.length - 1;
  while (k >= 0 && isNameOrTitle(words[k]!)) k -= 1;
  if (k < 0 || words[k]!.endsWith(",")) return { person, opensClause: true };
  return { person, opensClause: CLAUSE_OPENERS.has(words[k]!.toLowerCase()) };
}

/** Conjunctions and relatives after which a name opens a clause of its own. */
const CLAUSE_OPENERS = new Set(
  "and but while as when because so yet although though since after before if which that whom".split(
    " ",
  ),
);

/** A word of a name or of the title before it: "Harbour", "Sen.", "historian", "former". */
function isNameOrTitle(word: string): boolean {
  if (/^\p{Lu}[\p{L}.’'-]*$/u.test(word)) return true;
  const lower = word.toLowerCase();
  return (
    TITLE_HEADS.has(lower) ||
    TITLE_WORDS.has(lower) ||
    RANK_WORDS.has(lower) ||
    PERSON_NOUNS.has(lower)
  );
}

/** The last reporting verb of body[sStart, open) outside quotation marks, or null. */
function lastReportingVerb(text: ArticleText, sStart: number, open: number): Verb | null {
  const { body } = text;
  let verb: Verb | null = null;
  for (const { word, at, quoted, before } of sentenceWords(text, sStart, open)) {
    if (quoted || !VERBS.has(word) || NOT_A_FINITE_VERB_AFTER.has(before)) continue;
    const participle = word.endsWith("ing");
    if (participle) {
      const afterComma = /,\s*$/.test(body.slice(Math.max(sStart, at - 3), at));
      if (!afterComma && !PREPOSITIONS.has(before)) continue;
    }
    const coordinated = !participle && (before === "and" || before === "but");
    verb = { start: at, end: at + word.length, participle, coordinated };
  }
  return verb;
}
