// Attribution layer: a paragraph made only of an inverted cue and a colon ("Stated Lund:") hands
// the quotation opening the next paragraph to the name after the verb.

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { VERBS } from "../sieve-words.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/** `Said Ada Lund:` / `Added Vint:` — a capitalised finite reporting verb, a name, a colon. */
const INVERTED_COLON = /^(\s*)(\p{Lu}\p{Ll}+)\s+([^:“”"]{1,60}?)\s*:$/u;

/**
 * The speaker named by a whole paragraph `Stated Lund:` (its text from `start`, trimmed, ending at
 * `end`): the verb, lowercased, is a finite reporting verb (not an -ing form), and the words after
 * it are a person or organisation the registry knows. Null otherwise.
 */
export function invertedColonParagraph(
  text: ArticleText,
  registry: EntityRegistry,
  start: number,
  end: number,
): SieveFinding | null {
  const m = INVERTED_COLON.exec(text.body.slice(start, end));
  if (m === null) return null;
  const verb = m[2]!.toLowerCase();
  if (!VERBS.has(verb) || verb.endsWith("ing")) return null;
  const verbStart = start + m[1]!.length;
  const nameStart = text.body.indexOf(m[3]!, verbStart + m[2]!.length);
  const nameEnd = nameStart + m[3]!.length;
  const speaker = registry.speakerFromPhrase(nameStart, nameEnd, false);
  if (typeof speaker !== "number" || !registry.canSpeak(speaker)) return null;
  return { speaker, start: verbStart, end: nameEnd };
}
