/**
 * English ordinal words that number one of a series ("the second debate", "a third-place
 * finish"). Source: the English ordinals first to twentieth, written by hand; "last" and "next"
 * are left out (they place a thing relative to the day of writing, not in a series).
 */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(
  (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth " +
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
  ).split(" "),
);
