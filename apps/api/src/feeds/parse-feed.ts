import { parseFeed } from "feedsmith";

/** One item of a feed, the same for RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed. */
export type FeedEntry = {
  /** GUID / Atom id / JSON Feed id; the link when the item has none. */
  guid: string;
  /** Absolute http(s) URL of the item's page. */
  url: string;
  title: string | null;
  /** ISO date-time of the item, null when missing or unreadable. */
  publishedAt: string | null;
};

export type ParsedFeed = {
  format: "rss" | "atom" | "rdf" | "json";
  title: string | null;
  entries: FeedEntry[];
  /** Items left out because they had no usable http(s) link. */
  skipped: number;
};

/** A feed listing more items than this is refused: no real outlet feed is that long. */
export const MAX_FEED_ITEMS = 500;
const MAX_TEXT = 1000;

export class FeedFormatError extends Error {
  override readonly name = "FeedFormatError";
  constructor(
    readonly code: "NOT_A_FEED" | "TOO_MANY_ITEMS",
    message: string,
  ) {
    super(message);
  }
}

const text = (value: unknown): string | null => {
  if (typeof value === "string") return value.trim().slice(0, MAX_TEXT) || null;
  if (value && typeof value === "object" && "value" in value) return text(value.value);
  return null;
};

function absoluteHttpUrl(raw: string | null, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

function isoDate(...candidates: unknown[]): string | null {
  for (const candidate of candidates) {
    const raw = text(candidate);
    if (!raw) continue;
    const ms = Date.parse(raw);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return null;
}

type Raw = { guid: string | null; link: string | null; title: string | null; date: string | null };

// biome-ignore lint/suspicious/noExplicitAny: feedsmith's per-format item types are read field by field below.
type AnyItem = Record<string, any>;

function rawItems(parsed: ReturnType<typeof parseFeed>): { title: string | null; items: Raw[] } {
  const feed = parsed.feed as AnyItem;
  switch (parsed.format) {
    case "atom":
      return {
        title: text(feed.title),
        items: ((feed.entries ?? []) as AnyItem[]).map((entry) => {
          const links = (entry.links ?? []) as AnyItem[];
          const link =
            links.find((l) => !l.rel || l.rel === "alternate")?.href ?? links[0]?.href ?? null;
          return {
            guid: text(entry.id),
            link: text(link),
            title: text(entry.title),
            date: isoDate(entry.published, entry.updated),
          };
        }),
      };
    case "json":
      return {
        title: text(feed.title),
        items: ((feed.items ?? []) as AnyItem[]).map((item) => ({
          guid: text(item.id),
          link: text(item.url) ?? text(item.external_url),
          title: text(item.title),
          date: isoDate(item.date_published, item.date_modified),
        })),
      };
    default:
      // RSS 2.0 and RSS 1.0 (RDF) share the item shape that matters here.
      return {
        title: text(feed.title),
        items: ((feed.items ?? []) as AnyItem[]).map((item) => ({
          guid: text(item.guid),
          link: text(item.link),
          title: text(item.title),
          date: isoDate(item.pubDate, item.dc?.date, item.dc?.dates?.[0]),
        })),
      };
  }
}

/** Parses an RSS, Atom, RDF or JSON feed; throws FeedFormatError when it is none of these. */
export function readFeed(body: string, feedUrl: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (error) {
    throw new FeedFormatError(
      "NOT_A_FEED",
      `the document is not an RSS, Atom or JSON feed (${(error as Error).message}); check the feed's URL`,
    );
  }
  const { title, items } = rawItems(parsed);
  if (items.length > MAX_FEED_ITEMS) {
    throw new FeedFormatError(
      "TOO_MANY_ITEMS",
      `the feed lists ${items.length} items; at most ${MAX_FEED_ITEMS} are read. Use a feed of recent items`,
    );
  }
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const item of items) {
    // A GUID stands in for a missing link only when it is itself a web address.
    const url =
      absoluteHttpUrl(item.link, feedUrl) ??
      (item.guid && /^https?:\/\//i.test(item.guid) ? absoluteHttpUrl(item.guid, feedUrl) : null);
    if (!url) {
      skipped++;
      continue;
    }
    const guid = item.guid ?? url;
    if (seen.has(guid)) continue;
    seen.add(guid);
    entries.push({ guid, url, title: item.title, publishedAt: item.date });
  }
  return { format: parsed.format as ParsedFeed["format"], title, entries, skipped };
}
