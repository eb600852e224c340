// Attribution layer: a reported clause ends where another named source's own clause begins, even
// when the cue reader made no cue of that clause's verb.

import { PREPOSITIONS, SUBORDINATORS } from "../../../../lexicons/function-words.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { SPEECH_VERBS } from "../sieve-words.ts";
import type { Cue } from "./cue-reader.ts";
import { trimContent } from "./reported-clause.ts";

/**
 * "Some pilots said they feared a rerun of 2009, when Ivo Vint, who had lost the vote, called for
 * a ''clean sweep''", "Roe says the show has drawn ire: Ed Moss, in 2013, questioned its figures",
 * "Sources said she took part, a point Vint also acknowledged": what the pilots, Roe or the
 * sources said ends at the comma or colon before the other person's or organisation's clause. The
 * content otherwise runs on through the other source's words, and a quotation or a gold span
 * there is credited to the first reporter. `content-clip.ts` cuts only at cues the cue reader
 * made; such a clause often has none (a verb with an object and no content of its own, "called
 * for", "acknowledged to the Ledger"). The clause counts only when a name (never a pronoun,
 * a possessor or words inside a quotation) is its subject: at most three lowercase words
 * (a subordinator, "a point", a descriptive noun, never a preposition or a relative pronoun)
 * stand between the mark and the name, and a reporting verb follows the name, past an aside set
 * off by commas or adverbs. A parenthetical cue (", Vint said,") leaves the clause whole.
 */
export function clipAtNamedReporter(registry: EntityRegistry, cue: Cue): void {
  const content = cue.content;
  if (content === null || content.start < cue.cueEnd) return;
  const { body } = registry.text;
  for (let i = registry.firstFrom(content.start); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= content.end) return;
    if (m.entity === null || m.entity === cue.speaker || m.possessive || m.inQuote) continue;
    if (m.form === "pronoun" || m.form === "description") continue;
    const kind = registry.kindOf(m.entity);
    if (kind !== "person" && kind !== "organization") continue;
    const verbEnd = reportingVerbAfter(body, m.end);
    if (verbEnd < 0) continue;
    const mark = clauseMarkBefore(body, content.start, m.start, closesSentence(body, verbEnd));
    if (mark < 0) continue;
    cue.content = trimContent(body, content.start, mark);
    return;
  }
}

/**
 * The end of the name's own reporting verb, past an aside in commas or adverbs, never
 * parenthetical; -1 when none follows.
 */
function reportingVerbAfter(body: string, nameEnd: number): number {
  const found = VERB_AFTER_NAME.exec(body.slice(nameEnd, nameEnd + 160));
  if (found === null) return -1;
  const verb = found[1]!;
  return SPEECH_VERBS.has(verb) && !verb.endsWith("ing") ? nameEnd + found[0].length : -1;
}

/**
 * "…, the Harbour Gazette reported in 2004.": the verb ends the sentence after at most a short
 * phrase, with no quotation — the closing form of an outer report.
 */
function closesSentence(body: string, verbEnd: number): boolean {
  return /^(?:\s+[\p{L}\p{N}’'-]+){0,4}\s*[.!?]/u.test(body.slice(verbEnd, verbEnd + 60));
}

/**
 * An aside in commas (", who had lost the vote,", ", in 2013,") or adverbs, then the verb, which
 * a comma must not follow (", Vint said, the …" is parenthetical).
 */
const VERB_AFTER_NAME =
  /^(?:,[^,;:“”"()]{1,100},)?\s+(?:(?:[a-z]+ly|also|then|later|again|once|previously|recently|earlier)\s+)*([a-z]+)\b(?!,)/;

/**
 * The offset of the comma, semicolon, colon or dash opening the name's clause, or -1: at most
 * three lowercase words and three capitalised ones (a post: "Police Chief") between it and the
 * name, none of the lowercase ones a preposition or relative pronoun ("with Vint", "which Vint
 * wrote") but for a subordinator ("when", "after"). A closing verb after a bare name (", the
 * Gazette reported in 2004.") is an outer report, which corrections/report-closing-content.ts
 * reads over the whole clause: no mark then.
 */
function clauseMarkBefore(body: string, from: number, nameStart: number, closing: boolean): number {
  const lo = Math.max(from, nameStart - 80);
  const found = MARK_THEN_LEAD.exec(body.slice(lo, nameStart));
  if (found === null) return -1;
  const lead = found[2]!.split(/\s+/).filter((w) => w.length > 0);
  if (lead.some((w) => PREPOSITIONS.has(w) && !SUBORDINATOR_WORDS.has(w))) return -1;
  if (closing && lead.every((w) => w === "the" || w === "a" || w === "an")) return -1;
  const mark = lo + found.index;
  // "attacks that, Roe noted, Vint said were staged": the comma closing a parenthetical cue goes
  // on with the same report (Roe's); it opens no clause of Vint's own.
  if (SPEECH_VERBS.has(/([a-z]+)$/.exec(body.slice(Math.max(from, mark - 20), mark))?.[1] ?? ""))
    return -1;
  return mark > from ? mark : -1;
}

const SUBORDINATOR_WORDS: ReadonlySet<string> = new Set(SUBORDINATORS);

/** A mark, maybe a closing quotation mark, then lowercase and capitalised words to the name. */
const MARK_THEN_LEAD =
  /([,;:—–])[”"]?\s+((?:[a-z][\p{L}’'-]*\s+){0,3})(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
