import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("cue reader: who a reporting verb names", () => {
  it("never a name the quotation before the verb uses itself", () => {
    const x = extract(
      "Ivo Lund and Tomas Weller met voters in Ohio.",
      "“Weller will play the role that Lund had four years ago,” said former Wisconsin Gov. Jim Dorsey.",
      "“It tells you why Dr. Lund is special,” said conservative activist Bob Klausner, who backs no candidate.",
    );
    expect(speakerOf(x, "the role that Lund had")).toBe("Jim Dorsey");
    expect(speakerOf(x, "why Dr. Lund is special")).toBe("Bob Klausner");
  });

  it("the person a titled name with “of PLACE” gives, never the place", () => {
    const x = extract(
      "“We should drop them entirely,” said Sen. Jeff Merkel of Oregon.",
      "“It is complicated,” Sen. Maria Cantor of Washington said.",
      "“Expectations rule,” said Gov. Terry E. Branton of Iowa, a Republican.",
    );
    expect(speakerOf(x, "drop them entirely")).toBe("Jeff Merkel");
    expect(speakerOf(x, "It is complicated")).toBe("Maria Cantor");
    expect(speakerOf(x, "Expectations rule")).toBe("Terry E. Branton");
  });
});
