import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, gzip, constants as zlib } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".map", ".svg", ".txt"]);
/** Below this, compression saves less than its headers cost. */
const MIN_COMPRESS_BYTES = 1024;
/** Vite names built assets `name-<hash>.ext`: their content never changes under that name. */
const HASHED_NAME = /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

type CachedFile = {
  mtimeMs: number;
  size: number;
  bytes: Buffer;
  etag: string;
  encoded: Map<"br" | "gzip", Promise<Buffer>>;
};

export type StaticFilesOptions = {
  /** Folder served; nothing outside it is ever read. */
  root: string;
  /** URL prefix stripped before the path is looked up in `root` (default "/"). */
  prefix?: string;
  /** Served for paths with no file (a single-page UI's client-side routes). */
  fallback?: string;
  /** Only these files (relative to root) are served, when given. */
  only?: readonly string[];
  /** Cache-Control for files that are not content-hashed (default "no-cache": revalidate). */
  cacheControl?: string;
  /** Read and compress every servable file at once, in the background (default false). */
  warm?: boolean;
};

function preferredEncoding(acceptEncoding: string | undefined): "br" | "gzip" | null {
  const accepted = (acceptEncoding ?? "")
    .split(",")
    .map((part) => part.trim().split(";"))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name?.toLowerCase());
  if (accepted.includes("br")) return "br";
  if (accepted.includes("gzip")) return "gzip";
  return null;
}

/**
 * Serves files from a folder, each read once and kept in memory with its gzip and brotli forms
 * (compressed on first demand, off the event loop); content-hashed names are cached for a year
 * as immutable, everything else revalidates by ETag.
 */
export function staticFiles(options: StaticFilesOptions): MiddlewareHandler {
  const root = resolve(options.root);
  const prefix = options.prefix ?? "/";
  const only = options.only ? new Set(options.only) : null;
  const cache = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile | null> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const known = cache.get(file);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
    const bytes = await readFile(file);
    const entry: CachedFile = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      bytes,
      etag: `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`,
      encoded: new Map(),
    };
    cache.set(file, entry);
    return entry;
  }

  function encoded(entry: CachedFile, encoding: "br" | "gzip"): Promise<Buffer> {
    let pending = entry.encoded.get(encoding);
    if (!pending) {
      pending =
        encoding === "br"
          ? brotliAsync(entry.bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } })
          : gzipAsync(entry.bytes, { level: 9 });
      entry.encoded.set(encoding, pending);
    }
    return pending;
  }

  /** The file under root for this URL path, or null (outside root, not decodable, not listed). */
  function fileFor(path: string): string | null {
    if (!path.startsWith(prefix)) return null;
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return null;
    }
    if (relative.includes("\0") || relative.includes("\\")) return null;
    if (relative === "" || relative.endsWith("/")) relative += "index.html";
    if (only && !only.has(relative)) return null;
    const file = resolve(root, relative);
    return file.startsWith(root + sep) ? file : null;
  }

  async function send(c: Context, file: string, entry: CachedFile) {
    const ext = extname(file).toLowerCase();
    const headers: Record<string, string> = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      etag: entry.etag,
      "cache-control": HASHED_NAME.test(file)
        ? "public, max-age=31536000, immutable"
        : (options.cacheControl ?? "no-cache"),
      vary: "accept-encoding",
    };
    const etags = c.req.header("if-none-match");
    if (etags?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.etag)) {
      return c.body(null, 304, headers);
    }
    let body: Uint8Array = entry.bytes;
    const encoding = preferredEncoding(c.req.header("accept-encoding"));
    if (encoding && COMPRESSIBLE.has(ext) && entry.bytes.length >= MIN_COMPRESS_BYTES) {
      body = await encoded(entry, encoding);
      headers["content-encoding"] = encoding;
    }
    headers["content-length"] = String(body.length);
    if (c.req.method === "HEAD") return c.body(null, 200, headers);
    return c.body(new Uint8Array(body), 200, headers);
  }

  // Read and compress every servable file now, in the background, so the first visitor after a
  // start does not wait while the main script is brotli-compressed (~250 ms on a busy machine).
  if (options.warm) void warmAll();
  async function warmAll() {
    const names = await readdir(root, { recursive: true }).catch(() => [] as string[]);
    for (const name of names) {
      const file = join(root, name);
      if (!COMPRESSIBLE.has(extname(file).toLowerCase())) continue;
      if (only && !only.has(name.split(sep).join("/"))) continue;
      const entry = await load(file).catch(() => null);
      if (!entry || entry.bytes.length < MIN_COMPRESS_BYTES) continue;
      await Promise.all([encoded(entry, "br"), encoded(entry, "gzip")]).catch(() => undefined);
    }
  }

  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const file = fileFor(c.req.path);
    const entry = file ? await load(file) : null;
    if (file && entry) return send(c, file, entry);
    // Client-side routes load the page; a missing asset stays a 404.
    if (options.fallback && c.req.path.startsWith(prefix) && !extname(c.req.path)) {
      const page = resolve(root, options.fallback);
      const fallback = await load(page);
      if (fallback) return send(c, page, fallback);
    }
    return next();
  };
}
