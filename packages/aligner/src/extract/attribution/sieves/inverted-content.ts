/**
 * `“Celebrity Gala,” note that he had just bought a hotel in Orrin`: after a closing mark, a
 * reporting verb followed by a content clause ("that …", "how …", "whether …") goes on to what is
 * reported — a coordinated predicate of an earlier subject — and is no inverted cue: the words
 * after it name no speaker. `phrase` is the text right after the verb.
 */
export function contentAfterVerb(phrase: string): boolean {
  return /^\s*(?:that|how|why|whether|what|if)\s/.test(phrase);
}
