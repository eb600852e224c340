// Attribution layer: a speaking he/she after a sentence whose subject is only a description of
// someone ("Vint asked Admiral Weller the question. Later, the admiral laughed. “…,” he said.") is
// that described person, not the person named before the description. The pronoun resolver reads
// back to the nearest sentence that names someone and passes over a description; this pass
// moves the quote to the person the registry knows the description as, or leaves it unknown.

import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { GENDERED_PERSON_NOUNS, PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { MentionRecord } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { POSSESSIVE_AFTER } from "../../entities/pronouns/possessor-names.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/** How many mentions back the speaker's last mention is looked for. */
const BACK_REACH = 64;

/**
 * "the admiral", "his wife" or "Ivo Vint’s wife" and at most two lowercase words before its head,
 * opening the sentence or standing after a comma or dash that ends an opening phrase, then a
 * lowercase word (its verb).
 */
const DESCRIBED_SUBJECT =
  /(?:^|[,—–]\s*|\s-\s+)((?:[Tt]he|[Hh]is|[Hh]er|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+))\s+([a-z]+)\b/gu;

/** A lowercase noun heading a description of one person: "admiral", "pilot" — not "men". */
function singlePersonHead(word: string): boolean {
  if (/s$/.test(word) && !/ss$/.test(word)) return false;
  if (word === "men" || word === "women" || word === "people") return false;
  return PERSON_NOUNS.has(word) || TITLE_HEADS.has(word);
}

/**
 * Moves or clears the speaker of quotes whose he/she cue comes after a sentence that names no one
 * and whose subject describes a person: that description's person when the registry reads one of
 * the pronoun's gender there (named, or the description itself: "the partner"), else no speaker,
 * refused to the ranker as well. The pronoun goes with the quote, so the entity that speaks holds
 * the he/she its words are credited by.
 */
export function creditDescribedAntecedents(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  const moves: { draft: QuoteDraft; pronoun: MentionRecord; to: number | null }[] = [];
  for (const draft of drafts) {
    if (draft.cue === null || typeof draft.speaker !== "number") continue;
    const speaker = draft.speaker;
    const pronoun = speakingPronoun(registry, body, draft.cue, speaker);
    if (pronoun === undefined) continue;
    const gender = body.slice(pronoun.start, pronoun.end).toLowerCase();
    const described = describedBetween(text, registry, pronoun, speaker, gender);
    if (described === null) continue;
    // "Ivo Vint’s wife", "his wife": someone the article has not named here; read as nobody (the
    // registry would take up the possessor).
    const possessed = !/^[Tt]he\s/.test(body.slice(described.start, described.end));
    const found = possessed ? null : registry.speakerFromPhrase(described.start, described.end);
    if (found === speaker) continue;
    const record = typeof found === "number" ? registry.entities[found] : undefined;
    const fits = record?.kind === "person" && (record.gender === null || record.gender === gender);
    moves.push({ draft, pronoun, to: fits && typeof found === "number" ? found : null });
  }
  for (const { draft, pronoun, to } of moves) {
    pronoun.entity = to;
    pronoun.candidates = to === null ? [] : [to];
    if (to !== null) {
      draft.speaker = to;
      continue;
    }
    draft.refused = draft.speaker as number;
    draft.speaker = null;
    draft.cue = null;
  }
}

/** The he/she inside the cue that the quote's speaker was resolved from. */
function speakingPronoun(
  registry: EntityRegistry,
  body: string,
  cue: { start: number; end: number },
  speaker: number,
): MentionRecord | undefined {
  for (let i = registry.firstFrom(cue.start); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= cue.end) break;
    if (m.entity !== speaker || m.form !== "pronoun" || m.possessive || m.inQuote) continue;
    if (m.end <= cue.end && /^(?:he|she)$/i.test(body.slice(m.start, m.end))) return m;
  }
  return undefined;
}

/**
 * The span of the person description that is the subject of the last sentence between the
 * speaker's last mention and the pronoun's sentence, when that sentence names nobody outside
 * quotation marks but as a possessor ("Ivo Vint’s wife"); null when the pronoun's own sentence
 * names someone before it, or no such description of the pronoun's gender stands between.
 */
function describedBetween(
  text: ArticleText,
  registry: EntityRegistry,
  pronoun: MentionRecord,
  speaker: number,
  gender: string,
): { start: number; end: number } | null {
  const { body } = text;
  const own = text.sentences[pronoun.sentence];
  if (own === undefined) return null;
  let antecedent = -1;
  const named = new Set<number>();
  const first = registry.firstFrom(own.span.start);
  // A bounded look back: a run-on text of thousands of mentions must not make this quadratic.
  for (let i = first - 1; i >= Math.max(0, first - BACK_REACH); i -= 1) {
    const m = registry.mentions[i]!;
    if (m.inQuote || m.entity === null || !registry.canSpeak(m.entity)) continue;
    if (m.entity === speaker) {
      antecedent = m.sentence;
      break;
    }
    if (!m.possessive && !POSSESSIVE_AFTER.test(body.slice(m.end, m.end + 3)))
      named.add(m.sentence);
  }
  if (antecedent < 0) return null;
  for (let i = first; i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= pronoun.start) break;
    if (m.inQuote || m.entity === null || m.entity === speaker) continue;
    if (registry.canSpeak(m.entity)) return null;
  }
  for (let s = pronoun.sentence - 1; s > antecedent; s -= 1) {
    if (named.has(s)) return null;
    const found = describedSubject(text, s, gender);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The person description of the pronoun's gender (a noun that gives none, or its own) that is the
 * subject of sentence `s`, outside quotation marks.
 */
function describedSubject(
  text: ArticleText,
  s: number,
  gender: string,
): { start: number; end: number } | null {
  const { body } = text;
  const { start, end } = text.sentences[s]!.span;
  const sentence = body.slice(start, end);
  for (const m of sentence.matchAll(DESCRIBED_SUBJECT)) {
    const phrase = m[1]!;
    const at = start + m.index + m[0].indexOf(phrase);
    if (text.quotationIndexAt(at) >= 0) continue;
    const head = m[2]!;
    if (!singlePersonHead(head) || PREPOSITIONS.has(m[3]!)) continue;
    if ((GENDERED_PERSON_NOUNS.get(head) ?? gender) !== gender) continue;
    return { start: at, end: at + phrase.length };
  }
  return null;
}
