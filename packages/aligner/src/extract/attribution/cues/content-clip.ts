// Attribution layer: where a reported clause ends when its sentence goes on to a cue of its own.

import { FINITE_AUXILIARY_VERBS } from "../../../../lexicons/function-words.ts";
import { firstIndexWhere } from "../../../sorted-search.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Cue } from "./cue-reader.ts";
import { clipAtNamedReporter } from "./named-reporter-clip.ts";
import { trimContent } from "./reported-clause.ts";

/**
 * "After Vint argued that the fund was safe, Roe said only that his “figures don’t add up.”": what
 * Vint argued ends at the comma before Roe's cue. A reported clause otherwise runs to the
 * sentence's end and takes in the later speaker's own words, so a quotation there is matched to
 * the wrong speaker. Only a later cue that brings its own content or quotation cuts: a
 * parenthetical one ("the fund, Roe said, was safe") brings neither and the clause goes on.
 * Linear in the number of cues but for a binary search each (a run-on sentence may hold many).
 */
export function clipAtLaterCues(registry: EntityRegistry, cues: Cue[]): void {
  const { body } = registry.text;
  // Cues that open a new clause after a comma, by position; a cue's verb is never inside a
  // quotation, so no quotation is cut either.
  const breaks: { at: number; comma: number }[] = [];
  for (const cue of cues) {
    endRelativeClause(body, cue);
    clipAtNamedReporter(registry, cue);
    if (!opensOwnWords(body, cue)) continue;
    const from = Math.max(0, cue.cueStart - 40);
    const comma = CLAUSE_BREAK.exec(body.slice(from, cue.cueStart));
    if (comma !== null) breaks.push({ at: cue.cueStart, comma: from + comma.index });
  }
  if (breaks.length === 0) return;
  breaks.sort((a, b) => a.at - b.at);
  for (const cue of cues) {
    const content = cue.content;
    // Only a clause its cue opens ("argued that …"); a closing one (", Roe said.") is the words before.
    if (content === null || content.start < cue.cueEnd) continue;
    const next = breaks[firstAfter(breaks, content.start)];
    if (next === undefined || next.at >= content.end || next.comma <= content.start) continue;
    cue.content = trimContent(body, content.start, next.comma);
  }
}

/** Index of the first break after `start` (breaks.length if none). */
function firstAfter(breaks: readonly { at: number }[], start: number): number {
  return firstIndexWhere(breaks, (b) => b.at > start);
}

/**
 * A cue that opens words of its own after it: a reported clause or a quotation that follows. Not a
 * closing attribution (", according to the Gazette.") nor a parenthetical one (", he said, from").
 */
function opensOwnWords(body: string, cue: Cue): boolean {
  // "…, from Ed Roe calling it “a stunt”": a participle or a phrase after a preposition is no
  // new clause.
  if (body.slice(cue.verbStart, cue.verbEnd).endsWith("ing")) return false;
  if (/^[a-z]/.test(body[cue.cueStart] ?? "")) return false;
  if (cue.content !== null && cue.content.start >= cue.cueEnd) return true;
  return (
    cue.target >= 0 && !cue.after && !PARENTHETICAL.test(body.slice(cue.verbEnd, cue.verbEnd + 4))
  );
}

/** ", he said, from …": a comma after the verb and no quotation mark next. */
const PARENTHETICAL = /^\s*,\s*(?![“"])/;

/** A comma, then at most a relative "to which" / "at which point" before the next subject. */
const CLAUSE_BREAK = /,[”"]?\s+(?:(?:to|at|after|upon) which(?: point)?\s+)?$/;

/**
 * "Vint, who said the quay could be left to the city, is a wise choice": the clause set off by
 * commas ends at the comma before the main clause's verb, so the words after it are not Vint's;
 * "candidates like Moss, who claimed the port was safe, and Vint, who suggested …": at the comma
 * before the next listed name's own relative clause. Only at the clause's first comma ("…, who
 * said the plan, which is costly, would fail" is left whole).
 */
function endRelativeClause(body: string, cue: Cue): void {
  const content = cue.content;
  if (cue.speaker === null || content === null || content.start < cue.cueEnd) return;
  if (!SET_OFF_RELATIVE.test(body.slice(Math.max(0, cue.verbStart - 40), cue.verbStart))) return;
  // Read within the content only: a run-on text with no comma is not read to its end per cue.
  const found = body.slice(content.start, content.end).indexOf(",");
  if (found < 0) return;
  const comma = content.start + found;
  const after = body.slice(comma, comma + 80);
  const verb = /^,\s+([a-z]+)\b/.exec(after)?.[1];
  if (!(verb !== undefined && FINITE_AUXILIARY_VERBS.has(verb)) && !LISTED_RELATIVE.test(after))
    return;
  cue.content = trimContent(body, content.start, comma);
}

/** ", and Vint, who": a name listed after a comma and "and"/"or", then its own relative clause. */
const LISTED_RELATIVE = /^,\s+(?:and|or)\s+[A-Z][^,;:()]{0,50},\s+who\s/;

/** "Vint, who (has) said": a relative set off by a comma after a capitalised word. */
const SET_OFF_RELATIVE = /[A-Z][\w.’'-]*,\s+who\s+(?:(?:[a-z]+ly|also|has|have|had|once)\s+)*$/;
