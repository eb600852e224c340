// Attribution layer, a sieve after the sentence's one reporting verb: a quotation inside the
// predicate of a sentence whose main clause opens with a person takes that person: a verb of
// saying or judging ("Campaign chair Ada Lund dismissed the whole affair as “absurd.”"), or any
// verb whose active predicate holds the quoted phrase (scare-quote.ts).

import {
  DETERMINERS,
  FINITE_AUXILIARY_VERBS,
  FORMS_OF_BE,
  NOUN_PREPOSITIONS,
  PREPOSITIONS,
  REDUCED_CLAUSE_OPENERS,
  VERB_COORDINATORS,
} from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { registeredSpeaksAsSubject } from "../../entities/not-people/group-or-body-name.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, type Quotation } from "../../quotation-marks.ts";
import { dashAppositiveSubject } from "../cues/dash-appositive-subject.ts";
import { possessorNotSpeaker } from "../possessor-subject.ts";
import { quotationLead } from "../quotation-lead.ts";
import { withoutFullStop, wordPattern } from "../sentence-words.ts";
import { SPEECH_VERBS, VERBS } from "../sieve-words.ts";
import { asideSubject, subjectBeforeQuotedAside } from "../subject-asides.ts";
import { unquotedWords } from "../unquoted-words.ts";
import { newSubjectIsName, quotesAThing } from "./new-subject-name.ts";
import { openingPhraseRelative } from "./opening-phrase-relative.ts";
import { organizationBeforeVerb } from "./organization-subject.ts";
import { nounIntroducesQuotation, pluralObjectNoun } from "./plural-object-noun.ts";
import { adjectiveInPossessedAppositive } from "./possessed-appositive.ts";
import { predicateHasOwnSubject } from "./predicate-subject.ts";
import { mainClauseAfterQuotedOpener } from "./quoted-opener.ts";
import { isTitle } from "./quoted-title.ts";
import { namesLaunchedThing, voicedBySubject } from "./scare-quote.ts";
import { clauseSubjectBeforeVerb } from "./sentence-cue.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const WORD = wordPattern();

/** Finite auxiliaries that may be a main clause's first verb: "Roe is questioning whether …". */
const FINITE_AUXILIARIES = FINITE_AUXILIARY_VERBS;

/** Words after which a verb form is no finite verb of the subject: "the so-called", "to call". */
const NOT_FINITE_AFTER: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  "to",
  "be",
  "been",
  "being",
]);

/** Words that open a clause with a subject of its own inside the predicate. */
const OTHER_CLAUSE = new Set(["who", "whom", "whose", "which", "where"]);

/** A relative or participle aside between the subject and its verb: ", who …," / ", asked about …,". */
const ASIDE_OPENER = /^(?:who|whose|which|where|\p{Ll}+ing|\p{Ll}+ed)$/u;

/**
 * The subject of the main clause whose predicate holds `quotation`: the sentence's first finite
 * verb outside quotation marks and asides (a reporting verb, an -ed form, an irregular past form
 * or a finite auxiliary, not after a determiner, a preposition or "to") has a person for its
 * subject, read through titles, adverbs and an appositive chain (`clauseSubjectBeforeVerb`), and
 * that verb comes before the quotation. Abstains when the sentence holds an earlier quotation
 * (unless an opening clause holds it: then the main clause after that clause is read,
 * quoted-opener.ts),
 * when the predicate opens another clause with a subject of its own ("…, who called it “…”"),
 * or holds a second finite reporting verb ("Roe praised Pell, then Vint called it “…”"); a
 * plural noun spelt as one ("accused her of making cruel remarks by …") is read as the noun wink
 * tags it (plural-object-noun.ts).
 */
