import { describe, expect, it } from "vitest";
import { ages } from "./ages.ts";

function agesIn(text: string): [string, number][] {
  return ages(text, { articleId: "a", start: 0, end: text.length }).map((f) => [f.text, f.value]);
}

describe("ages", () => {
  it("reads an age with a hyphen, a space or 'years old', and after a name between commas", () => {
    expect(
      agesIn(
        "A 36-year-old pilot, an 41-year old fisher and a 29 year old clerk met Ivo Vint, 52, who is 60 years old.",
      ),
    ).toEqual([
      ["36-year-old", 36],
      ["41-year old", 41],
      ["29 year old", 29],
      ["52", 52],
      ["60 years old", 60],
    ]);
  });

  it("takes no upper end of an age range for an age: 'between 30 and 40 years old', '30-40 years old'", () => {
    expect(agesIn("Crews between 30 and 40 years old and pilots 30-40 years old waited.")).toEqual(
      [],
    );
  });

  it("takes no age of a happening ('a 32-year-old killing case') but keeps a person's beside one", () => {
    expect(
      agesIn(
        "Police reopened a 32-year-old killing case, a 27-year-old double murder and the 19-year-old fire mystery.",
      ),
    ).toEqual([]);
    expect(
      agesIn(
        "A 41-year-old murder suspect, the 16-year-old suicide bomber, a 30-year-old crash survivor and a 22-year-old fire victim.",
      ).map(([, value]) => value),
    ).toEqual([41, 16, 30, 22]);
    // A happening noun after the person's own verb or a function word is not what the age describes.
    expect(agesIn("The 36-year-old blamed the crash; a 50-year-old in the fire.")).toEqual([
      ["36-year-old", 36],
      ["50-year-old", 50],
    ]);
  });
});
