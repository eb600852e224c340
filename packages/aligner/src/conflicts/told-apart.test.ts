import type { ArticleId, Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { daysOfTwoHappenings, withoutRepeats } from "./told-apart.ts";

const id = (n: number) => `a${n}` as ArticleId;
const conflict = (kind: Conflict["kind"], values: [number, string][]): Conflict => ({
  kind,
  subject: kind === "date" ? "date of the event" : "people",
  values: values.map(([article, text]) => ({ articleId: id(article), text, span: null })),
});

describe("daysOfTwoHappenings", () => {
  // The Harbour Council warned of the flaw on Tuesday (articles 0-2) and shipped the fix on
  // Wednesday (articles 3-5); article 6 tells both.
  it("reads two days each kept by several outlets, one outlet giving both, as two happenings", () => {
    const c = conflict("date", [
      [0, "Tuesday"],
      [3, "Wednesday"],
      [1, "Tuesday"],
      [4, "Wednesday"],
      [6, "Tuesday"],
      [6, "Wednesday"],
      [5, "early Wednesday"],
    ]);
    expect(daysOfTwoHappenings(c)).toBe(true);
  });

  it("keeps a disagreement no outlet resolves by giving both days", () => {
    const c = conflict("date", [
      [0, "Tuesday"],
      [3, "Wednesday"],
      [1, "Tuesday"],
      [4, "Wednesday"],
    ]);
    expect(daysOfTwoHappenings(c)).toBe(false);
  });

  it("keeps a day given by one outlet besides the one giving both: a lone outlet at odds", () => {
    const c = conflict("date", [
      [0, "Sunday"],
      [3, "Monday"],
      [1, "Sunday"],
      [2, "Sunday"],
      [4, "Sunday"],
      [4, "Monday"],
    ]);
    expect(daysOfTwoHappenings(c)).toBe(false);
  });

  it("leaves other kinds alone", () => {
    const c = conflict("figure", [
      [0, "five"],
      [3, "two"],
      [1, "five"],
      [4, "two"],
      [6, "five"],
      [6, "two"],
      [5, "two"],
    ]);
    expect(daysOfTwoHappenings(c)).toBe(false);
  });
});

describe("withoutRepeats", () => {
  it("reports one disagreement once, on the first row", () => {
    const first = conflict("figure", [
      [0, "five"],
      [2, "two"],
      [1, "five"],
    ]);
    const again = conflict("figure", [
      [0, "five"],
      [2, "two"],
      [1, "five"],
      [2, "Two"],
    ]);
    expect(withoutRepeats([[first], [], [again]])).toEqual([[first], [], []]);
  });

  it("keeps a conflict naming an outlet or value the first does not", () => {
    const first = conflict("figure", [
      [0, "five"],
      [2, "two"],
    ]);
    const wider = conflict("figure", [
      [0, "five"],
      [2, "two"],
      [3, "four"],
    ]);
    expect(withoutRepeats([[first], [wider]])).toEqual([[first], [wider]]);
  });

  it("keeps conflicts of another kind over the same words", () => {
    const figure = conflict("figure", [
      [0, "five"],
      [2, "two"],
    ]);
    const date = conflict("date", [
      [0, "five"],
      [2, "two"],
    ]);
    expect(withoutRepeats([[figure], [date]])).toEqual([[figure], [date]]);
  });
});
