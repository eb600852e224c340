import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { nameWithSuffix, suffixAfter } from "./generational-suffixes.ts";

function read(text: string) {
  const x = extractArticle(handBuiltArticle(text));
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? "unknown";
  return {
    people: x.entities.filter((e) => e.kind === "person").map((e) => e.name),
    speakers: x.quotes.map((q) => name(q.speakerId)),
    figures: x.figures.map((f) => f.text),
  };
}

describe("suffixAfter and nameWithSuffix", () => {
  it("reads Jr., Sr., II, III and IV after a name, with a comma only before Jr. and Sr.", () => {
    expect(suffixAfter("Ivo Vint Jr. said", 8)).toEqual({ suffix: "Jr.", end: 12 });
    expect(suffixAfter("Ivo Vint, Sr., said", 8)).toEqual({ suffix: "Sr.", end: 13 });
    expect(suffixAfter("Ivo Vint III said", 8)).toEqual({ suffix: "III", end: 12 });
    expect(suffixAfter("Ivo Vint, III said", 8)).toBeNull();
    expect(suffixAfter("Ivo Vint Jrs said", 8)).toBeNull();
    expect(suffixAfter("Ivo Vint Island", 8)).toBeNull();
  });

  it("keeps the surname and the mention to the name itself", () => {
    expect(nameWithSuffix("Mayor Ivo Vint Jr said", "Ivo Vint Jr", "Jr", 17)).toEqual({
      name: "Ivo Vint",
      surname: "Vint",
      end: 14,
      suffix: "Jr.",
      suffixEnd: 17,
    });
    expect(nameWithSuffix("Vint Jr. said", "Vint", "Vint", 4).suffix).toBeNull();
  });
});

describe("a generational suffix as an attribute of the name", () => {
  it("shows the suffix, and a lone surname still names him", () => {
    const x = read("Ivo Vint Jr. met the Harbour Board.\n\n“We will build,” Vint said.");
    expect(x.people).toEqual(["Ivo Vint Jr."]);
    expect(x.speakers).toEqual(["Ivo Vint Jr."]);
    const comma = read("Ivo Vint, Jr., met the Harbour Board.\n\n“We will build,” Vint said.");
    expect(comma.speakers).toEqual(["Ivo Vint Jr."]);
    const titled = read("Mayor Ivo Vint Jr. met the Harbour Board.\n\n“We will build,” Vint said.");
    expect(titled.people).toEqual(["Ivo Vint Jr."]);
    expect(titled.speakers).toEqual(["Ivo Vint Jr."]);
  });

  it("names the speaker of 'said Ivo Vint Jr.', suffix and all", () => {
    expect(read("“We will build,” said Ivo Vint Jr., the mayor.").speakers).toEqual([
      "Ivo Vint Jr.",
    ]);
  });

  it("reads II and III as no figure and no name of their own", () => {
    const x = read("Ivo Vint III met 40 members on Monday. Ivo Vint II was there.");
    expect(x.people).toEqual(["Ivo Vint III", "Ivo Vint II"]);
    expect(x.figures).toEqual(["40"]);
  });

  it("keeps father and son apart: a bare surname that could be either names neither", () => {
    const x = read(
      "Ivo Vint Sr. and his son, Ivo Vint Jr., met the Harbour Board.\n\n" +
        "“We will build,” Vint said.\n\n“We will wait,” Vint Jr. said.\n\n" +
        "“We never wait,” said Vint Sr.",
    );
    expect(x.people).toEqual(["Ivo Vint Sr.", "Ivo Vint Jr."]);
    expect(x.speakers).toEqual(["unknown", "Ivo Vint Jr.", "Ivo Vint Sr."]);
  });

  it("keeps a suffixed name apart from the plain name beside a parent or child word", () => {
    const x = read(
      "Ivo Vint Jr. met the Harbour Board with his father, Ivo Vint.\n\n“We will build,” Vint said.",
    );
    expect(x.people).toEqual(["Ivo Vint Jr.", "Ivo Vint"]);
    expect(x.speakers).toEqual(["unknown"]);
  });

  it("keeps apart a suffixed name written after the plain one", () => {
    const x = read("Ivo Vint spoke on Monday.\n\nLater, Ivo Vint Jr. met the Harbour Board.");
    expect(x.people).toEqual(["Ivo Vint", "Ivo Vint Jr."]);
  });

  it("reads a plain name after the suffixed one as the same person", () => {
    const x = read("Ivo Vint Jr. met the Harbour Board.\n\nIvo Vint said, “We will build.”");
    expect(x.people).toEqual(["Ivo Vint Jr."]);
    expect(x.speakers).toEqual(["Ivo Vint Jr."]);
  });

  it("leaves a plain name between two suffixed namesakes to neither", () => {
    const x = read(
      "Ivo Vint Sr. and Ivo Vint Jr. met the Harbour Board.\n\nIvo Vint said, “We will build.”",
    );
    expect(x.speakers).toEqual(["unknown"]);
  });

  it("gives a bare surname to the namesake the article already called by it", () => {
    const x = read(
      "Ivo Vint III runs the Harbour Board.\n\n“We will build,” Vint said.\n\n" +
        "His father, Ivo Vint Jr., ran it before him.\n\n“We never wait,” Vint said.",
    );
    expect(x.speakers).toEqual(["Ivo Vint III", "Ivo Vint III"]);
  });

  it("never gives 'Vint Sr.' to the one Ivo Vint Jr. named", () => {
    const x = read("Ivo Vint Jr. met the Harbour Board.\n\n“We will build,” said Vint Sr.");
    expect(x.speakers).toEqual(["unknown"]);
  });
});

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
