import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("quote after an account: a quotation alone as its sentence after '<name> recalled how …'", () => {
  it("takes the known person who gave the account in the sentence before", () => {
    const x = extract(
      "Ada Lund, the pier's oldest pilot, came to the harbour in 1990.",
      "Lund recalled how on her first night all she saw was a dark quay lined with cranes. “I was like, how will I live here?”",
      "Ivo Vint met the crews on Monday. Vint touted his record as a sponsor of the harbour bill. “We need to keep the docks open.”",
    );
    expect(speakerOf(x, "how will I live here")).toBe("Ada Lund");
    expect(speakerOf(x, "keep the docks open")).toBe("Ivo Vint");
  });

  it("abstains on an organisation, a second reporting verb or a possessor", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the Harbour Council on Monday.",
      "The Harbour Council recalled how the quay flooded in May. “Nobody was ready.”",
      "Lund recalled how the quay flooded, and Vint agreed that it did. “Nobody was ready then.”",
      "Lund’s aide recalled how the cranes stood idle. “It was quiet.”",
    );
    expect(speakerOf(x, "Nobody was ready.")).toBeNull();
    expect(speakerOf(x, "Nobody was ready then")).not.toBe("Ada Lund");
    expect(speakerOf(x, "It was quiet")).toBeNull();
  });

  it("reads a participle of saying as the words of the clause it hangs on", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the Harbour Council on Monday.",
      "Vint distanced himself from the strike by saying he would help the board if asked. “I will back them, and back them gladly.”",
      "He backed the plan, saying the crews would stay. “We keep every crane running.”",
      "The strike ended, Lund's aide confirming that the crews were paid. “They were paid in full.”",
    );
    expect(speakerOf(x, "back them gladly")).toBe("Ivo Vint");
    expect(speakerOf(x, "every crane running")).toBeNull();
    expect(speakerOf(x, "paid in full")).toBeNull();
  });
});
