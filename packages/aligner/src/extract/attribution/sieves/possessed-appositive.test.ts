import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { adjectiveInPossessedAppositive } from "./possessed-appositive.ts";

describe("an -ed word in an appositive a possessor opens is no verb", () => {
  it("reads on to the main verb after `, Lund’s fired campaign manager,`", () => {
    const x = extract(
      "Ivo Vint met Ada Lund on Monday.",
      "Vint, Lund’s fired campaign manager, ripped the board for acting as “the judge and the jury” in the case.",
    );
    expect(speakerOf(x, "the judge and the jury")).toBe("Ivo Vint");
  });

  it("keeps `Lund’s joined the board` and `Lund’s resigned from` as verbs", () => {
    const body = (s: string) => [s, s.indexOf("joined"), s.indexOf("joined") + 6] as const;
    const [a, at, end] = body("Vint said, Lund’s joined the board, as “…”");
    expect(adjectiveInPossessedAppositive(a, 0, at, end, a.length)).toBe(false);
    const b = "Vint, Lund’s fired campaign manager, ripped “…”";
    const f = b.indexOf("fired");
    expect(adjectiveInPossessedAppositive(b, 0, f, f + 5, b.length)).toBe(true);
    const c = "Vint said Lund’s fired campaign manager ripped “…”";
    const g = c.indexOf("fired");
    expect(adjectiveInPossessedAppositive(c, 0, g, g + 5, c.length)).toBe(false);
  });
});
