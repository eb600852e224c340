import { readFileSync } from "node:fs";
import { type Article, type Comparison, ComparisonSchema, type Extraction } from "@parallax/core";
import type { VersionDiff } from "../schemas/feed-schemas.ts";

const MARKERS = readFileSync(new URL("./correction-markers.txt", import.meta.url), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("#"));

const normalized = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

export type VersionSide = {
  version: number;
  contentId: string;
  fetchedAt: string;
  article: Article;
  extraction: Extraction;
};

/** Paragraphs of `later` that open like a correction notice and were not in `earlier`. */
export function correctionsAdded(earlier: Article, later: Article): string[] {
  const texts = (a: Article) => a.paragraphs.map((p) => a.body.slice(p.start, p.end));
  const before = new Set(texts(earlier).map(normalized));
  return texts(later).filter((text) => {
    const lower = normalized(text);
    return !before.has(lower) && MARKERS.some((marker) => lower.startsWith(marker));
  });
}

/**
 * What changed between two versions of one article, at claim level: the aligner's comparison of
 * the two (as if they were two reports of one story) gives the figures, dates, speakers and titles
 * that differ and the claims only one version makes; quotes are matched by their words.
 */
export function diffVersions(
  articleKey: string,
  from: VersionSide,
  to: VersionSide,
  comparisonJson: string,
): VersionDiff {
  const comparison: Comparison = ComparisonSchema.parse(JSON.parse(comparisonJson));
  const side = (s: VersionSide) => ({
    version: s.version,
    contentId: s.contentId,
    headline: s.article.headline,
    fetchedAt: s.fetchedAt,
  });
  const changed: VersionDiff["changed"] = [];
  const claimsAdded: string[] = [];
  const claimsRemoved: string[] = [];
  for (const group of comparison.groups) {
    for (const conflict of group.conflicts) {
      const before = conflict.values.find((v) => v.articleId === from.contentId)?.text ?? null;
      const after = conflict.values.find((v) => v.articleId === to.contentId)?.text ?? null;
      if (before !== after)
        changed.push({ kind: conflict.kind, subject: conflict.subject, before, after });
    }
    if (group.relation === "unique" && (group.about ?? "claim") === "claim") {
      const [statement] = group.statements;
      if (statement?.articleId === to.contentId) claimsAdded.push(statement.text);
      else if (statement?.articleId === from.contentId) claimsRemoved.push(statement.text);
    }
  }
  const quoteSet = (e: Extraction) => new Map(e.quotes.map((q) => [normalized(q.text), q.text]));
  const beforeQuotes = quoteSet(from.extraction);
  const afterQuotes = quoteSet(to.extraction);
  return {
    articleKey,
    from: side(from),
    to: side(to),
    headline:
      from.article.headline === to.article.headline
        ? null
        : { before: from.article.headline, after: to.article.headline },
    changed,
    quotes: {
      added: [...afterQuotes].filter(([key]) => !beforeQuotes.has(key)).map(([, text]) => text),
      removed: [...beforeQuotes].filter(([key]) => !afterQuotes.has(key)).map(([, text]) => text),
    },
    claims: { added: claimsAdded, removed: claimsRemoved },
    corrections: correctionsAdded(from.article, to.article),
  };
}
