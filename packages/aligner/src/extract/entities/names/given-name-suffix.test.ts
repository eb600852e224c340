import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";

function read(text: string) {
  const x = extractArticle(handBuiltArticle(text));
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? "unknown";
  return {
    people: x.entities.filter((e) => e.kind === "person").map((e) => e.name),
    speakers: x.quotes.map((q) => name(q.speakerId)),
  };
}

describe("a given name and a generational suffix (givenNameSuffixed)", () => {
  it("is the son's own name, never the father's full name", () => {
    const x = read(
      "Ivo Vint met the Harbour Board on Monday.\n\nHis son Ivo Jr. announced that Norland would vote yes.",
    );
    expect(x.people).toEqual(["Ivo Vint", "Ivo Jr."]);
    expect(x.speakers).toEqual(["Ivo Jr."]);
  });

  it("is never the bare given name", () => {
    const x = read("Mr. Vint met the Harbour Board. His son Ivo Jr. said Norland would vote yes.");
    expect(x.people).not.toContain("Ivo");
    expect(x.speakers).toEqual(["Ivo Jr."]);
  });

  it("is the suffixed full name the story gives", () => {
    const x = read("Ivo Vint Jr. met the Harbour Board.\n\n“We are ready,” Ivo Jr. said.");
    expect(x.people).toEqual(["Ivo Vint Jr."]);
    expect(x.speakers).toEqual(["Ivo Vint Jr."]);
  });

  it("leaves a surname with its suffix to the surname reading", () => {
    const x = read("Ivo Vint Jr. met the Harbour Board.\n\n“We are ready,” Vint Jr. said.");
    expect(x.people).toEqual(["Ivo Vint Jr."]);
  });
});
