// Attribution layer, a sieve after the interrupted quotation: a cue after a quotation's closing
// comma whose subject is a longer phrase than the trailing cue reads ("“…,” another friend, Mara
// Eland told the Gazette.", "“…,” Jeff Lowry of the Harbour Center for Port Studies wrote."): the
// one person it names speaks.

import { DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { wordPattern } from "../sentence-words.ts";
import { VERBS } from "../sieve-words.ts";
import { markBeforeClose } from "./mark-before-close.ts";
import { isTitle } from "./quoted-title.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const WORD = wordPattern();

/** The most words read between the closing mark and the reporting verb. */
const MAX_WORDS = 24;

/**
 * `“…,” another friend, Mara Eland told the Gazette.` / `“…,” Nate Orrin, the pollster who
 * founded the site tweeted.` / `“…,” Rep. Dan Hollis’s chief of staff, Joe Kasper, told …` /
 * `“…,” Jeff Lowry of the Harbour Center for Port Studies wrote.`: a quotation closing on a comma,
 * "?" or "!" is followed in its sentence by a finite reporting verb (no quotation mark, colon,
 * semicolon, dash or line break before it); of the people the registry knows named between, the
 * ones that open the cue or follow a comma (not a possessor, not a person after a preposition or
 * another verb: `the mayor, who beat Ivo Vint, said`) must be exactly one, who speaks.
 */
export function trailingNamedCue(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const close = quotation.close;
  if (!/[,?!]/.test(markBeforeClose(body, close)) && body[close + 1] !== ",") return null;
  let from = close + 1;
  while (from < body.length && /[ ,]/.test(body[from]!)) from += 1;
  // `,"Ada Lund, who …` with no space: after a mark closing on a comma, "?" or "!" a capital glued
  // to it is a typo for a space (PolNeAR train BUILD: one such cue, its two quotations unknown);
  // any other glued character is no cue.
  if (from === close + 1 && body[from] !== " " && !/^\p{Lu}/u.test(body[from] ?? "")) return null;
  const sentence = text.sentenceAt(from);
  const limit = Math.min(sentence?.span.end ?? from, from + 240);
  let verb: { start: number; end: number } | null = null;
  let previous = "";
  let count = 0;
  WORD.lastIndex = from;
  for (let m = WORD.exec(body); m !== null && m.index < limit; m = WORD.exec(body)) {
    count += 1;
    if (count > MAX_WORDS) return null;
    const word = m[0];
    const before = previous;
    previous = word.toLowerCase();
    if (before === "according" && previous === "to") return null;
    // "to add", "the call": an infinitive or a noun is no finite verb of the cue.
    if (!VERBS.has(word) || word.endsWith("ing") || DETERMINERS.has(before) || before === "to")
      continue;
    verb = { start: m.index, end: m.index + word.length };
    break;
  }
  // The verb right after the mark is the trailing cue's (`,” said Roe`, `,” Roe said`).
  if (verb === null || count < 2) return null;
  if (/[“”";:\n—–]|''/.test(body.slice(from, verb.start))) return null;
  // `“The Harbour Hour,” on June 3, Vint continued`: a quoted title, not words said.
  if (isTitle(body.slice(quotation.open + 1, close))) return null;
  const speaker = oneOpeningPerson(registry, body, from, verb.start);
  return speaker === null ? null : { speaker, start: from, end: verb.end };
}

/**
 * The one person the registry knows named in [from, to) at the cue's start or after a comma;
 * null when there is none, two, an ambiguous name or a pronoun.
 */
function oneOpeningPerson(
  registry: EntityRegistry,
  body: string,
  from: number,
  to: number,
): number | null {
  let found: number | null = null;
  const { mentions } = registry.mentionLists();
  for (let i = registry.firstFrom(from); i < mentions.length; i += 1) {
    const m = mentions[i]!;
    if (m.start >= to) break;
    if (m.form === "pronoun") return null;
    if (m.possessive || /^['’]s?\b|^['’]/u.test(body.slice(m.end, m.end + 2))) continue;
    const lead = body.slice(from, m.start);
    const opening = /^\s*$/.test(lead) || /,\s*$/.test(lead);
    const word = /(\p{L}+)\s*$/u.exec(lead)?.[1]?.toLowerCase() ?? "";
    if (!opening || PREPOSITIONS.has(word)) continue;
    if (m.ambiguous) return null;
    if (m.entity === null || registry.kindOf(m.entity) !== "person") continue;
    if (found !== null && found !== m.entity) return null;
    // The person heads the cue's subject: the verb, an appositive or an affiliation follows
    // (`, the pollster who …`, `of the Harbour Center`), not a verb of another clause (`Vint
    // had a good night, …`).
    if (!SUBJECT_CONTINUES.test(body.slice(m.end, to))) return null;
    found = m.entity;
  }
  return found;
}

/** What may follow the speaker's name before the verb: nothing, an adverb, a comma, a label. */
const SUBJECT_CONTINUES =
  /^(?:(?:\s+(?:\p{Ll}+ly|later|also|then|did|does|has|had|have|would|will|could|can|may|might))*\s*|\s*[,(].*|\s+(?:of|at|from)\s.*)$/su;
