import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// A lone given name after a kin noun ("his wife, Jane,") carries the given name's gender: the
// entity's name is one word, so newEntityRecord found no given name to read it from.
describe("a kin name's gender", () => {
  it("“his wife, Jane, … He said …” — never Jane", () => {
    const x = extract(
      "“We will appeal,” Ivo Vint said.",
      "Some of Vint's advisers, including his wife, Jane, were at the meeting. He said that there was no talk of the port.",
    );
    expect(speakerOf(x, "no talk of the port")).toBe("Ivo Vint");
  });

  it("“Her husband, Tom, … She said …” — never Tom", () => {
    const x = extract(
      "Ada Roe spoke first. Her husband, Tom, was at the meeting. She said the port was lost.",
    );
    expect(speakerOf(x, "the port was lost")).toBe("Ada Roe");
  });
});
