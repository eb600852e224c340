import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { splitSentences } from "../../sentences.ts";

describe("an abbreviated court or police title before a name is no person", () => {
  it("does not end a sentence after 'Dist.', 'Atty.' or 'Det.'", () => {
    const body = "The port stayed shut, said Dist. Atty. Ivo Vint. Det. Ada Lund agreed.";
    const sentences = splitSentences({
      id: "t",
      body,
      paragraphs: [{ start: 0, end: body.length, kind: "text" }],
    });
    expect(sentences.map((s) => s.text)).toEqual([
      "The port stayed shut, said Dist. Atty. Ivo Vint.",
      "Det. Ada Lund agreed.",
    ]);
  });

  it("gives the words to the person the title belongs to", () => {
    const x = extract(
      "The harbour trial ended on Monday in the town of Orrin.",
      "“It was the kind of crime the harbour law was made for,” said Dist. Atty. Ivo Vint.",
    );
    expect(speakerOf(x, "the kind of crime")).toBe("Ivo Vint");
    expect(x.entities.some((e) => e.kind === "person" && /^Dist/.test(e.name))).toBe(false);
  });
});
