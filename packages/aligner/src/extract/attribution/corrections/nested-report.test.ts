import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import {
  entityName,
  extractParagraphs as extract,
} from "../../../../test/support/quote-speakers.ts";

/** The reported clause starting with `words`: its speaker's and its via's names (null: none). */
function credited(x: Extraction, words: string): { speaker: string | null; via: string | null } {
  const quote = x.quotes.find((q) => !q.direct && q.text.startsWith(words));
  if (quote === undefined) throw new Error(`no reported clause "${words}"`);
  return { speaker: entityName(x, quote.speakerId), via: entityName(x, quote.via?.entityId) };
}

describe("a report nested in another speaker's report", () => {
  it("keeps the inner speaker and credits the outer reporter as the via", () => {
    const x = extract(
      "The Castlebay Ledger noted Mayor Ivo Vint said the quay would close in May.",
    );
    expect(credited(x, "the quay would close")).toEqual({
      speaker: "Ivo Vint",
      via: "Castlebay Ledger",
    });
  });

  it("leaves the clause without a speaker when the outer reporter is not sure", () => {
    for (const sentence of [
      "Several auditors, including the Castlebay Ledger, have pointed out that Vint said only that the quay was safe.",
      "Ada Lund, a historian at the Norland Institute, cited reports that Vint said in a call that the quay would close.",
      "Ada Lund, a historian at the Norland Institute, cited reports that Vint said in a call from the deck of a trawler moored at the north pier of Castlebay that the quay would close.",
      "Lund turned the story back on the Ledger, pointing out that the paper's Ed Moss had reported in June that the campaign was failing.",
    ]) {
      const x = extract(sentence);
      const words = sentence.includes("campaign") ? "the campaign" : "the quay";
      expect(credited(x, words)).toEqual({ speaker: null, via: null });
    }
  });

  it("leaves a report alone when a he/she after the verb is the outer speaker going on", () => {
    expect(
      credited(extract("Ada Lund said she hoped that the quay would close."), "the quay"),
    ).toEqual({ speaker: "Ada Lund", via: null });
  });

  it("credits the outer reporter when the outer verb's own clause holds the inner report", () => {
    const x = extract("Ada Lund said that Ivo Vint said the quay would close.");
    expect(credited(x, "Ivo Vint said")).toEqual({ speaker: "Ada Lund", via: null });
    expect(credited(x, "the quay would close")).toEqual({ speaker: "Ivo Vint", via: "Ada Lund" });
  });

  it("never reads a name after words that are no description of it as nested", () => {
    const x = extract(
      "Dockers may now ask whether skippers like Ivo Vint claimed that the quay was safe.",
    );
    expect(credited(x, "the quay was safe")).toEqual({ speaker: "Ivo Vint", via: null });
  });
});
