import { createHash } from "node:crypto";
import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { type Article, ArticleSchema, parseArticle } from "../src/index.ts";

// Expectations below were written by reading the five captures, not by printing the parser.
const corpus = loadCorpus();
const byPrefix = (prefix: string) => {
  const file = corpus.files.find((f) => f.file.startsWith(prefix));
  if (!file) throw new Error(`corpus file ${prefix} missing`);
  return file;
};
const parsed = new Map<string, Article>(
  corpus.files.map((f) => [f.file.slice(0, 3), parseArticle({ text: f.text, outlet: f.outlet })]),
);
const article = (prefix: string) => parsed.get(prefix) as Article;
const paragraphTexts = (a: Article) => a.paragraphs.map((p) => a.body.slice(p.start, p.end));

/** Page chrome, notes and credits that must never reach a body. */
const CHROME_IN_BODY = [
  "To write comments",
  "Standards Board Policy",
  "0/250",
  "with the Korea JoongAng Daily",
  "Join the Conversation",
  "Share your feedback",
  "translated by",
  "translated by AI",
  "email protected",
  "BY KIM",
  "Published:",
  "[YONHAP]",
  "[NEWS1]",
  "[JOINT PRESS CORPS]",
  "Courtesy of News1",
  "(@business)",
  "https://t.co",
];

