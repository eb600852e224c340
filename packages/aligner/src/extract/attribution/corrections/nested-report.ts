// Attribution layer: a report nested in another speaker's report. In "Harbour Watch noted Mayor
// Ivo Vint said the quay would close" or "Ada Lund cited reports that Vint said the quay would
// close" the cue reader finds only the inner cue, and gives the reported clause to Vint; the
// article has it from the outer reporter, whom PolNeAR credits (train BUILD: each such sentence
// read credited the outer reporter). The inner speaker stays the speaker and the outer reporter
// becomes the quote's `via`; when the outer reporter is no sure person or organisation the quote
// is left without a speaker, since crediting the inner one would be wrong. When the outer verb
// has a reported clause of its own holding this one, its speaker is the via.
import { PASSING_ON_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import { firstIndexWhere } from "../../../sorted-search.ts";
import type { ArticleText } from "../../article-text.ts";
import type { MentionRecord } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { ADVERBS, VERBS } from "../sieve-words.ts";

/** A word of the inner speaker's description: a capitalised word, a possessor or an article. */
const DESCRIPTION_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}.-]*|[\p{L}\p{N}.-]+[’']s|the|a|an)`;

/**
 * The words between the outer verb and the inner speaker's name, read backwards from the name: an
 * optional "that", "out that" (pointed out), a report noun ("reports that", "a report that"), and
 * `words` words of the inner speaker's description ("FBI Director", "the paper's"). Tried with
 * the fewest description words first, so the verb is the one nearest the name.
 */
const OUTER_VERB_BEFORE = [0, 1, 2, 3].map(
  (words) =>
    new RegExp(
      String.raw`(?:^|\s)(\p{Ll}+)(?:\s+out)?(?:\s+(?:(?:a|the)\s+)?(?:reports?|accounts?))?\s+(?:that\s+)?(?:${DESCRIPTION_WORD}\s+){${words}}$`,
      "u",
    ),
);

/** The outer verb before the inner speaker's name, with where it starts in `lead`. */
function outerVerb(lead: string): { word: string; at: number } | null {
  for (const pattern of OUTER_VERB_BEFORE) {
    const m = pattern.exec(lead);
    if (m === null) continue;
    const word = m[1]!;
    if (VERBS.has(word) || OTHER_OUTER_VERBS.has(word))
      return { word, at: m.index + m[0].indexOf(word) };
  }
  return null;
}

const OTHER_OUTER_VERBS: ReadonlySet<string> = new Set(PASSING_ON_VERB_FORMS.trim().split(/\s+/));

/**
 * Gives each reported clause whose speaker is named right after another reporting verb of its
 * sentence (with no quote of that verb's own) the outer verb's subject as its `via`; none when
 * that subject is not sure.
 */
export function creditNestingReporters(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  const clauses = indirectByStart(drafts);
  for (const draft of drafts) {
    if (draft.direct || typeof draft.speaker !== "number" || draft.cue === null || draft.via)
      continue;
    const sentence = text.sentenceAt(draft.start);
    if (sentence === undefined) continue;
    const from = Math.max(sentence.span.start, draft.start - READ_BACK);
    const speaker = draft.speaker;
    const inLead = registry.mentionsWithin(from, draft.start).filter((m) => !m.inQuote);
    const named = inLead.filter((m) => m.entity === speaker && !m.possessive).at(-1);
    // "Lund said she hoped that …": a he/she after the verb is most often its own subject.
    if (named?.form === "pronoun") continue;
    // A speaker no mention names (a surname read only at its cue) is placed at its cue.
    const innerStart = named?.start ?? draft.cue.start;
    if (innerStart < from || !/^\p{Lu}/u.test(body.slice(innerStart, innerStart + 1))) continue;
    // The inner name is its cue's subject ("Vint said in a call that"), not a name inside a
    // clause of its own ("candidates like Moss, who claimed that"); an occasion may come between
    // ("Vint said in a call from the deck of a trawler that").
    const toContent = body.slice(named?.end ?? innerStart, draft.start);
    if (toContent.length > 120 || /[,;(]/.test(toContent)) continue;
    const lead = body.slice(from, innerStart);
    if (/[“”";:]/.test(lead)) continue;
    const verb = outerVerb(lead);
    if (verb === null) continue;
    const verbStart = from + verb.at;
    // "Lund said that Vint said …": the outer verb's own clause holds this one, and its speaker
    // is the reporter the article has the words from.
    const holder = clauseHolding(clauses, draft, innerStart);
    if (holder !== undefined) {
      if (typeof holder.speaker === "number" && holder.speaker !== speaker && holder.cue)
        draft.via = {
          speaker: holder.speaker,
          start: holder.cue.start,
          end: holder.cue.end,
          nameStart: holder.cue.start,
        };
      continue;
    }
    // A participle ("…, pointing out that Vint said") has its subject further back: none is read.
    const outer = verb.word.endsWith("ing")
      ? undefined
      : subjectRightBefore(body, inLead, verbStart);
    const sure =
      outer !== undefined &&
      outer.entity !== null &&
      outer.entity !== speaker &&
      !outer.ambiguous &&
      registry.canSpeak(outer.entity);
    if (sure) {
      draft.via = {
        speaker: outer.entity,
        start: outer.start,
        end: outer.end,
        nameStart: outer.start,
      };
    } else if (outer === undefined || outer.entity !== speaker) {
      draft.refused = speaker;
      draft.speaker = null;
    }
  }
}

/**
 * How far before a reported clause the rule reads. A prose sentence is far shorter; a run-on text
 * with no sentence end ("A said the B said the C said …" for a megabyte) would otherwise make
 * every clause read all the clauses and mentions before it.
 */
const READ_BACK = 1000;

type Clause = { draft: QuoteDraft; order: number };

/** The reported clauses (drafts not direct) by start, each with its place among the drafts. */
function indirectByStart(drafts: readonly QuoteDraft[]): Clause[] {
  return drafts
    .map((draft, order) => ({ draft, order }))
    .filter((c) => !c.draft.direct)
    .sort((x, y) => x.draft.start - y.draft.start || x.order - y.order);
}

/**
 * The first reported clause (in draft order) other than `draft` that holds `at`, among those
 * starting at most READ_BACK before it.
 */
function clauseHolding(clauses: readonly Clause[], draft: QuoteDraft, at: number) {
  let best: Clause | undefined;
  for (let i = firstIndexWhere(clauses, (c) => c.draft.start > at) - 1; i >= 0; i -= 1) {
    const c = clauses[i]!;
    if (c.draft.start < at - READ_BACK) break;
    if (c.draft !== draft && at < c.draft.end && (best === undefined || c.order < best.order))
      best = c;
  }
  return best?.draft;
}

/** The mention whose end is followed by the verb at `verbStart`, past an adverb ("Lund also noted"). */
function subjectRightBefore(
  body: string,
  mentions: readonly MentionRecord[],
  verbStart: number,
): MentionRecord | undefined {
  for (const m of mentions) {
    if (m.end > verbStart || m.possessive) continue;
    const gap = body.slice(m.end, verbStart);
    if (/^\s+$/.test(gap)) return m;
    const adverb = /^\s+(\p{Ll}+)\s+$/u.exec(gap);
    if (adverb !== null && ADVERBS.has(adverb[1]!)) return m;
  }
  return undefined;
}
