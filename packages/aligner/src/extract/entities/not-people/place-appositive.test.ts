import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

/** The kind of the speaker of the first quote holding `words` (null: no speaker). */
function speakerKind(x: ReturnType<typeof extract>, words: string): string | null {
  const name = speakerOf(x, words);
  return name === null ? null : (entityKind(x, name) ?? null);
}

describe("an unknown name before an appositive describing a place is a place, never a person", () => {
  it("'Castlebay, a fishing town, said: “…”' → a place, and no person speaks the quote", () => {
    const x = extract(
      "The storm was close.",
      "Castlebay, a fishing town, said: “The harbour is closed.”",
      "Brannock, a port city on the coast, warned that “ships will wait.”",
    );
    expect(x.entities.filter((e) => e.name === "Castlebay").map((e) => e.kind)).toEqual(["place"]);
    expect(entityKind(x, "Brannock")).toBe("place");
    expect(speakerKind(x, "harbour is closed")).not.toBe("person");
    expect(speakerKind(x, "ships will wait")).not.toBe("person");
  });

  it("a closing cue and a head before a prepositional phrase ('a small village in the north')", () => {
    const x = extract(
      "The storm was close.",
      "“We stay,” Orrin, a small village in the north, said.",
    );
    expect(entityKind(x, "Orrin")).toBe("place");
    expect(speakerKind(x, "We stay")).not.toBe("person");
  });

  it("leaves people alone: a person noun or a title heads their appositive", () => {
    const x = extract(
      "The storm was close.",
      "Ada Roe, a Castlebay native, said: “I left.”",
      "Ivo Vint, the town's mayor, said: “We rebuild.”",
      "Lena Marsh, a county official, said: “Roads are shut.”",
      "Oren Tull, the mayor of the town, said: “Stay home.”",
    );
    expect(speakerOf(x, "I left")).toBe("Ada Roe");
    expect(speakerOf(x, "We rebuild")).toBe("Ivo Vint");
    expect(speakerOf(x, "Roads are shut")).toBe("Lena Marsh");
    expect(speakerOf(x, "Stay home")).toBe("Oren Tull");
    expect(speakerKind(x, "I left")).toBe("person");
  });
});
