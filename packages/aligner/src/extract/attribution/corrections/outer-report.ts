// Attribution layer: a report of a report. In `“…,” Roe said, according to the Herald.` the
// article has Roe's words from the Herald: the speaker stays Roe and the Herald becomes the
// quote's `via`, the source PolNeAR credits (train: 17 of 18 sentences with a trailing
// "according to" outside the quotation credit it). An outer reporter given only by a description
// (`according to a transcript of the call`) is a `via` that names no one. Only the trailing form is read: "Benzinga reported"
// and a leading "According to X, Roe said" keep the inner speaker, whom the alignment's speech
// runs link to Roe's other sentences (the demo corpus loses a sure pair when they move).
import type { ArticleText } from "../../article-text.ts";
import { nameKey } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { isCapitalisedName, outletSpeaker } from "../cues/trailing-attribution.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

type Outer = {
  speaker: number | "ambiguous" | null;
  start: number;
  end: number;
  nameStart: number;
  /** A form that only names the report of a quote whose speaker is known (`viaReporter`). */
  viaOnly?: boolean;
};

/** A run of capitalised words: an outlet's or person's name ("Vermont Edition", "The Post"). */
const NAME = String.raw`(?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&’'-]*(?: \p{Lu}[\p{L}\p{N}.&’'-]*){0,4}`;

