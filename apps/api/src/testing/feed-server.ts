import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Served = {
  status?: number;
  type?: string;
  body?: string;
  etag?: string;
  headers?: Record<string, string>;
  /** Never answer (for timeouts). */
  hang?: boolean;
  /** Answer after this long. */
  delayMs?: number;
};

export type FeedItemDoc = { guid?: string; url: string; title: string; date?: string };

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const rssFeed = (title: string, items: FeedItemDoc[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeXml(title)}</title><link>http://127.0.0.1/</link><description>test</description>${items
    .map(
      (i) =>
        `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.url)}</link>${i.guid ? `<guid isPermaLink="false">${escapeXml(i.guid)}</guid>` : ""}${i.date ? `<pubDate>${i.date}</pubDate>` : ""}</item>`,
    )
    .join("")}</channel></rss>`;

export const atomFeed = (title: string, items: FeedItemDoc[]) =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(title)}</title><id>urn:test:${escapeXml(title)}</id><updated>2025-10-24T00:00:00Z</updated>${items
    .map(
      (i) =>
        `<entry><id>${escapeXml(i.guid ?? i.url)}</id><title>${escapeXml(i.title)}</title><link rel="alternate" href="${escapeXml(i.url)}"/>${i.date ? `<updated>${i.date}</updated>` : ""}</entry>`,
    )
    .join("")}</feed>`;

export const jsonFeed = (title: string, items: FeedItemDoc[]) =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title,
    items: items.map((i) => ({
      id: i.guid ?? i.url,
      url: i.url,
      title: i.title,
      ...(i.date ? { date_published: i.date } : {}),
    })),
  });

/** An article page: the first line of `text` is the headline, the rest paragraphs. */
export function articlePage(text: string): string {
  const [headline = "", ...rest] = text.split("\n");
  return `<!doctype html><html><head><title>${escapeXml(headline)}</title></head><body><nav>Home | World | Business</nav><article><h1>${escapeXml(headline)}</h1>${rest
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join("")}</article><footer>© Test outlet</footer></body></html>`;
}

/**
 * A web server on 127.0.0.1 serving what the test puts in `routes` (changeable at any time),
 * answering conditional requests with 304 and counting requests per path.
 */
export async function startFeedServer() {
  const routes = new Map<string, Served>();
  const hits = new Map<string, number>();
  const notModified = new Map<string, number>();
  const hanging = new Set<import("node:http").ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
    if (route.hang) {
      hanging.add(res);
      return;
    }
    if (route.delayMs) {
      const timer = setTimeout(() => answer(req, res, route), route.delayMs);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    answer(req, res, route);
  });
  const answer = (
    req: import("node:http").IncomingMessage,
    res: import("node:http").ServerResponse,
    route: Served,
  ) => {
    const path = req.url ?? "/";
    if (route.etag && req.headers["if-none-match"] === route.etag) {
      notModified.set(path, (notModified.get(path) ?? 0) + 1);
      res.writeHead(304, { etag: route.etag });
      return res.end();
    }
    res.writeHead(route.status ?? 200, {
      "content-type": route.type ?? "text/html; charset=utf-8",
      ...(route.etag ? { etag: route.etag } : {}),
      ...route.headers,
    });
    res.end(route.body ?? "");
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes,
    hits: (path: string) => hits.get(path) ?? 0,
    notModified: (path: string) => notModified.get(path) ?? 0,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FeedServer = Awaited<ReturnType<typeof startFeedServer>>;

/** Polls `check` until it returns a value (not undefined/false) or the time is up. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
