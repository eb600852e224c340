import { Readability } from "@mozilla/readability";
import { parseBylineLine } from "./bylines.ts";
import { walkBlocks } from "./html-blocks.ts";
import { type DomDocument, type DomElement, flattenDeepMarkup, parseDocument } from "./html-dom.ts";
import { guardHtml, restoreAngles } from "./html-guard.ts";
import { cleanHeadline, metadataDate, preferredDate, readMetadata } from "./html-metadata.ts";
import { liftCaptions, liftChrome, liftEmbeds } from "./html-page-regions.ts";
import { IngestError } from "./ingest-error.ts";
import { type ArticleParts, readBlocks } from "./read-blocks.ts";
import { answerLeafLookupsDirectly } from "./readability-leaf-lookup.ts";
import type { TextBlock } from "./text-blocks.ts";

export type HtmlPage = { parts: ArticleParts; canonicalUrl: string | null };

/** Nesting depth handed to Readability, whose cost grows steeply with depth. */
const MAX_READABILITY_DEPTH = 48;
/**
 * Readability scores every element; past this many (real article pages have a few thousand
 * once chrome is gone) its search costs seconds, so the whole body is read instead.
 */
const MAX_READABILITY_ELEMENTS = 15_000;

/**
 * Reads a full web page: metadata first (headline, date, authors, canonical URL), then chrome,
 * captions and embedded posts are lifted out, Readability finds the article, and its blocks go
 * through the same rules as plain text.
 */
export function parseHtml(
  normalized: string,
  utcOffset: string | null,
  outletName: string,
): HtmlPage {
  let document: DomDocument;
  try {
    document = parseDocument(guardHtml(normalized));
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw unreadable(error);
  }
  if (document.body) flattenDeepMarkup(document.body, MAX_READABILITY_DEPTH);
  const meta = readMetadata(document, utcOffset);
  const boilerplate = liftChrome(document);
  const embeds = liftEmbeds(document);
  const captions = liftCaptions(document);

  const article = findArticle(document);
  if (!article) {
    throw new IngestError(
      "NO_ARTICLE_CONTENT",
      "no article text was found in the HTML (only navigation, scripts or empty markup); pass the article's own page, or its text as `text`.",
    );
  }
  const content = article.content;

  const blocks: TextBlock[] = [];
  walkBlocks(content, blocks, undefined, 0);
  const headline = cleanHeadline(meta.headline ?? article.title ?? null, [
    article.siteName ?? "",
    outletName,
  ]);
  // Readability turns the page's <h1> into an <h2>: the headline is dropped whatever its level.
  const bodyBlocks = blocks.filter(
    (block, index) =>
      !(
        (block.role === "heading" || block.role === "subheading") &&
        (block.text === headline || (block.role === "heading" && index === 0))
      ),
  );
  const parts = readBlocks(bodyBlocks, { utcOffset, headlineFromFirstBlock: false });
  parts.headline = headline;
  parts.dek ??= meta.dek;
  parts.publishedAt = preferredDate(meta.publishedAt, parts.publishedAt);
  if (!parts.publishedAt && article.publishedTime) {
    parts.publishedAt = metadataDate(article.publishedTime, utcOffset);
  }
  for (const author of [...meta.authors, article.byline ?? ""]) {
    for (const name of parseBylineLine(/^by\s/i.test(author) ? author : `By ${author}`) ?? []) {
      if (!parts.bylines.some((known) => known.toLowerCase() === name.toLowerCase()))
        parts.bylines.push(name);
    }
  }
  parts.captions = [...captions, ...parts.captions];
  parts.embeds = [...embeds, ...parts.embeds];
  parts.boilerplate = [...boilerplate, ...parts.boilerplate];
  return { parts, canonicalUrl: meta.canonicalUrl };
}

type FoundArticle = {
  content: DomElement;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
};

/** Readability's pick of the article element, or the body of a page too large to score. */
function findArticle(document: DomDocument): FoundArticle | null {
  const text = (value: string | null | undefined) => (value ? restoreAngles(value) : null);
  let found: FoundArticle | null;
  // The article's raw text when Readability has already read it (no second 2 MB walk).
  let foundText: string | undefined;
  try {
    // Entities and stray text arrive as many adjacent text nodes; one node each is faster to score.
    (document.body as unknown as { normalize?: () => void } | null)?.normalize?.();
    if (document.querySelectorAll("*").length > MAX_READABILITY_ELEMENTS) {
      found = document.body
        ? { content: document.body, title: null, byline: null, siteName: null, publishedTime: null }
        : null;
    } else {
      const reader = new Readability<DomElement>(document as never, {
        charThreshold: 100,
        serializer: (node) => node as unknown as DomElement,
      });
      answerLeafLookupsDirectly(reader);
      const article = reader.parse();
      foundText = article?.textContent ?? undefined;
      found = article?.content
        ? {
            content: article.content,
            title: text(article.title),
            byline: text(article.byline),
            siteName: text(article.siteName),
            publishedTime: text(article.publishedTime),
          }
        : null;
    }
  } catch (error) {
    throw unreadable(error);
  }
  // Blank once whitespace is collapsed, as collapsedText would say, without building it.
  if (!found || !/\S/.test(foundText ?? found.content.textContent ?? "")) return null;
  return found;
}

function unreadable(error: unknown): IngestError {
  const reason =
    error instanceof RangeError
      ? "it is too deeply nested or has an oversized element"
      : "the HTML parser failed on it";
  return new IngestError(
    "INVALID_INPUT",
    `the HTML could not be read (${reason}); pass the page as a browser saves it, or the article's text as \`text\`.`,
  );
}
