import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { dateConflicts } from "../dates/conflicts.ts";
import type { ConflictContext } from "../guards.ts";
import { withoutDescribingVerbs } from "./described-verbs.ts";

const apart: ConflictContext = { similarity: () => 0.3, entityName: (id) => id };

function dated(index: number, text: string, day: [string, string]) {
  return withDays(index, index, text, [day], { position: 0 });
}

describe("withoutDescribingVerbs", () => {
  it("blanks a relative clause after the statement's own verb, keeping offsets", () => {
    const text =
      "Volunteers handed out soup Monday to survivors of a storm that flooded the valley.";
    const out = withoutDescribingVerbs(text);
    expect(out).toHaveLength(text.length);
    expect(out).toContain("handed out soup Monday");
    expect(out).not.toContain("flooded");
  });

  it("blanks a relative clause between commas and a participle before its noun", () => {
    expect(
      withoutDescribingVerbs("The mill, which burned last year, reopened on Friday."),
    ).not.toContain("burned");
    expect(withoutDescribingVerbs("A convicted smuggler smiled on Tuesday.")).not.toContain(
      "convicted",
    );
  });

  it("keeps a complement's verb and a subject's relative clause before the main verb", () => {
    expect(withoutDescribingVerbs("Officials said that the storm flooded the valley.")).toContain(
      "flooded",
    );
    expect(withoutDescribingVerbs("The man who had fled was arrested Friday.")).toContain("fled");
  });
});

describe("dateConflicts and verbs that describe a noun", () => {
  it("sets no day of a relief handout against the day of the storm it followed", () => {
    const storm = dated(
      0,
      "A violent storm hit the northern coast on Sunday, flooding two towns and killing four people.",
      ["Sunday", "2025-04-13"],
    );
    const relief = dated(
      1,
      "Volunteers handed out blankets and soup Monday to survivors of a violent storm on the coast that killed four people.",
      ["Monday", "2025-04-14"],
    );
    expect(dateConflicts([storm, relief], apart)).toEqual([]);
  });

  it("still sets two days against each other when the shared verb is each statement's own", () => {
    const storm = dated(
      0,
      "A violent storm hit the northern coast on Sunday, flooding two towns and killing four people.",
      ["Sunday", "2025-04-13"],
    );
    const other = dated(
      1,
      "Rescuers said the violent storm on the coast on Monday killed four people.",
      ["Monday", "2025-04-14"],
    );
    expect(dateConflicts([storm, other], apart).map((c) => c.values.map((v) => v.text))).toEqual([
      ["Sunday", "Monday"],
    ]);
  });
});

describe("withoutDescribingVerbs and the horizontal bar", () => {
  it("ends a relative clause at a bar as at an em dash, keeping the bar as written", () => {
    const text = (dash: string) =>
      `The clerk who left ${dash} a cousin of the mayor ${dash} was held on Monday.`;
    const read = withoutDescribingVerbs(text("―"));
    expect(read).toBe("The clerk          ― a cousin of the mayor ― was held on Monday.");
    expect(read.replaceAll("―", "—")).toBe(withoutDescribingVerbs(text("—")));
  });
});
