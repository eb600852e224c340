import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Article, ArticleSchema } from "../schemas/article.ts";
import { IngestError } from "./ingest-error.ts";
import { parseArticle } from "./parse-article.ts";

const FIXTURES = join(import.meta.dirname, "../../test/fixtures/html");
const page = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const texts = (a: Article) => a.paragraphs.map((p) => a.body.slice(p.start, p.end));

/** Text that sits in the fixtures' chrome and must not reach a body. */
const CHROME = [
  "Politics",
  "Advertisement",
  "Related articles",
  "Talbeck says deal with Seoul is close",
  "To write comments",
  "All rights reserved",
  "Facebook",
  "Subscribe",
  "cookies",
  "Trending",
  "Stocks rally",
  "Join the Conversation",
  "Sponsored",
  "Most read",
  "KakaoTalk",
  "[YONHAP]",
  "@business",
  "translated by",
];

describe("parseArticle on HTML pages", () => {
  it("reads a news page: metadata, figcaption with credit, sub-heading, chrome dropped", () => {
    const a = parseArticle({ html: page("seoul-herald-tariffs.html"), outlet: "The Seoul Herald" });
    expect(ArticleSchema.parse(a)).toEqual(a);
    expect(a.format).toBe("html");
    expect(a.headline).toBe("Seoul and Washington narrow gaps on investment fund");
    expect(a.dek).toBe("Negotiators say one or two issues remain before the APEC summit.");
    expect(a.publishedAt).toEqual({
      value: "2025-10-24T10:02:00+09:00",
      precision: "minute",
      source: "metadata",
      text: "2025-10-24T10:02:00+09:00",
    });
    expect(a.bylines).toEqual(["Park Min-ji"]);
    expect(a.url).toBe("https://www.seoulherald.example/news/2025/10/24/tariff-talks");
    expect(a.kind).toBe("news");
    expect(a.captions).toEqual([
      {
        text: "Policy director Kim Tae-hun, left, and Industry Minister Kim Do-hyun speak to reporters at Saltmere International Airport on Oct. 24.",
        credit: "YONHAP",
      },
    ]);
    expect(a.paragraphs.map((p) => p.kind)).toEqual([
      "text",
      "text",
      "text",
      "subheading",
      "text",
      "text",
    ]);
    expect(texts(a)[3]).toBe("Summit deadline");
    expect(texts(a)[0]).toMatch(/^Seoul and Washington have narrowed their differences/);
    expect(a.body).toContain("“We have narrowed our differences on many issues,”");
    for (const chrome of CHROME) expect(a.body).not.toContain(chrome);
    const reasons = new Set(a.boilerplate.map((b) => b.reason));
    for (const reason of [
      "navigation",
      "share",
      "comments",
      "advertisement",
      "related",
      "page-chrome",
    ]) {
      expect(reasons.has(reason as never), reason).toBe(true);
    }
    expect(a.boilerplate).toContainEqual({
      text: "Politics Business World Opinion",
      reason: "navigation",
    });
  });

  it("reads a wire page: JSON-LD date and author, an embedded post, relays → aggregation", () => {
    const a = parseArticle({ html: page("wire-embed-story.html"), outlet: "Market Wire" });
    expect(ArticleSchema.parse(a)).toEqual(a);
    expect(a.headline).toBe("US, South Korea Near Trade Deal as Talks Advance");
    expect(a.publishedAt?.value).toBe("2025-10-20T09:15:00-04:00");
    expect(a.bylines).toEqual(["Alex Rivera"]);
    expect(a.url).toBe("https://marketwire.example/news/25/10/us-south-korea-trade-deal");
    expect(a.embeds).toEqual([
      {
        kind: "post",
        text: "South Korea’s top policy chief says the country made “substantial progress” on most key issues in tariff talks with the US",
        author: "Bloomberg",
        handle: "@business",
        date: "2025-10-20",
        url: "https://t.co/AbCdEf1234",
      },
    ]);
    // "Yonhap reported", "According to Reuters" and a Bloomberg post: three relays.
    expect(a.kind).toBe("aggregation");
    expect(a.paragraphs).toHaveLength(5);
    expect(texts(a)[4]).toMatch(/^Some unresolved issues are expected/);
    for (const chrome of CHROME) expect(a.body).not.toContain(chrome);
    expect(a.boilerplate).toContainEqual({ text: "Join the Conversation", reason: "comments" });
  });

  it("reads an editorial page: label in the headline, figcaption <cite> credit, dateline time", () => {
    const a = parseArticle({ html: page("daily-editorial.html"), outlet: "Korea Daily" });
    expect(ArticleSchema.parse(a)).toEqual(a);
    expect(a.headline).toBe("[Editorial] Substance over speed in tariff talks");
    expect(a.kind).toBe("editorial");
    // The day-only <meta name="pubdate"> yields to the printed time on that day (KST).
    expect(a.publishedAt).toEqual({
      value: "2025-10-28T00:00:00+09:00",
      precision: "minute",
      source: "dateline",
      text: "Published: 28 Oct. 2025, 00:00",
    });
    expect(a.captions).toEqual([
      {
        text: "President Lee Seung Ho arrives at the Velmora Convention Centre in Malaysia on Oct. 27.",
        credit: "Joint Press Corps",
      },
    ]);
    expect(a.translation?.method).toBe("assisted");
    expect(a.paragraphs).toHaveLength(3);
    for (const chrome of CHROME) expect(a.body).not.toContain(chrome);
  });

  it("refuses a page with no article content", () => {
    let error: unknown;
    try {
      parseArticle({ html: page("empty-shell.html"), outlet: "Example Media" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("NO_ARTICLE_CONTENT");
    expect((error as IngestError).message).toMatch(/pass the article's own page/);
  });

  it("reads an HTML fragment and takes the same bytes as a string", () => {
    const html =
      "<h1>Talks stall</h1><p>Negotiators in Seoul said on Friday that the talks had stalled over the cash share of the fund.</p><p>They will meet again next week in Washington to try again.</p>";
    const a = parseArticle({ html, outlet: "Yonhap" });
    expect(a.headline).toBe("Talks stall");
    expect(texts(a)).toEqual([
      "Negotiators in Seoul said on Friday that the talks had stalled over the cash share of the fund.",
      "They will meet again next week in Washington to try again.",
    ]);
    expect(parseArticle({ html: new TextEncoder().encode(html), outlet: "Yonhap" })).toEqual(a);
  });

  it("takes each metadata value from the first <meta> that names it, in the head or the body", () => {
    const body =
      "<p>Negotiators in Seoul said on Friday that the talks had stalled over the cash share of the fund.</p>";
    const html = (head: string, inBody = "") =>
      `<html><head>${head}</head><body>${inBody}<article>${body}</article></body></html>`;
    const a = parseArticle({
      html: html(
        '<meta name="twitter:title" content="Second choice"><meta property="og:title" content="Talks stall in Seoul">' +
          '<meta property="og:title" content="A later og:title"><meta name="Author" content="Case Differs">' +
          '<meta name="author" content="Kim Min-ji"><meta name="description" content="The fund is the sticking point.">',
        '<meta itemprop="datePublished" content="2025-10-24T10:02:00+09:00">',
      ),
      outlet: "Yonhap",
    });
    expect(a.headline).toBe("Talks stall in Seoul");
    expect(a.bylines).toEqual(["Kim Min-ji"]);
    expect(a.dek).toBe("The fund is the sticking point.");
    expect(a.publishedAt?.value).toBe("2025-10-24T10:02:00+09:00");
    // A blank first match hides later ones, as querySelector's first match did.
    const blank = parseArticle({
      html: html(
        '<meta property="og:description" content=" "><meta property="og:description" content="Later">' +
          '<meta name="description" content="From the description tag.">',
      ),
      outlet: "Yonhap",
    });
    expect(blank.dek).toBe("From the description tag.");
  });

  it("keeps a stray '<' in text as written", () => {
    const a = parseArticle({
      html: "<article><p>Growth was < 2 percent in the quarter, the central bank in Seoul said on Tuesday.</p></article>",
      outlet: "Yonhap",
    });
    expect(a.body).toBe(
      "Growth was < 2 percent in the quarter, the central bank in Seoul said on Tuesday.",
    );
  });
});
