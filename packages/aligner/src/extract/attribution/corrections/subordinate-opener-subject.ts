// Attribution layer: a cue phrase that opens on a subordinate clause. In "While Lund has pledged
// to back Vint, Peter Devine suggested that …" the cue reader read the whole run before the verb
// as its subject and took the first person in it — the subordinate clause's subject, who is not
// the one suggesting. The main clause's subject (after the clause's comma) speaks; when no name
// stands there the speaker is left unknown rather than wrong.
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { VERBS } from "../sieve-words.ts";
import { moveSpeakersByCue } from "./cue-speaker-moves.ts";

/** A subordinator opening the cue phrase ("While", "But even as", "Although"). */
const SUBORDINATE_OPENER =
  /^(?:(?:But|And|Yet)\s+)?(?:even\s+)?(?:While|Whilst|Although|Though|Whereas|As|After|Before|Once|Since|Because|If|Unless|Until)\s/i;

/**
 * Gives each quote whose cue phrase opens on a subordinate clause the subject of the main clause
 * after the clause's last comma, or no speaker when the speaker it has is named only inside the
 * subordinate clause and the main clause names no one.
 */
export function creditMainClauseSubjects(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  moveSpeakersByCue(drafts, (_draft, cue, speaker) => {
    const phrase = body.slice(cue.start, cue.end);
    if (!SUBORDINATE_OPENER.test(phrase) || /[“”"]/.test(phrase)) return undefined;
    const comma = phrase.lastIndexOf(",");
    if (comma < 0) return undefined;
    const from = cue.start + comma;
    // "As Roe put it, …" / "As the Herald reported, …": the clause is the cue itself.
    // `As Roe had written, “…”`: a cue phrase that ends on the clause's comma is the clause.
    if (!/\p{L}/u.test(phrase.slice(comma))) return undefined;
    const clause = phrase.slice(0, comma);
    if (/^(?:\S+\s+)?as\s/i.test(clause) && phrase.split(/[^\p{L}]+/u).some(asCueVerb))
      return undefined;
    // The speaker must be named in the subordinate clause, not (also) in the main one.
    const before = registry.mentions.some(
      (m) => m.entity === speaker && m.start >= cue.start && m.end <= from,
    );
    if (!before) return undefined;
    const subject = registry.mentions.find(
      (m) => m.start > from && m.end <= cue.end && !m.possessive,
    );
    const to = subject === undefined || subject.ambiguous ? null : subject.entity;
    if (to === speaker) return undefined;
    return to;
  });
}

/** A verb that makes an "as" clause the cue itself ("as Roe put it", "as Roe pointed out"). */
function asCueVerb(word: string): boolean {
  return VERBS.has(word) || /^(?:puts?|pointed|points|wrote|writes)$/.test(word);
}
