import { Readability } from "@mozilla/readability";
import type { Boilerplate, Caption, Embed, PublishedAt } from "../schemas/article.ts";
import { parseBylineLine } from "./bylines.ts";
import { parseCaption } from "./captions.ts";
import { collapseWhitespace } from "./collapse-whitespace.ts";
import { toPublishedAt } from "./dateline.ts";
import { buildEmbed, parseEmbedAttribution } from "./embeds.ts";
import {
  attribute,
  collapsedText,
  type DomDocument,
  type DomElement,
  type DomNode,
  ELEMENT_NODE,
  flattenDeepMarkup,
  parseDocument,
  spacedText,
  TEXT_NODE,
} from "./html-dom.ts";
import { guardHtml, restoreAngles } from "./html-guard.ts";
import { IngestError } from "./ingest-error.ts";
import { sameOutlet } from "./news-outlets.ts";
import { type ArticleParts, readBlocks } from "./read-blocks.ts";
import { answerLeafLookupsDirectly } from "./readability-leaf-lookup.ts";
import type { TextBlock } from "./text-blocks.ts";
import { readWrittenDate } from "./written-date.ts";

export type HtmlPage = { parts: ArticleParts; canonicalUrl: string | null };

/** Page regions that are chrome, by element or by the class/id words sites give them. */
const CHROME_SELECTORS: ReadonlyArray<readonly [Boilerplate["reason"], string]> = [
  [
    "navigation",
    "nav, [role=navigation], .breadcrumb, .breadcrumbs, [class*=breadcrumb], .menu, #menu",
  ],
  [
    "share",
    "[class*=share], [id*=share], [class*=social], [class*=sns], [aria-label*=share i], [class*=toolbar]",
  ],
  ["comments", "[class*=comment], [id*=comment], [id*=disqus], [class*=reply-form]"],
  [
    "advertisement",
    "[class*=advert], [id*=advert], [class~=ad], [class^=ad-], [class*=' ad-'], [id^=ad-], [class*=sponsor], [class*=promo], [class*=banner], ins.adsbygoogle",
  ],
  [
    "related",
    "[class*=related], [id*=related], [class*=recommend], [class*=more-stories], [class*=most-read], [class*=popular], [class*=trending], [class*=read-more], aside",
  ],
  ["contact", "[class*=newsletter], [class*=subscribe]"],
  ["page-chrome", "footer, [role=contentinfo], [class*=cookie], [class*=paywall], [class*=login]"],
];

const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
  "FORM",
  "INPUT",
  "SELECT",
  "TEXTAREA",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "IMG",
  "PICTURE",
  "SOURCE",
]);
const LEAF_BLOCKS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "FIGCAPTION",
  "PRE",
  "DT",
  "DD",
  "TD",
  "TH",
  "CAPTION",
]);
const CONTAINER_BLOCKS = new Set([
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "BLOCKQUOTE",
  "FIGURE",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "TBODY",
  "THEAD",
  "TR",
  "HEADER",
  "ASIDE",
  "DETAILS",
  "SUMMARY",
  "CENTER",
  "BODY",
  "HR",
  "BR",
]);
/** Deeper markup is read as flat text: real articles are never this deep, hostile input may be. */
const MAX_WALK_DEPTH = 64;
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

/**
 * Metadata dates are machine-written and win, except that a day-only metadata date yields to a
 * printed dateline with a time on that same day.
 */
