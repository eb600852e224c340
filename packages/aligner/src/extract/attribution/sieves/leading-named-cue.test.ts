import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("leading named cue: an inverted verb, a passive question's asker, a verb group", () => {
  it("Said Dana Brook, who …, “…” → Brook; Vint was asked by host Nora Quill, “…?” → Quill", () => {
    const x = extract(
      "Tomas Weller and Nora Quill met on the pier.",
      "The old house was turned into a museum. Said Dana Brook, who grew up near the docks, “We were all so proud of him.”",
      "Weller was asked by host Nora Quill, who backs him, “Are you still tired of the harbour emails?”",
    );
    expect(speakerOf(x, "so proud of him")).toBe("Dana Brook");
    expect(speakerOf(x, "still tired")).toBe("Nora Quill");
  });

  it("a verb group or a retort between the person and the mark", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "The vote was so calm that Lund was prompted to say, “So far it has been civil up here.”",
      "After Kara Moss criticized Lund during a debate, Vint shot back, “I chose to fix the pier.”",
      "The schedule was so odd that Vint could only quip: “I guess the holiday was booked.”",
    );
    expect(speakerOf(x, "civil up here")).toBe("Ada Lund");
    expect(speakerOf(x, "fix the pier")).toBe("Ivo Vint");
    expect(speakerOf(x, "holiday was booked")).toBe("Ivo Vint");
  });

  it("abstains on a person after a preposition, inside an aside, or before another clause", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "The crowd cheered for Lund, then the band was prompted to play, “Harbour Lights Forever.”",
      "Vint saw a sign near the dock of Lund and somebody had written, “Crews first.”",
    );
    expect(speakerOf(x, "Harbour Lights")).toBeNull();
    expect(speakerOf(x, "Crews first")).not.toBe("Ada Lund");
  });

  it("a capitalised name no mention holds, opening the retort's clause, retorts", () => {
    const x = extract(
      "Marta Ostrow and Ivo Brandt met on the pier.",
      "After Brandt criticized her plan during a debate, Marta shot back, “I chose to fix the pier.”",
      "The Harbour Trust hit back, “Nobody asked us.”",
      "On the pier, Friday shot back, “Too late.”",
    );
    expect(speakerOf(x, "fix the pier")).toBe("Marta");
    expect(speakerOf(x, "Nobody asked")).toBe("Harbour Trust");
    // A weekday is never anyone's name.
    expect(speakerOf(x, "Too late")).toBeNull();
  });

  it("a name no mention holds, a verb group between it and the verb of saying, speaks", () => {
    const x = extract(
      "Marta Ostrow and Ivo Brandt met on the pier.",
      "Asked about the vote, Kessa was prompted to say, “It has been civil up here.”",
      "Asked again, Kessa said, “Fine.”",
      "On the pier, Friday was expected to say, “Too late.”",
    );
    expect(speakerOf(x, "civil up here")).toBe("Kessa");
    expect(speakerOf(x, "Too late")).toBeNull();
  });
});
