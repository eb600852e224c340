// A quotation that opens the paragraph right after the attribution naming its speaker, with no
// attribution of its own: the outlet goes on quoting the person it just named.

import type { Extraction, Quote } from "@parallax/core";
import { subjectOfCue } from "./cue-beside-quote.ts";

/** Mention forms that name a person ("Dora Pell", "Ms. Pell", "Pell"), not "he" or "the mayor". */
const NAMING_FORMS = new Set(["name", "title-surname", "surname"]);
/** Any quotation mark, straight or curly. */
const MARKS = /["“”‘’]/;
/** How far the rest of the attribution's sentence may run before the quotation's paragraph. */
const RUN_ON_REACH = 300;

/**
 * Whether a direct quotation runs on from the attribution before it that names its speaker:
 * "“The vote was hard,” Ada Lund said after the vote.¶ “We cannot wait for the next storm.”" —
 * the second quotation opens the very next paragraph, has no attribution of its own, and nothing
 * between the two (no other person named, no other quotation) hands the words to anyone else.
 * Extraction credits such a quotation to the attribution; naming its speaker there makes it as
 * much that person's words as the quotation beside the attribution.
 */
export function runsOnFromNamedCue(quote: Quote, extraction: Extraction, body: string): boolean {
  const cue = quote.cue;
  if (!quote.direct || quote.speakerStatus !== "resolved" || !quote.speakerId || !cue) return false;
  if (cue.end > quote.span.start || quote.span.start - cue.end > RUN_ON_REACH) return false;
  const speaker = extraction.entities.find((e) => e.id === quote.speakerId);
  if (speaker?.kind !== "person" || speaker.unnamed) return false;
  // Between the attribution and the quotation: the rest of its sentence, then one paragraph break
  // (the quotation's own opening mark aside).
  const gap = body.slice(cue.end, quote.span.start).replace(/["“‘']\s*$/, "");
  const rest = gap.trimEnd();
  if (!gap.includes("\n") || rest.includes("\n") || MARKS.test(rest)) return false;
  const named = speaker.mentions.some(
    (m) =>
      !m.ambiguous &&
      NAMING_FORMS.has(m.form) &&
      ((m.span.start < cue.end && cue.start < m.span.end) || subjectOfCue(body, m.span, cue)),
  );
  if (!named) return false;
  // Another person named after the attribution ("…, Lund said of Ivo Vint.¶ “…”") may be the one
  // now quoted.
  return !extraction.entities.some(
    (e) =>
      e.id !== speaker.id &&
      e.kind === "person" &&
      e.mentions.some(
        (m) =>
          !m.ambiguous &&
          NAMING_FORMS.has(m.form) &&
          m.span.start >= cue.end &&
          m.span.end <= quote.span.start,
      ),
  );
}
