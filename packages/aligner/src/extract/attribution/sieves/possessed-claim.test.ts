import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quoted fragment in the content of a possessor's claim is the possessor's", () => {
  it("reads the name before a claim noun and its modifiers", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Lund blamed the press for making an issue out of Ivo Vint's claim that the council “sold the port,” a charge she denies.",
      "The row goes back to Vint's recent evidence-free assertion that “hundreds” of dockers were laid off.",
    );
    expect(speakerOf(x, "sold the port")).toBe("Ivo Vint");
    expect(speakerOf(x, "hundreds")).toBe("Ivo Vint");
  });

  it("reads a pledge to do something", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The worries go beyond Lund's pledge to stay “neutral” in the harbour talks.",
    );
    expect(speakerOf(x, "neutral")).toBe("Ada Lund");
  });

  it("abstains when the possessor's noun is no claim or another clause stands between", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Vint's aide challenged the assertion that Vint had ever “attacked” the council.",
      "The board rejected Lund's claim that the port, which Vint called “a wreck,” was sound.",
    );
    expect(speakerOf(x, "attacked")).toBeNull();
    expect(speakerOf(x, "a wreck")).toBe("Ivo Vint");
  });

  it("reads his or her as the possessor, as the registry resolved it", () => {
    const x = extract(
      "Ivo Vint spoke in Orrin Falls on Monday.",
      "But while his past statements, including his promise to be “neutral” in the harbour talks, have caused concern, he offered more Monday.",
      "His standing rose after the flood and his call for “a total ban” on barges.",
      "Ada Lund was asked about her claim that she “never signed the lease” for the pier.",
    );
    expect(speakerOf(x, "neutral")).toBe("Ivo Vint");
    expect(speakerOf(x, "a total ban")).toBe("Ivo Vint");
    expect(speakerOf(x, "never signed the lease")).toBe("Ada Lund");
  });

  it("abstains when the pronoun could be either of two people", () => {
    const x = extract(
      "Ivo Vint and Tom Pell met on Monday.",
      "The row grew over his claim that the port was “sold off” in May.",
    );
    expect(speakerOf(x, "sold off")).toBeNull();
  });

  it("reads a short phrase of time or place between the claim noun and its that", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met the crews on Monday.",
      "Marta Quill won partly because of Ivo Vint's patronizing suggestion at a similar debate that she was “likable enough.”",
    );
    expect(speakerOf(x, "likable enough")).toBe("Ivo Vint");
  });

  it("reads an honorific and surname as the possessor", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met the crews on Monday.",
      "Marta Quill lost partly because of Mr. Vint's suggestion that she was “not ready for the port.”",
    );
    expect(speakerOf(x, "not ready for the port")).toBe("Ivo Vint");
  });

  it("gives the claim's words to no possessor when a named clause stands inside the phrase", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met the crews on Monday.",
      "Marta Quill won after Ivo Vint's warning at a meeting where Lund said that the port was “close to ruin.”",
    );
    expect(speakerOf(x, "close to ruin")).not.toBe("Ivo Vint");
  });

  it("reads the owner named after the claim noun and before its that", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      'His remarks buttress the contention of former harbour master Ada Lund that some of her records were wrongly subjected to "over-classification."',
      'The board weighed a claim by Ivo Vint, the mayor, that the pier was "sold off."',
      'The claim of the union that the pier was "given away" fell flat.',
    );
    expect(speakerOf(x, "over-classification")).toBe("Ada Lund");
    expect(speakerOf(x, "sold off")).toBe("Ivo Vint");
    expect(speakerOf(x, "given away")).toBeNull();
  });

  it("credits the outlet a report appeared in, and only an organisation", () => {
    const x = extract(
      "Ada Roe read a report in The Norland Wire that the quay was “closing soon.”",
      "Ivo Vint read a new report by the Velmar Institute this week that the pier was “falling apart.”",
      "Marta Quill met Ada Roe on Monday.",
      "Vint mocked a report by Marta Quill about the quay “closing soon enough.”",
      "Vint read a report in Castlebay about the pier “sinking fast.”",
    );
    expect(speakerOf(x, "closing soon.")).toBe("Norland Wire");
    expect(speakerOf(x, "falling apart")).toBe("Velmar Institute");
    expect(speakerOf(x, "closing soon enough")).not.toBe("Marta Quill");
    expect(speakerOf(x, "sinking fast")).toBeNull();
  });

  it("keeps the outlet when the report opens a longer subject (not a place the speakers are in)", () => {
    const x = extract(
      "Ivo Vint spoke at the Harbour Hall on Monday.",
      "Worries about Vint's falling support, together with a report in the Norland Wire last month about his fund “running dry,” have spread through the party.",
    );
    expect(speakerOf(x, "running dry")).toBe("Norland Wire");
  });
});
