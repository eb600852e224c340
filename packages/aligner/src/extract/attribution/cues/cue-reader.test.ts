import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

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

  it("never a noun after a possessive: “Weller’s claim” is no cue of Weller", () => {
    const x = extract(
      "Vice Mayor Joe Amsel campaigned for Dora Pell in Lakeside, where he attacked Tomas Weller.",
      "Weller’s claim that Pell created the crisis had put dock workers at risk, Amsel said.",
      "“If my son were still on the docks, the threat to his life has gone up,” he said.",
    );
    expect(speakerOf(x, "the threat to his life")).toBe("Joe Amsel");
  });

  it("the sentence's subject for “and said” with no cue before it", () => {
    const x = extract(
      "Sen. Chuck Orrin (R-Ore.) on Wednesday downplayed Tomas Weller’s attack on a judge and " +
        "said it is the same as Justice Ada Lund calling herself “a wise woman.”",
    );
    expect(speakerOf(x, "it is the same as")).toBe("Chuck Orrin");
  });
});
