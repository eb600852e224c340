// Language layer: which word of a counted noun phrase is its head, read with wink-nlp's POS tags
// (the aligner's one instance, english-model.ts).
import { its, nlp } from "../english-model.ts";

/** One or two words right after the first plural: lowercase, or a capitals' abbreviation before the last. */
const NOUNS_AFTER = /^ ([a-z]+|[A-Z]{2,5}(?= [a-z]))(?: ([a-z]+))?/;
const ABBREVIATION = /^[A-Z]+$/;
const PLURAL = /^(?:[a-z]*[^s\W]s|people|children|men|women)$/;
/** Words ending in "s" that never continue a noun phrase ("two officers was", "… as", "… thanks to"). */
const NEVER_NOUN =
  /^(?:was|is|has|as|its|his|this|thus|us|yes|always|perhaps|sometimes|across|unless|towards|besides|afterwards|whereas|less|thanks)$/;

/**
 * The rest of a counted noun phrase after the first word ending in "s" the count's pattern took:
 * "two plainclothes officers", "three sports fans", "four savings accounts", "two arms dealers"
 * count officers, fans, accounts and dealers, not the plural-looking word before them. The next
 * word (or the next two, "two plainclothes police officers") continues the phrase when each is
 * tagged NOUN in context and the last is plural (an abbreviation before it may be a proper noun:
 * "two plainclothes HCX officers"); a verb ("two suspects remains"), an adverb or punctuation ends it. Returns the text to add to the noun (" officers") or "".
 */
export function counterHeadRest(body: string, end: number, phrase: string): string {
  const after = NOUNS_AFTER.exec(body.slice(end, end + 48));
  if (after === null) return "";
  const words = [after[1] ?? "", after[2]].filter((w): w is string => w !== undefined);
  // Cheap checks first: some candidate must be plural and no function word, before any tagging.
  const last = words.findLastIndex((w) => PLURAL.test(w) && !NEVER_NOUN.test(w));
  if (last < 0 || NEVER_NOUN.test(words[0] ?? "")) return "";
  const doc = nlp.readDoc(`${phrase} ${words.join(" ")}`);
  const tokens = doc.tokens();
  const n = tokens.length();
  const tags = words.map((_, i) => tokens.itemAt(n - words.length + i).out(its.pos) as string);
  for (let k = last; k >= 0; k -= 1) {
    if (!PLURAL.test(words[k] ?? "")) continue;
    const noun = (t: string, i: number) =>
      t === "NOUN" || (t === "PROPN" && ABBREVIATION.test(words[i] ?? ""));
    if (tags.slice(0, k + 1).every(noun)) return ` ${words.slice(0, k + 1).join(" ")}`;
  }
  return "";
}
