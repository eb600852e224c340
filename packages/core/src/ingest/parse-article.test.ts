import { describe, expect, it } from "vitest";
import { ArticleSchema } from "../schemas/article.ts";
import { IngestError, type IngestErrorCode } from "./ingest-error.ts";
import { MAX_INPUT_BYTES, type ParseArticleInput, parseArticle } from "./parse-article.ts";

const STORY = [
  "Seoul and Washington near a tariff deal",
  "Published: 24 Oct. 2025, 10:02",
  "Negotiators said on Friday that most issues had been settled.",
  "The remaining points concern the size of the cash investment.",
].join("\n");

function errorOf(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw new Error(`expected an IngestError, got ${String(error)}`);
  }
  throw new Error("expected parseArticle to throw");
}

function expectCode(input: unknown, code: IngestErrorCode, message: RegExp): IngestError {
  const error = errorOf(() => parseArticle(input as ParseArticleInput));
  expect(error.code).toBe(code);
  expect(error.name).toBe("IngestError");
  expect(error.message).toMatch(message);
  return error;
}

describe("parseArticle on bad input", () => {
  it("refuses empty and whitespace-only text", () => {
    expectCode({ text: "", outlet: "Yonhap" }, "EMPTY_INPUT", /empty.*paste the article/);
    expectCode({ text: "  \n\t \r\n \u00a0 ", outlet: "Yonhap" }, "EMPTY_INPUT", /empty|visible/);
    expectCode({ html: "   ", outlet: "Yonhap" }, "EMPTY_INPUT", /html is empty/);
    expectCode({ text: "\u200b\ufeff", outlet: "Yonhap" }, "EMPTY_INPUT", /empty/);
  });

  it("refuses NUL and binary content", () => {
    expectCode({ text: `abc\u0000def`, outlet: "Yonhap" }, "BINARY_CONTENT", /binary file/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expectCode({ text: png, outlet: "Yonhap" }, "BINARY_CONTENT", /pass the article as text/);
    const controls = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e".repeat(20);
    expectCode({ text: `${controls}words`, outlet: "Yonhap" }, "BINARY_CONTENT", /control bytes/);
  });

  it("refuses invalid UTF-8 bytes and lone surrogates, saying where", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Seoul talks "), 0xc3, 0x28, 0x41]);
    const error = expectCode({ text: bytes, outlet: "Yonhap" }, "INVALID_UTF8", /offset 12.*UTF-8/);
    expect(error.details).toEqual({ offset: 12 });
    expectCode(
      { text: "talks \ud800 stall", outlet: "Yonhap" },
      "INVALID_UTF8",
      /lone UTF-16 surrogate/,
    );
    expectCode({ html: "<p>\udc00</p>", outlet: "Yonhap" }, "INVALID_UTF8", /surrogate/);
  });

  it("refuses inputs over MAX_INPUT_BYTES before parsing them", () => {
    expect(MAX_INPUT_BYTES).toBe(2 * 1024 * 1024);
    const big = "a".repeat(MAX_INPUT_BYTES + 1);
    expectCode({ text: big, outlet: "Yonhap" }, "TOO_LARGE", /more than 2097152 bytes/);
    expectCode({ html: big, outlet: "Yonhap" }, "TOO_LARGE", /2 MB/);
    // Multi-byte characters count as bytes, not as UTF-16 units.
    const korean = "가".repeat(Math.ceil(MAX_INPUT_BYTES / 3) + 1);
    expectCode({ text: korean, outlet: "Yonhap" }, "TOO_LARGE", /too large/);
    expectCode(
      { text: new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61), outlet: "Y" },
      "TOO_LARGE",
      /too large/,
    );
    // Size is checked before the outlet: a too-large input never gets parsed at all.
    expectCode({ text: big, outlet: "" }, "TOO_LARGE", /too large/);
  });

  it("refuses a missing, empty or note-only outlet", () => {
    expectCode({ text: STORY }, "MISSING_OUTLET", /outlet is missing/);
    expectCode({ text: STORY, outlet: "   " }, "MISSING_OUTLET", /outlet is missing or empty/);
    expectCode({ text: STORY, outlet: 42 }, "MISSING_OUTLET", /outlet/);
    expectCode({ text: STORY, outlet: "(editorial)" }, "MISSING_OUTLET", /only a note/);
    expectCode({ text: STORY, outlet: "x".repeat(201) }, "INVALID_INPUT", /limit is 200/);
  });

  it("refuses an invalid url", () => {
    expectCode(
      { text: STORY, outlet: "Yonhap", url: "not a url" },
      "INVALID_INPUT",
      /not a valid absolute URL/,
    );
    expectCode(
      { text: STORY, outlet: "Yonhap", url: "ftp://example.com/a" },
      "INVALID_INPUT",
      /http or https/,
    );
    expectCode({ text: STORY, outlet: "Yonhap", url: 7 }, "INVALID_INPUT", /url must be a string/);
  });

  it("refuses calls without exactly one of text and html", () => {
    expectCode({ outlet: "Yonhap" }, "INVALID_INPUT", /pass the page as `text`/);
    expectCode({ text: STORY, html: "<p>x</p>", outlet: "Yonhap" }, "INVALID_INPUT", /not both/);
    expectCode(null, "INVALID_INPUT", /expects an object/);
    expectCode({ text: 12, outlet: "Yonhap" }, "INVALID_INPUT", /string or a Uint8Array/);
  });

  it("refuses text that is only page chrome", () => {
    expectCode(
      { text: "Join the Conversation\nShare this article", outlet: "Yonhap" },
      "NO_ARTICLE_CONTENT",
      /every line of the text was page chrome.*2 chrome lines/,
    );
  });

  it("refuses HTML with no article content", () => {
    const html =
      "<html><head><title>Menu</title><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav><script>track()</script></body></html>";
    expectCode({ html, outlet: "Yonhap" }, "NO_ARTICLE_CONTENT", /no article text was found/);
  });
});

