import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation in the clause of a message its author gives out", () => {
  it("gives the words of `released a statement that accused …` to the one who released it", () => {
    const x = extract(
      "Ada Lund and the Harbour Board met on Monday.",
      "Ms. Lund stood firm, releasing a statement that, while praising the ferry crews, accused the board of “wasting every hour of the harbour season.”",
      "The Harbour Board said it would pay. The Harbour Board issued a statement, which called the plan “a slow disaster.”",
    );
    expect(speakerOf(x, "wasting every hour")).toBe("Ada Lund");
    expect(speakerOf(x, "a slow disaster")).toBe("Harbour Board");
  });

  it("names no one when the clause has a speaker of its own or the message an owner", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the board on Monday.",
      "The board released a statement that Vint said was “a disgrace.”",
      "Ms. Lund released a letter from Vint that called the plan “a slow disaster.”",
      "Ms. Lund issued a statement that called the plan “reckless,” Ivo Vint said.",
    );
    expect(speakerOf(x, "a disgrace")).not.toBe("Ada Lund");
    expect(speakerOf(x, "a slow disaster")).not.toBe("Ada Lund");
    expect(speakerOf(x, "reckless")).toBe("Ivo Vint");
  });
});
