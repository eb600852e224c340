import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { personNames } from "../../../../test/support/entity-lookups.ts";
import { speakerOf } from "../../../../test/support/quote-speakers.ts";
import { extractArticle } from "../../../extract-article.ts";

function read(text: string) {
  return extractArticle(parseArticle({ text, outlet: "Test Wire" }));
}

describe("a lone word after a described person and from/of/in is never a person", () => {
  it.each([
    "“We will not fold,” said the senator from Norland.",
    "“We will not fold,” said a lawyer from Orvale.",
    "“We will not fold,” said the mayor of Velden.",
    "“We will not fold,” residents of Orvale said.",
    "“We will not fold,” said a farmer in Norland.",
  ])("%s: a place, no person, the speaker unknown", (text) => {
    const x = read(text);
    expect(personNames(x)).toEqual([]);
    expect(x.entities.map((e) => e.kind)).toEqual(["place"]);
    expect(speakerOf(x, "We will not fold")).toBeNull();
  });

  it("keeps the person named after the described place", () => {
    const x = read("“We will not fold,” the governor of Norland, Ada Lund, said.");
    expect(personNames(x)).toEqual(["Ada Lund"]);
    expect(speakerOf(x, "We will not fold")).toBe("Ada Lund");
  });

  it.each([
    "“We will not fold,” the daughter of Vint said.",
    "“We will not fold,” said a cousin of Vint.",
  ])("%s: the person a relative is named by stays a person, and does not speak", (text) => {
    const x = read(text);
    expect(personNames(x)).toEqual(["Vint"]);
    expect(speakerOf(x, "We will not fold")).toBeNull();
  });

  it("keeps a named person placed by 'of'/'from'", () => {
    const x = read(
      "“We will not fold,” Ada Lund of Norland said. “Nor will we,” Ivo Vint from Orvale said.",
    );
    expect(personNames(x)).toEqual(["Ada Lund", "Ivo Vint"]);
    expect(speakerOf(x, "Nor will we")).toBe("Ivo Vint");
  });
});