export function mainClauseSubject(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
  mainClauseStart?: number,
  titles = false,
): SieveFinding | null {
  const { body } = text;
  const sentence = quotationLead(text, quotation.open, 400);
  if (sentence === null) return null;
  const sStart = mainClauseStart ?? sentence.start;
  const open = quotation.open;
  // "Vint, star of the show “Harbour,” thanked Roe for “…”": a title in the subject's aside.
  const quotedAside =
    mainClauseStart === undefined ? subjectBeforeQuotedAside(body, sStart, open) : null;
  if (QUOTATION_MARK_OR_APOSTROPHES.test(body.slice(sStart, open)) && quotedAside === null) {
    // "After Moss called it “a disgrace,” Vint thanked …": an opening clause holds the earlier
    // quotation; the main clause after its comma is read alone. Any other earlier one abstains.
    const after =
      mainClauseStart === undefined ? mainClauseAfterQuotedOpener(text, sStart, open) : null;
    return after === null ? null : mainClauseSubject(text, registry, quotation, after, titles);
  }
  let verb: { start: number; end: number } | null = null;
  let previous = "";
  let beforeAuxiliary = "";
  let predicateAside = false;
  let inAside = false;
  let coordinated = false;
  /** Where the last reporting verb joined to the first by and/but/then ends. */
  let coordinatedEnd = -1;
  const headline = headlineCase(body.slice(sStart, open));
  WORD.lastIndex = sStart;
  for (let m = WORD.exec(body); m !== null && m.index < open; m = WORD.exec(body)) {
    // In a headline's capitals the verbs are read in lower case: "Ada Roe Questioned What …".
    const word = headline ? m[0].toLowerCase() : m[0];
    const at = m.index;
    const gap = body.slice(Math.max(at - 2, sStart), at);
    const afterComma = /,\s*$/.test(gap);
    const before = previous;
    previous = word.toLowerCase();
    // "… and has boasted of": the coordinator before the auxiliaries joins the verb to the first.
    const joined = FINITE_AUXILIARIES.has(before) ? beforeAuxiliary : before;
    if (!FINITE_AUXILIARIES.has(previous)) beforeAuxiliary = previous;
    if (verb === null) {
      if (afterComma && inAside) inAside = false;
      else if (afterComma && ASIDE_OPENER.test(word) && asideCloses(body, at, open, word)) {
        inAside = true;
        continue;
      }
      if (inAside || NOT_FINITE_AFTER.has(before)) continue;
      if (headline) {
        if (before !== "" && headlineVerb(registry, word))
          verb = { start: at, end: at + word.length };
        continue;
      }
      if (!/^\p{Ll}/u.test(word)) continue;
      // "Even before Roe's remarks about him, Vint …": a form after a possessive is a noun.
      if (POSSESSIVE.test(before) && !/ed$/.test(word)) continue;
      // "Vint, Lund’s fired campaign manager, ripped …": an adjective in a possessed appositive.
      if (adjectiveInPossessedAppositive(body, sStart, at, at + word.length, open)) continue;
      if (isFiniteVerb(word) || presentTense(body, at, word))
        verb = { start: at, end: at + word.length };
      continue;
    }
    // "Lund is praising Vint, who ended his bid on Friday, as “…”": a relative aside set off by
    // commas inside the predicate, closed before the quotation and holding no reporting verb.
    if (afterComma && OTHER_CLAUSE.has(previous)) {
      predicateAside = true;
      continue;
    }
    if (predicateAside) {
      if (VERBS.has(word)) return null;
      if (!afterComma) continue;
      predicateAside = false;
    }
    // Inside the predicate: another clause with a subject of its own, or a second speaker's verb.
    if (OTHER_CLAUSE.has(previous)) return null;
    if (
      secondSpeakerVerb(word, VERB_COORDINATORS.has(joined) ? joined : before) &&
      !(
        pluralObjectNoun(body, sStart, open, at, word) &&
        !nounIntroducesQuotation(body, at + word.length, open)
      )
    )
      return null;
    if (VERBS.has(word) && VERB_COORDINATORS.has(joined)) {
      coordinated = true;
      coordinatedEnd = at + word.length;
    }
  }
  if (verb === null || predicateAside) return null;
  // "After Vint criticized the port, Lund called it …": the verb of an opening subordinate clause.
  const opening = body.slice(sStart, verb.start);
  // "As the race turned south, Lund decried the “…”" (or "At the hall where Vint spoke, Lund …",
  // opening-phrase-relative.ts): the main clause after the comma closing the opening clause.
  const openingClause = SUBORDINATOR_START.test(opening) || openingPhraseRelative(opening);
  if (openingClause && !opening.includes(",")) {
    if (mainClauseStart !== undefined) return null;
    const comma = subordinateClauseEnd(body, verb.end, open);
    return comma === null ? null : mainClauseSubject(text, registry, quotation, comma + 1, titles);
  }
  // "Lund signed it, while Vint proposed a “…”": a second clause's subject owns the quotation.
  if (predicateHasOwnSubject(body.slice(verb.end, open))) return null;
  const inner = body.slice(quotation.open + 1, quotation.close);
  // "Vint cast Roe as unfit and accused her of using the word “…”": a reporting verb joined to the
  // first one heads the rest of the predicate when no comma or dash sets the quotation apart
  // ("… and joked about it, drawing loud “…” chants": the crowd's words).
  const speech =
    (coordinatedEnd >= 0 && !/[,;:—–()]/.test(body.slice(coordinatedEnd, open))) ||
    speechHead(body, verb.start, open, headline);
  // Any other verb: a quoted fragment of its active predicate ("Roe thanked Moss for “taking
  // these steps.”"), not a copula's, a passive's or a possessor's words (scare-quote.ts).
  if (
    !speech &&
    !spokenSentence(body, inner, open) &&
    !voicedBySubject(body, verb.start, open, inner)
  )
    return null;
  // A title is read only when asked for (quoted-title-subject.ts), and then only a title.
  // A headline's quoted words are capitalised as all its words are: no sign of a title.
  // A launched campaign's quoted name is its launcher's own, title or not.
  const launched = !headline && namesLaunchedThing(body, verb.start, open, quotation.close);
  if (headline ? titles : isTitle(inner) !== titles && !(launched && !titles)) return null;
  if (laterCue(text, quotation.close, sentence.end)) return null;
  // Only a person the registry already knows: a new one made of the subject's words here would
  // as often be a noun ("Audiences can expect …").
  const known = registry.entities.length;
  // "The senator — Ada Lund — criticized …": the name between the dashes, as in a cue's subject.
  if (quotedAside !== null && quotedAside.verb !== verb.start) return null;
  const person =
    quotedAside !== null
      ? asideSubject(body, registry, quotedAside)
      : (dashAppositiveSubject(registry, body, sStart, verb.start) ??
        clauseSubjectBeforeVerb(text, registry, verb.start, verb.end));
  // No person: an organisation opening the clause, an adverbial or aside before its verb. An
  // organisation the subject reader found speaks only through that reader's guards too.
  const speaker =
    person === null || (typeof person === "number" && !registeredSpeaksAsSubject(registry, person))
      ? organizationBeforeVerb(text, registry, verb.start)
      : person;
  if (typeof speaker !== "number") return null;
  // A headline's subject is a known person's whole name and nothing else: "Ada Roe Asked …".
  if (
    headline &&
    (speaker >= known || !wholeNameOpens(registry, speaker, body.slice(sStart, verb.start)))
  )
    return null;
  // A subject first met here: only one whose form is a name's (new-subject-name.ts).
  if (
    speaker >= known &&
    (!newSubjectIsName(registry, speaker, body, sStart) || (quotesAThing(body, open) && !launched))
  )
    return null;
  // "He adopted an accent and joked, “…”": a second verb read through a pronoun's guess at its
  // person doubles the risk of the guess; only a name carries it.
  if (
    coordinated &&
    /^\s*(?:\p{Lu}\p{Ll}+\s*,\s*)?(?:he|she)\s/iu.test(body.slice(sStart, verb.start))
  )
    return null;
  // A person, a group of people ("Harbourlanders learned") or an acronym's organisation ("The OVTA
  // called it") speaks as a person does (group-or-body-name.ts).
  if (
    speaker === person &&
    registry.kindOf(speaker) !== "organization" &&
    !registeredSpeaksAsSubject(registry, speaker)
  )
    return null;
  // "Vint’s Orrin state director, Ada Lund, reached out": the possessor owns the subject.
  if (possessorNotSpeaker(registry, speaker, sStart, verb.end)) return null;
  return { speaker, start: verb.start, end: verb.end };
}

