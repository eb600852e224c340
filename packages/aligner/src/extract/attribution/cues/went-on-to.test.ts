import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a speech verb after “went on to” is the subject's report", () => {
  it("a lone name nobody introduced speaks when it went on to say", () => {
    const x = extract(
      "The pier reopened on Monday.",
      "Orrin went on to say, “We will sail again.”",
    );
    expect(speakerOf(x, "We will sail")).toBe("Orrin");
  });

  it("a surname the article gave in full speaks as that person", () => {
    const x = extract(
      "Ada Lund opened the harbour hall on Friday.",
      "Lund goes on to add, “The ferry will run all winter.”",
    );
    expect(speakerOf(x, "The ferry will run")).toBe("Ada Lund");
  });

  it("a capitalised English word is still no speaker", () => {
    const x = extract(
      "The pier reopened on Monday.",
      "Harbour went on to say, “We will sail again.”",
    );
    expect(speakerOf(x, "We will sail")).toBeNull();
  });

  it("a plain infinitive still reports nothing", () => {
    const x = extract(
      "Ivo Vint wants to say more about the pier.",
      "“We will sail again,” read a sign on the quay.",
    );
    expect(speakerOf(x, "We will sail")).toBeNull();
  });

  it("a speech verb after “was quick to” is the subject's report too", () => {
    const x = extract(
      "Ivo Vint runs the port.",
      "Vint was quick to add that the plan does not include closing the pier altogether.",
      "“Closing it? Not negotiable.”",
    );
    expect(speakerOf(x, "Not negotiable")).toBe("Ivo Vint");
  });
});
