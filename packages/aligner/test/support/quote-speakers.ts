import type { Extraction, Quote } from "@parallax/core";
import { extractArticle } from "../../src/extract-article.ts";
import { handBuiltArticle } from "../fixtures/extraction-gold/hand-built-article.ts";

// What the attribution tests share: an article made of invented paragraphs, and the speaker a
// quote was given.

/** Extracts an article whose body is these paragraphs. */
export function extractParagraphs(...paragraphs: string[]): Extraction {
  return extractArticle(handBuiltArticle(paragraphs.join("\n\n")));
}

/** The name of the speaker of the first quote holding `words` (null: no speaker). */
export function speakerOf(x: Extraction, words: string): string | null {
  const quote = x.quotes.find((q) => q.text.includes(words));
  if (quote === undefined) throw new Error(`no quote with "${words}"`);
  return x.entities.find((e) => e.id === quote.speakerId)?.name ?? null;
}

/** The first quote whose text starts with `words`. */
export function quoteStarting(x: Extraction, words: string): Quote | undefined {
  return x.quotes.find((q) => q.text.startsWith(words));
}

/** The name of a quote's speaker (null: no speaker); throws when the quote was not found. */
export function speakerName(x: Extraction, q: Quote | undefined): string | null {
  if (!q) throw new Error("quote not found");
  return x.entities.find((e) => e.id === q.speakerId)?.name ?? null;
}

/** The name of the entity with this id (null: none, or no id). */
export function entityName(x: Extraction, id: string | null | undefined): string | null {
  return x.entities.find((e) => e.id === id)?.name ?? null;
}

/** The kind of the entity of this name (undefined: none so named). */
export function entityKind(x: Extraction, name: string): string | undefined {
  return x.entities.find((e) => e.name === name)?.kind;
}

/** The first quote holding `words`, only direct or indirect ones when `direct` is given. */
export function quoteWith(x: Extraction, words: string, direct?: boolean): Quote {
  const quote = x.quotes.find(
    (q) => (direct === undefined || q.direct === direct) && q.text.includes(words),
  );
  if (quote === undefined) throw new Error(`no quote with "${words}"`);
  return quote;
}

/** The names of the people an extraction holds, unnamed sources included. */
export function personNames(x: Extraction): string[] {
  return x.entities.filter((e) => e.kind === "person").map((e) => e.name);
}

/** Each person an extraction holds with the text of each of their mentions ("Ned Q: Ned Q | Ned Q"). */
export function personMentions(x: Extraction): string[] {
  return x.entities
    .filter((e) => e.kind === "person")
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(" | ")}`);
}
