import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";
import { isParticipleObject } from "./participle-object.ts";

describe("a name that is a participle's object is no subject", () => {
  it("reads the object of a participle after a noun", () => {
    const s = "Voters backing Ivo Vint announced";
    expect(isParticipleObject(s, 0, s.indexOf(" announced"))).toBe(true);
    const t = "One pastor supporting Mr. Vint";
    expect(isParticipleObject(t, 0, t.length)).toBe(true);
  });

  it("leaves a participle that qualifies a title, a noun after a determiner and a day part", () => {
    for (const s of [
      "Oversight ranking Democrat Ed Moss",
      "Harbour acting Director Ann Berg",
      "At the briefing Ivo Vint",
      "Friday morning Ivo Vint",
      "Speaking Ivo Vint",
      "On Monday's hearing Ivo Vint",
    ])
      expect(isParticipleObject(s, 0, s.length)).toBe(false);
  });

  it("gives no speaker to the participle's object before the cue", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Rural Elmshire embracing Vint announced “a different era, that’s the best way to put it.”",
    );
    expect(speakerOf(x, "a different era")).toBeNull();
  });

  it("credits the name the appositive gives, and he after it", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "One pastor supporting Mr. Vint, Tom Reeve of Grace Chapel in Dunmore, said he had made many calls.",
      "“Find your polling place and get there,” he tells parishioners.",
    );
    expect(speakerOf(x, "he had made many calls")).toBe("Tom Reeve");
    expect(speakerOf(x, "Find your polling place")).toBe("Tom Reeve");
  });

  it("still reads a titled name after a ranking participle", () => {
    const x = extract(
      "Ed Moss and Ivo Vint met.",
      "“We are frustrated,” said Oversight ranking Democrat Ed Moss.",
    );
    expect(speakerOf(x, "We are frustrated")).toBe("Ed Moss");
  });
});
