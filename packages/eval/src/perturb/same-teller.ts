import type { Extraction, Quote } from "@parallax/core";
import { words } from "./perturb-case.ts";

type Range = { start: number; end: number };

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** The name words of a named person of an extraction, or null (no person, a description). */
function personWords(x: Extraction, id: string | null | undefined): Set<string> | null {
  const e = x.entities.find((k) => k.id === id);
  if (e?.kind !== "person" || e.unnamed) return null;
  const named = words(e.name);
  return named.size > 0 ? named : null;
}

/**
 * Whether a witness sentence (`span` of the other article) may tell what `quote` tells, as to who
 * tells it. When the quote's speaker is a named person, the people of the witness sentence — the
 * named speakers of its quotes and the named persons it mentions — must include one sharing a
 * name word with that speaker, if there are any. "Ivo Vint has said he will work with the board"
 * and "Ada Roe said if elected she could work with the board" share their words but not their
 * teller: "he" and "she" are each one's own, and the negated statement is another person's. A
 * sentence may nest one person's words in another's report ("''Ivo Vint said he has made
 * sacrifices,'' Ada Roe said"): naming the speaker there is enough, and so is the quote naming the
 * witness's speaker. No check when either side
 * names nobody (a description speaks, "three in 10 voters"; a narrated sentence about the
 * happening): the teller is then unknown, not another.
 */
export function sameTeller(
  x: Extraction,
  quote: Quote,
  other: Extraction | undefined,
  span: Range,
): boolean {
  const own = quote.speakerStatus === "resolved" ? personWords(x, quote.speakerId) : null;
  if (!own || !other) return true;
  const people: Set<string>[] = [];
  const quoted = words(quote.text);
  for (const q of other.quotes)
    if (q.speakerStatus === "resolved" && overlaps(q.span, span)) {
      const named = personWords(other, q.speakerId);
      // The quote reports the witness's speaker's words ("Ivo Vint said he has made …").
      if (named && [...named].some((w) => quoted.has(w))) return true;
      if (named) people.push(named);
    }
  for (const e of other.entities)
    if (e.mentions.some((m) => overlaps(m.span, span))) {
      const named = personWords(other, e.id);
      if (named) people.push(named);
    }
  return people.length === 0 || people.some((p) => [...p].some((w) => own.has(w)));
}
