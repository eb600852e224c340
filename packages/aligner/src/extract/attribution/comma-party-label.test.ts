import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a party-and-state label set off by commas between a subject and its verb", () => {
  it("reads the name before “, R-Ore.,” as the clause's subject", () => {
    const x = extract(
      "Ada Lund met Ivo Vint on Monday.",
      'Harbour Majority Leader Ivo Vint, R-Ore., delivered a blunt message to Lund: "It is time to stop attacking the crews and get on with the port."',
    );
    expect(speakerOf(x, "It is time to stop attacking")).toBe("Ivo Vint");
  });
});
