// Attribution layer: a quotation inside the content clause of a reporting verb is the reporter's
// words. In "Ada Lund said that Ivo Vint's claim that the docks will close is “simply not true”"
// or "Lund said she wants Vint to explain his plan, because there is “no doubt” he …" an earlier
// rule credited the name inside the reported clause (a claim's owner, the subject of an
// infinitive, the subject of a relative clause); the one saying the words is the reporting
// verb's subject. A wrong speaker is worse than none: when that subject is not a person or
// organisation the registry is sure of, the quote is left without a speaker.
import { FINITE_AUXILIARY_VERBS } from "../../../../lexicons/function-words.ts";
import { CLAIM_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { MentionRecord } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { ADVERBS, VERBS } from "../sieve-words.ts";

const CLAIMS = CLAIM_NOUNS.trim().split(/\s+/).join("|");

/**
 * `Vint's claim that the docks will close is “…”`: the speaker owns a claim noun whose "that"
 * clause has a verb of its own ("will", "is") before a closing "is"/"was" that opens the mark's
 * predicate, so the quote judges the claim rather than being part of it (`Vint's claim that the
 * council is “corrupt”` stays Vint's).
 */
const OWNED_CLAIM = new RegExp(
  String.raw`^[^\s]*?[’']s?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:${CLAIMS})\s+that\s+(.+)\s(?:is|was|are|were)(?:\s+(?:not|just|simply|also|still|a|an|the))*\s*$`,
  "u",
);

/** A verb of the claim's own clause: a finite form of "be", an auxiliary or a modal ("isn't" too). */
const CLAUSE_VERB = new RegExp(String.raw`\b(?:${[...FINITE_AUXILIARY_VERBS].join("|")})\b`, "u");

/** `Vint to explain`, `Vint to further explain`: the speaker is an infinitive's subject. */
const INFINITIVE_SUBJECT = /^\S+\s+to\s+(?:\p{Ll}+ly\s+|further\s+)?(\p{Ll}+)\b/u;

/** `…, which some have argued …`: the speaker opens a relative clause. */
const RELATIVE_OPENER = /,\s*(?:which|who|whom)\s+$/u;

/**
 * Gives each direct quote whose speaker is named only inside the content clause of an earlier
 * reporting verb of its sentence (`Lund said (that) …`) in one of the shapes above to that verb's
 * subject; none when that subject is unsure or not a person or organisation.
 */
export function creditInnerClauseReporters(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const draft of drafts) {
    if (!draft.direct || typeof draft.speaker !== "number" || draft.cue === null) continue;
    const open = draft.start - 1;
    const sentence = text.sentenceAt(open);
    if (sentence === undefined || draft.cue.start < sentence.span.start) continue;
    const from = sentence.span.start;
    const lead = body.slice(from, open);
    // An earlier quotation or a semicolon: another clause may own the words.
    if (/[“”";]/.test(lead)) continue;
    const speaker = draft.speaker;
    const inLead = registry.mentions.filter((m) => m.start >= from && m.end <= open && !m.inQuote);
    const own = inLead.filter((m) => m.entity === speaker && !m.possessive);
    if (own.length > 1) continue;
    // A speaker no mention names ("some have argued") is placed at its cue.
    const inner = own[0]?.start ?? draft.cue.start;
    if (!innerShape(body, from, inner, open)) continue;
    const outer = reporterBefore(body, inLead, inner);
    if (outer === undefined || outer.entity === speaker) continue;
    const to = outer.entity;
    draft.refused = speaker;
    draft.speaker = to !== null && !outer.ambiguous && registry.canSpeak(to) ? to : null;
    draft.cue = { start: outer.start, end: outer.end };
  }
}

/** Whether the speaker, named at `inner`, sits in one of the reported-clause shapes that mislead a cue rule. */
function innerShape(body: string, from: number, inner: number, open: number): boolean {
  const after = body.slice(inner, open);
  const claim = OWNED_CLAIM.exec(after);
  if (claim !== null && CLAUSE_VERB.test(claim[1]!)) return true;
  const infinitive = INFINITIVE_SUBJECT.exec(after);
  if (infinitive !== null && VERBS.has(infinitive[1]!)) return true;
  // The relative clause is closed by a comma before the mark: the quote is in the outer clause.
  return RELATIVE_OPENER.test(body.slice(from, inner)) && after.includes(",");
}

/** The first mention before `before` that is the subject of a reporting verb right after it. */
function reporterBefore(
  body: string,
  mentions: readonly MentionRecord[],
  before: number,
): MentionRecord | undefined {
  for (const m of mentions) {
    if (m.start >= before) return undefined;
    if (m.possessive) continue;
    const words = body.slice(m.end, before).match(/^\s+([\p{L}’']+)(?:\s+([\p{L}’']+))?/u);
    if (words === null) continue;
    const first = words[1]!.toLowerCase();
    const verb = ADVERBS.has(first) && words[2] !== undefined ? words[2].toLowerCase() : first;
    if (VERBS.has(verb) && !verb.endsWith("ing")) return m;
  }
  return undefined;
}