function preferredDate(
  metadata: PublishedAt | null,
  printed: PublishedAt | null,
): PublishedAt | null {
  if (!metadata) return printed;
  if (
    printed &&
    metadata.precision === "day" &&
    printed.precision === "minute" &&
    printed.value.startsWith(metadata.value)
  ) {
    return printed;
  }
  return metadata;
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

type Metadata = {
  headline: string | null;
  dek: string | null;
  publishedAt: PublishedAt | null;
  authors: string[];
  canonicalUrl: string | null;
};

function readMetadata(document: DomDocument, utcOffset: string | null): Metadata {
  const metas = indexMetaTags(document);
  const metaContent = (key: MetaKey, value: string) =>
    attribute(metas.get(`${key}=${value}`), "content");
  const jsonLd = readJsonLd(document);
  const h1 = document.querySelector("h1");
  const headline =
    metaContent("property", "og:title") ??
    metaContent("name", "twitter:title") ??
    (h1 ? collapsedText(h1) || null : null) ??
    jsonLd.headline ??
    (document.querySelector("title")
      ? collapsedText(document.querySelector("title") as DomElement) || null
      : null);

  const dateText =
    metaContent("property", "article:published_time") ??
    metaContent("itemprop", "datePublished") ??
    jsonLd.datePublished ??
    metaContent("name", "pubdate") ??
    metaContent("name", "publishdate") ??
    metaContent("name", "parsely-pub-date") ??
    metaContent("name", "date") ??
    metaContent("name", "dc.date") ??
    attribute(document.querySelector("time[datetime]"), "datetime") ??
    null;

  const authors: string[] = [];
  const addAuthor = (value: string | null | undefined) => {
    const name = value == null ? undefined : collapseWhitespace(value);
    if (name && !/^https?:/i.test(name) && !authors.includes(name)) authors.push(name);
  };
  addAuthor(metaContent("name", "author"));
  addAuthor(metaContent("property", "article:author"));
  for (const name of jsonLd.authors) addAuthor(name);

  const canonical =
    attribute(document.querySelector('link[rel="canonical"]'), "href") ??
    metaContent("property", "og:url");
  return {
    headline: headline ? collapseWhitespace(headline) : null,
    dek: metaContent("property", "og:description") ?? metaContent("name", "description"),
    publishedAt: dateText ? metadataDate(dateText, utcOffset) : null,
    authors,
    canonicalUrl: absoluteUrl(canonical),
  };
}

type MetaKey = "property" | "name" | "itemprop";

/**
 * The first <meta> for each property/name/itemprop value, in document order: what
 * `querySelector('meta[name="…"]')` finds, from one walk instead of one selector compile and
 * whole-document scan per tag looked for (seventeen of them).
 */
function indexMetaTags(document: DomDocument): Map<string, DomElement> {
  const index = new Map<string, DomElement>();
  const metas = document.querySelectorAll("meta");
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i] as DomElement;
    for (const key of ["property", "name", "itemprop"] as const) {
      const value = meta.getAttribute(key);
      if (value !== null && !index.has(`${key}=${value}`)) index.set(`${key}=${value}`, meta);
    }
  }
  return index;
}

function metadataDate(text: string, utcOffset: string | null): PublishedAt | null {
  const date = readWrittenDate(text.trim());
  return date ? toPublishedAt(date, utcOffset, "metadata", text.trim()) : null;
}

function absoluteUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

type JsonLd = { headline: string | null; datePublished: string | null; authors: string[] };

/** schema.org NewsArticle data that many news sites embed as JSON-LD. */
function readJsonLd(document: DomDocument): JsonLd {
  const found: JsonLd = { headline: null, datePublished: null, authors: [] };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(restoreAngles(scripts[i]?.textContent ?? ""));
    } catch {
      continue;
    }
    const items = Array.isArray(data) ? data : [data];
    for (const raw of items.flatMap((item) =>
      isRecord(item) && Array.isArray(item["@graph"]) ? item["@graph"] : [item],
    )) {
      if (!isRecord(raw)) continue;
      const type = String(raw["@type"] ?? "");
      if (!/Article|Posting|Report/i.test(type)) continue;
      if (typeof raw.headline === "string") found.headline ??= raw.headline;
      if (typeof raw.datePublished === "string") found.datePublished ??= raw.datePublished;
      const authors = Array.isArray(raw.author) ? raw.author : [raw.author];
      for (const author of authors) {
        if (typeof author === "string") found.authors.push(author);
        else if (isRecord(author) && typeof author.name === "string")
          found.authors.push(author.name);
      }
    }
  }
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Removes navigation, share bars, comment boxes, ads, related links and footers before
 * Readability runs, recording their text. A region holding most of the page's text is not chrome
 * (some sites wrap the whole article in a class like "post-with-comments").
 */
