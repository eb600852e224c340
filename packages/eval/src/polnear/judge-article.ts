import type { Entity, Extraction, Quote } from "@parallax/core";
import type { PolnearArticle } from "../datasets/polnear.ts";
import {
  overlapLength,
  overlapWithParts,
  type Range,
  spansMatch,
} from "../metrics/span-overlap.ts";
import { nameWords, sameName } from "../text/proper-name.ts";
import type { SourceToBody } from "../text/source-to-body.ts";
import { type GoldSpeaker, resolveGoldSpeakers } from "./gold-speaker.ts";
import { type StrictMismatch, strictMismatch, strictNameMatch } from "./strict-speaker.ts";

export type SpeakerVerdict = "correct" | "wrong" | "unknown";

/** What became of one gold attribution. */
export type GoldOutcome = {
  id: string;
  direct: boolean;
  /** "no content": PolNeAR gives no content span; "outside body": all of it is in a line ingestion
   *  keeps out of the body (the headline, a byline); else "scored". */
  status: "scored" | "no content" | "outside body";
  found: boolean;
  speaker: GoldSpeaker;
  /** The matched quote's speaker against the gold; null when not found or the gold is unresolved. */
  verdict: SpeakerVerdict | null;
  /** The matched quote's speaker entity id (null when not found or no speaker): for miss dumps. */
  speakerId: string | null;
  /** The matched quote's speaker status ("ambiguous": two people share the name). */
  speakerStatus: Quote["speakerStatus"] | null;
  /** The strict measure (strict-speaker.ts): right by the lenient one and by the entity's name. */
  strictVerdict: SpeakerVerdict | null;
  /** Lenient-right but strict-wrong: how the entity's name stands to the gold name. */
  strictMismatch: StrictMismatch | null;
};

/** What became of one system quote. */
export type SystemOutcome = {
  direct: boolean;
  /** The quote matches a gold attribution's content. */
  matched: boolean;
  /** The quote has a speaker (speakerId not null). */
  attributed: boolean;
  /** Attributed, matched, and its speaker is the gold one. */
  speakerCorrect: boolean;
};

type GoldInBody = {
  outcome: GoldOutcome;
  parts: Range[];
  source: Range | null;
  sourceText: string | null;
};

/**
 * Scores one article's extraction against its PolNeAR gold. A quote matches an attribution when
 * it shares half of the shorter of the quote and the attribution's content (`spansMatch`); when
 * several quotes match, the one sharing most speaks for the attribution.
 */
export function judgeArticle(
  gold: PolnearArticle,
  offsets: SourceToBody,
  extraction: Extraction,
): { gold: GoldOutcome[]; system: SystemOutcome[] } {
  const speakers = resolveGoldSpeakers(gold);
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const golds: GoldInBody[] = gold.attributions.map((a) => {
    const parts = a.content
      .map((c) => offsets.span(c.start, c.end))
      .filter((r): r is Range => r !== null);
    const speaker = speakers.get(a.id) ?? { kind: "unresolved", reason: "no source" };
    const status =
      a.content.length === 0 ? "no content" : parts.length === 0 ? "outside body" : "scored";
    return {
      outcome: {
        id: a.id,
        direct: a.direct,
        status,
        found: false,
        speaker,
        verdict: null,
        speakerId: null,
        speakerStatus: null,
        strictVerdict: null,
        strictMismatch: null,
      },
      parts,
      source: a.source ? offsets.span(a.source.start, a.source.end) : null,
      sourceText: a.source?.text ?? null,
    };
  });
  const scored = golds.filter((g) => g.outcome.status === "scored");
  const quotes = extraction.quotes.map((q) => ({ quote: q, range: q.span as Range }));

  for (const g of scored) {
    const best = bestMatch(g.parts, quotes);
    if (!best) continue;
    g.outcome.found = true;
    const source = sourceOf(best);
    g.outcome.speakerId = source.id;
    g.outcome.speakerStatus = source.status;
    if (g.outcome.speaker.kind !== "unresolved") {
      g.outcome.verdict = judgeSpeaker(source.id, entities, g, offsets);
      judgeStrictly(g, source.id === null ? undefined : entities.get(source.id));
    }
  }

  const system: SystemOutcome[] = quotes.map(({ quote, range }) => {
    let matched: GoldInBody | null = null;
    let shared = 0;
    for (const g of scored) {
      if (!spansMatch(range, g.parts)) continue;
      const overlap = overlapWithParts(range, g.parts);
      if (overlap > shared) {
        shared = overlap;
        matched = g;
      }
    }
    const source = sourceOf(quote);
    const attributed = source.id !== null;
    return {
      direct: quote.direct,
      matched: matched !== null,
      attributed,
      speakerCorrect:
        attributed &&
        matched !== null &&
        judgeSpeaker(source.id, entities, matched, offsets) === "correct",
    };
  });
  return { gold: golds.map((g) => g.outcome), system };
}

