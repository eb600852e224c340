import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a participle after a comma carries the clause's speaker on", () => {
  it("reads the comma inside a closing quotation mark (American style) as the clause's end", () => {
    const x = extract(
      "Polls show a tight race.",
      "“I think Kessler would be the best nominee,” Amos Vint said on Lakeside Radio's " +
        '"Morning Show," adding, “His problem is he is an insider in an outsider year.”',
    );
    expect(speakerOf(x, "insider in an outsider year")).toBe("Amos Vint");
  });

  it("reads the comma before doubled apostrophes the same, never the outlet in the object", () => {
    const x = extract(
      "Harbour Radio News said on Monday that the port would close.",
      "''I wish him well,'' Mr. Ivo Vint told the Harbour Radio News hosts of ''Morning Tide,'' " +
        "adding that his son is friendly with one of Ada Lund's sons.",
    );
    expect(speakerOf(x, "his son is friendly")).toBe("Ivo Vint");
  });

  it("gives a participle with no earlier cue the sentence's subject, not the outlet nearest it", () => {
    const x = extract(
      "Polls show a tight race.",
      "Former prosecutor Dora Pell faulted the report on Harbour Radio's “Evening Desk,” calling it " +
        "“an easy call” to reopen the case.",
    );
    expect(speakerOf(x, "an easy call")).toBe("Dora Pell");
  });
});

describe("a participle after a preposition", () => {
  it("hangs on the sentence's subject, not on the person named nearest it", () => {
    const x = extract(
      "Ed Lund and Amos Vint met on Monday.",
      "On Tuesday, Mr. Lund deflected questions about Mr. Vint before saying, “It is time to " +
        "stop the attacks.”",
    );
    expect(speakerOf(x, "stop the attacks")).toBe("Ed Lund");
  });
});

describe("an opening adverbial with a place's state set off by commas", () => {
  it("reads past the state and a phrase of time to the sentence's subject", () => {
    const x = extract(
      "Ann Roe and Ed Moss met.",
      "Speaking at a town hall in Salem, New Hampshire, Roe went after Moss, calling him “a total stiff.”",
      "At a rally in Salem, Ore., on Tuesday, Moss endorsed Roe, saying that she would “make a fine mayor.”",
    );
    expect(speakerOf(x, "a total stiff")).toBe("Ann Roe");
    expect(speakerOf(x, "make a fine mayor")).toBe("Ed Moss");
  });
});
