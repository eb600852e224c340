/**
 * Verbs that tell one happening in other words when two outlets give a figure or a day for it
 * ("a fire gutted the depot" / "a fire destroyed the depot", "was found dead" / "was discovered
 * dead"). Wider than EVENT_VERB_CLASSES (event-words.ts, which owns the verb classes of story
 * events): these rows are read only when figures and days are paired for a conflict
 * (src/conflicts/happening-verbs.ts), never when the story's events are built for alignment, where
 * a wider class would join two happenings of a mixed story. Each row is one class, read as its
 * first word; a row may hold the first word of an EVENT_VERB_CLASSES row, which brings that whole
 * class in. Source: hand-written by the project from general English (the near-synonyms any
 * thesaurus lists for ruin, finding and acquiring), not taken from an evaluation corpus; "find" is
 * a light verb for story events and counts here only beside its synonyms.
 */
export const HAPPENING_VERB_CLASSES: readonly (readonly string[])[] = [
  ["destroy", "level", "flatten", "gut", "demolish", "wreck", "burn"],
  ["find", "discover", "uncover", "locate"],
  ["place", "put"],
];

/**
 * Verbs that tell an arrest when a person is taken ("a suspect seized on Friday", "police captured
 * the gunman") and something else when a thing is ("seized the assets", "captured the town"): read
 * as the arrest class only beside a person they take (conflicts/happenings/custody-verbs.ts). Source:
 * hand-written from general English (the near-synonyms any thesaurus lists for arrest that also
 * take things), not taken from an evaluation corpus.
 */
export const CUSTODY_VERBS: ReadonlySet<string> = new Set(["seize", "capture"]);

/**
 * Verbs of harm done to a thing, whatever its extent ("the hall was badly damaged by fire on
 * Friday" / "a fire devastated the hall Friday", "the cables were cut" / "the cables were
 * damaged"): outlets word one harm with any of them. Read only when a date row is completed with
 * an outlet giving one of its days for the same thing harmed (conflicts/dates/harm-told.ts), never to set
 * two days or figures against each other (a count of homes damaged is not one of homes destroyed);
 * the destroy class above counts too. Source: hand-written from general English (the near-synonyms
 * any thesaurus lists for damage), not taken from an evaluation corpus.
 */
export const HARM_VERBS: ReadonlySet<string> = new Set([
  "damage",
  "devastate",
  "ravage",
  "rip",
  "cut",
  "sever",
  "smash",
]);
