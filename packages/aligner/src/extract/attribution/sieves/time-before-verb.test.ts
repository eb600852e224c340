import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { skipTimeBeforeVerb } from "./time-before-verb.ts";

describe("a time phrase or party label between a subject and its verb", () => {
  it("steps back over it to the end of the name", () => {
    const end = (s: string) => s.slice(0, skipTimeBeforeVerb(s, 0, s.length));
    expect(end("Gov. Ada Lund on Friday")).toBe("Gov. Ada Lund");
    expect(end("Ada Lund (D-Ore.) on Saturday night")).toBe("Ada Lund");
    expect(end("Ivo Vint (R)")).toBe("Ivo Vint");
    expect(end("Ivo Vint last week")).toBe("Ivo Vint");
    expect(end("Ada Lund late Thursday")).toBe("Ada Lund");
    expect(end("Ada Lund on Oct. 4")).toBe("Ada Lund");
    expect(end("Ada Lund in 2014")).toBe("Ada Lund");
    expect(end("Ada Lund at the port")).toBe("Ada Lund at the port");
  });

  it("gives the quotation in the predicate to the subject before the time phrase", () => {
    const x = extract(
      "Harbour mayor Ivo Vint and Ada Lund met on Monday.",
      "Harbour Council member Ada Lund (D-Ore.) on Saturday criticized the port deal as “a giveaway.”",
      "Ivo Vint, who has feuded with the council all year, on Friday described his plan as a “fresh start.”",
    );
    expect(speakerOf(x, "a giveaway")).toBe("Ada Lund");
    expect(speakerOf(x, "fresh start")).toBe("Ivo Vint");
  });

  it("keeps a lone month word after a name as the name's end", () => {
    const end = (s: string) => s.slice(0, skipTimeBeforeVerb(s, 0, s.length));
    expect(end("columnist Ada Jun")).toBe("columnist Ada Jun");
    expect(end("Ada May")).toBe("Ada May");
    expect(end("Ada Lund Friday")).toBe("Ada Lund");
    expect(end("Ada Lund in March")).toBe("Ada Lund");
    // Never the given name alone: unknown rather than a fragment of the name.
    const x = extract("“We will not back down,” columnist Ada Jun wrote in the Norland Times.");
    expect(speakerOf(x, "We will not back down")).not.toBe("Ada");
  });
});
