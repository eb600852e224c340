import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quoted phrase inside the content of the last reporting verb before it", () => {
  it("takes the subject of a verb joined by “and” to the clause's first verb", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Tessa Moor, a harbour pilot, read the levy report and wrote that Lund had “lost her way” on fees.",
    );
    expect(speakerOf(x, "lost her way")).toBe("Tessa Moor");
  });

  it("takes the last verb's subject past a noun form of another reporting verb", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Tessa Moor, the head of Harbour Watch, charged that Lund “hid” the files because they " +
        "seemed to contradict her pledge in 2019 to stay out of port business.",
    );
    expect(speakerOf(x, "hid")).toBe("Tessa Moor");
  });

  it("takes the subject after an opening clause, past a participle in the object", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "And last summer, while attending the dock protests, Tessa Moor calls a screaming Vint a " +
        "“bully” and a “coward.”",
    );
    expect(speakerOf(x, "bully")).toBe("Tessa Moor");
    expect(speakerOf(x, "coward")).toBe("Tessa Moor");
  });

  it("takes the subject past an aside set off by commas", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Tessa Moor, when asked what about Vint’s plan is wrong, responded that the harbour chief " +
        "“is right about the problems, but his fixes fail.”",
    );
    expect(speakerOf(x, "is right about the problems")).toBe("Tessa Moor");
  });

  it("abstains when the speaker the cue gives is named in the content", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "One of Lund’s former backers lives in the district and wrote that Ada Lund’s bid was “a sad waste.”",
    );
    expect(speakerOf(x, "a sad waste")).toBeNull();
  });

  it("abstains on a name inside a clause led by a noun (a relative clause)", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Fees rose in a way Harbour Director Ivo Vint slammed as “plainly reckless,” and Lund has since apologized.",
    );
    expect(speakerOf(x, "plainly reckless")).toBeNull();
  });

  it("abstains on a quotation named by a phrase noun", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Tessa Moor joined Lund on stage and joked about the fees, drawing loud “Harbour first!” chants.",
    );
    expect(speakerOf(x, "Harbour first!")).toBeNull();
  });
});
