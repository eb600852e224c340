// Attribution layer, sieve 3b: a direct quote still without a speaker takes the subject of the one
// reporting verb of its sentence, when that subject opens the sentence's main clause (or follows
// an inverted verb) and the registry knows it as a person.

import { CLAUSE_STARTERS } from "../../../../lexicons/clause-starters.ts";
import {
  AUXILIARY_VERBS,
  DETERMINERS,
  NOT_A_FINITE_VERB_AFTER,
  PREPOSITIONS,
} from "../../../../lexicons/function-words.ts";
import { REPORTING_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { registeredSpeaksAsSubject } from "../../entities/not-people/group-or-body-name.ts";
import { isParticipleObject } from "../../entities/speaker-phrases/participle-object.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { isOpeningChain } from "../cues/opening-adverbial.ts";
import { possessorNotSpeaker } from "../possessor-subject.ts";
import { sentenceWords, withoutFullStop } from "../sentence-words.ts";
import { afterDateline } from "./after-dateline.ts";
import { describedName } from "./described-name.ts";
import { withoutShortQuotations } from "./inner-quotation.ts";
import type { SieveFinding } from "./sieve-finding.ts";
import { skipPartyLabel, skipTimeBeforeVerb } from "./time-before-verb.ts";

const VERBS: ReadonlySet<string> = new Set(REPORTING_VERB_FORMS.trim().split(/\s+/));

/** Adverbs and auxiliaries between a subject and its verb: "Roe has repeatedly said". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  ...AUXILIARY_VERBS,
  ..."also then later again once previously recently earlier further simply finally quickly flatly repeatedly often never already still".split(
    " ",
  ),
]);

/** Verbs that come before their speaker: "…, said Ed Vashti". */
const INVERTING = new Set(
  "said says added adds asked asks wrote writes noted notes replied explained continued tweeted recalled responded".split(
    " ",
  ),
);

/** How many commas of an appositive chain may stand between a name and its verb. */
const APPOSITIVE_COMMAS = 4;
/** How far back an appositive chain may reach. */
const APPOSITIVE_REACH = 260;

/**
 * The speaker of `quotation` from its sentence's one reporting verb outside quotation marks:
 * - subject first: `Before the vote, Dora Pell wrote that he was “not ready.”` /
 *   `Ana Quill, a nurse who works with the Harbour Fund, a charity, wrote in a letter: “…”` —
 *   a person's name (or he/she) ends right before the verb (adverbs and auxiliaries between) or
 *   before an appositive chain that runs to the verb, and that name opens the main clause: the
 *   sentence's start, or after one opening adverbial set off by a comma;
 * - inverted: `“Many would call it a failure” if it happened, said Ed Vashti, an analyst.` — the
 *   verb follows a comma and a person's name follows the verb.
 * Abstains (null) when the sentence holds no such verb or more than one finite one (another verb
 * may bring another speaker: `When Roe said …, Pell fired back: “…”`), or when the subject is not
 * a person the registry resolved.
 */
export function sentenceCue(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
  verbs: SentenceVerbs,
): SieveFinding | null {
  const si = text.sentenceIndexAt(quotation.open);
  const sentence = text.sentences[si];
  if (sentence === undefined) return null;
  let verb = verbs.get(si);
  if (verb === undefined) {
    verb = onlyReportingVerb(text, sentence.span.start, sentence.span.end);
    verbs.set(si, verb);
  }
  if (verb === null) return null;
  const { start: sStart, end: sEnd } = sentence.span;
  const inverted = invertedSpeaker(text.body, registry, verb, sEnd);
  if (inverted !== null) return inverted;
  const found = subjectSpeaker(text, registry, verb, sStart);
  // "Ivo Vint, wearing a “Harbour” pin, said": a quotation inside the subject is not its words.
  if (found !== null && quotation.open > found.start && quotation.close < verb.start) return null;
  // "Vint’s Orrin state director, Ada Lund, …": a possessor before the verb owns the subject.
  if (
    typeof found?.speaker === "number" &&
    possessorNotSpeaker(registry, found.speaker, found.start, verb.end)
  )
    return null;
  // "When Roe suggested that …, Pell fired back: “…”": a verb in an opening subordinate clause
  // does not reach a quotation past the comma that closes it.
  if (found !== null && SUBORDINATE_OPENING.test(text.body.slice(sStart, found.start))) {
    if (text.body.slice(verb.end, quotation.open).includes(",")) return null;
  }
  return found;
}

/** A sentence opened by a subordinator, before the subject. */
const SUBORDINATE_OPENING =
  /^[\s“"]*(?:When|While|Whereas|After|Before|Although|Though|If|Because|Since|As|Once|Until|Unless)\s/;

type Span = { start: number; end: number };

/** The one reporting verb of each sentence read so far (null: none, or more than one). */
export type SentenceVerbs = Map<number, Span | null>;

/**
 * The sentence's one finite reporting verb outside quotation marks, or null. Read once per
 * sentence, walking its words and quotations together: a sentence of thousands of quotations
 * costs one pass, not one per quotation.
 */
function onlyReportingVerb(text: ArticleText, sStart: number, sEnd: number): Span | null {
  let verb: Span | null = null;
  /** A verb read with the full stop ending the sentence ("…, the porters argued."). */
  let closing = false;
  for (const { word, at, quoted, before } of sentenceWords(text, sStart, sEnd)) {
    const bare = withoutFullStop(word);
    if (quoted || !VERBS.has(bare)) continue;
    if (NOT_A_FINITE_VERB_AFTER.has(before)) continue;
    // ", calling it …" / ", saying …": a participle carries on its clause's speaker.
    if (bare.endsWith("ing")) continue;
    if (verb !== null || closing) return null;
    // A closing verb is a second speaker's cue against an earlier verb, never the sentence's one
    // verb here: other sieves read a closing cue, and this one would reach across a semicolon
    // ("The plan was “a start”; the yard was “a ruin,” Vint said.").
    if (bare !== word) closing = true;
    else verb = { start: at, end: at + word.length };
  }
  return verb;
}

/** `…, said Ed Vashti, an analyst`: a comma before the verb, a person's name after it. */
function invertedSpeaker(
  body: string,
  registry: EntityRegistry,
  verb: Span,
  sEnd: number,
): SieveFinding | null {
  if (!INVERTING.has(body.slice(verb.start, verb.end))) return null;
  let i = verb.start;
  while (i > 0 && body.charCodeAt(i - 1) === 32) i -= 1;
  if (body[i - 1] !== ",") return null;
  let nameStart = verb.end;
  while (nameStart < sEnd && body.charCodeAt(nameStart) === 32) nameStart += 1;
  if (!/^\p{Lu}/u.test(body.slice(nameStart, nameStart + 1))) return null;
  let end = nameStart;
  while (end < sEnd && !/[,;:()—–“”"\n]/.test(body[end]!)) end += 1;
  // Up to the sentence's full stop ("said Ed Vashti."), not an initial's or a title's.
  const phrase = body.slice(nameStart, end).replace(/\.\s*$/, "");
  const nameEnd = nameStart + phrase.length;
  let speaker: number | null = registry.personEndingAt(nameEnd);
  if (speaker !== null && !registry.entitiesIn(nameStart, nameEnd).includes(speaker))
    speaker = null;
  if (speaker === null && /^(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*$/u.test(phrase)) {
    const named = registry.speakerFromPhrase(nameStart, nameEnd);
    if (typeof named === "number" && registry.kindOf(named) === "person") speaker = named;
  }
  return speaker === null ? null : { speaker, start: verb.start, end: nameEnd };
}

/**
 * The person opening the clause of the reporting verb at [verbStart, verbEnd), through adverbs,
 * auxiliaries and an appositive chain ("Marta Ostrow, a pollster who works with the Lakeside
 * Group, a charity, said" → Ostrow, never the group inside the chain); null when none.
 */
export function clauseSubjectBeforeVerb(
  text: ArticleText,
  registry: EntityRegistry,
  verbStart: number,
  verbEnd: number,
): number | "ambiguous" | null {
  const sentence = text.sentenceAt(verbStart);
  if (sentence === undefined) return null;
  const verb = { start: verbStart, end: verbEnd };
  // "HARBOUR CITY - Candidate Ada Lund on Saturday tweeted …": the clause opens past a dateline.
  const sStart = afterDateline(text.body, sentence.span.start, verbStart);
  return subjectSpeaker(text, registry, verb, sStart)?.speaker ?? null;
}

/** The subject before the verb, through adverbs, auxiliaries and an appositive chain. */
function subjectSpeaker(
  text: ArticleText,
  registry: EntityRegistry,
  verb: Span,
  sStart: number,
): SieveFinding | null {
  const { body } = text;
  const end = skipBack(body, sStart, verb.start);
  const direct = subjectEndingAt(body, registry, sStart, end);
  if (direct !== null)
    return clauseInitial(body, sStart, direct.start) ? { ...direct, end: verb.end } : null;
  // An appositive chain: ", a pollster who …, a charity," between the name and the verb.
  if (body[end - 1] !== ",") return null;
  return (
    appositiveChain(body, registry, verb, sStart, end) ??
    // "Her campaign manager, Ada Lund, called": a description, then the name it describes.
    describedName(body, registry, sStart, end - 1, verb.end, (at) =>
      clauseInitial(body, sStart, at),
    )
  );
}

/** `Marta Ostrow, a pollster who …, a charity, said`: the name before the chain ending at `end`. */
function appositiveChain(
  body: string,
  registry: EntityRegistry,
  verb: Span,
  sStart: number,
  end: number,
): SieveFinding | null {
  const floor = Math.max(sStart, verb.start - APPOSITIVE_REACH);
  let comma = end - 1;
  for (let k = 0; k < APPOSITIVE_COMMAS; k += 1) {
    const previous = body.lastIndexOf(",", comma - 1);
    if (previous < floor) return null;
    // A quotation inside the chain: the name before it is no subject of this verb (a short one
    // naming a slogan is read past: "Ivo Vint, wearing a “Harbour First” pin, said").
    if (/[“”"]/.test(withoutShortQuotations(body.slice(previous, comma)))) return null;
    // "Ivo Vint (R), a supporter, said": the name before a party label; a labelled name inside
    // the chain ("who worked for Sen. Ada Lund (R-Ore.), a sponsor,") is read past as before.
    const labelEnd = skipSpaceBack(body, previous);
    const nameEnd = skipPartyLabel(body, sStart, labelEnd);
    const name = subjectEndingAt(body, registry, sStart, nameEnd);
    if (name !== null && (nameEnd === labelEnd || clauseInitial(body, sStart, name.start))) {
      if (!isAppositive(body, previous, comma)) return null;
      if (clauseInitial(body, sStart, name.start)) return { ...name, end: verb.end };
      // "One supporter, Ada Lund, Republican of Ohio, said": a description opening the clause,
      // then the name it describes, then the name's own appositive.
      return describedName(body, registry, sStart, previous, verb.end, (at) =>
        clauseInitial(body, sStart, at),
      );
    }
    comma = previous;
  }
  return null;
}

/** A party-and-state label between commas after a name: " R-Ore.", " D-N.Y.", " I-Vt.". */
const COMMA_PARTY_LABEL = /^\s*[RDI]-[A-Z][A-Za-z.]{0,5}\s*$/u;

/**
 * Whether body(comma, next) describes the name before it: it opens with a lowercase word or a
 * number ("a pollster", "22"), or holds a lowercase word other than "and"/"or" ("Mr. Roe's deputy
 * adviser", "Democrat of Tennessee") — so a list of names ("Roe, Pell and Vint said") is none.
 */
function isAppositive(body: string, comma: number, next: number): boolean {
  const segment = body.slice(comma + 1, next);
  // "Ivo Vint, R-Ore., said": a party-and-state label set off by commas.
  if (COMMA_PARTY_LABEL.test(segment)) return true;
  // "Ada Vint, Ivo Lund said, called it …": a reporting clause set off by commas tells who
  // reports the rest; it describes nobody.
  if (VERBS.has(/(\p{Ll}+)\s*$/u.exec(segment)?.[1] ?? "")) return false;
  if (/^\s*[\p{Ll}\p{N}]/u.test(segment)) return true;
  const lowercase = segment.match(/(?<![\p{L}’'.-])\p{Ll}+(?!\p{L})/gu) ?? [];
  return lowercase.some((w) => w !== "and" && w !== "or");
}

/**
 * A person's name, or he/she, ending at `end`: a mention the registry resolved to a person, else
 * the capitalised words ending there read as a name nobody introduced ("Pell joked" as "Pell
 * said" is read), kept only when the registry makes a person of them.
 */
function subjectEndingAt(
  body: string,
  registry: EntityRegistry,
  sStart: number,
  end: number,
): SieveFinding | null {
  // "Dockers cheering Lund declared": Lund is the participle's object, no subject.
  if (isParticipleObject(body, sStart, end)) return null;
  const person = registry.personEndingAt(end);
  if (person !== null) {
    const start = mentionStart(registry, person, sStart, end);
    return start < 0 ? null : { speaker: person, start, end };
  }
  const pronoun = /(?:^|[^\p{L}])([Hh]e|[Ss]he)$/u.exec(body.slice(Math.max(sStart, end - 4), end));
  if (pronoun !== null) {
    const start = end - pronoun[1]!.length;
    const speaker = registry.speakerPronounAt(start);
    if (speaker === null || speaker === "ambiguous") return null;
    return { speaker, start, end };
  }
  const start = capitalisedRunStart(body, sStart, end);
  // A new person only from the words that open the clause: never a place inside an appositive
  // chain ("a salesman from Sumter, South Carolina, says").
  if (start < 0 || !clauseInitial(body, sStart, start)) return null;
  const speaker = registry.speakerFromPhrase(start, end);
  if (typeof speaker !== "number") return null;
  // A person, a group of people ("Harbourlanders learned") or an acronym's organisation ("The OVTA
  // called it") speaks as a person does (group-or-body-name.ts).
  if (!registeredSpeaksAsSubject(registry, speaker)) return null;
  return { speaker, start, end };
}

/** Start of the one to four capitalised words ending at `end` (no clause starter among them), or -1. */
function capitalisedRunStart(body: string, sStart: number, end: number): number {
  const m = /(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*$/u.exec(
    body.slice(Math.max(sStart, end - 80), end),
  );
  if (m === null) return -1;
  let start = end - m[0].length;
  if (start > sStart && /[\p{L}\p{N}]/u.test(body[start - 1]!)) return -1;
  // "Later Roe wrote": a clause starter opening the run is no part of the name.
  for (const word of m[0].split(/\s+/)) {
    if (!CLAUSE_STARTERS.has(word)) break;
    start = body.indexOf(" ", start) + 1;
    while (body.charCodeAt(start) === 32) start += 1;
  }
  return start < end && start > 0 ? start : -1;
}

/** Where the mention of `person` ending at `end` starts (-1 when none does within the sentence). */
function mentionStart(
  registry: EntityRegistry,
  person: number,
  sStart: number,
  end: number,
): number {
  for (let s = Math.max(sStart, end - 80); s < end; s += 1) {
    if (
      registry.entitiesIn(s, end).includes(person) &&
      !registry.entitiesIn(s + 1, end).includes(person)
    )
      return s;
  }
  return -1;
}

/**
 * Whether a subject starting at `start` opens its sentence's main clause: only an opening
 * quotation mark, a title ("Sen.", "campaign manager"), or one opening adverbial set off by a
 * comma ("On Monday,", "Responding to the charge,") stands before it, and no verb of another
 * clause ("When Roe said …, Pell").
 */
function clauseInitial(body: string, sStart: number, start: number): boolean {
  // A dash pair sets off an aside as commas do ("For much of the show - with sleeves rolled - Roe").
  const lead = body.slice(sStart, start).replace(/\s+[-—–]{1,2}\s+|[—–]/gu, ", ");
  // `“…,” veteran analyst Roe wrote`: right after a quotation, as a trailing cue.
  if (AFTER_QUOTATION.test(lead)) return true;
  const comma = lead.lastIndexOf(",");
  const head = comma < 0 ? lead : lead.slice(comma + 1);
  // Before the name, in its own clause: a title or description of capitalised or lowercase words.
  if (/[;:“”"()—–]/.test(head) || head.split(/\s+/).filter(Boolean).length > 6) return false;
  // "Critics of the plan like Roe": a preposition other than "of" puts the name in a phrase;
  // "Vint offered a Weller-style retort": a determiner inside, or a verb, makes it an object.
  const words = head.match(/\p{L}+/gu) ?? [];
  const inPhrase = words.some(
    (w, k) =>
      (w !== "of" && (PREPOSITIONS.has(w) || w === "and" || w === "but")) ||
      (k > 0 && DETERMINERS.has(w.toLowerCase())) ||
      /^\p{Ll}+ed$/u.test(w),
  );
  if (inPhrase) return false;
  if (comma < 0) return true;
  return isOpeningChain(lead.slice(0, comma));
}

/** A closing quotation mark (and a comma), then at most five words: a title before the name. */
const AFTER_QUOTATION = /[”"],?\s+(?:[\p{L}’'.-]+\s+){0,5}$/u;

function skipSpaceBack(body: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(body[i - 1]!)) i -= 1;
  return i;
}

/** Back from a verb over spaces, adverbs and auxiliaries ("has also"). */
function skipBack(body: string, sStart: number, verbStart: number): number {
  let end = skipSpaceBack(body, verbStart);
  for (;;) {
    // "Lund on Friday blamed", "Vint (R) called": a time phrase or party label, as an adverb.
    const beforeTime = skipTimeBeforeVerb(body, sStart, end);
    if (beforeTime < end) {
      end = beforeTime;
      continue;
    }
    const m = /(\p{L}+)$/u.exec(body.slice(Math.max(sStart, end - 20), end));
    if (m === null) return end;
    const word = m[1]!;
    if (!BETWEEN_SUBJECT_AND_VERB.has(word) && !/^\p{Ll}+ly$/u.test(word)) return end;
    end = skipSpaceBack(body, end - word.length);
  }
}
