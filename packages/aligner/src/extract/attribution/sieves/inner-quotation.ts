// Attribution layer: a short quotation inside a cue's subject (`“…,” Ivo Vint, wearing a
// “Harbour First” pin, said`) names a slogan or a title, not words said: the trailing readers
// read past it as past the other words of an appositive.

/** A quotation of at most 40 characters on one line, with no punctuation of its own inside. */
const SHORT_QUOTATION = /[“"][^“”"\n;:!?,.]{1,40}[”"]/gu;

/** The cue words with each short quotation in them blanked (same length, offsets kept). */
export function withoutShortQuotations(words: string): string {
  return words.replace(SHORT_QUOTATION, (q) => " ".repeat(q.length));
}
