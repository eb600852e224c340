import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { contentLemmas } from "../align/lemmas.ts";
import type { ConflictContext } from "./guards.ts";
import { speakerConflicts } from "./speakers.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id.slice(2) };

/** A statement quoting `words`, its speaker named at the attribution. */
function quoting(index: number, text: string, speaker: string) {
  const quoted = /[“"]([^”"]+)/.exec(text)?.[1] ?? "";
  return makeUnit(index, index, text, {
    speakers: new Set([speaker]),
    namedSpeakers: new Set([speaker]),
    quoteLemmas: [...contentLemmas(quoted)],
  });
}

describe("speakerConflicts and where the speaker is named", () => {
  const closed = quoting(
    0,
    '"The depot fire was set on purpose," fire marshal Ada Quill said.',
    "E-Ada Quill",
  );
  it("reports the same quotation credited in each statement to another person", () => {
    const other = quoting(
      1,
      '"The depot fire was set on purpose," mayor Tom Berrow said.',
      "E-Tom Berrow",
    );
    expect(speakerConflicts([closed, other], alike)[0]?.values.map((v) => v.text)).toEqual([
      "Ada Quill",
      "Tom Berrow",
    ]);
  });

  it("is silent when a statement does not name its own speaker", () => {
    const unnamed = quoting(1, '"The depot fire was set on purpose.', "E-Tom Berrow");
    expect(speakerConflicts([closed, unnamed], alike)).toEqual([]);
    const third = quoting(
      2,
      'Council member Ida Berrow lamented that a "depot fire was set on purpose.',
      "E-Tom Voss",
    );
    expect(speakerConflicts([closed, third], alike)).toEqual([]);
  });
});
