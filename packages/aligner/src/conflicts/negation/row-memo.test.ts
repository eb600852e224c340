import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { negatedWords } from "./negated-words.ts";
import { rowMemo, rowReadingKey } from "./row-memo.ts";

describe("rowMemo", () => {
  it("keeps the stated word per text unless the denial's actor is a pronoun", () => {
    const named = makeUnit(0, 0, "Ivo Brandt has not resigned from the harbour board.");
    const pronoun = makeUnit(1, 1, "Hours later he was not arrested at the harbour gate.");
    const [byName] = negatedWords(named);
    const [byPronoun] = negatedWords(pronoun);
    expect(byName && byPronoun).toBeTruthy();
    if (!byName || !byPronoun) return;
    expect(rowMemo(named, byName).stated).toBeInstanceOf(Map);
    expect(rowMemo(pronoun, byPronoun).stated).toBeUndefined();
  });
});

describe("rowReadingKey", () => {
  it("sets apart one text read with other lemmas or other quoted words", () => {
    const text = "Ivo Brandt resigned from the harbour board on Friday.";
    const first = makeUnit(0, 0, text, { lemmas: ["resign", "harbour", "board"] });
    const copy = makeUnit(1, 1, text, { lemmas: ["resign", "harbour", "board"] });
    const masked = makeUnit(2, 2, text, { lemmas: ["resign", "board"] });
    const quoted = makeUnit(3, 3, text, {
      lemmas: ["resign", "harbour", "board"],
      quoteLemmas: ["resign"],
    });
    expect(rowReadingKey(copy)).toBe(rowReadingKey(first));
    expect(rowReadingKey(masked)).not.toBe(rowReadingKey(first));
    expect(rowReadingKey(quoted)).not.toBe(rowReadingKey(first));
  });
});
