import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../test/support/quote-speakers.ts";

/*
 * An organisation named by an acronym opening the clause whose predicate holds a quotation voices
 * it as a person does (group-or-body-name.ts speaksAsSubject; sieves/sentence-subject.ts,
 * sieves/main-clause-subject.ts, sieves/sentence-cue.ts, sieves/subject-aside.ts).
 */

describe("an acronym's organisation as the clause's subject", () => {
  it("voices a quotation in its predicate", () => {
    const x = extractParagraphs(
      "Ivo Lund spoke on Monday.",
      "OVTA filed a request that month for “records sufficient to show the tolls.”",
      "As Lund spoke, the OVTA was going into overdrive, whipping lawmakers against “any and all road tolls” on the pier.",
    );
    expect(speakerOf(x, "records sufficient")).toBe("OVTA");
    expect(speakerOf(x, "any and all road tolls")).toBe("OVTA");
  });

  it("another organisation's name before the verb is still left to its own reader", () => {
    const x = extractParagraphs(
      "The Harbour Council and Ada Lund met on Monday.",
      "The Harbour Council, which Ada Lund chairs, last week deemed the plan “well qualified.”",
    );
    expect(speakerOf(x, "well qualified")).toBeNull();
  });

  it("a reporting clause set off by commas is no appositive of the subject", () => {
    const x = extractParagraphs(
      "Ivo Lund claimed that his team had misread a report.",
      "OVTA, Lund said, called the announcement “highly significant.”",
    );
    expect(speakerOf(x, "highly significant")).not.toBe("OVTA");
  });

  it("a noun before an auxiliary is no verb: 'HPU elders did produce'", () => {
    const x = extractParagraphs(
      "The Harbour Party met on Monday.",
      "HPU elders did produce an “autopsy” about the need to change.",
    );
    expect(speakerOf(x, "autopsy")).toBeNull();
  });
});
