import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

describe("a street written with an abbreviated head is no person", () => {
  it("reads 'Tomas Ave.' and 'Ada Blvd.' as streets, not people", () => {
    const x = extract(
      "The crowd marched to the harbour station on Tomas Ave. near Ada Blvd. and stayed there.",
    );
    const persons = x.entities.filter((e) => e.kind === "person").map((e) => e.name);
    expect(persons.filter((n) => /Ave|Blvd/.test(n))).toEqual([]);
  });
});
