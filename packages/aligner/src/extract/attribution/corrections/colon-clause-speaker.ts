// Attribution layer: a quotation opened by its own "Name verb:" clause. In `Lund said that the
// plan was sound, to which Vint replied: “It is not.”` the quotation sits at the end of Lund's
// reported clause and took Lund's cue, though the clause just before its colon names who speaks
// it. PolNeAR train: the colon clause's subject is the gold source in each such sentence.
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { earlierCueQuotes } from "./earlier-cue-quotes.ts";

/**
 * The clause right before a quotation's colon: after the last comma or semicolon, an optional
 * lowercase lead-in ("to which", "and then"), then the subject and at most two more words.
 */
const COLON_CLAUSE = /[,;]\s+((?:[a-z]+\s+){0,2})([^,;:“”"]+?):\s*$/;

/**
 * Gives a direct quote that took an earlier cue in its sentence the person named as the subject
 * of the "Name verb:" clause that opens it, when that is someone else, and ends the earlier cue's
 * reported clause before the colon clause.
 */
export function creditColonClauseSubjects(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const { draft, cue, open } of earlierCueQuotes(text, drafts)) {
    const clause = COLON_CLAUSE.exec(body.slice(cue.end, open));
    if (clause === null) continue;
    const subjectStart = cue.end + clause.index + clause[0].indexOf(clause[2]!, 1);
    const subject = registry.mentions.find((m) => m.start === subjectStart && !m.possessive);
    if (subject === undefined || subject.form === "pronoun") continue;
    // The subject, then the verb: at most two words between the name and the colon.
    const rest = body.slice(subject.end, subjectStart + clause[2]!.length).trim();
    if (rest === "" || rest.split(/\s+/).length > 2) continue;
    const to = subject.ambiguous ? null : subject.entity;
    if (to !== null && registry.kindOf(to) !== "person") continue;
    if (to === draft.speaker) continue;
    // The reported clause that ran on into the colon clause ends at its comma.
    const comma = cue.end + clause.index;
    for (const other of drafts) {
      if (other.direct || other.cue?.start !== cue.start) continue;
      if (other.start < comma && other.end > open) other.end = comma;
    }
    draft.speaker = to;
    draft.cue = { start: subjectStart, end: open };
  }
}
