import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { findPersonNames } from "../../person-names.ts";

function names(body: string, kind: string): string[] {
  return extractArticle(handBuiltArticle(body))
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.name);
}

describe("a capitalised clause opener is no part of an organisation's name", () => {
  it("'As Harbour Radio reported' names Harbour Radio", () => {
    const body = "As Harbour Radio reported, the ferry talks ended on Monday.";
    expect(names(body, "organization")).toEqual(["Harbour Radio"]);
  });

  it("'When Harbour Ferry Group met' and 'Unlike Norland Shipping Group' drop the opener", () => {
    const body =
      "When Harbour Ferry Group met, the pier was closed. Unlike Norland Shipping Group, it paid.";
    expect(names(body, "organization").sort()).toEqual([
      "Harbour Ferry Group",
      "Norland Shipping Group",
    ]);
  });

  it("an opener whose removal leaves one word stays as it was ('The Group' still loses 'The')", () => {
    const body = "The Group said the pier was closed.";
    expect(names(body, "organization")).not.toContain("The Group");
  });
});

describe("a title-case line's verb after a given-name surname is no part of the name", () => {
  const text = (body: string) => findPersonNames(body).map((n) => body.slice(n.start, n.end));

  it("'Ada Alden Wins Norland Primary' names Ada Alden", () => {
    expect(text("Ada Alden Wins Norland Primary.")).toEqual(["Ada Alden"]);
  });

  it("'Mira Amory Is A Candidate' and a verb at the line's end name Mira Amory", () => {
    expect(text("Mira Amory Is A Candidate, Board Finds.")).toEqual(["Mira Amory"]);
    expect(text("Report Says Mira Amory Questioned\nMira Amory was questioned.")).toEqual([
      "Mira Amory",
      "Mira Amory",
    ]);
  });

  it("a middle given name before a surname in running text stays a middle name", () => {
    expect(text("Ada Alden Wood said the pier was closed.")).toEqual(["Ada Alden Wood"]);
  });

  it("in prose the word stays the surname, before a capitalised word too", () => {
    expect(text("Critics denounced Ada Alden Wood’s New Deal on Monday.")).toEqual([
      "Ada Alden Wood",
    ]);
    expect(text("Marchers gathered in Ada Alden Wood Park on Monday.")).toEqual([]);
  });

  it("a suffix after the word keeps it a surname", () => {
    expect(text("Ada Alden Wood Jr. spoke on Monday.")[0]).toMatch(/^Ada Alden Wood/);
  });
});
