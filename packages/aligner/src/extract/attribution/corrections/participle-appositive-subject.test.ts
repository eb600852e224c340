import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a name inside a participle set off after a described subject does not speak", () => {
  it("leaves unknown what “The letter, sent to … and forwarded to Lund,” called “critical”", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met in Orvale on Monday.",
      "The letter, sent to Lund's chief of staff Mira Hale and forwarded to Lund, called it “critical” that she speak soon after Hale's report.",
    );
    expect(speakerOf(x, "critical")).toBeNull();
  });

  it("keeps a named subject before the participle", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met in Orvale on Monday.",
      "Ada Lund, backed by Vint, called the plan “critical” for the port.",
    );
    expect(speakerOf(x, "critical")).toBe("Ada Lund");
  });
});
