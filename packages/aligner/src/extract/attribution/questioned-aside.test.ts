import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("an aside opened by a participle of being questioned, before the verb", () => {
  it("is the subject's, even with an auxiliary before the verb", () => {
    const x = extract(
      "Tom Vint and Ada Lund met in May.",
      "The row began after Tom Vint, asked about the jailing of reporters under Ada Lund, had said, “Our country does plenty of that too.”",
    );
    expect(speakerOf(x, "plenty of that too")).toBe("Tom Vint");
  });

  it("never lets a name inside it speak", () => {
    const x = extract(
      "Tom Vint and Ada Lund met in May.",
      "Tom Vint, pressed on the cuts by Ada Lund, has said, “We will not fold.”",
    );
    expect(speakerOf(x, "We will not fold")).toBe("Tom Vint");
  });
});
