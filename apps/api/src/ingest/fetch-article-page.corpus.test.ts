import { createSocket } from "node:dgram";
import { Resolver } from "node:dns/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadCorpus } from "@parallax/corpus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../errors.ts";
import { createTestApp, jsonRequest } from "../testing/test-app.ts";
import { isBlockedAddress } from "./address-policy.ts";
import { type FetchPolicy, fetchArticlePage } from "./fetch-article-page.ts";

const article = loadCorpus().files[0]!;
const page = `<!doctype html><html><head><title>Tariff talks</title></head><body><article><h1>Korea-U.S. tariff talks see progress</h1>${article.text
  .split("\n")
  .slice(2)
  .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
  .join("")}</article></body></html>`;

const allow: FetchPolicy = {
  timeoutMs: 2000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: true,
};
const deny: FetchPolicy = { ...allow, allowPrivate: false };

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the fetch to fail");
}

describe("fetchArticlePage against pages served on 127.0.0.1", () => {
  let server: Server;
  let base: string;
  let connections = 0;
  let bigBytesSent = 0;
  const hosts: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      switch (req.url) {
        case "/article":
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          return res.end(page);
        case "/plain":
          res.writeHead(200, { "content-type": "text/plain" });
          return res.end(article.text);
        case "/moved":
          res.writeHead(301, { location: "/moved-again" });
          return res.end();
        case "/moved-again":
          res.writeHead(302, { location: `${base}/article` });
          return res.end();
        case "/loop":
          res.writeHead(302, { location: "/loop" });
          return res.end();
        case "/huge": {
          // 50 MB, streamed without a length, as a hostile server would.
          res.writeHead(200, { "content-type": "text/html" });
          const chunk = Buffer.alloc(64 * 1024, "a");
          let sent = 0;
          const pump = () => {
            while (sent < 50 * 1024 * 1024) {
              sent += chunk.length;
              bigBytesSent = sent;
              if (!res.write(chunk)) return void res.once("drain", pump);
            }
            res.end();
          };
          res.on("close", () => {
            sent = Number.POSITIVE_INFINITY;
          });
          return pump();
        }
        case "/declared-huge":
          res.writeHead(200, {
            "content-type": "text/html",
            "content-length": String(50 * 1024 * 1024),
          });
          return res.write("<p>");
        case "/pdf":
          res.writeHead(200, { "content-type": "application/pdf" });
          return res.end("%PDF-1.7");
        case "/slow":
          // Headers never come.
          return;
        case "/reset":
          // Half the declared body, then a TCP reset.
          res.writeHead(200, { "content-type": "text/html", "content-length": "20000" });
          res.write(page.slice(0, 10_000));
          return void setTimeout(() => req.socket.resetAndDestroy(), 20);
        case "/cut":
          // Half the declared body, then the connection just closes.
          res.writeHead(200, { "content-type": "text/html", "content-length": "20000" });
          res.write(page.slice(0, 10_000));
          return void setTimeout(() => req.socket.destroy(), 20);
        case "/to-metadata":
          res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
          return res.end();
        case "/to-mapped":
          res.writeHead(302, { location: "http://[::ffff:10.0.0.1]/" });
          return res.end();
        case "/to-nat64":
          res.writeHead(302, { location: "http://[64:ff9b:1::a00:1]/" });
          return res.end();
        case "/to-teredo":
          res.writeHead(302, { location: "http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/" });
          return res.end();
        case "/to-private-name":
          res.writeHead(302, { location: "http://intranet.parallax.test/" });
          return res.end();
        case "/trickle":
          res.writeHead(200, { "content-type": "text/html" });
          return res.write("<p>first bytes, then nothing");
        default:
          res.writeHead(404);
          return res.end();
      }
    });
    server.on("connection", () => connections++);
    server.on("request", (req) => hosts.push(req.headers.host ?? ""));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("fetches a normal HTML page and a plain-text page", async () => {
    const html = await fetchArticlePage(`${base}/article`, allow);
    expect(html.kind).toBe("html");
    expect(Buffer.from(html.body).toString("utf8")).toContain(
      "Korea-U.S. tariff talks see progress",
    );
    const text = await fetchArticlePage(`${base}/plain`, allow);
    expect(text.kind).toBe("text");
    expect(Buffer.from(text.body).toString("utf8")).toBe(article.text);
  });

  it("follows a few redirects and reports the final URL", async () => {
    const fetched = await fetchArticlePage(`${base}/moved`, allow);
    expect(fetched.url).toBe(`${base}/article`);
  });

  it("stops a redirect loop after five redirects", async () => {
    const error = await failure(fetchArticlePage(`${base}/loop`, allow));
    expect(error).toMatchObject({ status: 422, code: "TOO_MANY_REDIRECTS" });
  });

  it("aborts a 50 MB response at the size cap instead of reading it all", async () => {
    const started = performance.now();
    const error = await failure(
      fetchArticlePage(`${base}/huge`, { ...allow, maxBytes: 1024 * 1024 }),
    );
    expect(error).toMatchObject({ status: 422, code: "PAGE_TOO_LARGE" });
    expect(performance.now() - started).toBeLessThan(1500);
    await new Promise((r) => setTimeout(r, 50));
    expect(bigBytesSent).toBeLessThan(20 * 1024 * 1024);
    const declared = await failure(fetchArticlePage(`${base}/declared-huge`, allow));
    expect(declared).toMatchObject({ code: "PAGE_TOO_LARGE" });
  });

  it("refuses a response that is not HTML or plain text", async () => {
    const error = await failure(fetchArticlePage(`${base}/pdf`, allow));
    expect(error).toMatchObject({ status: 422, code: "UNSUPPORTED_CONTENT_TYPE" });
    expect(error.message).toContain("application/pdf");
  });

  it("gives up on a slow server at the timeout, before or during the body", async () => {
    for (const path of ["/slow", "/trickle"]) {
      const started = performance.now();
      const error = await failure(fetchArticlePage(`${base}${path}`, { ...allow, timeoutMs: 300 }));
      expect(error, path).toMatchObject({ status: 504, code: "FETCH_TIMEOUT" });
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });

  it("refuses loopback, private, link-local and metadata addresses before connecting", async () => {
    const before = connections;
    for (const url of [
      `${base}/article`,
      `http://localhost:${new URL(base).port}/article`,
      "http://10.0.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://100.100.100.200/",
    ]) {
      const started = performance.now();
      const error = await failure(fetchArticlePage(url, deny));
      expect(error, url).toMatchObject({ status: 400, code: "URL_NOT_ALLOWED" });
      // A refused address is never dialled: no timeout wait, no connection on our server.
      expect(performance.now() - started, url).toBeLessThan(1000);
    }
    expect(connections).toBe(before);
  });

  it("answers 502 FETCH_FAILED when the upstream resets or closes mid-body, also through the API", async () => {
    for (const path of ["/reset", "/cut"]) {
      const error = await failure(fetchArticlePage(`${base}${path}`, allow));
      expect(error, path).toMatchObject({ status: 502, code: "FETCH_FAILED" });
      expect(error.message).toMatch(/broke while reading/);
    }
    const t = await createTestApp();
    try {
      const res = await t.app.request(
        "/api/articles",
        jsonRequest("POST", { outlet: "Harbour Post", url: `${base}/reset` }),
      );
      expect(res.status).toBe(502);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("FETCH_FAILED");
    } finally {
      await t.close();
    }
  });

  it("refuses a redirect into a blocked range before dialling it", async () => {
    // This test's server stands in for a public site: only its own address is let through.
    const local = new URL(base).hostname;
    const publicServer: FetchPolicy = {
      ...deny,
      isBlocked: (address) => address !== local && isBlockedAddress(address),
      resolve: async (host) =>
        host === "intranet.parallax.test" ? [{ address: "10.1.2.3", family: 4 }] : [],
    };
    expect((await fetchArticlePage(`${base}/article`, publicServer)).kind).toBe("html");
    for (const path of [
      "/to-metadata",
      "/to-mapped",
      "/to-nat64",
      "/to-teredo",
      "/to-private-name",
    ]) {
      const before = hosts.length;
      const started = performance.now();
      const error = await failure(fetchArticlePage(`${base}${path}`, publicServer));
      expect(error, path).toMatchObject({ status: 400, code: "URL_NOT_ALLOWED" });
      // One request: the redirecting hop on our server; the blocked target is never dialled
      // (dialling 169.254.169.254 or 10.x from here would hang until the timeout).
      expect(hosts.length - before, path).toBe(1);
      expect(performance.now() - started, path).toBeLessThan(1000);
    }
  });

  it("pins the connection to the address it checked: no second lookup at connect time", async () => {
    const port = new URL(base).port;
    const answers = ["127.0.0.1", "10.9.9.9"];
    let lookups = 0;
    const rebinding: FetchPolicy = {
      ...allow,
      // First answer checked and used; a later lookup (a rebinding attack) would get 10.9.9.9.
      resolve: async () => [{ address: answers[lookups++] ?? "10.9.9.9", family: 4 }],
      isBlocked: (address) => address !== "127.0.0.1",
      allowPrivate: false,
    };
    const fetched = await fetchArticlePage(`http://news.parallax.test:${port}/article`, rebinding);
    expect(fetched.kind).toBe("html");
    expect(lookups).toBe(1);
    // It reached this server, with the name (not the address) in the Host header.
    expect(hosts.at(-1)).toBe(`news.parallax.test:${port}`);
  });

  it("keeps a DNS lookup that never answers inside the fetch deadline (504)", async () => {
    const silent = createSocket("udp4");
    await new Promise<void>((resolve) => silent.bind(0, "127.0.0.1", resolve));
    const resolver = new Resolver({ timeout: 20_000, tries: 1 });
    resolver.setServers([`127.0.0.1:${silent.address().port}`]);
    try {
      const started = performance.now();
      const error = await failure(
        fetchArticlePage("http://slow-dns.parallax.test/", {
          ...deny,
          timeoutMs: 300,
          resolve: async (host) =>
            (await resolver.resolve4(host)).map((address) => ({ address, family: 4 })),
        }),
      );
      expect(error).toMatchObject({ status: 504, code: "FETCH_TIMEOUT" });
      expect(performance.now() - started).toBeLessThan(1500);
    } finally {
      resolver.cancel();
      silent.close();
    }
  });

  it("refuses URLs that are not http(s) or carry credentials", async () => {
    for (const url of [
      "file:///etc/passwd",
      "ftp://example.com/x",
      "not a url",
      "http://u:p@example.com/",
    ]) {
      expect(await failure(fetchArticlePage(url, deny)), url).toMatchObject({
        status: 400,
        code: "INVALID_URL",
      });
    }
  });

  it("POST /api/articles { url } fetches, parses and stores the page; refused when private URLs are off", async () => {
    const open = await createTestApp();
    const closed = await createTestApp({ fetch: { ...deny } });
    try {
      const res = await open.app.request(
        "/api/articles",
        jsonRequest("POST", { outlet: "Korea JoongAng Daily", url: `${base}/moved` }),
      );
      expect(res.status).toBe(201);
      const body = (await res.json()) as { article: { url: string; format: string; body: string } };
      expect(body.article.url).toBe(`${base}/article`);
      expect(body.article.format).toBe("html");
      expect(body.article.body).toContain("Kim Yong-beom");

      const before = connections;
      const refused = await closed.app.request(
        "/api/articles",
        jsonRequest("POST", { outlet: "X", url: `${base}/article` }),
      );
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
        "URL_NOT_ALLOWED",
      );
      expect(connections).toBe(before);
    } finally {
      await open.close();
      await closed.close();
    }
  });
});