describe("the tariff-talks corpus", () => {
  it("parses every capture into a valid Article", () => {
    for (const a of parsed.values()) expect(() => ArticleSchema.parse(a)).not.toThrow();
    expect([...parsed.values()].every((a) => a.format === "text" && a.language === "en")).toBe(
      true,
    );
  });

  it("keeps page chrome, captions, credits, bylines and notes out of every body", () => {
    for (const [prefix, a] of parsed) {
      for (const chrome of CHROME_IN_BODY) {
        expect(a.body, `${prefix} body contains "${chrome}"`).not.toContain(chrome);
      }
      for (const caption of a.captions) expect(a.body).not.toContain(caption.text);
    }
  });

  it("000: JoongAng news story with a Published line, a YONHAP caption and an obfuscated byline", () => {
    const a = article("000");
    expect(a.outlet).toEqual({ id: "korea-joongang-daily", name: "Korea JoongAng Daily" });
    expect(a.headline).toBe(
      "Korea-U.S. tariff talks see progress, but key differences remain unresolved",
    );
    expect(a.publishedAt).toEqual({
      value: "2025-10-24T10:02:00+09:00",
      precision: "minute",
      source: "dateline",
      text: "Published: 24 Oct. 2025, 10:02",
    });
    expect(a.bylines).toEqual(["Kim Ji-hye"]);
    expect(a.kind).toBe("news");
    expect(a.translation?.method).toBe("assisted");
    expect(a.translation?.text).toMatch(/^This article was originally written in Korean/);
    expect(a.captions).toHaveLength(1);
    expect(a.captions[0]?.credit).toBe("YONHAP");
    expect(a.captions[0]?.text).toMatch(
      /^Presidential director of national policy Kim Yong-beom, left,/,
    );
    expect(a.captions[0]?.text).toMatch(/U\.S\. counterparts\.$/);
    expect(a.embeds).toEqual([]);
    expect(a.paragraphs).toHaveLength(9);
    expect(a.paragraphs.every((p) => p.kind === "text")).toBe(true);
    const texts = paragraphTexts(a);
    expect(texts[0]).toMatch(/^Despite some headway in tariff talks/);
    expect(texts[8]).toMatch(/^In an interview with CNN that aired Wednesday/);
    // Curly quotes, the em dash and the ellipsis are kept as written.
    expect(a.body).toContain("“Some progress has been made, but both sides remain sharply divided");
    expect(a.body).toContain("crucial matters — a typical feature");
    expect(a.body).toContain("[…] I believe");
    expect(a.boilerplate).toEqual([
      { text: "with the Korea JoongAng Daily", reason: "page-chrome" },
      { text: "To write comments, please log in to one of the accounts.", reason: "comments" },
      { text: "Standards Board Policy (0/250자)", reason: "comments" },
    ]);
  });

  it("001: two captions (one mid-body) and a two-name byline", () => {
    const a = article("001");
    expect(a.headline).toBe(
      "Officials aim to finalize Korea-U.S. tariff agreement ahead of APEC meeting",
    );
    expect(a.publishedAt?.value).toBe("2025-10-22T10:55:00+09:00");
    expect(a.publishedAt?.precision).toBe("minute");
    expect(a.bylines).toEqual(["Kim Won", "Yoon Ji-won"]);
    expect(a.kind).toBe("news");
    expect(a.translation?.method).toBe("assisted");
    expect(a.captions.map((c) => c.credit)).toEqual(["NEWS1", "YONHAP"]);
    expect(a.captions[0]?.text).toMatch(/walk through the departure gate/);
    expect(a.captions[1]?.text).toMatch(/speak to the press/);
    expect(a.embeds).toEqual([]);
    expect(a.paragraphs).toHaveLength(9);
    const texts = paragraphTexts(a);
    expect(texts[0]).toMatch(/^Kim Yong-beom, presidential director of national policy/);
    // The paragraph after the mid-body caption follows the one before it directly.
    expect(texts[4]).toMatch(/^During last week’s talks/);
    expect(texts[5]).toMatch(/^Government sources say the current trip/);
    expect(texts[8]).toMatch(/^Legal experts have urged clarity/);
  });

  it("002: Chosun Ilbo with no headline, a date only in the caption and a machine translation", () => {
    const a = article("002");
    expect(a.outlet).toEqual({ id: "chosun-ilbo", name: "Chosun Ilbo" });
    expect(a.headline).toBeNull();
    expect(a.publishedAt).toEqual({
      value: "2025-10-22",
      precision: "day",
      source: "caption",
      text: "2025.10.22",
    });
    expect(a.bylines).toEqual([]);
    expect(a.kind).toBe("news");
    expect(a.translation).toEqual({
      method: "machine",
      text: "※ This article has been translated by AI.",
    });
    expect(a.captions).toHaveLength(1);
    expect(a.captions[0]?.credit).toBe("News1");
    expect(a.captions[0]?.text).toMatch(/^Presidential Chief of Staff for Policy Kim Yong-beom/);
    expect(a.captions[0]?.text).not.toContain("2025.10.22");
    expect(a.embeds).toEqual([]);
    expect(a.paragraphs).toHaveLength(9);
    const texts = paragraphTexts(a);
    expect(texts[0]).toBe(
      '"To align with the APEC summit schedule, we are not considering signing an MOU by agreeing only on parts while issues remain unresolved."',
    );
    expect(texts[8]).toMatch(/^Meanwhile, the additional consultations/);
    expect(a.boilerplate).toEqual([{ text: "Share your feedback here.", reason: "feedback" }]);
  });

  it("003: an editorial (from the outlet note) with a JOINT PRESS CORPS caption and no byline", () => {
    const a = article("003");
    expect(a.outlet).toEqual({ id: "korea-joongang-daily", name: "Korea JoongAng Daily" });
    expect(a.headline).toBe("U.S.–Korea tariff talks stuck in deadlock: Substance over speed");
    expect(a.publishedAt).toMatchObject({
      value: "2025-10-28T00:00:00+09:00",
      precision: "minute",
      source: "dateline",
    });
    expect(a.bylines).toEqual([]);
    expect(a.kind).toBe("editorial");
    expect(a.translation?.method).toBe("assisted");
    expect(a.captions).toEqual([
      {
        text: "President Lee Jae Myung arrives at the Kuala Lumpur Convention Centre in Malaysia for the Korea-ASEAN Summit on October 27, local time, accompanied by Prime Minister Anwar Ibrahim.",
        credit: "JOINT PRESS CORPS",
      },
    ]);
    expect(a.embeds).toEqual([]);
    expect(a.paragraphs).toHaveLength(6);
    expect(paragraphTexts(a)[0]).toMatch(/^President Lee Jae Myung said in a Bloomberg interview/);
    expect(paragraphTexts(a)[5]).toMatch(/^In the Bloomberg interview, Lee said/);
  });

  it("003 without the outlet note is news: one relay (“The Wall Street Journal reported”) is below the aggregation threshold", () => {
    const file = byPrefix("003");
    expect(parseArticle({ text: file.text, outlet: "Korea JoongAng Daily" }).kind).toBe("news");
  });

  it("004: Benzinga aggregation with no headline, no date, an embedded post and a sub-heading", () => {
    const a = article("004");
    expect(a.outlet).toEqual({ id: "benzinga", name: "Benzinga" });
    expect(a.headline).toBeNull();
    // The embedded post's date (Oct. 20) is evidence, not the publication date.
    expect(a.publishedAt).toBeNull();
    expect(a.bylines).toEqual([]);
    expect(a.kind).toBe("aggregation");
    expect(a.translation).toBeNull();
    expect(a.captions).toEqual([]);
    expect(a.embeds).toHaveLength(1);
    expect(a.embeds[0]).toMatchObject({
      kind: "post",
      author: "Bloomberg",
      handle: "@business",
      date: "2025-10-20",
      url: "https://t.co/Uh0XiJ00kl",
    });
    expect(a.embeds[0]?.text).toMatch(/^South Korea’s top policy chief says the country made/);
    expect(a.embeds[0]?.text).toMatch(/golf event with Trump$/);
    expect(a.body).not.toContain("South Korea’s top policy chief says");
    expect(a.paragraphs).toHaveLength(18);
    const subheadings = a.paragraphs.filter((p) => p.kind === "subheading");
    expect(subheadings).toHaveLength(1);
    expect(a.body.slice(subheadings[0]?.start, subheadings[0]?.end)).toBe(
      "Tariff Talks Advance as US Weighs 10-Year Deal",
    );
    expect(a.paragraphs[9]?.kind).toBe("subheading");
    const texts = paragraphTexts(a);
    expect(texts[0]).toMatch(/^South Korea and the United States are getting closer/);
    expect(texts[17]).toMatch(/^While tariffs were not discussed directly/);
    // "Benzinga reported" is the outlet citing itself and stays in the body.
    expect(a.body).toContain("Benzinga reported");
    expect(a.boilerplate).toEqual([{ text: "Join the Conversation", reason: "comments" }]);
  });
});

