/**
 * Adverbials that open a sentence by setting it at another occasion than the one just told: time
 * adverbials of anteriority ("Earlier", "Previously") and phrases contrasting one occasion with
 * another ("This time", "In a separate incident"). Source: hand-written by the project from
 * general English grammar (sentence adverbials of time and of contrast of occasion), not taken
 * from an evaluation corpus. Matched at a sentence's start, as written (capitalised first word).
 */
export const OTHER_OCCASION_OPENERS: readonly string[] = [
  "Earlier",
  "Previously",
  "Before that",
  "Prior to that",
  "This time",
  "Last time",
  "The last time",
  "The previous time",
  "On another occasion",
  "On a previous occasion",
  "Separately",
  "In a separate incident",
  "In a separate case",
  "In another incident",
  "In another case",
  "In an earlier incident",
  "In an earlier case",
];