function liftChrome(document: DomDocument): Boilerplate[] {
  const lifted: Boilerplate[] = [];
  const body = document.body;
  if (!body) return lifted;
  const pageText = collapsedText(body).length;
  for (const [reason, selector] of CHROME_SELECTORS) {
    let elements: ArrayLike<DomElement>;
    try {
      elements = document.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (const element of Array.from(elements)) {
      if (!element.parentNode || element.tagName === "BODY" || element.tagName === "HTML") continue;
      if (element.querySelector("h1") || element.closest("article p") !== null) continue;
      const text = spacedText(element);
      if (text.length > pageText * 0.3 && text.length > 400) continue;
      element.remove();
      if (text) lifted.push({ text: text.length > 500 ? `${text.slice(0, 499)}…` : text, reason });
    }
  }
  return lifted;
}

/** Embedded posts (X/Twitter blockquotes, Instagram) become embeds instead of body text. */
function liftEmbeds(document: DomDocument): Embed[] {
  const embeds: Embed[] = [];
  const quotes = document.querySelectorAll(
    "blockquote.twitter-tweet, blockquote.instagram-media, blockquote[data-embed]",
  );
  for (const quote of Array.from(quotes)) {
    const paragraphs = Array.from(quote.querySelectorAll("p")).map((p) => collapsedText(p));
    const postText = paragraphs[0] ?? "";
    const fullText = collapsedText(quote);
    const signature = fullText.slice(postText.length).trim();
    const attribution = parseEmbedAttribution(signature) ?? {
      author: null,
      handle: null,
      date: null,
    };
    const links = Array.from(quote.querySelectorAll("a[href]")).map(
      (a) => attribute(a, "href") ?? "",
    );
    const statusUrl =
      links.reverse().find((href) => /\/status\/|instagram\.com\/p\//.test(href)) ?? null;
    const embed = buildEmbed(postText, attribution);
    embeds.push({ ...embed, url: embed.url ?? statusUrl });
    quote.remove();
  }
  return embeds;
}

/** Photo captions from <figcaption>, with the credit from <cite>/.credit or the caption's tail. */
function liftCaptions(document: DomDocument): Caption[] {
  const captions: Caption[] = [];
  for (const figcaption of Array.from(document.querySelectorAll("figcaption"))) {
    const creditElement = figcaption.querySelector(
      "cite, .credit, [class*=credit], .copyright, [class*=byline]",
    );
    let credit = creditElement ? collapsedText(creditElement) : null;
    creditElement?.remove();
    let text = collapsedText(figcaption);
    if (credit) {
      credit =
        credit
          .replace(/^(?:photo|photograph|image|credit)\s*(?:by|:)\s*/i, "")
          .replace(/^[[(/©\s]+|[\])\s]+$/g, "") || null;
    } else {
      const parsed = parseCaption(text);
      if (parsed) {
        text = parsed.text;
        credit = parsed.credit;
      }
    }
    if (text || credit) captions.push({ text, credit });
    const figure = figcaption.closest("figure");
    if (figure) figure.remove();
    else figcaption.remove();
  }
  return captions;
}

/**
 * Turns Readability's article element into blocks: paragraphs, headings (h2–h6 are
 * sub-headings), list items, quotes; inline runs between blocks become blocks of their own.
 */
function walkBlocks(node: DomNode, out: TextBlock[], role: TextBlock["role"], depth: number): void {
  let inline = "";
  const flush = () => {
    const text = collapseWhitespace(restoreAngles(inline));
    if (text) out.push({ text, blankBefore: true, ...(role ? { role } : {}) });
    inline = "";
  };
  const children = Array.from(node.childNodes);
  for (const child of children) {
    if (child.nodeType === TEXT_NODE) {
      inline += child.textContent ?? "";
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as DomElement;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === "BR") {
      inline += "\n";
      continue;
    }
    if (LEAF_BLOCKS.has(tag)) {
      flush();
      const text = collapsedText(element);
      if (!text) continue;
      const leafRole: TextBlock["role"] =
        tag === "H1"
          ? "heading"
          : /^H[2-6]$/.test(tag)
            ? "subheading"
            : tag === "FIGCAPTION" || tag === "CAPTION"
              ? "caption"
              : tag === "LI"
                ? "list-item"
                : role;
      out.push({ text, blankBefore: true, ...(leafRole ? { role: leafRole } : {}) });
      continue;
    }
    if (CONTAINER_BLOCKS.has(tag)) {
      flush();
      const childRole = tag === "BLOCKQUOTE" ? "quote" : role;
      if (depth >= MAX_WALK_DEPTH) {
        const text = collapsedText(element);
        if (text) out.push({ text, blankBefore: true, ...(childRole ? { role: childRole } : {}) });
      } else {
        walkBlocks(element, out, childRole, depth + 1);
      }
      continue;
    }
    inline += element.textContent ?? "";
  }
  flush();
}

/** Drops a trailing " | Site name" or " - Outlet" from a page title. */
function cleanHeadline(title: string | null, siteNames: readonly string[]): string | null {
  if (!title) return null;
  const text = collapseWhitespace(title.slice(0, 1000));
  const cut = /^(.{8,}?)\s+[|–—-]\s+([^|–—-]{2,60})$/.exec(text);
  if (
    cut?.[1] &&
    cut[2] &&
    siteNames.some((name) => name !== "" && sameOutlet(cut[2] ?? "", name))
  ) {
    return cut[1];
  }
  return text || null;
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