describe("parseArticle on good input", () => {
  it("returns a schema-valid article with the url normalised", () => {
    const a = parseArticle({
      text: STORY,
      outlet: "The Korea Herald",
      url: " https://example.com/a?b=1 ",
    });
    expect(ArticleSchema.parse(a)).toEqual(a);
    expect(a.url).toBe("https://example.com/a?b=1");
    expect(a.outlet).toEqual({ id: "the-korea-herald", name: "The Korea Herald" });
    expect(a.headline).toBe("Seoul and Washington near a tariff deal");
    // A Korean outlet's times are KST.
    expect(a.publishedAt?.value).toBe("2025-10-24T10:02:00+09:00");
    expect(a.paragraphs).toHaveLength(2);
  });

  it("keeps the date alone when the zone of a printed time is unknown", () => {
    const a = parseArticle({ text: STORY, outlet: "Some Gazette" });
    expect(a.publishedAt).toEqual({
      value: "2025-10-24",
      precision: "day",
      source: "dateline",
      text: "Published: 24 Oct. 2025, 10:02",
    });
  });

  it("reads windows-1252 and EUC-KR pages that declare their charset", () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>Caf'),
      0xe9,
      ...new TextEncoder().encode(
        " owners in Seoul said on Friday that prices had risen again.</p>",
      ),
    ]);
    expect(parseArticle({ html: latin, outlet: "Yonhap" }).body).toBe(
      "Café owners in Seoul said on Friday that prices had risen again.",
    );
    // "서울" in EUC-KR.
    const korean = new Uint8Array([
      ...new TextEncoder().encode(
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><p>',
      ),
      0xbc,
      0xad,
      0xbf,
      0xef,
      ...new TextEncoder().encode(
        " officials said on Friday that the talks had stalled again.</p>",
      ),
    ]);
    expect(parseArticle({ html: korean, outlet: "Yonhap" }).body).toBe(
      "서울 officials said on Friday that the talks had stalled again.",
    );
  });
});
