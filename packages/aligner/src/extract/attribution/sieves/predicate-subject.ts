// Attribution layer: whether the predicate between a main clause's verb and a quotation holds a
// clause with a subject of its own, so the quoted words are that clause's, not the main subject's:
// "Gov. Ada Lund signed the order, while Ivo Vint proposed a “…”" (a conjunction and a new
// subject, second-clause.ts), or "Lund reopened the case, a matter Vint brought up as “…”" (a
// name right before a past form: a relative clause with no "that").

import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import { opensSecondClause } from "../second-clause.ts";

/** A capitalised word, then a past form: "Vint brought", "the Council rejected". */
const NAME_THEN_PAST = /(?<=[\p{Ll},]\s+)\p{Lu}[\p{L}’'-]+\s+(\p{Ll}+)(?![\p{L}’'-])/gu;

/**
 * Whether `between` (the words from the end of the main verb to the quotation's opening mark)
 * opens a second clause with its own subject: a conjunction and a new subject after a comma or
 * dash, or a capitalised word inside the predicate followed by a past form ("-ed" or irregular).
 */
export function predicateHasOwnSubject(between: string): boolean {
  if (opensSecondClause(between)) return true;
  NAME_THEN_PAST.lastIndex = 0;
  for (let m = NAME_THEN_PAST.exec(between); m !== null; m = NAME_THEN_PAST.exec(between)) {
    const verb = m[1]!;
    if (IRREGULAR_PAST.has(verb) || /^\p{Ll}{2,}ed$/u.test(verb)) return true;
  }
  return false;
}
