// Attribution layer: a pronoun subject is never the person its own clause names after it. In
// "He has declared Ivo Vint to be “a man raised for these times”" the pronoun was resolved to
// Vint, the nearest compatible person, yet "he" and "Vint" in one clause are two people (a name
// cannot be bound by a pronoun before it). The quote is left without a speaker, and Vint is
// refused so the speaker ranker does not hand it back: unknown is better than wrong.
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/** A cue phrase opening on "he"/"she", after at most an "And"/"But". */
const PRONOUN_CUE = /^(?:(?:and|but|yet)\s+)?(?:he|she)\s/iu;

/** One to four lowercase words between the pronoun and the name: its verb group, maybe "that". */
const VERB_GROUP = /^(?:\s+\p{Ll}+){1,4}\s+$/u;

/**
 * Drops the speaker of each direct quote whose cue opens on a pronoun resolved to a person whom
 * the same sentence names again, by name, between the pronoun and the quotation mark.
 */
export function dropPronounsBindingNamedObject(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const draft of drafts) {
    const cue = draft.cue;
    if (!draft.direct || typeof draft.speaker !== "number" || cue === null) continue;
    const open = draft.start - 1;
    if (cue.start >= open || !PRONOUN_CUE.test(body.slice(cue.start, cue.end))) continue;
    const between = body.slice(cue.start, open);
    // A sentence end, semicolon or colon between: another clause. (An earlier quoted phrase of
    // the same predicate, `declared Vint “anointed” and “…”`, keeps the clause.)
    if (/[.!?;:]/.test(between.replace(/[.!?,]?[”"]/gu, ""))) continue;
    const speaker = draft.speaker;
    const pronoun = registry.mentions.find(
      (m) => m.start >= cue.start && m.start < cue.end && m.form === "pronoun",
    );
    if (pronoun === undefined || pronoun.entity !== speaker) continue;
    // The name right after the pronoun's verb group ("he has declared Vint", "she calls Vint's
    // plan"): a name further on may sit in a modifier or another clause ("Vint supporters").
    const named = registry.mentions.some(
      (m) =>
        m.start > pronoun.end &&
        m.end <= open &&
        m.entity === speaker &&
        !m.possessive &&
        m.form !== "pronoun" &&
        VERB_GROUP.test(body.slice(pronoun.end, m.start)),
    );
    if (!named) continue;
    draft.refused = speaker;
    draft.speaker = null;
  }
}
