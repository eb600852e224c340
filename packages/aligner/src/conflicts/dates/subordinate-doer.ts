import { INNER_CLAUSE_OPENERS } from "../../../lexicons/clause-starters.ts";
import { VERBS as REPORTING_VERBS } from "../../extract/attribution/sieve-words.ts";
import { verbsIn } from "./day-values.ts";
import { namesIn } from "./written-names.ts";

/* Who did what a day dates when its verb stands in a clause opened inside the sentence ("He is
 * one of three candidates left after rival Ivo Vint dropped out Tuesday"): the sentence's first
 * verb is another's, so the subject read before it says nothing, but the names between the
 * opener and the dated verb are its doer. Issue 12, conflict audit, extra wide build half: "Bo
 * Knell, who dropped out on Saturday" was set against a rival who "dropped out … Tuesday" after
 * "after". */

/** Openers of a clause with a subject of its own; relatives ("who", "which", "that") stand for a
 * name before them and are read by doer-before-clause.ts. */
const SUBORDINATORS = INNER_CLAUSE_OPENERS.filter((w) => !["who", "which", "that"].includes(w));
const OPENER = new RegExp(`(?<![\\p{L}])(?:${SUBORDINATORS.join("|")})(?![\\p{L}])`, "giu");

/**
 * The names, by their last word, lower case, between the last clause opener before the dated verb
 * and the verb (`before`: the clause's text up to where the verb is written). Empty when no opener
 * stands there, a verb stands between (the names are another verb's), or no name is written.
 */
export function subordinateDoer(before: string, nameWords: ReadonlySet<string>): readonly string[] {
  const opener = [...before.matchAll(OPENER)].at(-1);
  if (opener === undefined) return [];
  const subject = before.slice((opener.index ?? 0) + opener[0].length);
  if (!/\S/u.test(subject) || verbsIn(subject).length > 0) return [];
  // "after Ivo Vint said he dropped out": a verb of saying is no happening verbsIn reads, but the
  // names before it are the sayer's.
  if (subject.split(/\s+/u).some((w) => REPORTING_VERBS.has(w.toLowerCase()))) return [];
  return namesIn(subject, nameWords);
}