describe("spans and ids", () => {
  it("every paragraph span slices the body to exactly a line of the capture", () => {
    for (const file of corpus.files) {
      const a = parsed.get(file.file.slice(0, 3)) as Article;
      const lines = new Set(file.text.split("\n").map((line) => line.trim()));
      const texts = paragraphTexts(a);
      expect(a.body).toBe(texts.join("\n\n"));
      for (const text of texts) expect(lines.has(text), text.slice(0, 60)).toBe(true);
      for (const p of a.paragraphs) expect(p.end).toBeGreaterThan(p.start);
    }
  });

  it("ids are the first 16 hex chars of the SHA-256 of the normalised text, stable across runs", () => {
    const file = byPrefix("001");
    const a = parseArticle({ text: file.text, outlet: file.outlet });
    const again = parseArticle({ text: file.text, outlet: file.outlet });
    expect(a.id).toBe(again.id);
    expect(a.id).toBe(createHash("sha256").update(file.text).digest("hex").slice(0, 16));
    // CRLF and trailing spaces are normalised away before hashing.
    const windows = file.text.replace(/\n/g, "  \r\n");
    expect(parseArticle({ text: windows, outlet: file.outlet }).id).toBe(a.id);
    // Bytes and strings of the same text give the same article.
    expect(
      parseArticle({ text: new TextEncoder().encode(file.text), outlet: file.outlet }),
    ).toEqual(a);
    const ids = new Set([...parsed.values()].map((x) => x.id));
    expect(ids.size).toBe(5);
  });

  it("gives the same article for a Windows copy with a BOM and trailing spaces", () => {
    for (const file of corpus.files) {
      const copy = `\ufeff${file.text.replace(/\n/g, " \t\r\n")}`;
      expect(parseArticle({ text: copy, outlet: file.outlet })).toEqual(
        parsed.get(file.file.slice(0, 3)),
      );
    }
  });
});
