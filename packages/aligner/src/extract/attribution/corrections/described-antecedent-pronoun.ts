// Attribution layer: a speaking he/she after a sentence whose subject is only a description of
// someone ("Vint asked Admiral Weller the question. Later, the admiral laughed. “…,” he said.") is
// that described person, not the person named before the description. The pronoun resolver reads
// back to the nearest sentence that names someone and passes over a description; this pass
// moves the quote to the person the registry knows the description as, or leaves it unknown.

import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { isPartyMemberWord } from "../../../../lexicons/party-words.ts";
import { GENDERED_PERSON_NOUNS, PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { MentionRecord } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { POSSESSIVE_AFTER } from "../../entities/pronouns/possessor-names.ts";
import { tagsAt } from "../../tagged-words.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { VERBS } from "../sieve-words.ts";
import { continueSpeechRuns } from "./speech-runs.ts";

/** How many mentions back the speaker's last mention is looked for. */
const BACK_REACH = 64;

/** Characters before a he/she in its own sentence read for another name: more than any sentence. */
const NAMED_REACH = 10_000;

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
    // A description before the speaker's own sentence names its person or nobody: an unnamed
    // "the Harbour senator" is seldom whom the article goes on quoting by name.
    const fits =
      record?.kind === "person" &&
      (record.gender === null || record.gender === gender) &&
      !(described.opening && record.unnamed);
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

/**
 * A quote left without a speaker whose he/she cue the resolver could not read ("Later, the admiral
 * smiled. “…,” he said.") takes the named person the registry reads the description as, when the
 * description is the subject of one of the sentences right before (none of them naming anyone but
 * as a possessor) and its gender fits.
 */
export function creditDescribedAntecedentsOfUnknown(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  const credited = new Set<QuoteDraft>();
  for (const draft of drafts) {
    if (!draft.direct || typeof draft.speaker === "number") continue;
    const cue = draft.cue ?? closingPronounCue(registry, body, draft.end);
    if (cue === null) continue;
    const pronoun = speakingPronoun(registry, body, cue, null);
    if (pronoun === undefined) continue;
    const gender = body.slice(pronoun.start, pronoun.end).toLowerCase();
    const own = text.sentences[pronoun.sentence];
    if (own === undefined) continue;
    const first = registry.firstFrom(own.span.start);
    if (namesBefore(registry, first, pronoun.start, null)) continue;
    const described = describedInSentencesBefore(text, registry, pronoun.sentence, first, gender);
    if (described === null || !/^[Tt]he\s/.test(body.slice(described.start, described.end)))
      continue;
    const found = registry.speakerFromPhrase(described.start, described.end);
    if (typeof found !== "number" || found === draft.refused) continue;
    const record = registry.entities[found]!;
    if (record.kind !== "person" || record.unnamed) continue;
    if (record.gender !== null && record.gender !== gender) continue;
    draft.speaker = found;
    draft.cue = cue;
    pronoun.entity = found;
    pronoun.candidates = [found];
    pronoun.ambiguous = false;
    credited.add(draft);
  }
  // `“…,” he said. “…”`: the quotation continuing one credited here takes its speaker too.
  for (const draft of drafts) {
    if (draft.continues === undefined || !credited.has(draft.continues)) continue;
    continueSpeechRuns(body, [draft]);
    if (draft.speaker !== null) credited.add(draft);
  }
}

/**
 * `“…,” he said`: the he/she and reporting verb right after the quotation's closing mark, when the
 * cue reader left the quote without a cue (its he/she named no one).
 */
function closingPronounCue(
  registry: EntityRegistry,
  body: string,
  end: number,
): { start: number; end: number } | null {
  const m = registry.mentions[registry.firstFrom(end)];
  if (m === undefined || m.form !== "pronoun" || m.possessive || m.start - end > 4) return null;
  if (/\p{L}/u.test(body.slice(end, m.start))) return null;
  const verb = /^\s+(\p{Ll}+)/u.exec(body.slice(m.end, m.end + 20))?.[1];
  if (verb === undefined || !VERBS.has(verb)) return null;
  return { start: m.start, end: body.indexOf(verb, m.end) + verb.length };
}

/**
 * Whether a person or organisation other than `except` is named in [mentions[first], before),
 * read back from `before` no further than NAMED_REACH characters: read from the sentence's start,
 * a run-on sentence of "“…,” he said and" was quadratic.
 */
function namesBefore(
  registry: EntityRegistry,
  first: number,
  before: number,
  except: number | null,
): boolean {
  for (let i = registry.firstFrom(before) - 1; i >= first; i -= 1) {
    const m = registry.mentions[i]!;
    if (m.start < before - NAMED_REACH) break;
    if (m.inQuote || m.entity === null || m.entity === except) continue;
    if (registry.canSpeak(m.entity)) return true;
  }
  return false;
}

/** How many sentences back a description may stand for a he/she the resolver left unread. */
const SENTENCES_BACK = 3;

/**
 * The description subject of the nearest of the sentences before `sentence` (at most
 * SENTENCES_BACK), none of which names a person or organisation but as a possessor.
 */
function describedInSentencesBefore(
  text: ArticleText,
  registry: EntityRegistry,
  sentence: number,
  first: number,
  gender: string,
): { start: number; end: number } | null {
  const { body } = text;
  const stop = Math.max(0, sentence - SENTENCES_BACK);
  for (let i = first - 1; i >= 0; i -= 1) {
    const m = registry.mentions[i]!;
    if (m.sentence < stop) break;
    if (m.inQuote || m.entity === null || !registry.canSpeak(m.entity)) continue;
    if (!m.possessive && !POSSESSIVE_AFTER.test(body.slice(m.end, m.end + 3)))
      return describedAfter(text, m.sentence + 1, sentence, gender);
  }
  return describedAfter(text, stop, sentence, gender);
}

/** The description subject of the last sentence in [from, to) that has one. */
function describedAfter(
  text: ArticleText,
  from: number,
  to: number,
  gender: string,
): { start: number; end: number } | null {
  for (let s = to - 1; s >= from; s -= 1) {
    const found = describedSubject(text, s, gender);
    if (found !== null) return found;
  }
  return null;
}

/** The he/she inside the cue that the quote's speaker (null: none) was resolved from. */
export function speakingPronoun(
  registry: EntityRegistry,
  body: string,
  cue: { start: number; end: number },
  speaker: number | null,
): MentionRecord | undefined {
  for (let i = registry.firstFrom(cue.start); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= cue.end) break;
    if (m.form !== "pronoun" || m.possessive || m.inQuote) continue;
    if (speaker === null ? m.entity !== null && !m.ambiguous : m.entity !== speaker) continue;
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
): { start: number; end: number; opening?: boolean } | null {
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
  if (namesBefore(registry, first, pronoun.start, speaker)) return null;
  for (let s = pronoun.sentence - 1; s > antecedent; s -= 1) {
    if (named.has(s)) return null;
    const found = describedSubject(text, s, gender);
    if (found !== null) return found;
  }
  const opening = describedBeforeNames(text, registry, antecedent, speaker, gender);
  return opening === null ? null : { ...opening, opening: true };
}

/**
 * The person description opening sentence `s` when every person or organisation the sentence
 * names comes after it, and not as its appositive or its title's name, and the speaker is named
 * there only as an object or a possessor ("The Harbour Republican gave Ivo Vint some credit, but
 * he warned …": the sentence is the description's). Null when the sentence opens otherwise, or
 * names the speaker as the subject of a clause of its own ("The candidate took to the airwaves,
 * in which Vint said …": the description may be Vint).
 */
function describedBeforeNames(
  text: ArticleText,
  registry: EntityRegistry,
  s: number,
  speaker: number,
  gender: string,
): { start: number; end: number } | null {
  const sentence = text.sentences[s];
  if (sentence === undefined) return null;
  // A run-on "sentence" longer than any real one is not read (a scan per quote was quadratic).
  if (sentence.span.end - sentence.span.start > OPENING_SENTENCE_REACH) return null;
  const described = describedOpening(text, s, gender);
  if (described === null) return null;
  const { body } = text;
  let named = false;
  for (let i = registry.firstFrom(sentence.span.start); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= sentence.span.end) break;
    if (m.inQuote || m.entity === null || !registry.canSpeak(m.entity)) continue;
    if (m.start < described.end) return null;
    // "The nominee, Ivo Vint, said …", "The Harbour senator Ivo Vint": the name is the subject.
    if (!named && /^[\s,]*$/.test(body.slice(described.end, m.start))) return null;
    if (m.entity !== speaker || m.form === "pronoun") continue;
    if (!POSSESSIVE_AFTER.test(body.slice(m.end, m.end + 3))) {
      const next = /^\s+([a-z]+)/.exec(body.slice(m.end, m.end + 24));
      if (next === null) return null;
      const tags = tagsAt(
        body,
        sentence.span.start,
        sentence.span.end,
        m.end + next[0].length - next[1]!.length,
      );
      if (tags === null || tags.tag === "VERB" || tags.tag === "AUX") return null;
    }
    named = true;
  }
  return named ? described : null;
}

