/**
 * English personal pronouns by what they can refer to. Source: the closed class of English
 * personal, possessive and reflexive pronouns (any grammar of English).
 */
export const PRONOUNS: ReadonlySet<string> = new Set([
  "i",
  "me",
  "my",
  "mine",
  "myself",
  "we",
  "us",
  "our",
  "ours",
  "ourselves",
  "you",
  "your",
  "yours",
  "yourself",
  "he",
  "him",
  "his",
  "himself",
  "she",
  "her",
  "hers",
  "herself",
  "it",
  "its",
  "itself",
  "they",
  "them",
  "their",
  "theirs",
  "themselves",
]);

/** Pronouns of one person with a known gender: "he" refers to a man, "she" to a woman. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, "he" | "she"> = new Map([
  ["he", "he"],
  ["him", "he"],
  ["his", "he"],
  ["himself", "he"],
  ["she", "she"],
  ["her", "she"],
  ["hers", "she"],
  ["herself", "she"],
]);

/** Subject pronouns that can speak. */
export const PERSON_PRONOUNS = new Set(["he", "she", "He", "She"]);

/**
 * Indefinite pronouns and quantifiers that stand for people without naming anyone ("Others, 12,
 * were hurt", "All said"). Source: the closed class of English indefinite pronouns.
 */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set([
  "all",
  "another",
  "any",
  "anybody",
  "anyone",
  "both",
  "each",
  "either",
  "everybody",
  "everyone",
  "few",
  "many",
  "most",
  "neither",
  "nobody",
  "none",
  "one",
  "others",
  "several",
  "some",
  "somebody",
  "someone",
]);
