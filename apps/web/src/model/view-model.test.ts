import { describe, expect, it } from "vitest";
import { formatLocation, HOME, parseLocation } from "./app-location.ts";
import { articleLabel, orderByDate } from "./article-column.ts";
import { moveColumn, reconcileLayout, visibleColumns } from "./column-layout.ts";
import { joinLabels } from "./conflict-sides.ts";
import { highlightSegments } from "./highlight-segments.ts";

describe("URL state", () => {
  it("round-trips every field and drops unknown filters", () => {
    const location = {
      ...HOME,
      storyId: "s1",
      tab: "people" as const,
      filters: ["conflicts" as const, "quotes" as const],
      personId: "p-kim",
      query: "$350 billion",
      rowId: "g7",
      articleId: "96f90745cbc1aea6",
    };
    expect(parseLocation(formatLocation(location))).toEqual(location);
    expect(parseLocation("?story=s1&filter=conflicts,bogus&tab=nope")).toMatchObject({
      filters: ["conflicts"],
      tab: "compare",
    });
    expect(formatLocation(HOME)).toBe("");
  });
});

describe("column order", () => {
  const a = (id: string, publishedAt: string | null) => ({
    id,
    publishedAt,
    outlet: { id: "korea-joongang-daily", name: "Korea JoongAng Daily" },
  });

  it("sorts oldest first, undated last in their given order", () => {
    const ordered = orderByDate([
      a("x", null),
      a("b", "2025-10-24T10:02:00+09:00"),
      a("y", null),
      a("a", "2025-10-22"),
    ]);
    expect(ordered.map((c) => c.id)).toEqual(["a", "b", "x", "y"]);
  });

  it("tells same-outlet articles apart by date, or by number when undated", () => {
    const all = [a("a", "2025-10-22"), a("b", "2025-10-24"), a("c", null)];
    expect(all.map((c) => articleLabel(c, all))).toEqual([
      "Korea JoongAng Daily, 22 Oct 2025",
      "Korea JoongAng Daily, 24 Oct 2025",
      "Korea JoongAng Daily #3",
    ]);
  });

  it("keeps the user's order and slots a new article in by date", () => {
    const layout = moveColumn({ order: ["a", "b", "c"], hidden: [], pinned: [] }, "c", -1);
    expect(layout.order).toEqual(["a", "c", "b"]);
    const next = reconcileLayout({ ...layout, hidden: ["b"], pinned: ["b"] }, ["a", "n", "b", "c"]);
    // "n" is dated between a and b, so it goes just before b, wherever the user moved b.
    expect(next.order).toEqual(["a", "c", "n", "b"]);
    expect(visibleColumns({ ...next, hidden: [], pinned: ["c"] })).toEqual(["c", "a", "n", "b"]);
    // A pinned column does not trade places with an unpinned one.
    expect(moveColumn({ order: ["a", "b"], hidden: [], pinned: ["a"] }, "a", 1).order).toEqual([
      "a",
      "b",
    ]);
  });
});

describe("highlight segments", () => {
  it("cuts a paragraph into plain and marked text covering it exactly", () => {
    const body = "One. Two three. Four.";
    const segments = highlightSegments(body, 0, body.length, [{ start: 5, end: 15 }]);
    expect(segments).toEqual([
      { text: "One. ", marked: false, start: 0 },
      { text: "Two three.", marked: true, start: 5 },
      { text: " Four.", marked: false, start: 15 },
    ]);
    expect(highlightSegments(body, 16, 21, [{ start: 5, end: 15 }])).toEqual([
      { text: "Four.", marked: false, start: 16 },
    ]);
  });
});

describe("conflict outlets", () => {
  it("names an outlet once, listing its articles' dates", () => {
    expect(
      joinLabels([
        "Korea JoongAng Daily, 28 Oct 2025",
        "Korea JoongAng Daily, 22 Oct 2025",
        "Benzinga",
      ]),
    ).toBe("Korea JoongAng Daily, 28 Oct, 22 Oct; Benzinga");
  });
});
