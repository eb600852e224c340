import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation in a “with” absolute clause takes the name “with” introduces", () => {
  it("reads the name before a participle of saying and a coordinated one", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      'Harbour councillors were quick to weigh in, with Ivo Vint tweeting that it was a "mess" for Lund and asking, "Who approved this?"',
    );
    expect(speakerOf(x, "mess")).toBe("Ivo Vint");
    expect(speakerOf(x, "Who approved this?")).toBe("Ivo Vint");
  });

  it("reads an adverb before the participle and a colon after it", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "At a dockside rally on Saturday, a heckler was pushed out of the hall, with Lund reportedly shouting: “Take him away!”",
    );
    expect(speakerOf(x, "Take him away!")).toBe("Ada Lund");
  });

  it("abstains when a finite reporting verb brings another speaker first", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The council split on the plan, with Lund praising it as bold, while a dock union said it was “a slow disaster.”",
    );
    expect(speakerOf(x, "a slow disaster.")).not.toBe("Ada Lund");
  });

  it("abstains on a participle that is no verb of saying", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The ferries kept running, with Vint sailing past the “Harbour Queen” at noon.",
    );
    expect(speakerOf(x, "Harbour Queen")).toBeNull();
  });
});
