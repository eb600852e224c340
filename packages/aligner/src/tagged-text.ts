// Language layer: one wink reading of a text (its tokens, their tags, lemmas and stop-word flags),
// shared by lemmatisation (align/lemmas.ts), the acting party of a happening (events/acting-party.ts)
// and the describing verbs of a statement (conflicts/happenings/described-verbs.ts). Each of them parsed the
// same statement texts on its own, three parses of every distinct text of a story.
import { its, nlp } from "./english-model.ts";
import { withBarsAsEmDashes } from "./extract/dash-styles.ts";

/** A text's tokens as wink reads them, index by index. */
export type TaggedText = {
  readonly values: readonly string[];
  readonly pos: readonly string[];
  /** wink's lemma of each token, as it gives it (not lowercased). */
  readonly lemmas: readonly string[];
  readonly stops: readonly boolean[];
};

// Recombined stories repeat sentences verbatim (agency copy, quotes): each distinct text is parsed
// once. Bounded so a long-running server does not grow without end.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, TaggedText>();

export function taggedText(text: string): TaggedText {
  const known = cache.get(text);
  if (known) return known;
  // wink tags a horizontal bar as an unknown word (X) but an em dash as punctuation (PUNCT): the
  // bar is read as the dash it is, so a clause end after a relative (described-verbs.ts) is seen.
  const tokens = nlp.readDoc(withBarsAsEmDashes(text)).tokens();
  const read: TaggedText = {
    values: tokens.out(its.value) as string[],
    pos: tokens.out(its.pos) as string[],
    // wink types `lemma` as needing model add-ons; the lite model ships them.
    lemmas: tokens.out(its.lemma as never) as unknown as string[],
    stops: tokens.out(its.stopWordFlag) as unknown as boolean[],
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, read);
  return read;
}
