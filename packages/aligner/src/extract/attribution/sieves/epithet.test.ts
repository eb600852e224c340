import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("an epithet before a known speaker's name", () => {
  it("reads the name after it, in trailing, interrupted and leading cues", () => {
    const x = extract(
      "Harbour mayor Tomas Weller spoke to the council on Monday.",
      "“We never discussed the docks,” warm-and-fuzzy Weller said.",
      "“The harbour will always be the harbour,” an angry Weller retaliated.",
      "A flabbergasted Weller quipped, “It is like a ferry with no captain.”",
    );
    expect(speakerOf(x, "never discussed the docks")).toBe("Tomas Weller");
    expect(speakerOf(x, "always be the harbour")).toBe("Tomas Weller");
    expect(speakerOf(x, "ferry with no captain")).toBe("Tomas Weller");
  });

  it("reads “…,” Roe shot back as a retort", () => {
    const x = extract(
      "Harbour mayor Tomas Weller spoke to the council on Monday.",
      "“Vint wants to look tough tonight,” Weller shot back with a laugh.",
    );
    expect(speakerOf(x, "look tough tonight")).toBe("Tomas Weller");
  });

  it("takes no conjunction for an epithet, nor a name that does not run up to the verb", () => {
    const x = extract(
      "Harbour mayor Tomas Weller and Ada Lund spoke on Monday.",
      "Lund accuses Weller of “sinking the port” and Weller says she is “wrong on every count.”",
      "The “Harbour Nights” star Weller opened up about being described as “a real sailor.”",
      "“Nobody asked us,” a furious Quentin Marlow said.",
    );
    expect(speakerOf(x, "sinking the port")).not.toBe("Tomas Weller");
    expect(speakerOf(x, "Harbour Nights")).toBeNull();
    expect(speakerOf(x, "Nobody asked us")).not.toBe("Tomas Weller");
  });
});
