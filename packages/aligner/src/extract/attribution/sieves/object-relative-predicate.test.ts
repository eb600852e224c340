import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("object relative predicate: the named subject of “which X <verb> … “…””", () => {
  it("credits the relative clause's subject whatever its verb, past a time phrase", () => {
    const x = extract(
      "Ada Lund spoke on Monday. The crews kept the port open, both of which Ada Lund praised Tuesday night “for keeping the docks alive.”",
      "Tom Vint spoke to the Gazette, in which Vint expressed hope that the pier would not be an issue “that splits the harbour for years.”",
    );
    expect(speakerOf(x, "keeping the docks alive")).toBe("Ada Lund");
    expect(speakerOf(x, "splits the harbour")).toBe("Tom Vint");
  });

  it("abstains on a passive, a second reporting verb, or a comma opening another clause", () => {
    const x = extract(
      "Ada Lund and Tom Vint spoke on Monday. The crews held a vote, which Ada Lund was handed as “a done deal by then.”",
      "The crews held a vote, which Ada Lund praised before Vint said it was “a done deal by noon.”",
      "The crews held a vote, which Ada Lund praised, and the town called “a fine day for us.”",
    );
    expect(speakerOf(x, "done deal by then")).toBeNull();
    expect(speakerOf(x, "done deal by noon")).not.toBe("Ada Lund");
    expect(speakerOf(x, "fine day for us")).not.toBe("Ada Lund");
  });
});
