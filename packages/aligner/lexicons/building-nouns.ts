// Common nouns of rooms and buildings, lowercase, as news English writes them after a person's
// name that names the room or building ("the Ada Lund briefing room", "the Ivo Vint federal
// building"). Source: general English knowledge — the nouns of public rooms and buildings, in
// British and American spelling; written for issue 11 when a name before "briefing room" read
// as a person present on PolNeAR TRAIN. The capitalised heads of such names ("… Center", "… Hall")
// are NAMED_THING_HEADS in organization-words.ts.

/** Rooms and buildings that may be named after a person. */
export const BUILDING_NOUNS: ReadonlySet<string> = new Set([
  "room",
  "hall",
  "building",
  "center",
  "centre",
  "library",
  "auditorium",
  "theater",
  "theatre",
  "stadium",
  "arena",
  "airport",
  "courthouse",
  "museum",
  "hospital",
  "ballroom",
  "gym",
  "gymnasium",
  "chapel",
  "pavilion",
  "terminal",
  "wing",
  "suite",
  "lounge",
  "annex",
]);
