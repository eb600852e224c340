import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a lone capitalised word that cannot be a name never speaks", () => {
  it("an -ing word or a clause opener opening the sentence is no person", () => {
    const x = extract(
      "Addressing members of the harbour guild on Friday, Vint described a town of “quiet streets and busy docks.”",
      "Ed Roe sat behind him. When told who Vint was, Roe thought for a moment and said that “a mayor should be seen more.”",
    );
    const names = x.entities.map((e) => e.name);
    expect(names).not.toContain("Addressing");
    expect(names).not.toContain("When");
    expect(speakerOf(x, "a mayor should be seen")).not.toBe("When");
  });

  it("a surname that is also an -ing word still speaks before its verb", () => {
    const x = extract(
      "“We will reopen the pier,” said Dora Manning.",
      "Manning said, “It is time.”",
    );
    expect(speakerOf(x, "It is time")).toBe("Dora Manning");
  });

  it("an ordinary word opening its sentence before a noun is no person", () => {
    const x = extract(
      "Two weeks after Ada Lund lost her temper on the quay, jabbing a finger at a docker as she said, “I am tired of the lies” about her record, Ivo Vint hit back.",
      "Local news crews are reporting that a sign at the ferry read, “Vote Lund.”",
    );
    const names = x.entities.map((e) => e.name);
    expect(names).not.toContain("Two");
    expect(names).not.toContain("Local");
    expect(speakerOf(x, "Vote Lund")).toBeNull();
  });

  it("a word read as a name before a past tense or an auxiliary still speaks", () => {
    const x = extract(
      "Crowds filled the hall on Monday.",
      "Baker gestured as if to stop the noise, then leaned in and boomed: “We will win the harbour back.”",
      "Carter has argued that the ferry needs “a new timetable.”",
    );
    expect(speakerOf(x, "We will win the harbour")).toBe("Baker");
    expect(speakerOf(x, "a new timetable")).toBe("Carter");
  });

  it("an -ing word opening its sentence does not begin a person's name", () => {
    const x = extract(
      "Ivo Vint spoke first. Vint was cheered.",
      "Following Vint on the radio, Ada Lund seemed to plead with the crowd.",
      "“I did not set conditions,” she said.",
    );
    expect(x.entities.map((e) => e.name)).not.toContain("Following Vint");
    expect(speakerOf(x, "I did not set conditions")).toBe("Ada Lund");
  });
});
