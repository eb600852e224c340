import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("as X put it, “…”", () => {
  it("the person of the clause speaks, past an appositive or a leading description", () => {
    const x = extract(
      "Tom Rigby spoke on Monday.",
      "Or, as Tom Rigby, a former secretary of homeland security, put it: “The barbarians are inside.”",
      "As the chief executive, Jeff Weimar, put it in his memo to employees, “Imagine a world like ours.”",
      "As Professor Dana Fonseca puts it, “We do a better job.”",
    );
    expect(speakerOf(x, "barbarians are inside")).toBe("Tom Rigby");
    expect(speakerOf(x, "Imagine a world")).toBe("Jeff Weimar");
    expect(speakerOf(x, "a better job")).toBe("Dana Fonseca");
  });

  it("a description alone names nobody", () => {
    const x = extract("As the chief executive put it, “Imagine a world like ours.”");
    expect(speakerOf(x, "Imagine a world")).toBeNull();
  });
});

describe("as X noted, “…”: an as-clause with another verb of saying", () => {
  it("the person or organisation of the clause speaks", () => {
    const x = extract(
      "Ed Moss and the Harbour Gazette covered the race.",
      "But as Ed Moss pointed out in December, “The delegates can change the rules.”",
      "As Ed Moss had written years earlier, “Nobody wins a war of words.”",
    );
    expect(speakerOf(x, "delegates can change")).toBe("Ed Moss");
    expect(speakerOf(x, "war of words")).toBe("Ed Moss");
  });

  it("needs the clause to open its sentence or clause, and a verb of saying", () => {
    const x = extract(
      "Ed Moss covered the race.",
      "It went as Ed Moss hoped it would, “quickly and quietly.”",
    );
    expect(speakerOf(x, "quickly and quietly")).toBeNull();
  });

  it("an opening as-clause credits the quoted fragment of its main clause, also across a colon", () => {
    const x = extract(
      "Ada Lund and the Harbour Ledger both covered the vote.",
      "As Ada Lund has pointed out, the plan is basically a “dead letter” for the port.",
      "As the Harbour Ledger reported, the mayor “never read the bill.”",
      "Of course, as Lund observed, the real winner was not the council, it was the port itself:",
      "“The port got everything it asked for and more.”",
    );
    expect(speakerOf(x, "dead letter")).toBe("Ada Lund");
    expect(speakerOf(x, "never read the bill")).toBe("Harbour Ledger");
    expect(speakerOf(x, "got everything")).toBe("Ada Lund");
  });

  it("abstains when the main clause brings a reporting verb of its own", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "As Lund noted, Vint called the plan “a dead letter.”",
      "As Lund noted, the port, Vint argued, was “a lost cause.”",
    );
    expect(speakerOf(x, "a dead letter")).toBe("Ivo Vint");
    expect(speakerOf(x, "a lost cause")).not.toBe("Ada Lund");
  });

  it("a sentence that is only the as-clause, ending its paragraph on a colon, presents the quotation paragraph", () => {
    const x = extract(
      "Ivo Vint and the Harbour Ledger both followed the strike.",
      "As the Harbour Ledger's Ivo Vint reported after the union walked away from the table in Orvale:",
      "“The crews have stopped loading and no ship will leave before Friday.”",
    );
    expect(speakerOf(x, "The crews have stopped")).toBe("Ivo Vint");
  });

  it("the whole-sentence as-clause needs the colon to end its paragraph and a verb of saying", () => {
    const x = extract(
      "Ivo Vint followed the strike.",
      "As Ivo Vint walked into the hall after the vote:",
      "“The crews have stopped loading.”",
      "As Ivo Vint reported after the vote: “No ship will leave.”",
    );
    expect(speakerOf(x, "The crews have stopped")).toBeNull();
  });

  it("an infinitive in the main clause brings no reporting verb of its own", () => {
    const x = extract(
      "Ivo Vint covered the strike for Harbour Radio.",
      "As Ivo Vint reported, even on Friday the board was refusing to call the stoppage a strike:",
      "“The board still will not say the word, though every crane on the quay is idle.”",
    );
    expect(speakerOf(x, "every crane on the quay")).toBe("Ivo Vint");
  });

  it("reads the subject past a quoted title inside its appositive", () => {
    const x = extract(
      "Ada Lund met Ivo Vint on Monday.",
      "As Mara Quist, professor of law at Harbour College and author of “The Unwritten Port,” put it, “The council should remember that a compromise today may be far better than the deal it gets later.”",
    );
    expect(speakerOf(x, "The council should remember")).toBe("Mara Quist");
  });
});
