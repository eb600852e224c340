import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("the nearest name before a verb with no subject of its own", () => {
  it("is never a possessor: the person who owns the subject does not speak", () => {
    const x = extract(
      "Amos Vint ran for governor in 1998.",
      "In 2000, it looked as if Vint's second wife might talk after the small press Orbook " +
        'announced plans to publish a "candid memoir" by his former aide.',
    );
    expect(speakerOf(x, "candid memoir")).toBeNull();
  });

  it("is still the person named before the verb when that name is no possessor", () => {
    const x = extract(
      "Amos Vint ran for governor in 1998.",
      'It was less than three years ago that Vint, who is thinking about running again, said it was "impossible" to win.',
    );
    expect(speakerOf(x, "impossible")).toBe("Amos Vint");
  });
});

describe("a name after a preposition before an appositive", () => {
  it("blocks only a verb that closes the appositive, not a later clause with its own subject", () => {
    const x = extract(
      "Amos Vint spoke at the Harbour Hall on Monday.",
      "The day before his speech at Orvale Hall, a crowd of pilots called for a boycott, and the " +
        "watchdog group Dockwatch denounced Vint's rhetoric and said it would “redirect” his donations.",
      "The report by Ada Lund, a researcher, also said the plan was “reckless.”",
    );
    expect(speakerOf(x, "redirect")).toBe("Dockwatch");
    expect(speakerOf(x, "reckless")).toBeNull();
  });
});
