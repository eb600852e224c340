import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("finding subject: a quotation in the clause of “found that” is its named subject's", () => {
  it("an organisation or person named as the subject, after an opening adverbial too", () => {
    const x = extract(
      "Orvant Labs found that “most dock workers want shorter shifts.”",
      "Dora Pell toured the docks. In 2014, Pell found that “about twice as many dockers wanted a pay rise.”",
      "The Velmar Institute has found that the pier is “beyond repair.”",
    );
    expect(speakerOf(x, "most dock workers")).toBe("Orvant Labs");
    expect(entityKind(x, "Orvant Labs")).toBe("organization");
    expect(speakerOf(x, "about twice as many")).toBe("Dora Pell");
    expect(speakerOf(x, "beyond repair")).toBe("Velmar Institute");
  });

  it("abstains on a description, another verb of finding, a later reporting verb or a passive", () => {
    const x = extract(
      "The Velmar Institute studied the docks. In 2014, the institute found that “dockers are tired.”",
      "Dora Pell found comic relief in “the harbour song.”",
      "Ivo Vint found that Dora Pell had said “the pier is done.”",
      "It was found that “the crane had failed.”",
    );
    expect(speakerOf(x, "dockers are tired")).toBeNull();
    expect(speakerOf(x, "the harbour song")).toBeNull();
    expect(speakerOf(x, "the pier is done")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "the crane had failed")).toBeNull();
  });

  it("the maker of a research work found by “by”, never the work's owner before it", () => {
    const x = extract(
      "A recent survey by Norland Research found that “most dockers want shorter shifts.”",
      "The new study conducted by the Velmar Institute found that the pier is “beyond repair.”",
      "A Castlebay Ledger poll found that “the quay should stay open.”",
    );
    expect(speakerOf(x, "most dockers want")).toBe("Norland Research");
    expect(speakerOf(x, "beyond repair")).toBe("Velmar Institute");
    expect(speakerOf(x, "the quay should stay open")).toBeNull();
  });
});
