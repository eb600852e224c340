// Attribution layer: the person who opens a sentence with an affiliation before an appositive —
// "Ivo Brandt of Harbour Bank, the region's largest lender, warned" or "State Sen. Ada Lund (R),
// a party veteran, said" — so the name, not the bank or the label, is the verb's subject.
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { isOpeningAdverbial } from "./opening-adverbial.ts";

/** An "of <Capitalised words>" affiliation or a short parenthesised label closing the text. */
const AFFILIATION_END =
  /(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+){0,5}\p{Lu}[\p{L}.’'&-]*|\s*\([^(),]{1,30}\))$/u;

/** Capitalised words only (a title and a name: "State Sen. Ada Lund"), the sentence's subject. */
const TITLED_NAME = /^(?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*$/u;

/**
 * The person the registry knows whose name, followed by an affiliation, runs from the sentence's
 * start (or right after an opening adverbial: "In May, Ivo Brandt of Harbour Bank,") to `comma`;
 * null otherwise, so a name after a preposition ("The report by Anna Berg of KDI,") or inside a
 * clause never becomes the subject.
 */
export function affiliatedSubject(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  comma: number,
): number | null {
  const before = body.slice(sStart, comma);
  const affiliation = AFFILIATION_END.exec(before);
  if (affiliation === null) return null;
  const nameEnd = comma - affiliation[0].length;
  let lead = body.slice(sStart, nameEnd).trim();
  const opening = lead.lastIndexOf(",");
  if (opening >= 0) {
    if (!isOpeningAdverbial(lead.slice(0, opening))) return null;
    lead = lead.slice(opening + 1).trim();
  }
  if (!TITLED_NAME.test(lead)) return null;
  return registry.personEndingAt(nameEnd);
}
