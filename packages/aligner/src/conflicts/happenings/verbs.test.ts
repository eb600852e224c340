import { describe, expect, it } from "vitest";
import { eventWords } from "../../align/lemmas.ts";
import type { EventInputs } from "../../events/story-events.ts";
import { verbsOfOneHappening } from "../figures/measures.ts";
import { conflictInputs, happeningKey, sameHappening } from "./verbs.ts";

describe("verbs of one happening for figure and day conflicts", () => {
  it("reads ruin told in other verbs as one happening", () => {
    // "A blaze gutted the Harbour Council depot" / "a fire destroyed the Harbour Council depot".
    expect(sameHappening("gut", "destroy")).toBe(true);
    expect(sameHappening("level", "flatten")).toBe(true);
    // A member of the story-event class ("raze") comes along with its class.
    expect(happeningKey("raze")).toBe(happeningKey("level"));
  });

  it("reads finding told in other verbs as one happening", () => {
    // "Ada Lund's body was found Tuesday" / "was discovered Tuesday by a cleaner".
    expect(sameHappening("find", "discover")).toBe(true);
  });

  it("reads putting someone on a list as placing them there", () => {
    // "The Harbour Lions placed Ivo Vint on injured reserve Wednesday" / "After putting Vint on
    // injured reserve Friday, the Lions signed a rookie".
    expect(sameHappening("put", "place")).toBe(true);
    expect(sameHappening("put", "sign")).toBe(false);
  });

  it("keeps verbs of different happenings apart", () => {
    expect(sameHappening("find", "destroy")).toBe(false);
    expect(sameHappening("rescue", "kill")).toBe(false);
    expect(sameHappening(null, "destroy")).toBe(false);
  });

  it("sets two counts said with synonymous verbs against each other", () => {
    // "flattening 14 villages" / "leveled seven villages": one count.
    expect(verbsOfOneHappening("flatten", "level")).toBe(true);
    // "five workers were rescued" / "three workers killed": two counts.
    expect(verbsOfOneHappening("rescue", "kill")).toBe(false);
  });

  it("counts a light verb of a wide class as its happening, leaving other light verbs out", () => {
    const text = "The body of Ivo Vint was found by a cleaner on Tuesday, who made a call.";
    const units = [{ index: 0, text, eventWords: eventWords(text) }];
    const inputs = { triggersOf: [new Set<string>()] } as unknown as EventInputs;
    const wide = conflictInputs(inputs, units).triggersOf[0] as Set<string>;
    expect(wide.has(happeningKey("discover"))).toBe(true);
    expect(wide.has("make")).toBe(false);
  });

  it("counts a custody verb as an arrest only when it takes a person", () => {
    const wide = (text: string) => {
      const units = [{ index: 0, text, eventWords: eventWords(text) }];
      const inputs = { triggersOf: [new Set<string>()] } as unknown as EventInputs;
      return conflictInputs(inputs, units).triggersOf[0] as Set<string>;
    };
    const arrest = happeningKey("arrest");
    expect(
      wide("Ada Lund, one of 40 suspects seized on Thursday, hanged himself.").has(arrest),
    ).toBe(true);
    expect(wide("Ivo Vint, one of 99 gang members seized on Thursday, died.").has(arrest)).toBe(
      true,
    );
    expect(wide("Harbour Board members seized the chance on Friday.").has(arrest)).toBe(false);
    expect(wide("Dorrow police captured him on Friday near the docks.").has(arrest)).toBe(true);
    expect(wide("Dorrow police seized the assets of the firm on Friday.").has(arrest)).toBe(false);
    expect(wide("The rebels captured the town on Friday.").has(arrest)).toBe(false);
  });
});
