// Attribution layer: the name that opens a sentence speaks past the phrase set off after it. In
// "Ada Lund, a former director of the Harbour Party, said the base was angry" or "Orla Brisk, who
// calls Vint a “fraud,” said …" the cue reader may take the name nearest the verb — an
// organisation or person inside the interposed phrase — though the phrase only describes the
// subject before it. PolNeAR train: the subject is the gold source in every such sentence.
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { moveSpeakersByCue } from "./cue-speaker-moves.ts";

/** A connective before the sentence's subject: "But Ada Lund, …". */
const OPENER = /^(?:(?:But|And|Yet|Still|Moreover|Meanwhile|However|Instead),?\s+)?/;

/**
 * The end of the interposed phrase right before the cue: a comma or dash (a closing quotation
 * mark may stand after the comma), then at most an auxiliary or a short adverb ("has denied").
 */
const PHRASE_CLOSE =
  /(?:,[”"’']?|\s[—–-])\s+(?:(?:has|have|had|was|is|also|now|then|later|again|previously|repeatedly|recently)\s+){0,2}$/;

/**
 * Gives each quote whose cue verb follows "Name, <phrase>," the opening name as its speaker when
 * the speaker it has is named only inside that phrase.
 */
export function creditOpeningNames(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  moveSpeakersByCue(drafts, (_draft, cue, speaker) => {
    const opening = openingSubject(text, registry, cue.start);
    if (opening === null || opening.person === speaker) return undefined;
    if (!namedBetween(registry, speaker, opening.comma, cue.start)) return undefined;
    if (!PHRASE_CLOSE.test(body.slice(opening.comma, cue.start))) return undefined;
    return opening.person;
  });
}

/** The person named first in the cue's sentence, when a comma follows that name. */
function openingSubject(
  text: ArticleText,
  registry: EntityRegistry,
  cueStart: number,
): { person: number; comma: number } | null {
  const sentence = text.sentenceAt(cueStart);
  if (sentence === undefined) return null;
  const { body } = text;
  const lead = OPENER.exec(body.slice(sentence.span.start, cueStart))?.[0].length ?? 0;
  const start = sentence.span.start + lead;
  // The first mention from `start` in the sorted list: a scan of all of them per quote was
  // quadratic on a run-on text.
  const found = registry.mentions[registry.firstFrom(start)];
  const mention = found?.start === start ? found : undefined;
  if (
    mention === undefined ||
    mention.form === "pronoun" ||
    mention.possessive ||
    mention.ambiguous ||
    mention.entity === null ||
    registry.kindOf(mention.entity) !== "person" ||
    body[mention.end] !== ","
  )
    return null;
  return { person: mention.entity, comma: mention.end };
}

/** Whether `entity` has a mention in [from, to). */
function namedBetween(registry: EntityRegistry, entity: number, from: number, to: number): boolean {
  const { mentions } = registry;
  for (let i = registry.firstFrom(from); i < mentions.length && mentions[i]!.start <= to; i += 1) {
    if (mentions[i]!.entity === entity && mentions[i]!.end <= to) return true;
  }
  return false;
}
