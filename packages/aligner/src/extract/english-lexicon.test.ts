import { describe, expect, it } from "vitest";
import model from "wink-eng-lite-web-model";
// Imported first: the lemmatiser reads country names as it loads, through the same wink instance.
import { contentLemmas } from "../align/lemmas.ts";
import { LEXICON_SIZE } from "../english-model.ts";
import { isEnglishWord } from "./english-lexicon.ts";

describe("isEnglishWord", () => {
  it("knows the model's words and not invented surnames", () => {
    expect(isEnglishWord("police")).toBe(true);
    expect(isEnglishWord("harbour")).toBe(true);
    expect(isEnglishWord("vintaskova")).toBe(false);
  });

  it("bounds the lexicon by the model's own words, whatever the shared instance read first", () => {
    // wink's cache gives each unknown word it reads the next id: read after the lemmatiser had
    // loaded, the bound would take in every unknown word of its country names.
    const core = (
      model as unknown as { core(): { features: { lexeme: { intrinsicSize: number } } } }
    ).core();
    expect(LEXICON_SIZE).toBe(core.features.lexeme.intrinsicSize);
  });

  it("does not count an unknown word as known because lemmatisation read it first", () => {
    contentLemmas("Orvelund Quastrane met Ada Lund at the Harbour Council.");
    expect(isEnglishWord("orvelund")).toBe(false);
    expect(isEnglishWord("quastrane")).toBe(false);
    expect(isEnglishWord("council")).toBe(true);
  });
});
