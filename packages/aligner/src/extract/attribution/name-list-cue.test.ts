import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a quote signed by a list of people has no one speaker", () => {
  it("gives no speaker to an inverted cue naming several people", () => {
    const x = extract(
      "The council met on Monday.",
      "“We will not stop,” wrote Dora Pell, Amos Vint and Lena Orrick.",
      "“The vote stands,” said Tomas Weller, Ines Marsh and Olaf Kessler in a statement.",
    );
    expect(speakerOf(x, "We will not stop")).toBeNull();
    expect(speakerOf(x, "The vote stands")).toBeNull();
  });

  it("still reads one speaker with an appositive that holds an 'and'", () => {
    const x = extract(
      "The council met on Monday.",
      "“We will not stop,” said Dora Pell, chief executive and founder of Harbor Labs.",
    );
    expect(speakerOf(x, "We will not stop")).toBe("Dora Pell");
  });
});
