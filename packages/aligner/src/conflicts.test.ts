import type { StoryEntity } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, day, makeUnit, money } from "../test/fixtures/alignment-gold/make-unit.ts";
import {
  type ConflictContext,
  dateConflicts,
  figureConflicts,
  speakerConflicts,
  stanceFindings,
  titleConflicts,
} from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id.replace("E-", "") };
const unlike: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };
const A = articleIdOf(0);
const B = articleIdOf(1);

function entity(name: string, titles: [string, string][]): StoryEntity {
  return {
    id: "E1",
    kind: "person",
    name,
    titles: titles.map(([articleId, text]) => ({
      articleId,
      text,
      span: { articleId, start: 0, end: text.length },
    })),
    members: [],
  };
}

describe("titleConflicts", () => {
  it("flags 'former US President' against 'U.S. President', naming both", () => {
    const [conflict, ...rest] = titleConflicts(
      entity("Donald Trump", [
        [A, "U.S. President"],
        [B, "former US President"],
      ]),
    );
    expect(rest).toEqual([]);
    expect(conflict?.kind).toBe("title");
    expect(conflict?.values.map((v) => v.text)).toEqual(["former US President", "U.S. President"]);
  });

  it("shows translations of one post side by side without flagging them", () => {
    const kim = entity("Kim Yong-beom", [
      [A, "Presidential director of national policy"],
      [B, "Presidential Chief of Staff for Policy"],
      [articleIdOf(2), "South Korea's presidential chief of staff for policy"],
    ]);
    expect(titleConflicts(kim)).toEqual([]);
  });

  /** An entity whose title in A goes on after the name ("Minister … of the Ministry …"). */
  function qualified(title: string, qualifier: string, other: string): StoryEntity {
    const base = entity("Kim", [[B, other]]);
    return {
      ...base,
      titles: [
        {
          articleId: A,
          text: title,
          span: { articleId: A, start: 0, end: title.length },
          qualifier: {
            text: qualifier,
            span: { articleId: A, start: 20, end: 20 + qualifier.length },
          },
        },
        ...base.titles,
      ],
    };
  }

  it("shows a post written after the name whole, and does not flag it against a translation of that post", () => {
    const ministry = "of the Ministry of Trade, Industry and Energy";
    expect(titleConflicts(qualified("Minister", ministry, "Industry Minister"))).toEqual([]);
    expect(
      titleConflicts(qualified("Deputy Minister", ministry, "Industry Minister"))[0]?.values.map(
        (v) => v.text,
      ),
    ).toEqual([
      "Deputy Minister of the Ministry of Trade, Industry and Energy",
      "Industry Minister",
    ]);
    // Its span runs from the title to the end of the post, so a highlight shows all of it.
    expect(
      titleConflicts(qualified("Deputy Minister", ministry, "Industry Minister"))[0]?.values[0]
        ?.span,
    ).toEqual({ articleId: A, start: 0, end: 20 + ministry.length });
  });

  it("takes rank from the words before the name, not from the office a qualifier names", () => {
    const office = "of the Office of the Deputy Prime Minister";
    expect(titleConflicts(qualified("Director", office, "Director"))).toEqual([]);
  });

  it("flags a deputy where another outlet gives the full rank", () => {
    expect(
      titleConflicts(
        entity("X", [
          [A, "Minister"],
          [B, "Deputy Minister"],
        ]),
      )[0]?.kind,
    ).toBe("title");
  });
});

describe("figureConflicts", () => {
  it("names both values of one measure that disagree", () => {
    const a = makeUnit(0, 0, "x", {
      figures: [money("f0", A, "$350 billion", 350e9, "U.S.-bound investment")],
    });
    const b = makeUnit(1, 1, "y", {
      figures: [money("f1", B, "$300 billion", 300e9, "investment in the US")],
    });
    const conflicts = figureConflicts([a, b], unlike);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.values.map((v) => v.text)).toEqual(["$350 billion", "$300 billion"]);
  });

  it("treats '$350 billion' and '350 billion dollars' as equal, and different measures as no conflict", () => {
    const a = makeUnit(0, 0, "x", {
      figures: [money("f0", A, "$350 billion", 350e9, "investment")],
    });
    const b = makeUnit(1, 1, "y", {
      figures: [money("f1", B, "350 billion dollars", 350e9, "investment")],
    });
    expect(figureConflicts([a, b], alike)).toEqual([]);
    const c = makeUnit(2, 1, "z", {
      figures: [money("f2", B, "$20 billion", 20e9, "currency swap line")],
    });
    expect(figureConflicts([a, c], unlike)).toEqual([]);
  });
});

describe("dateConflicts", () => {
  it("flags two alike statements that put one event on different days", () => {
    const a = makeUnit(0, 0, "x", { dates: [day("d0", A, "on Sunday", "2025-10-19")] });
    const b = makeUnit(1, 1, "y", { dates: [day("d1", B, "on Monday", "2025-10-20")] });
    expect(dateConflicts([a, b], alike)[0]?.values.map((v) => v.text)).toEqual([
      "on Sunday",
      "on Monday",
    ]);
    expect(dateConflicts([a, b], unlike)).toEqual([]);
  });
});

describe("speakerConflicts", () => {
  it("names each outlet's speaker of the same words", () => {
    const a = makeUnit(0, 0, "x", { speakers: new Set(["E-Kim Yong-beom"]) });
    const b = makeUnit(1, 1, "x", { speakers: new Set(["E-Kim Jung-kwan"]) });
    const [conflict] = speakerConflicts([a, b], [[0, 1]], alike);
    expect(conflict?.kind).toBe("speaker");
    expect(conflict?.values.map((v) => v.text)).toEqual(["Kim Yong-beom", "Kim Jung-kwan"]);
  });
});

describe("stanceFindings", () => {
  it("sets 'very close to a deal' against 'at an impasse' when said by two people within days", () => {
    const trump = makeUnit(0, 0, "Trump said the two sides were very close to a deal.", {
      speakers: new Set(["E-trump"]),
      saidOn: "2025-10-24",
    });
    const lee = makeUnit(1, 0, "Lee said the talks remain at an impasse.", {
      speakers: new Set(["E-lee"]),
      saidOn: "2025-10-26",
    });
    const later = makeUnit(2, 1, "Lee said the talks remain at an impasse.", {
      speakers: new Set(["E-lee"]),
      saidOn: "2025-11-10",
    });
    const findings = stanceFindings([trump, lee, later], (id) => id);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.conflict.values.map((v) => v.text)).toEqual([
      "very close to a deal",
      "at an impasse",
    ]);
    // The quoted phrase's own span, so the UI can highlight it.
    const value = findings[0]?.conflict.values[0];
    expect((value?.span?.end ?? 0) - (value?.span?.start ?? 0)).toBe("very close to a deal".length);
  });

  it("ignores an unattributed mood and one person's change of mind", () => {
    const outlet = makeUnit(0, 0, "A breakthrough may be near in the talks.", {
      saidOn: "2025-10-22",
    });
    const kim1 = makeUnit(1, 0, "Kim said there was substantial progress in the talks.", {
      speakers: new Set(["E-kim"]),
      saidOn: "2025-10-19",
    });
    const kim2 = makeUnit(2, 1, "Kim said the talks are sharply divided.", {
      speakers: new Set(["E-kim"]),
      saidOn: "2025-10-20",
    });
    const lee = makeUnit(3, 1, "Lee said the talks are at an impasse.", {
      speakers: new Set(["E-lee"]),
      saidOn: "2025-10-22",
    });
    expect(stanceFindings([outlet, kim1, kim2, lee], (id) => id)).toEqual([]);
  });
});
