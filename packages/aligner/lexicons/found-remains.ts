/**
 * Words telling that someone's body was found ("the body of Ivo Vint was discovered on Tuesday"):
 * the finding of remains is a happening of its own, apart from the death, the killing or the
 * disaster that left them (src/events/found-remains.ts). Source: hand-written by the project from
 * general English (the nouns for a dead body and the past participles of the finding verbs of
 * HAPPENING_VERB_CLASSES in happening-verbs.ts, with "recovered"), not taken from an evaluation corpus.
 */
export const REMAINS_NOUNS: readonly string[] = ["body", "bodies", "remains", "corpse", "corpses"];

export const FINDING_PARTICIPLES: readonly string[] = [
  "found",
  "discovered",
  "uncovered",
  "located",
  "recovered",
];