/** The longest sentence read for a description opening it: more than any real sentence. */
const OPENING_SENTENCE_REACH = 2_000;

/** Words read after an opening "The" for the description's head: "The former Norland senator". */
const OPENING_WORDS = /^[\s“"]*(?:(?:And|But|Yet|Still)\s+)?(The\s+)((?:[\p{L}-]+\s+){1,5})/u;

/**
 * "The Harbour senator", "The Norland Republican": "The", up to three modifiers (capitalised or
 * not), a head naming one person (a person noun, a title or a party member word), then a lowercase
 * word that is no preposition (its verb), opening sentence `s` outside quotation marks.
 */
function describedOpening(
  text: ArticleText,
  s: number,
  gender: string,
): { start: number; end: number } | null {
  const { start, end } = text.sentences[s]!.span;
  const lead = text.body.slice(start, Math.min(end, start + 160));
  const m = OPENING_WORDS.exec(lead);
  if (m === null) return null;
  const at = start + m.index + m[0].indexOf(m[1]!);
  if (text.quotationIndexAt(at) >= 0) return null;
  const words = m[2]!.trim().split(/\s+/);
  let length = m[1]!.length;
  for (let k = 0; k < Math.min(4, words.length - 1); k += 1) {
    const head = words[k]!;
    const next = words[k + 1]!;
    const lower = /^[a-z-]+$/.test(head);
    if ((lower && singlePersonHead(head)) || isPartyMemberWord(head)) {
      if (!/^[a-z]+$/.test(next) || PREPOSITIONS.has(next) || next === "and") return null;
      if ((GENDERED_PERSON_NOUNS.get(head.toLowerCase()) ?? gender) !== gender) return null;
      // "The candidate herself took to the airwaves": the article goes on about someone it named.
      if (next === "himself" || next === "herself") return null;
      return { start: at, end: at + length + head.length };
    }
    length += head.length + 1;
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
