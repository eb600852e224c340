import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a place inside a definite description of one person never speaks", () => {
  it("'the Oregon senator said' is not the state speaking", () => {
    const x = extract(
      "Ivo Vint and Ada Lund spoke at the harbour forum on Monday.",
      "“We will reopen the pier by spring,” said the Oregon senator.",
      "“The docks need work first,” the former Oregon governor said.",
    );
    expect(speakerOf(x, "We will reopen the pier")).not.toBe("Oregon");
    expect(speakerOf(x, "The docks need work")).not.toBe("Oregon");
  });

  it("a group of the place still speaks through it, as before", () => {
    const x = extract("“We will not wait,” said Oregon Republicans.");
    expect(speakerOf(x, "We will not wait")).toBe("Oregon");
  });
});
