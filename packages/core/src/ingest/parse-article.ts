import { type Article, ArticleSchema } from "../schemas/article.ts";
import { articleId } from "./article-id.ts";
import { decideArticleKind } from "./article-kind.ts";
import { assembleBody } from "./assemble-body.ts";
import { decodeInput, MAX_INPUT_BYTES } from "./decode-input.ts";
import { IngestError } from "./ingest-error.ts";
import { detectLanguage } from "./language.ts";
import { normalizeText } from "./normalize-text.ts";
import { parseOutletName } from "./outlet-name.ts";
import { outletUtcOffset } from "./outlet-time-zone.ts";
import { parseHtml } from "./parse-html.ts";
import { parseText } from "./parse-text.ts";
import type { ArticleParts } from "./read-blocks.ts";

export { MAX_INPUT_BYTES };

export type ParseArticleInput = {
  /** The outlet as a user would type it, e.g. "Korea JoongAng Daily (editorial)". */
  outlet: string;
  url?: string | null;
} & ({ text: string | Uint8Array; html?: never } | { html: string | Uint8Array; text?: never });

/** Turns a captured web page (plain text or HTML) into a clean `Article`. Throws only `IngestError`. */
export function parseArticle(input: ParseArticleInput): Article {
  if (typeof input !== "object" || input === null) {
    throw new IngestError(
      "INVALID_INPUT",
      "parseArticle expects an object { text | html, outlet, url? }.",
    );
  }
  const hasText = input.text !== undefined && input.text !== null;
  const hasHtml = input.html !== undefined && input.html !== null;
  if (hasText === hasHtml) {
    throw new IngestError(
      "INVALID_INPUT",
      hasText
        ? "give either text or html, not both."
        : "no article given: pass the page as `text` (plain text) or `html`.",
    );
  }
  const format = hasHtml ? "html" : "text";
  // Size, encoding and emptiness come first: nothing is parsed before the input is known sane.
  const decoded = decodeInput((hasHtml ? input.html : input.text) as string | Uint8Array, format);
  const { outlet, kind: notedKind } = parseOutletName(input.outlet);
  const url = readUrl(input.url);
  const normalized = normalizeText(decoded);
  if (normalized.trim() === "") {
    throw new IngestError(
      "EMPTY_INPUT",
      `${format} has no visible characters; paste the article's text (or the page's HTML).`,
    );
  }
  const utcOffset = outletUtcOffset(outlet.name, normalized);

  let parts: ArticleParts;
  let pageUrl = url;
  if (format === "html") {
    const page = parseHtml(normalized, utcOffset, outlet.name);
    parts = page.parts;
    pageUrl ??= page.canonicalUrl;
  } else {
    parts = parseText(normalized, utcOffset);
  }

  if (parts.paragraphs.length === 0 && parts.embeds.length === 0) {
    throw new IngestError(
      "NO_ARTICLE_CONTENT",
      `no article text was found: every line of the ${format} was page chrome, a caption, a byline or a date (${parts.boilerplate.length} chrome lines, ${parts.captions.length} captions); pass the article's own text.`,
      { boilerplate: parts.boilerplate.length, captions: parts.captions.length },
    );
  }
  const { body, paragraphs } = assembleBody(parts.paragraphs);
  const kind = decideArticleKind({
    noted: notedKind,
    outletName: outlet.name,
    headline: parts.headline,
    bylines: parts.bylines,
    labels: parts.labels,
    paragraphs: parts.paragraphs.map((p) => p.text),
    embeds: parts.embeds,
  });

  const article: Article = {
    id: articleId(normalized),
    outlet,
    headline: parts.headline,
    dek: parts.dek,
    publishedAt: parts.publishedAt,
    bylines: parts.bylines,
    url: pageUrl,
    language: detectLanguage(body || parts.headline || ""),
    kind,
    translation: parts.translation,
    body,
    paragraphs,
    captions: parts.captions,
    embeds: parts.embeds,
    boilerplate: parts.boilerplate,
    format,
  };
  // The schema is the contract with every consumer; a violation here is our bug, reported as such.
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    throw new IngestError(
      "INVALID_INPUT",
      `the parsed article does not match ArticleSchema (${checked.error.issues[0]?.message ?? "unknown"}); please report this input.`,
      { issues: checked.error.issues },
    );
  }
  return checked.data;
}

function readUrl(url: unknown): string | null {
  if (url === undefined || url === null || url === "") return null;
  if (typeof url !== "string") {
    throw new IngestError("INVALID_INPUT", `url must be a string, got ${typeof url}.`);
  }
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new IngestError(
      "INVALID_INPUT",
      `url "${trimmed.slice(0, 200)}" is not a valid absolute URL; give the article's address starting with https://.`,
    );
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new IngestError(
      "INVALID_INPUT",
      `url must use http or https, got "${parsed.protocol}"; give the article's web address.`,
    );
  }
  return parsed.href;
}
