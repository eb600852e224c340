import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a closing he/she cue after unquoted reported words", () => {
  it("never takes a name inside the words it closes", () => {
    const x = extract(
      "Tom Pell, a docker in Castlebay, said he will not vote for Ivo Vint because of the quay. Also, Vint isn't a friend of the docks, he said.",
      "Ada Roe said her members were angry. Lars Moe spoke next. Ivo Vint, who took no money from the Harbour Board, fits that bill for many dockers, he added.",
    );
    expect(speakerOf(x, "isn't a friend of the docks")).toBe("Tom Pell");
    expect(speakerOf(x, "fits that bill")).toBe("Lars Moe");
  });

  it("reads a comma ending an opening clause as no reported words", () => {
    const x = extract(
      "Ada Roe ran the port for years. When Ivo Vint’s name came up in the inquiry, he told a reporter that he was “no villain.”",
    );
    expect(speakerOf(x, "no villain")).toBe("Ivo Vint");
  });

  it("keeps the sentence's own subject before a quotation", () => {
    const x = extract("Ivo Vint spoke at the quay. “We will not fold,” he said.");
    expect(speakerOf(x, "We will not fold")).toBe("Ivo Vint");
  });
});
