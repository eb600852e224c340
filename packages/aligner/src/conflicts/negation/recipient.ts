// Whom a verb of giving is done to when the name stands after "to": "offered a contract to Ada
// Lund", "made an eight-year offer to free agent Ada Lund". Read for a negation's row only, beside
// the name right after the verb (`patientAt` in actor.ts).

/** A lower-case word or one opening on a digit ("eight-year", "2B"), then its space. */
const SMALL = String.raw`(?:[\p{Ll}\d][\p{L}\d'’-]*\s+)`;
/** An aside in brackets ("(terms undisclosed)"), passed over. */
const ASIDE = String.raw`(?:\([^()]*\)\s+)?`;

/**
 * The object's few words, an aside, "to", a few words of description, and the name: "an
 * eight-year contract (terms undisclosed) to free agent first baseman Ada Lund" → "Ada Lund".
 */
const RECIPIENT_AFTER = new RegExp(
  String.raw`^\s+${ASIDE}${SMALL}{0,3}${ASIDE}to\s+${SMALL}{0,4}((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]*)`,
  "u",
);

/**
 * The last word of the name a verb's object is given to, read in the text right after the verb or
 * its noun ("offer to free agent Ada Lund" → "Lund"); null when no "to" and name stand there.
 */
export function recipientAfter(text: string): string | null {
  const name = RECIPIENT_AFTER.exec(text)?.[1];
  // "to Lund's house" names a place of someone, not whom the thing is given to.
  if (name === undefined || /['’]s?$/u.test(name)) return null;
  return name.split(/\s+/).at(-1) ?? null;
}
