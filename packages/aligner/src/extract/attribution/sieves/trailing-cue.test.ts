import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// An inverted cue's phrase ends with its sentence: a short last word ("Ivo.", "Vint.") reads like
// an abbreviation, and the phrase used to run on into the next sentence's person.
describe("an inverted trailing cue whose phrase ends its sentence", () => {
  it("“…,” wrote a man calling himself Ivo. Another user, Ned Lund, … — never Lund", () => {
    const x = extract(
      "“We will never sell,” wrote a man calling himself Ivo. Another user, Ned Lund, wrote that the port was lost.",
    );
    expect(speakerOf(x, "We will never sell")).not.toBe("Ned Lund");
  });

  it("“…,” wrote a user named Ivo Vint. Another user, Ned Lund, … — Vint", () => {
    const x = extract(
      "“We will never sell,” wrote a user named Ivo Vint. Another user, Ned Lund, wrote that the port was lost.",
    );
    expect(speakerOf(x, "We will never sell")).toBe("Ivo Vint");
  });

  it("“…,” said columnist Ada Jan. closing its paragraph — Ada Jan, no role noun and no stop", () => {
    // "Jan." reads like a month's abbreviation, so the phrase ran on to the paragraph's end and
    // its stop; read as a description, it made a person "columnist Ada Jan.".
    const x = extract("“The quay will close by May,” said columnist Ada Jan.");
    expect(speakerOf(x, "The quay will close")).toBe("Ada Jan");
    expect(x.entities.map((e) => e.name)).not.toContain("columnist Ada Jan.");
  });

  it("still reads a title abbreviation inside the phrase", () => {
    const x = extract("“We will wait,” said Sen. Ada Roe. Ned Lund spoke next.");
    expect(speakerOf(x, "We will wait")).toBe("Ada Roe");
  });
});

// A person's post may run long before the name: the subject still ends on the person.
describe("a trailing cue whose subject is a long post and a full name", () => {
  it("“…,” Harbour Board senior trial counsel Ada Lewis Lund wrote → Lund", () => {
    const x = extract(
      "The council met on Monday.",
      "“The request is premature,” Harbour Board senior trial counsel Ada Lewis Lund wrote.",
      "“The port will wait,” Harbour Board acting deputy general counsel Ivo Vint told the court.",
    );
    expect(speakerOf(x, "The request is premature")).toBe("Ada Lewis Lund");
    expect(speakerOf(x, "The port will wait")).toBe("Ivo Vint");
  });

  it("never a name that is the object inside a long subject", () => {
    const x = extract(
      "The council met on Monday.",
      "“The request is premature,” a report filed after long talks with Ada Lewis Lund said.",
    );
    expect(speakerOf(x, "The request is premature")).not.toBe("Ada Lewis Lund");
  });
});
