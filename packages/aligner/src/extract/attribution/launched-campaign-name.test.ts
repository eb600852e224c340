import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../test/support/quote-speakers.ts";

/*
 * The quoted name of a campaign or an advertisement that the main clause's subject launches is
 * the launcher's own coinage (sieves/scare-quote.ts namesLaunchedThing): an organisation opening
 * the clause takes it through organization-subject.ts's guards (sieves/main-clause-subject.ts).
 */

describe("a launched campaign's quoted name", () => {
  it("is the organisation's that rolls it out, a title-cased name too", () => {
    const x = extractParagraphs(
      "Ferry fares rose again in May.",
      "The Castlebay Port Committee has rolled out a “Port First” campaign on Monday.",
    );
    expect(speakerOf(x, "Port First")).toBe("Castlebay Port Committee");
  });

  it("is the organisation's when the name is a phrase", () => {
    const x = extractParagraphs(
      "Ferry fares rose again in May.",
      "The Harbour Trust launched a “keep the quay open” petition last week.",
    );
    expect(speakerOf(x, "keep the quay open")).toBe("Harbour Trust");
  });

  it("is no one's when the verb launches nothing", () => {
    const x = extractParagraphs(
      "Ferry fares rose again in May.",
      "The Harbour Trust reviewed the “Port First” report on Monday.",
    );
    expect(speakerOf(x, "Port First")).toBeNull();
  });

  it("is no one's when the quotation names no launched thing", () => {
    const x = extractParagraphs(
      "Ferry fares rose again in May.",
      "The Harbour Trust launched the “Port First” ferry on Monday.",
    );
    expect(speakerOf(x, "Port First")).toBeNull();
  });
});

describe("an organisation the subject reader finds", () => {
  it("voices a quoted fragment of its predicate through the organisation reader", () => {
    const x = extractParagraphs(
      "Ivo Vint closed the pier in May.",
      "The Harbour Trust thanked Vint for “taking these steps to keep the quay safe.”",
    );
    expect(speakerOf(x, "taking these steps")).toBe("Harbour Trust");
  });
});
