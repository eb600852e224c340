import type { Extraction } from "@parallax/core";
import type { PolnearArticle } from "../datasets/polnear.ts";
import type { Range } from "../metrics/span-overlap.ts";
import type { SourceToBody } from "../text/source-to-body.ts";
import type { GoldOutcome } from "./judge-article.ts";

/**
 * One direct quote whose speaker was judged wrong or unknown, with what a developer needs to see
 * why: the paragraph it stands in, the gold source and cue, and the system's speaker. Written by
 * `pnpm eval polnear --split train --misses FILE` (never on dev: its texts stay unread).
 */
export type SpeakerMiss = {
  article: string;
  attribution: string;
  verdict: "wrong" | "unknown";
  /** A coarse class read from the gold and the text only (see `missClass`). */
  class: string;
  gold: { source: string | null; cue: string | null; name: string };
  system: { speaker: string | null; kind: string | null; status: string | null };
  content: string;
  paragraph: string;
};

/**
 * Where the miss comes from, as far as the gold tells: a he/she source the gold read back to a
 * name; a source in another paragraph than the quote (a quote paragraph after "X said:", a
 * continued quote); a source in the quote's own paragraph (the cue reader did not take it); for
 * a wrong speaker, also whether the system took a non-person.
 */
export function missClass(
  outcome: GoldOutcome,
  sourceWhere: "paragraph" | "other paragraph" | "none",
  systemKind: string | null,
): string {
  if (outcome.speakerStatus === "ambiguous")
    return "system: ambiguous (several candidates: a shared surname, a list of names, asker and asked)";
  const gold =
    outcome.speaker.kind === "antecedent" && outcome.speaker.via === "pronoun"
      ? "he/she source"
      : sourceWhere === "paragraph"
        ? "source in the quote's paragraph"
        : sourceWhere === "other paragraph"
          ? "source in another paragraph"
          : "source outside the body";
  if (outcome.verdict === "wrong" && systemKind !== null && systemKind !== "person")
    return `${gold}; system took: ${systemKind}`;
  return gold;
}

/** The direct speaker misses of one article (found attributions judged wrong or unknown). */
export function speakerMisses(
  gold: PolnearArticle,
  offsets: SourceToBody,
  body: string,
  paragraphs: readonly Range[],
  extraction: Extraction,
  outcomes: readonly GoldOutcome[],
): SpeakerMiss[] {
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const byId = new Map(gold.attributions.map((a) => [a.id, a]));
  const misses: SpeakerMiss[] = [];
  for (const outcome of outcomes) {
    if (!outcome.direct || (outcome.verdict !== "wrong" && outcome.verdict !== "unknown")) continue;
    const attribution = byId.get(outcome.id);
    const first = attribution?.content[0];
    if (!attribution || !first || outcome.speaker.kind === "unresolved") continue;
    const content = offsets.span(first.start, first.end);
    const paragraph = content
      ? paragraphs.find((p) => p.start <= content.start && content.start < p.end)
      : undefined;
    const source = attribution.source
      ? offsets.span(attribution.source.start, attribution.source.end)
      : null;
    const where =
      source === null
        ? "none"
        : paragraph && paragraph.start <= source.start && source.start < paragraph.end
          ? "paragraph"
          : "other paragraph";
    const entity = outcome.speakerId === null ? undefined : entities.get(outcome.speakerId);
    const kind = entity ? (entity.unnamed ? "unnamed source" : entity.kind) : null;
    misses.push({
      article: gold.id,
      attribution: outcome.id,
      verdict: outcome.verdict,
      class: missClass(outcome, where, kind),
      gold: {
        source: attribution.source?.text ?? null,
        cue: attribution.cue?.text ?? null,
        name: outcome.speaker.name.words.join(" "),
      },
      system: { speaker: entity?.name ?? null, kind, status: outcome.speakerStatus },
      content: attribution.content.map((c) => c.text).join(" … "),
      paragraph: paragraph ? body.slice(paragraph.start, paragraph.end) : "",
    });
  }
  return misses;
}

/** Counts of misses by verdict and class, largest first, as table rows. */
export function missClassRows(misses: readonly SpeakerMiss[]): string[][] {
  const counts = new Map<string, number>();
  for (const m of misses) {
    const key = `${m.verdict}\t${m.class}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => [...key.split("\t"), String(n)]);
}
