import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { happeningKey } from "../happenings/verbs.ts";
import { happeningDateConflicts } from "./event-dates.ts";

/** The rows found for one happening told by the given statements, in a story that also holds `others`. */
function rows(told: AlignUnit[], action: string, others: AlignUnit[] = []): string[][] {
  const units: AlignUnit[] = [];
  for (const unit of [...told, ...others]) units[unit.index] = unit;
  const context: ConflictContext = {
    similarity: () => 0.1,
    entityName: (id) => id,
    storyUnits: units,
  };
  const happening = { action, units: told.map((u) => u.index) };
  return happeningDateConflicts(units, [happening], context, []).map((r) =>
    r.conflict.values.map((v) => `${v.articleId[0]}:${v.text}`),
  );
}

const day = (index: number, article: number, text: string, when: string, ids: string[] = []) =>
  withDays(index, article, text, [[when, `2025-10-${10 + index}`]], { entities: new Set(ids) });

describe("a story name written where entity reading passed over it", () => {
  // Another statement of the story names the provider: "Norlink" is one of the story's names.
  const named = day(7, 2, "Norlink said on Monday that repairs had begun.", "Monday", ["Norlink"]);

  it("keeps a statement naming the provider apart from one naming nobody", () => {
    const customer = day(
      0,
      0,
      "Tarvo posted on its website that its Norlink service was restored on 11 October.",
      "11 October",
    );
    const operator = day(
      1,
      1,
      "The ferry operator announced that it had restored services to its island passengers on 14 October.",
      "14 October",
    );
    expect(rows([customer, operator], happeningKey("restore"), [named])).toEqual([]);
    // Without the story's name in its words, two statements naming nobody still meet on the
    // words their days' clauses share, as before.
    expect(rows([customer, operator], happeningKey("restore"))).toEqual([
      ["a:11 October", "b:14 October"],
    ]);
  });

  it("keeps two outlets writing the same name as one happening's two days", () => {
    const restored = day(0, 0, "Norlink restored service to homes on 11 October.", "11 October");
    const back = day(1, 1, "Norlink's service was restored on 14 October.", "14 October");
    expect(rows([restored, back], happeningKey("restore"), [named])).toEqual([
      ["a:11 October", "b:14 October"],
    ]);
  });

  it("reads a name after a preposition of place as where, not who", () => {
    const depot = day(0, 0, "A fire broke out at a Norlink depot on Sunday night.", "Sunday night");
    const broke = day(
      1,
      1,
      "A warehouse was destroyed after a fire broke out on Friday night.",
      "Friday night",
    );
    expect(rows([depot, broke], happeningKey("break"), [named])).toEqual([
      ["a:Sunday night", "b:Friday night"],
    ]);
    // Told as who, the same name keeps the statements apart.
    const crews = day(
      0,
      0,
      "Norlink crews fought a fire that broke out on Sunday night.",
      "Sunday night",
    );
    expect(rows([crews, broke], happeningKey("break"), [named])).toEqual([]);
  });
});
