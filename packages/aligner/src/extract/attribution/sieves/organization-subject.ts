// Attribution layer, part of the main-clause sieve: an organisation as the subject of the main
// clause ("The Harbour Board less than two weeks ago said that “…”", "The Harbour Board, in its
// daily summary Monday, emailed …"), where the person-subject reading (sentence-cue.ts) finds no
// name before the verb because an adverbial or an aside stands between.

import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { ENDOWMENT_HEADS, INSTITUTION_HEADS } from "../../../../lexicons/organization-words.ts";
import { PERSON_NOUNS, SPEAKS_FOR_SOMEONE } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { isOpeningChain } from "../cues/opening-adverbial.ts";
import { pastSubjectAsides } from "../subject-asides.ts";

/** A name's words: capitalised words and the connectors inside ("Department of Homeland Security"). */
const NAME_RUN =
  /^(?:\p{Lu}[\p{L}\p{N}.&’'-]*)(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}\p{N}.&’'-]*)*/u;

/**
 * The organisation that opens the main clause of the verb at `verbStart` — at the sentence's
 * start or after an opening chain and a comma, "the" allowed before it — when it is the only
 * entity named before the verb and only lowercase words, numbers, days and commas stand between
 * its name and the verb (an adverbial or an aside, never a person noun: "The board chairman
 * said" is the chairman's). Null otherwise.
 */
export function organizationBeforeVerb(
  text: ArticleText,
  registry: EntityRegistry,
  verbStart: number,
): number | null {
  const { body } = text;
  const sentence = text.sentenceAt(verbStart);
  if (sentence === undefined) return null;
  const sStart = sentence.span.start;
  // "Harbour Watch, which Ada Roe founded, launched …": names inside asides never speak.
  const aside = asidesBeforeVerb(body, sStart, verbStart);
  const subjectEnd = aside?.start ?? verbStart;
  const named = registry.entitiesIn(sStart, subjectEnd);
  const institution =
    named.length === 0 ? institutionOpening(text, registry, sStart, verbStart) : null;
  if (institution !== null) named.push(institution.entity);
  if (named.length !== 1 || registry.kindOf(named[0]!) !== "organization") return null;
  const organization = named[0]!;
  // Where the name starts: the clause's first capitalised word ("the" allowed before it), the
  // clause opening the sentence or following an opening chain and its comma.
  const lead = body.slice(sStart, subjectEnd);
  let nameEnd = institution?.end ?? -1;
  for (let comma = -1; nameEnd < 0; comma = lead.indexOf(",", comma + 1)) {
    if (comma >= 0 && !isOpeningChain(lead.slice(0, comma))) return null;
    nameEnd = nameEndAfter(body, registry, organization, sStart + comma + 1, subjectEnd);
    if (nameEnd >= 0 || lead.indexOf(",", comma + 1) < 0) break;
  }
  if (nameEnd < 0) return null;
  // Between the name and the verb: an adverbial or an aside of lowercase words.
  const between =
    aside === null
      ? body.slice(nameEnd, verbStart)
      : `${body.slice(nameEnd, aside.start)} ${body.slice(aside.end, verbStart)}`;
  if (/[;:“”"()—–]/.test(between)) return null;
  for (const word of between.match(/[\p{L}][\p{L}’'-]*/gu) ?? []) {
    const lower = word.toLowerCase();
    if (/^\p{Lu}/u.test(word) && !CALENDAR_WORDS.has(word)) return null;
    if (PERSON_NOUNS.has(lower) || SPEAKS_FOR_SOMEONE.has(lower)) return null;
    if (TITLE_HEADS.has(lower)) return null;
  }
  return organization;
}

/**
 * The institution named by the capitalised run opening the sentence ("The Harbour Department
 * less than two weeks ago said"), which no mention holds: the mention reader finds no name ending
 * on an institution's head, only a speaker phrase does (entities/speaker-phrases/name-kinds.ts institutionNamed),
 * and here the time phrase before the verb keeps the cue reader from reading one. Null when the
 * run ends on no such head or reads as something else.
 */
function institutionOpening(
  text: ArticleText,
  registry: EntityRegistry,
  sStart: number,
  verbStart: number,
): { entity: number; end: number } | null {
  const { body } = text;
  const m = /^\s*[“"]?\s*(?:[Tt]he\s+)?/u.exec(body.slice(sStart, verbStart))!;
  const nameStart = sStart + m[0].length;
  const run = NAME_RUN.exec(body.slice(nameStart, verbStart));
  if (run === null) return null;
  const last = run[0].slice(run[0].lastIndexOf(" ") + 1);
  if (!INSTITUTION_HEADS.has(last) && !ENDOWMENT_HEADS.has(last)) return null;
  const end = nameStart + run[0].length;
  const found = registry.speakerFromPhrase(nameStart, end, true);
  if (typeof found !== "number" || registry.kindOf(found) !== "organization") return null;
  return { entity: found, end };
}

/**
 * The asides set off by commas that end right before the verb at `verbStart`
 * (../subject-asides.ts), from the first comma that opens them; null when there are none.
 */
function asidesBeforeVerb(
  body: string,
  sStart: number,
  verbStart: number,
): { start: number; end: number } | null {
  for (let comma = body.indexOf(",", sStart); comma >= 0 && comma < verbStart; ) {
    const end = pastSubjectAsides(body, comma, verbStart);
    if (end !== null && end > comma && /^\s*$/u.test(body.slice(end, verbStart)))
      return { start: comma, end };
    comma = body.indexOf(",", comma + 1);
  }
  return null;
}

/** The end of the organisation's name opening the clause at `from`, or -1. */
function nameEndAfter(
  body: string,
  registry: EntityRegistry,
  organization: number,
  from: number,
  verbStart: number,
): number {
  const m = /^\s*[“"]?\s*(?:[Tt]he\s+)?/u.exec(body.slice(from, verbStart))!;
  const nameStart = from + m[0].length;
  const run = NAME_RUN.exec(body.slice(nameStart, verbStart));
  if (run === null) return -1;
  const nameEnd = nameStart + run[0].length;
  // From the clause's start: a mention may hold its "The" ("The Harbour Gazette").
  return registry.entitiesIn(from, nameEnd).includes(organization) ? nameEnd : -1;
}
