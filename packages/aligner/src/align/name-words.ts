/** A word written with a capital and lowercase letters after it ("Harbour", "Act"). */
const CAPITALISED = /^[A-Z][a-z]/;
/** A word written all in lowercase letters: running text, not a name. */
const LOWERCASE = /^[a-z]/;

/**
 * Whether a text is written in running case: of its words after the first that are no names
 * (by their tags), more start lowercase than with a capital. A headline in title case ("Harbour
 * Council Bans Night Fishing") capitalises its verbs and prepositions too, so there no capital
 * says a word is part of a name.
 */
export function runningCase(values: readonly string[], tags: readonly string[]): boolean {
  let lower = 0;
  let upper = 0;
  for (let i = 1; i < values.length; i += 1) {
    if (tags[i] === "PROPN") continue;
    const value = values[i] as string;
    if (LOWERCASE.test(value)) lower += 1;
    else if (CAPITALISED.test(value)) upper += 1;
  }
  return lower > upper;
}

/**
 * Whether the verb form at `at` continues a capitalised name — it follows a capitalised word or a
 * name ("the Threatened Birds Act", "the Tessa Mend Clinic") — in a text written in running case
 * (`runningCase`): it is a word of the name of a law, a building or an organisation, not a
 * happening the statement tells. Read as one, "Act" makes every line naming the law a telling of
 * some act, and "Mend" in "the Tessa Mend Clinic" a verb whose lines are one happening. A name's
 * first word is left as read: nothing before it says it is no verb ("Mending Hands Clinic" and
 * "mending the nets" open alike).
 */
export function insideName(
  values: readonly string[],
  tags: readonly string[],
  at: number,
  running: boolean,
): boolean {
  if (!running || at < 2 || tags[at] !== "VERB" || !CAPITALISED.test(values[at] ?? ""))
    return false;
  return tags[at - 1] === "PROPN" || CAPITALISED.test(values[at - 1] as string);
}
