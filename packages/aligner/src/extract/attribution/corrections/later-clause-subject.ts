// Attribution layer: a quotation inside a later clause with a subject of its own. In `Lund calls
// the mayor “Mr. Vint,” while Vint calls her “Ada.”` the second quotation took the first clause's
// cue, though "while Vint calls her" opens a new clause whose subject says it.
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { earlierCueQuotes } from "./earlier-cue-quotes.ts";

/**
 * A new clause between the cue and the quotation: a comma, "while" / "whereas" / "but" (not
 * "and", which also closes a list of names: "expects Roe, Moe, and Vint to “…”"), then the
 * subject and its predicate up to the opening mark with no comma or quotation between.
 */
const NEW_CLAUSE = /,[”"]?\s+(?:while|whereas|but)\s+([^,;:“”"]+)$/;

/**
 * Gives a direct quote that took a cue from an earlier clause of its sentence the person who is
 * the subject of the later clause it stands in ("…, while Vint calls her “Ada.”").
 */
export function creditLaterClauseSubjects(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const { draft, cue, open } of earlierCueQuotes(text, drafts)) {
    const clause = NEW_CLAUSE.exec(body.slice(cue.end, open));
    if (clause === null) continue;
    const subjectStart = cue.end + clause.index + clause[0].length - clause[1]!.length;
    const subject = registry.mentions.find((m) => m.start === subjectStart && !m.possessive);
    if (subject === undefined || subject.form === "pronoun" || subject.ambiguous) continue;
    const to = subject.entity;
    if (to === null || to === draft.speaker || registry.kindOf(to) !== "person") continue;
    // The subject's verb follows it: a lowercase word right after the name.
    if (!/^\s+[a-z]/.test(body.slice(subject.end, open))) continue;
    draft.speaker = to;
    draft.cue = { start: subjectStart, end: open };
  }
}
