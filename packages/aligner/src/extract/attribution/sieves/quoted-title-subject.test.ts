import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("quoted title subject: a title in the predicate of a named subject", () => {
  it("credits the subject who named, released or ran on the title", () => {
    const x = extract(
      "Harbour mayor Ivo Vint named “Night Harbour Nights” as his favourite show.",
      "On Monday night, campaign manager Ada Lund released a memo titled “Where the Race Stands.”",
      "Dora Pell ran on the slogan “Ports Before Profits” in 2004.",
    );
    expect(speakerOf(x, "Night Harbour Nights")).toBe("Ivo Vint");
    expect(speakerOf(x, "Where the Race Stands")).toBe("Ada Lund");
    expect(speakerOf(x, "Ports Before Profits")).toBe("Dora Pell");
  });

  it("abstains when a comma, another name or a determiner stands between the verb and the title", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Ivo Vint was speaking on his radio program, “Harbour Hour Live,” on Friday.",
      "Ada Lund sent him a note after Ivo Vint published “Salt and Iron,” a memoir.",
      "Ada Lund took home the “Best Newcomer” prize on Friday.",
    );
    expect(speakerOf(x, "Harbour Hour Live")).toBeNull();
    expect(speakerOf(x, "Salt and Iron")).not.toBe("Ada Lund");
    expect(speakerOf(x, "Best Newcomer")).toBeNull();
    // After a determiner a title is as often the writer's name for the thing as the subject's.
    const y = extract(
      "Harbour mayor Ivo Vint criticized the “Harbour Lights Parade” for its cost.",
    );
    expect(speakerOf(y, "Harbour Lights Parade")).toBeNull();
  });

  it("leaves a title with no named subject unknown", () => {
    const x = extract("The show “Harbour Nights” returns in May after a long break.");
    expect(speakerOf(x, "Harbour Nights")).toBeNull();
  });
});
