import type { PublishedAt } from "../schemas/article.ts";
import { collapseWhitespace } from "./collapse-whitespace.ts";
import { toPublishedAt } from "./dateline.ts";
import { attribute, collapsedText, type DomDocument, type DomElement } from "./html-dom.ts";
import { restoreAngles } from "./html-guard.ts";
import { sameOutlet } from "./news-outlets.ts";
import { readWrittenDate } from "./written-date.ts";

// What a web page says about its article outside the text: <meta> tags, JSON-LD, <title>.

export type Metadata = {
  headline: string | null;
  dek: string | null;
  publishedAt: PublishedAt | null;
  authors: string[];
  canonicalUrl: string | null;
};

export function readMetadata(document: DomDocument, utcOffset: string | null): Metadata {
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

export function metadataDate(text: string, utcOffset: string | null): PublishedAt | null {
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
 * Metadata dates are machine-written and win, except that a day-only metadata date yields to a
 * printed dateline with a time on that same day.
 */
export function preferredDate(
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

/** Drops a trailing " | Site name" or " - Outlet" from a page title. */
export function cleanHeadline(title: string | null, siteNames: readonly string[]): string | null {
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