/**
 * A heading written in capitals ("Ada Roe Questioned What It Means To Be “…”"): every word of
 * four letters or more before the quotation opens with a capital, three of them at least.
 */
function headlineCase(opening: string): boolean {
  const long = opening.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** The words before a headline's verb are exactly the speaker's name. */
function wholeNameOpens(registry: EntityRegistry, speaker: number, opening: string): boolean {
  const entity = registry.entities[speaker]!;
  return registry.kindOf(speaker) === "person" && opening.trim() === entity.name;
}

/**
 * A headline's capitalised word that is a finite reporting verb or an irregular past form, and no
 * word of a known name ("Ada Rose Lund" holds "rose").
 */
function headlineVerb(registry: EntityRegistry, word: string): boolean {
  if (!((VERBS.has(word) && !word.endsWith("ing")) || IRREGULAR_PAST.has(word))) return false;
  return !registry.entities.some((e) => e.name.toLowerCase().split(/\s+/).includes(word));
}

/**
 * Whether the aside that `word` opens after a comma closes with another comma before the
 * quotation: "Roe, asked about it, replied “…”". A participle-looking verb with no comma after it
 * is the main clause's verb ("Lund, a former mayor, labeled “…”").
 */
function asideCloses(body: string, at: number, open: number, word: string): boolean {
  if (!/^\p{Ll}+(?:ed|ing)$/u.test(word)) return true;
  return body.slice(at, open).includes(",");
}

/**
 * A sentence opening with a subordinate clause: its first verb is not the main clause's. After a
 * conjunction the subordinator is lowercase ("And after the court ruled, Lund blamed …").
 */
const SUBORDINATOR_START =
  /^\s*(?:(?:But|And|So|Yet)\s+(?:after|before|when|whenever|while|as|since|until|if|unless|although|though|because|once|even)|(?:(?:But|And|So|Yet)\s+)?(?:After|Before|When|Whenever|While|As|Ever\s+since|Since|Until|If|Unless|Although|Though|Because|Once|Even))\s/u;

/**
 * The comma closing an opening subordinate clause whose verb ends at `verbEnd` ("As the race
 * turned south, …"): the first comma after that verb, before the quotation at `open`. None when
 * the clause holds an aside set off by a dash or parenthesis, whose end a comma would not mark.
 */
function subordinateClauseEnd(body: string, verbEnd: number, open: number): number | null {
  const comma = body.indexOf(",", verbEnd);
  if (comma < 0 || comma >= open) return null;
  if (/[—–()]/.test(body.slice(verbEnd, comma))) return null;
  return comma;
}

/**
 * A quoted whole sentence right after a colon or a comma ("Roe issued a statement: “We will
 * appeal.”"): it opens with a capital letter and runs four words or more.
 */
function spokenSentence(body: string, inner: string, open: number): boolean {
  if (!/[:,]\s*$/.test(body.slice(Math.max(0, open - 3), open))) return false;
  // Trimmed: doubled apostrophes opening a quotation read as "“" and a space (quote-mark-styles.ts).
  const words = inner.trim();
  return /^\p{Lu}/u.test(words) && words.split(/\s+/).length >= 4;
}

/** A reporting verb or "according to" after the quotation in its sentence: another speaker's cue. */
export function laterCue(text: ArticleText, close: number, sEnd: number): boolean {
  let passive = false;
  for (const { word: read, before, at } of unquotedWords(text, close + 1, sEnd)) {
    // "…” on Monday, the porters argued.": a cue ending the sentence.
    const word = withoutFullStop(read);
    if (before === "according" && word.toLowerCase() === "to") return true;
    // "… hours after the aide was charged with battery": a passive names no speaker of its own,
    // unless an agent follows it ("was told by Vint").
    if (passive && word.toLowerCase() === "by") return true;
    // "… when questioned about the attacks": a subordinator before a past participle opens a
    // reduced passive clause of the main subject, as a form of "be" does.
    passive =
      (FORMS_OF_BE.has(before) || REDUCED_CLAUSE_OPENERS.has(before)) &&
      VERBS.has(word) &&
      // A bare "told"/"said" is a participle too ("was told"), so no letter need come first.
      /^(?:\p{Ll}+ed|\p{Ll}*(?:told|said|wrote|written))$/u.test(word);
    if (passive) continue;
    // "…, Moss used his speech to call Roe …": an infinitive is no finite verb with a subject.
    if (before === "to") continue;
    if (secondSpeakerVerb(word, before) && !pluralObjectNoun(text.body, close + 1, sEnd, at, word))
      return true;
  }
  return false;
}

/**
 * A finite reporting verb that may have a speaker of its own: not a participle, not a noun after
 * a determiner ("the call") or a possessive ("denounced Vint’s remarks as “…”"; ../cues/not-a-report.ts
 * reads "Roe’s said" as "Roe has said" too), not a verb coordinated with the subject's first
 * ("… and warned").
 */
function secondSpeakerVerb(word: string, before: string): boolean {
  if (!VERBS.has(word) || word.endsWith("ing")) return false;
  if (POSSESSIVE.test(before) && !/^(?:said|told|wrote|\p{L}+ed)$/u.test(word)) return false;
  // "in states with …", "the secretary of state": after a preposition the form is a noun.
  if (NOUN_PREPOSITIONS.has(before)) return false;
  return !DETERMINERS.has(before) && !VERB_COORDINATORS.has(before);
}

/** A possessive word: "vint’s", "the senators’". */
const POSSESSIVE = /\p{L}(?:['’]s|s['’])$/u;

/**
 * The verb at `start`, or the one after its auxiliaries and adverbs, is a speech verb; a
 * headline's words are read in lower case.
 */
function speechHead(body: string, start: number, open: number, headline: boolean): boolean {
  WORD.lastIndex = start;
  for (let m = WORD.exec(body); m !== null && m.index < open; m = WORD.exec(body)) {
    const word = headline ? m[0].toLowerCase() : m[0];
    if (SPEECH_VERBS.has(word)) return true;
    if (!FINITE_AUXILIARIES.has(word) && !BETWEEN_VERBS.has(word) && !/^\p{Ll}+ly$/u.test(word))
      return false;
  }
  return false;
}

/** Words between an auxiliary and its verb: "has also called", "is not questioning". */
const BETWEEN_VERBS = new Set("also not never already again then been being be".split(" "));

/**
 * A third-person present form right after a name (or an -ly adverb, or the comma closing an
 * appositive) and before its object: "Lund supports “…”", "Lund routinely characterizes herself
 * as …", "Lund, a member of the board, advocates “…”". The word after it must open an
 * object — a quotation mark, a determiner, a pronoun or "that" — or be a to-infinitive ("Lund
 * plans to publish “…”", not "Lund visits to the port"), so a plural noun after a name ("Lund
 * aides said") is no verb.
 */
function presentTense(body: string, at: number, word: string): boolean {
  if (!/^\p{Ll}{3,}s$/u.test(word) || /(?:ss|us|is)$/.test(word)) return false;
  const lead = body.slice(Math.max(0, at - 40), at);
  const before = /(\p{L}[\p{L}’'.-]*)\s+$/u.exec(lead)?.[1] ?? "";
  // "Lund, a member of the board, advocates “…”": the comma closing an appositive.
  const afterAppositive = /[\p{L}\p{N}],\s+$/u.test(lead);
  if (!/^\p{Lu}/u.test(before) && !/^\p{Ll}+ly$/u.test(before) && !afterAppositive) return false;
  return OBJECT_OPENER.test(body.slice(at + word.length, at + word.length + 40));
}

/**
 * What opens the object after a present-tense verb: a quotation mark, a determiner, a pronoun, or
 * "to" and a verb (a determiner after "to" makes it a preposition).
 */
const OBJECT_OPENER =
  /^\s+(?:[“"]|(?:the|a|an|his|her|its|their|him|them|herself|himself|itself|themselves|that)\s|to\s+(?!(?:the|a|an|his|her|its|their)\s)\p{Ll}{2,}\s)/u;

function isFiniteVerb(word: string): boolean {
  if (FINITE_AUXILIARIES.has(word) || IRREGULAR_PAST.has(word)) return true;
  if (VERBS.has(word)) return !word.endsWith("ing");
  return /^\p{Ll}{2,}ed$/u.test(word);
}
