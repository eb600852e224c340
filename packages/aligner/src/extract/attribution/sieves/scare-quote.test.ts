import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { voicedBySubject } from "./scare-quote.ts";

/** voicedBySubject on a sentence: the verb is the first `verb`, the quotation its first mark. */
function voiced(body: string, verb: string): boolean {
  const open = body.indexOf("“");
  return voicedBySubject(body, body.indexOf(verb), open, body.slice(open + 1, body.indexOf("”")));
}

describe("scare quote: a quoted fragment in the active predicate of any verb", () => {
  it("credits the main clause's person: thanked … for “…”, urged … to “…”", () => {
    const x = extract(
      "Ada Lund thanked Ivo Vint for “taking these steps to keep the docks open.”",
      "Harbour mayor Ivo Vint has urged the council to “stand with the crews.”",
    );
    expect(speakerOf(x, "taking these steps")).toBe("Ada Lund");
    expect(speakerOf(x, "stand with the crews")).toBe("Ivo Vint");
  });

  it("abstains after a copula or a passive: the subject is described, not speaking", () => {
    const x = extract("Ada Lund is a “tireless organiser of the dock crews.”");
    expect(speakerOf(x, "tireless organiser")).toBeNull();
    expect(voiced("Ivo Vint was treated for a “rare and painful illness.”", "was")).toBe(false);
    expect(voiced("Lund sent memos that were later labelled “strictly private.”", "sent")).toBe(
      false,
    );
  });

  it("abstains after a possessive, a short label after a determiner, and a second clause", () => {
    const x = extract("Ada Lund will undo Vint’s “harbour pivot” within a year.");
    expect(speakerOf(x, "harbour pivot")).toBeNull();
    expect(voiced("Ivo Vint discarded the “friend” line by noon.", "discarded")).toBe(false);
    expect(voiced("Lund did well, and the towns gave her a “warm welcome home.”", "did")).toBe(
      false,
    );
    expect(voiced("Lund took her phone everywhere, “sending mail from abroad.”", "took")).toBe(
      false,
    );
  });

  it("reads the verb group: an -ing verb after a form of be is active", () => {
    const body = "Lund is releasing an ad that urges voters to “send a message.”";
    const verb = body.indexOf("is");
    const open = body.indexOf("“");
    expect(voicedBySubject(body, verb, open, "send a message.")).toBe(true);
    const copula = "Lund was “never a quitter.”";
    expect(
      voicedBySubject(copula, copula.indexOf("was"), copula.indexOf("“"), "never a quitter."),
    ).toBe(false);
  });

  it("reads a quotation closed on a comma before the next predicate as no noun's label", () => {
    const x = extract(
      "Ada Lund and Ivo Vint answered the dock union.",
      "Lund backs “modest pay raises for the crews,” opposes the freeze and met Vint later.",
    );
    expect(speakerOf(x, "modest pay raises")).toBe("Ada Lund");
    expect(voiced("Lund backs “somewhat modest” raises for the crews.", "backs")).toBe(false);
  });
});
