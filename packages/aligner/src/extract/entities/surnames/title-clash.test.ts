import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { titlesClash } from "./title-clash.ts";

function read(paragraphs: string[]) {
  const x = extractArticle(handBuiltArticle(paragraphs.join("\n\n")));
  const speaker = (start: string) => {
    const q = x.quotes.find((quote) => quote.text.startsWith(start));
    expect(q).toBeDefined();
    return q!.speakerId === null
      ? q!.speakerStatus
      : x.entities.find((e) => e.id === q!.speakerId)!;
  };
  return { x, speaker };
}

describe("two titles clash when they name two different posts", () => {
  it("different heads clash", () => {
    expect(titlesClash("Director", "Minister")).toBe(true);
    expect(titlesClash("Senator", "Governor")).toBe(true);
  });

  it("a title that is part of another, a rank, a former post or an honorific does not", () => {
    expect(titlesClash("Minister", "Foreign Minister")).toBe(false);
    expect(titlesClash("Deputy Minister", "Minister")).toBe(false);
    expect(titlesClash("former Governor", "Senator")).toBe(false);
    expect(titlesClash("Mr.", "Minister")).toBe(false);
  });
});

describe("a surname after titles of two posts names two people", () => {
  it("keeps Director Vint and Minister Vint apart, each with their quotes", () => {
    const { x, speaker } = read([
      "Director Vint and Minister Vint arrived in Orvale on Monday.",
      "“We will sign the harbour accord,” Director Vint said.",
      "“The port stays open all winter,” Minister Vint said.",
    ]);
    const director = speaker("We will sign");
    const minister = speaker("The port stays open");
    expect(typeof director).toBe("object");
    expect(typeof minister).toBe("object");
    expect(director).not.toBe(minister);
    const vints = x.entities.filter((e) => e.kind === "person" && e.name.endsWith("Vint"));
    expect(vints).toHaveLength(2);
  });

  it("leaves a bare 'Vint said' between them unknown, never one of them", () => {
    const { speaker } = read([
      "Director Vint and Minister Vint arrived in Orvale on Monday.",
      "“The ferries will run again next week,” Vint said.",
      "Minister Vint then left for Norland.",
    ]);
    expect(speaker("The ferries will run")).toBe("ambiguous");
  });

  it("gives no quote to a person the article gave another post ('Minister Lund' is not the director)", () => {
    const { x, speaker } = read([
      "Ada Lund, the director of the Harbour Board, opened the meeting.",
      "“We will not sign this year,” Minister Lund said on Monday.",
    ]);
    const said = speaker("We will not sign");
    const ada = x.entities.find((e) => e.name === "Ada Lund");
    expect(ada).toBeDefined();
    expect(typeof said === "object" ? said.id : said).not.toBe(ada!.id);
  });

  it("does not link a later titled surname of another post to a speaker named while quotes are read", () => {
    const { x } = read([
      "“We will sign,” Ada Vint, the harbour director, said on Monday.",
      "The ferry stayed shut because Minister Vint had refused to sign the order.",
    ]);
    const ada = x.entities.find((e) => e.name === "Ada Vint");
    expect(ada).toBeDefined();
    const at = x.sentences.find((s) => s.text.includes("Minister Vint had"))!;
    const minister = at.span.start + at.text.indexOf("Vint had");
    expect(ada!.mentions.map((m) => m.span.start)).not.toContain(minister);
  });

  it("reads a title and a longer form of it as one post: 'Vint said' keeps its speaker", () => {
    const { speaker } = read([
      "Minister Vint met the harbour pilots, and Foreign Minister Vint thanked them.",
      "“We will sign the accord,” Vint said.",
    ]);
    expect(typeof speaker("We will sign")).toBe("object");
  });
  it("never gives a deputy the one namesake a clash leaves ('Deputy Minister Vint' is not the minister)", () => {
    const { x, speaker } = read([
      "Deputy Minister Vint and Minister Vint flew to Norland on Monday.",
      "Ada Vint, the harbour director, and Ivo Vint, the fisheries minister, met the pilots there.",
      "“The quota stays as it is,” Deputy Minister Vint said.",
    ]);
    const said = speaker("The quota stays");
    const ids = x.entities.filter((e) => e.name === "Ada Vint" || e.name === "Ivo Vint");
    expect(ids).toHaveLength(2);
    for (const e of ids) expect(typeof said === "object" ? said.id : said).not.toBe(e.id);
  });
});
