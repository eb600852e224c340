import { lookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { ApiError } from "../errors.ts";
import { isBlockedAddress } from "./address-policy.ts";

export type FetchPolicy = {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Allows loopback and private addresses (tests, intranet deployments). */
  allowPrivate: boolean;
  /** Resolves a host name to its addresses; the system resolver unless given. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
  /** Addresses never dialled (unless allowPrivate); `isBlockedAddress` unless given. */
  isBlocked?: (address: string) => boolean;
};

const systemResolve = (host: string) => lookup(host, { all: true, verbatim: true });

/** Settles with `work`, or rejects as soon as the fetch's deadline passes. */
function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

export type FetchedPage<Kind extends string = "html" | "text"> = {
  /** The final URL after redirects. */
  url: string;
  kind: Kind;
  body: string | Uint8Array;
  /** Validators for a later conditional request (feeds send them back). */
  etag: string | null;
  lastModified: string | null;
};

/** What to ask for: media types and the kind each maps to, and extra request headers. */
export type FetchRequest<Kind extends string> = {
  types: Record<string, Kind>;
  accept: string;
  /** e.g. If-None-Match / If-Modified-Since; a 304 answer then returns `{ notModified: true }`. */
  headers?: Record<string, string>;
  /** Names the thing in error messages: "page", "feed". */
  noun?: string;
};

const ARTICLE_REQUEST: FetchRequest<"html" | "text"> = {
  types: { "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text" },
  accept: "text/html, application/xhtml+xml, text/plain;q=0.9",
};

const fail = (
  status: 400 | 413 | 422 | 502 | 504,
  code: string,
  message: string,
  details?: unknown,
) => new ApiError(status, code, message, details);

function parseTarget(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail(400, "INVALID_URL", `"${raw}" is not a valid absolute URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw fail(400, "INVALID_URL", `only http and https URLs can be fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw fail(400, "INVALID_URL", "URLs with credentials (user:password@) are not fetched");
  }
  return url;
}

/**
 * Resolves the host and checks every address before anything is sent: the connection is then
 * pinned to the checked address, so a DNS answer that changes in between cannot redirect it.
 */
async function resolveAllowed(
  url: URL,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      // A resolver that never answers must not outlive the fetch's deadline.
      addresses = await beforeDeadline((policy.resolve ?? systemResolve)(host), signal);
    } catch (error) {
      if (signal.aborted) throw timeout(policy);
      throw fail(502, "FETCH_FAILED", `could not resolve ${host}: ${(error as Error).message}`);
    }
  }
  const isBlocked = policy.isBlocked ?? isBlockedAddress;
  const blocked = addresses.filter((a) => isBlocked(a.address));
  if (!policy.allowPrivate && blocked.length > 0) {
    throw fail(
      400,
      "URL_NOT_ALLOWED",
      `${host} resolves to a loopback, private, link-local or reserved address (${blocked[0]?.address}); such URLs are not fetched`,
    );
  }
  const chosen = addresses[0];
  if (!chosen) throw fail(502, "FETCH_FAILED", `${host} has no address`);
  return { address: chosen.address, family: chosen.family === 6 ? 6 : 4 };
}

function request(
  url: URL,
  pinned: { address: string; family: 4 | 6 },
  signal: AbortSignal,
  extra: { accept: string; headers?: Record<string, string> },
): Promise<IncomingMessage> {
  const pinnedLookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    } else {
      callback(null, pinned.address, pinned.family);
    }
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: "GET",
      lookup: pinnedLookup,
      signal,
      headers: {
        ...extra.headers,
        "user-agent": "Parallax/0.1 (+article comparison)",
        accept: extra.accept,
        "accept-encoding": "identity",
      },
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end();
  });
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      throw fail(
        422,
        "PAGE_TOO_LARGE",
        `the page is larger than ${maxBytes} bytes; save the article text and add it as text`,
      );
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function decode(bytes: Uint8Array, charset: string | undefined): string | Uint8Array {
  // UTF-8 (or unknown) stays bytes so parseArticle can reject invalid UTF-8 itself.
  if (!charset || /^utf-?8$/i.test(charset)) return bytes;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes;
  }
}

/** Fetches an article page safely: allowed addresses only, bounded time, size and redirects. */
export async function fetchArticlePage(rawUrl: string, policy: FetchPolicy): Promise<FetchedPage> {
  const page = await fetchSafely(rawUrl, policy, ARTICLE_REQUEST);
  if ("notModified" in page) throw fail(502, "FETCH_FAILED", `${rawUrl} answered 304 unasked`);
  return page;
}

/** The safe fetch behind fetchArticlePage, for other media types and conditional requests. */
export async function fetchSafely<Kind extends string>(
  rawUrl: string,
  policy: FetchPolicy,
  ask: FetchRequest<Kind>,
): Promise<FetchedPage<Kind> | { notModified: true; url: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  let url = parseTarget(rawUrl);
  try {
    for (let hop = 0; ; hop++) {
      const pinned = await resolveAllowed(url, policy, controller.signal);
      let response: IncomingMessage;
      try {
        response = await request(url, pinned, controller.signal, ask);
      } catch (error) {
        if (controller.signal.aborted) throw timeout(policy);
        throw fail(502, "FETCH_FAILED", `could not fetch ${url.href}: ${(error as Error).message}`);
      }
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (hop >= policy.maxRedirects) {
          throw fail(
            422,
            "TOO_MANY_REDIRECTS",
            `more than ${policy.maxRedirects} redirects starting from ${rawUrl}`,
          );
        }
        url = parseTarget(new URL(response.headers.location, url).href);
        continue;
      }
      if (status === 304 && ask.headers) {
        response.resume();
        return { notModified: true, url: url.href };
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw fail(502, "FETCH_FAILED", `${url.href} answered HTTP ${status}`, { status });
      }
      const [mediaType = "", ...params] = (response.headers["content-type"] ?? "")
        .split(";")
        .map((part) => part.trim());
      const kind = ask.types[mediaType.toLowerCase()];
      if (!kind) {
        response.destroy();
        throw fail(
          422,
          "UNSUPPORTED_CONTENT_TYPE",
          `${url.href} is ${mediaType || "of no stated type"}; only ${Object.keys(ask.types).join(", ")} ${ask.noun ?? "page"}s can be read`,
        );
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > policy.maxBytes) {
        response.destroy();
        throw fail(
          422,
          "PAGE_TOO_LARGE",
          `the page is ${declared} bytes; the limit is ${policy.maxBytes}`,
        );
      }
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(response, policy.maxBytes);
      } catch (error) {
        if (controller.signal.aborted) throw timeout(policy);
        if (error instanceof ApiError) throw error;
        // The upstream reset or closed the connection in the middle of the body.
        throw fail(
          502,
          "FETCH_FAILED",
          `the connection to ${url.host} broke while reading the page: ${(error as Error).message}`,
        );
      }
      const charset = params
        .map((p) => p.match(/^charset=["']?([\w-]+)/i)?.[1])
        .find((value) => value !== undefined);
      const header = (name: string) => {
        const value = response.headers[name];
        return typeof value === "string" && value.length <= 512 ? value : null;
      };
      return {
        url: url.href,
        kind,
        body: decode(bytes, charset),
        etag: header("etag"),
        lastModified: header("last-modified"),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

const timeout = (policy: FetchPolicy) =>
  fail(504, "FETCH_TIMEOUT", `the page did not arrive within ${policy.timeoutMs} ms`);
