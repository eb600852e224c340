import { describe, expect, it } from "vitest";
import { withDays } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { splitByDay } from "./split-by-day.ts";
import type { EventCluster } from "./story-events.ts";

/** Articles 0–1 alike, 2–4 alike, the two threads far apart. */
const articles = {
  between: (a: number, b: number) => (a < 2 === b < 2 ? 0.6 : 0.1),
  typical: 0.3,
};

/** One statement per article, in one event ("hit"): [text, day text, ISO day] or [text]. */
function split(rows: Row[]): string[] {
  const units = rows.map(([text, dayText, value], i) =>
    withDays(i, i, text, dayText && value ? [[dayText, value]] : []),
  );
  const event: EventCluster = {
    action: "hit",
    main: true,
    units: units.map((u) => u.index),
    participants: [],
  };
  return splitByDay([event], units, articles).map((e) => e.units.join(","));
}

type Row = [string] | [string, string, string];
/** Two articles dating the storm May 4, two dating it June 9. */
const MAY_4: Row[] = [
  ["A storm hit the coast on May 4.", "May 4", "2025-05-04"],
  ["The storm hit the northern coast on May 4.", "May 4", "2025-05-04"],
];
const JUNE_9: Row[] = [
  ["A storm hit the coast on June 9.", "June 9", "2025-06-09"],
  ["The storm hit two harbours on June 9.", "June 9", "2025-06-09"],
];

describe("splitByDay", () => {
  it("splits an event whose articles date it on two days, each given by two articles", () => {
    // The undated article joins the part its articles are most alike to.
    expect(split([...MAY_4, ...JUNE_9, ["The storm hit the harbour towns hard."]])).toEqual([
      "0,1",
      "2,3,4",
    ]);
  });

  it("keeps an event whole when one article alone gives another day", () => {
    expect(
      split([
        ...MAY_4,
        ["A storm hit the coast on June 9.", "June 9", "2025-06-09"],
        ["The storm hit two harbours."],
      ]),
    ).toEqual(["0,1,2,3"]);
  });

  it("reads no day told of saying as the happening's", () => {
    expect(
      split([
        ["A storm hit the coast, officials said on May 4.", "May 4", "2025-05-04"],
        ["The storm hit the coast, police said on May 4.", "May 4", "2025-05-04"],
        ...JUNE_9,
      ]),
    ).toEqual(["0,1,2,3"]);
  });

  it("keeps an event whole when its two days are next to each other", () => {
    expect(
      split([
        ...MAY_4,
        ["A storm hit the coast on May 5.", "May 5", "2025-05-05"],
        ["The storm hit two harbours on May 5.", "May 5", "2025-05-05"],
      ]),
    ).toEqual(["0,1,2,3"]);
  });
});
