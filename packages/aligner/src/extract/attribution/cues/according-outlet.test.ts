import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("according to a bare name nobody read: the outlet speaks", () => {
  it("makes the name an organisation and credits the quotation in its statement", () => {
    const x = extract(
      "Ed Moss spoke on Monday.",
      "According to the Lakeside Ledger, “Moss also coordinated with aides to post a kind quote.”",
      "According to Harbourwatch, the men wore shirts that read “Settle for Moss.”",
    );
    expect(speakerOf(x, "coordinated with aides")).toBe("Lakeside Ledger");
    expect(speakerOf(x, "Settle for Moss")).toBe("Harbourwatch");
    expect(x.entities.find((e) => e.name === "Harbourwatch")?.kind).toBe("organization");
  });

  it("leaves descriptions and times without a speaker", () => {
    const x = extract(
      "According to the exit polls in Ohio, voters wanted a mayor who would “tell it like it is.”",
      "According to some on social media, the mayor was “incognito.”",
    );
    expect(speakerOf(x, "tell it like it is")).toBeNull();
    expect(speakerOf(x, "incognito")).toBeNull();
  });

  it("reads a place opening an outlet's name after “the” as part of the outlet", () => {
    const x = extract(
      "Ed Moss spoke on Monday.",
      "Ed Moss noted that the levy is “central” to the harbour plan for the first time, reported the Ohio Sentinel.",
    );
    const outlet = x.entities.find((e) => e.name === "Ohio Sentinel");
    expect(outlet?.kind).toBe("organization");
    expect(x.quotes.find((q) => q.text === "central")?.via?.entityId).toBe(outlet?.id);
  });

  it("makes no outlet of a place without “the” or of a place alone", () => {
    const x = extract(
      "Ed Moss noted that the levy is “central” to the harbour plan, reported Ohio Sentinel.",
      "Ed Moss noted that the port is “vital” to the harbour plan, reported the Ohio.",
    );
    expect(x.entities.some((e) => e.name === "Ohio Sentinel")).toBe(false);
    const via = x.quotes.find((q) => q.text === "vital")?.via?.entityId;
    expect(x.entities.find((e) => e.id === via)?.kind).not.toBe("organization");
  });

  it("credits an organisation of five words, a place after “the” opening it (PolNeAR train)", () => {
    const x = extract(
      "Half the crews are at sea, according to the Ohio Harbour Pilots Safety Board.",
      "Most berths are empty, according to the Norland Harbour Pilots Safety Board.",
    );
    expect(speakerOf(x, "Half the crews are at sea")).toBe("Ohio Harbour Pilots Safety Board");
    expect(speakerOf(x, "Most berths are empty")).toBe("Norland Harbour Pilots Safety Board");
  });

  it("credits the organisation the article named before when “The” opens its name", () => {
    const x = extract(
      "The Norland Wire covered the talks.",
      "The port will close in May, according to The Norland Wire.",
    );
    expect(speakerOf(x, "The port will close in May")).toBe("Norland Wire");
  });
});