/** "…, according to X" after the quotation (X up to a comma or the sentence's end). */
const TRAILING_ACCORDING = /\baccording to ([^,;:“”"]+?)[.!?]?\s*(?:,|$)/;

/**
 * "…, the Herald reported." closing the sentence after the inner cue, also with an adverb before
 * the verb ("the Herald first reported"), the verb first ("…, reports the Herald.") or a time
 * after it ("…, the Herald reported in 2004.").
 */
const TRAILING_REPORTED = new RegExp(
  String.raw`,\s+(?:(${NAME})\s+(?:(?:first|originally|initially|also|previously|earlier)\s+)?(?:reported|reports)|(?:reported|reports)\s+(${NAME}))(?:\s+(?:on|in|last|this|earlier)\s+[\p{L}\p{N} ]{1,25})?[.!?]?\s*$`,
  "u",
);

/** "According to the Herald, Roe said …" opening the quote's sentence. */
const LEADING_ACCORDING = /^According to ([^,;:“”"]+?),\s/;

/** How far past a quotation its outer report may close the sentence. */
const OUTER_REACH = 300;

/** "audio provided by Wyoming Radio", "a copy reviewed by The Post": the name the phrase ends on. */
const ENDS_ON_NAME = new RegExp(String.raw`\b(?:by|to|from)\s+(${NAME})$`, "u");

/**
 * Gives every quote whose sentence closes on an outer report that report as its `via`, and the
 * same to the later quotes that carried its speaker on through the same cue (`“…,” Roe said,
 * according to the Herald. “…”`). A quote with no speaker of its own is the outer reporter's.
 */
export function creditOuterReporters(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const moved = new Map<number, Outer>();
  for (const draft of drafts) {
    const outer = outerReport(text, registry, draft);
    if (outer === null || outer.speaker === draft.speaker) continue;
    // The cue reader already read this phrase as the quote's cue: its reading stands.
    if (draft.cue !== null && draft.cue.start < outer.end && outer.start < draft.cue.end) continue;
    if (typeof draft.speaker === "number") {
      if (draft.cue !== null) moved.set(draft.cue.start, outer);
      draft.via = viaOf(outer);
    } else if (!outer.viaOnly) {
      draft.speaker = outer.speaker;
      draft.cue = { start: outer.start, end: outer.end };
    }
  }
  if (moved.size === 0) return;
  for (const draft of drafts) {
    const outer = draft.cue === null ? undefined : moved.get(draft.cue.start);
    if (outer === undefined || draft.start < outer.start || draft.via) continue;
    draft.via = viaOf(outer);
  }
}

/**
 * The outer report of a quote: the X of an "according to X" after the quotation in its sentence
 * (outside any later quotation); for a quote whose own speaker is known, also the X of "…, X
 * reported." there or of an opening "According to X," before its cue — two forms PolNeAR credits
 * but the alignment must not take as speakers, since one speaker's words run on across an article
 * through them, so they only name a report the registry holds (`viaOnly`). Null when there is none.
 */
function outerReport(text: ArticleText, registry: EntityRegistry, draft: QuoteDraft): Outer | null {
  const { body } = text;
  // `“… ask?” Roe said, according to the Herald.`: a quotation closing on its own stop ends a
  // sentence before its cue; the outer report closes the cue's sentence.
  const closing = draft.cue !== null && draft.cue.start >= draft.end ? draft.cue.end : draft.end;
  const last = text.sentenceAt(closing);
  if (last === undefined) return null;
  // The outer report closes the quote's own clause: read a short way past it, never a run-on
  // sentence's whole length for each of its quotes.
  const limit = Math.min(last.span.end, draft.end + OUTER_REACH);
  const after = closeAfter(body, draft.end, limit);
  const tail = body.slice(after, quotationOpenBefore(body, after, limit));
  const according = TRAILING_ACCORDING.exec(tail);
  if (according) {
    const cueStart = after + according.index;
    const nameStart = cueStart + according[0].indexOf(according[1]!, 13);
    return reporter(registry, body, cueStart, nameStart, nameStart + according[1]!.length);
  }
  if (typeof draft.speaker !== "number" || draft.cue === null) return null;
  let outer: Outer | null = null;
  const reported = TRAILING_REPORTED.exec(tail);
  const first = text.sentences[draft.sentence]?.span;
  const reportedName = reported?.[1] ?? reported?.[2];
  if (reported && reportedName !== undefined) {
    const nameStart = after + reported.index + reported[0].lastIndexOf(reportedName);
    outer = reporter(registry, body, nameStart, nameStart, nameStart + reportedName.length);
  } else if (first !== undefined) {
    const leading = LEADING_ACCORDING.exec(
      body.slice(first.start, Math.min(first.end, first.start + 120)),
    );
    if (leading && first.start + leading[0].length <= draft.cue.start) {
      const nameStart = first.start + 13;
      outer = reporter(registry, body, first.start, nameStart, nameStart + leading[1]!.length);
    }
  }
  return outer !== null && typeof outer.speaker === "number" ? { ...outer, viaOnly: true } : null;
}

/** An ambiguous reporter names no one. */
export function viaOf(outer: Outer): NonNullable<QuoteDraft["via"]> {
  const speaker = typeof outer.speaker === "number" ? outer.speaker : null;
  return { speaker, start: outer.start, end: outer.end, nameStart: outer.nameStart };
}

/** The offset past the quotation's closing mark and any comma or stop inside it. */
function closeAfter(body: string, end: number, limit: number): number {
  let i = end;
  while (i < limit && /[\s,.?!]/.test(body[i] ?? "")) i += 1;
  const c = body.charCodeAt(i);
  return c === 0x201d || c === 34 ? i + 1 : end;
}

/** The next opening quotation mark from `from`, else `limit`: a later quotation has its own cue. */
function quotationOpenBefore(body: string, from: number, limit: number): number {
  for (let i = from; i < limit; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 0x201c || c === 34) return i;
  }
  return limit;
}

/** The entity an outer report names: a name, the name a description ends on, an unnamed source. */
export function reporter(
  registry: EntityRegistry,
  body: string,
  cueStart: number,
  start: number,
  phraseEnd: number,
): Outer {
  // "…, reports the Valley Courier.": a name's last dot is the sentence's.
  const end = body[phraseEnd - 1] === "." ? phraseEnd - 1 : phraseEnd;
  let nameStart = start;
  if (!isCapitalisedName(body, bareStart(body, start), end)) {
    // "two aides familiar with the talks" stays the unnamed source the registry reads.
    const named = ENDS_ON_NAME.exec(body.slice(start, end));
    if (named !== null) nameStart = start + named.index + named[0].length - named[1]!.length;
  }
  const bare = bareStart(body, nameStart);
  const speaker =
    knownAt(registry, body, nameStart, end) ??
    knownAt(registry, body, bare, end) ??
    outletSpeaker(registry, body, bare, end) ??
    (bare === nameStart ? null : outletSpeaker(registry, body, nameStart, end));
  return { speaker, start: cueStart, end, nameStart };
}

/**
 * The entity an earlier reading made of exactly this name ("According to the Valley Courier, …"
 * made the outlet as it read the sentence's cue), or a person by a mention starting it.
 */
function knownAt(
  registry: EntityRegistry,
  body: string,
  start: number,
  end: number,
): number | null {
  // Mentions made while cues are read ("According to X" made X) sit on the side list.
  const late = registry.descriptions.find((m) => m.start === start && m.end === end);
  const at = late?.entity ?? registry.entityAt(start);
  if (typeof at !== "number") return null;
  if (registry.kindOf(at) === "person") return at;
  return nameKey(registry.nameOf(at)) === nameKey(body.slice(start, end)) ? at : null;
}

/** Past an article: "the Herald" → "Herald". */
function bareStart(body: string, start: number): number {
  return /^[Tt]he /.test(body.slice(start, start + 4)) ? start + 4 : start;
}
