// Attribution layer: a "that" after a noun that a verb follows is a relative pronoun, not the
// "that" of a reported clause. In "Lund announced the plan with a speech that included …" or
// "Vint said he meets crews in a port that has lost …" the words after "that" tell which speech
// or port; they are no statement of the speaker's.
import { WEEKDAYS } from "../../../../lexicons/calendar-words.ts";
import { FINITE } from "./reported-clause.ts";

/** Words a speech verb's "that" may follow: time and manner ("said last week that", "said privately that"). */
const BEFORE_COMPLEMENT = new Set([
  ..."week month year weekend day morning afternoon evening night ago earlier later today yesterday tonight again also repeatedly publicly privately recently previously often once twice statement interview".split(
    " ",
  ),
  ...WEEKDAYS.map((d) => d.toLowerCase()),
]);

/**
 * Whether the "that" closing `gap` (the words between a speech verb and "that") opens a relative
 * clause: the gap ends on a noun (not a time or manner word, not an adverb in -ly) and the word
 * right after "that" is a finite verb ("a speech that included", "a port that has lost"). A "that"
 * right after the verb ("said that was wrong") is left alone.
 */
export function relativeThat(gap: string, next: string): boolean {
  const words = gap.match(/[\p{L}\d’'-]+/gu) ?? [];
  const last = words[words.length - 1];
  if (last === undefined) return false;
  const lower = last.toLowerCase();
  if (BEFORE_COMPLEMENT.has(lower) || lower.endsWith("ly")) return false;
  const verb = next.toLowerCase();
  return FINITE.has(verb) || (verb === next && verb.length > 4 && verb.endsWith("ed"));
}