/**
 * Whom the article credits with a quote, in PolNeAR's sense: for words passed on second-hand
 * (`“…,” Roe said, according to the Herald`) the outer report (the Herald), else the speaker.
 */
function sourceOf(quote: Quote): { id: string | null; status: Quote["speakerStatus"] } {
  if (quote.via === null) return { id: quote.speakerId, status: quote.speakerStatus };
  return { id: quote.via.entityId, status: quote.via.entityId === null ? "unknown" : "resolved" };
}

function bestMatch(
  parts: readonly Range[],
  quotes: readonly { quote: Quote; range: Range }[],
): Quote | null {
  let best: Quote | null = null;
  let shared = 0;
  for (const { quote, range } of quotes) {
    if (!spansMatch(range, parts)) continue;
    const overlap = overlapWithParts(range, parts);
    if (overlap > shared) {
      shared = overlap;
      best = quote;
    }
  }
  return best;
}

/**
 * The strict verdict beside the lenient one: a lenient "correct" stays correct only when the
 * entity's name is the gold name or another form of it (`strictNameMatch`); wrong and unknown
 * stay as they are.
 */
function judgeStrictly(gold: GoldInBody, entity: Entity | undefined): void {
  const outcome = gold.outcome;
  const speaker = outcome.speaker;
  if (outcome.verdict !== "correct" || speaker.kind === "unresolved" || !entity) {
    outcome.strictVerdict = outcome.verdict;
    return;
  }
  if (strictNameMatch(entity, speaker.name, gold.sourceText)) {
    outcome.strictVerdict = "correct";
    return;
  }
  outcome.strictVerdict = "wrong";
  outcome.strictMismatch = strictMismatch(entity.name, speaker.name.words);
}

/**
 * Whether the system's speaker is the gold one. For a gold name (read directly or through a
 * pronoun's antecedent): the entity has a mention on that name's words, or the same name
 * (`sameName`: surname, and given names when both give one). For an unresolved gold source
 * ("officials", "a spokesman"): the entity has a mention covering at least half of the source, so a
 * system "officials" for gold "officials" is right and "Vint" for "Vint's aides" is not.
 */
export function judgeSpeaker(
  speakerId: string | null,
  entities: ReadonlyMap<string, Entity>,
  gold: { outcome: { speaker: GoldSpeaker }; source: Range | null },
  offsets: SourceToBody,
): SpeakerVerdict {
  if (speakerId === null) return "unknown";
  const entity = entities.get(speakerId);
  if (!entity) return "unknown";
  const speaker = gold.outcome.speaker;
  if (speaker.kind === "unresolved") {
    const source = gold.source;
    if (!source) return "wrong";
    const half = (source.end - source.start) / 2;
    return entity.mentions.some((m) => overlapLength(m.span, source) >= half) ? "correct" : "wrong";
  }
  const name = offsets.span(speaker.name.start, speaker.name.end);
  if (name && entity.mentions.some((m) => overlapLength(m.span, name) > 0)) return "correct";
  return sameName(nameWords(entity.name), speaker.name.words) ? "correct" : "wrong";
}
