// Entity layer: "Ned Q" — a common given name and a one-letter surname, as some outlets write
// people they name only in part. The name readers want a surname of two letters or more ("Ned Q."
// is a given name and an initial), so such a person was nobody's.

import { capitalisedWordBefore } from "../../capitalised-word-before.ts";
import { GIVEN, MORE_GIVEN, NOUN_GIVEN } from "../../given-name-genders.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { twoWordNames } from "./honorific-surnames.ts";

/**
 * A capitalised word, a space, one capital letter with no full stop, then a stop or a lowercase
 * word ("Ned Q, a baker,", "Ned Q was held"). Never "A" or "I" (an article, a pronoun: "Will I
 * go"), never before another capitalised word ("Ned Q Foundation").
 */
const ONE_LETTER_NAME = /(?<![\p{L}\p{N}’'.-])(\p{Lu}\p{Ll}+) ([B-HJ-Z])(?=[,;:)]| \p{Ll})/uy;

/**
 * Records each such name whose first word is a common given name (never one of the rarer lists
 * nor a noun: "Bill C", "Plan B") and that no mention holds, as a person. Run after attribution:
 * no speaker changes (read before, one such name drew a quotation from the sentence before it).
 */
export function readOneLetterSurnames(r: EntityRegistry): void {
  const { body } = r.text;
  for (const { whole, first: given, second: letter, start, end } of twoWordNames(
    body,
    ONE_LETTER_NAME,
  )) {
    if (!GIVEN.has(given) || MORE_GIVEN.has(given) || NOUN_GIVEN.has(given)) continue;
    if (r.overlaps(start, end) || capitalisedWordBefore(body, start, false)) continue;
    const index = r.entityFor("person", whole, letter);
    r.pushMention(start, end, "name", index, r.text.sentenceIndexAt(start), null, true);
  }
}
