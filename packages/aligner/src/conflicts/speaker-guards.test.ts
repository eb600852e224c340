import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { contentLemmas } from "../align/lemmas.ts";
import type { UnitQuote } from "../align/units.ts";
import type { ConflictContext } from "./guards.ts";
import { speakerFindings } from "./speakers.ts";

const context: ConflictContext = {
  similarity: () => 0.1,
  entityName: (id) => id.replace("E-", ""),
};

function quote(text: string, speaker: string, named = true): UnitQuote {
  return {
    lemmas: contentLemmas(text),
    wordCount: (text.match(/\p{L}{3,}/gu) ?? []).length,
    words: (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" "),
    speaker,
    named,
    readBack: false,
    pronoun: null,
  };
}

const REMARK = "We are shocked and saddened by the loss of our friend and partner";

describe("speakerFindings: two confidently resolved speakers of one remark", () => {
  it("flags the same words credited to two named people", () => {
    const a = makeUnit(0, 0, "x", { quotes: [quote(REMARK, "E-Ada Quill")] });
    const b = makeUnit(1, 1, "x", { quotes: [quote(REMARK, "E-Tom Reyes")] });
    expect(
      speakerFindings([a, b], context).map((f) => f.conflict.values.map((v) => v.text)),
    ).toEqual([["Ada Quill", "Tom Reyes"]]);
  });

  it("does not flag two speakers when neither is named at the attribution", () => {
    const a = makeUnit(0, 0, "x", { quotes: [quote(REMARK, "E-Ada Quill", false)] });
    const b = makeUnit(1, 1, "x", { quotes: [quote(REMARK, "E-Tom Reyes", false)] });
    expect(speakerFindings([a, b], context)).toEqual([]);
  });
});
