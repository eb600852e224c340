import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { isParticipleObject } from "./participle-object.ts";

describe("a name that is a participle's object is no subject", () => {
  it("reads the object of a participle after a noun", () => {
    const s = "Dockers cheering Ivo Vint declared";
    expect(isParticipleObject(s, 0, s.indexOf(" declared"))).toBe(true);
    const t = "One deacon praising Mr. Vint";
    expect(isParticipleObject(t, 0, t.length)).toBe(true);
  });

  it("leaves a participle that qualifies a title, a noun after a determiner and a day part", () => {
    for (const s of [
      "Harbour panel ranking Democrat Ed Moss",
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
      "Dockers cheering Vint declared “the port is ours again, and the cranes will sing.”",
    );
    expect(speakerOf(x, "the port is ours again")).toBeNull();
  });

  it("credits the name the appositive gives, and he after it", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "One deacon praising Mr. Vint, Tom Reeve of Saint Ora Hall in Dunmore, said he had rung forty families.",
      "“Bring a coat to the vote,” he tells neighbours.",
    );
    expect(speakerOf(x, "he had rung forty families")).toBe("Tom Reeve");
    expect(speakerOf(x, "Bring a coat")).toBe("Tom Reeve");
  });

  it("still reads a titled name after a ranking participle", () => {
    const x = extract(
      "Ed Moss and Ivo Vint met.",
      "“Our patience is gone,” said Harbour panel ranking Democrat Ed Moss.",
    );
    expect(speakerOf(x, "Our patience is gone")).toBe("Ed Moss");
  });
});
