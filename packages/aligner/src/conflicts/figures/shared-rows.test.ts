import type { Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { joinSharedRows } from "./shared-rows.ts";

const value = (articleId: string, text: string, start: number) => ({
  articleId,
  text,
  span: { articleId, start, end: start + text.length },
});

/** "The Vint depot fire killed 10" (a), "… three" (b), "… 20" (c): the ten is a's, in both rows. */
const ten = value("a", "10", 40);
const three = value("b", "three", 12);
const twenty = value("c", "20", 7);
const row = (values: Conflict["values"], kind: Conflict["kind"] = "figure"): Conflict => ({
  kind,
  subject: "people",
  values,
  evidence: [],
});

describe("joinSharedRows", () => {
  it("tells two rows of one unit sharing an outlet's value as one row with three sides", () => {
    const joined = joinSharedRows([row([ten, three]), row([twenty, ten])], () => "people");
    expect(joined).toHaveLength(1);
    expect(joined[0]?.values.map((v) => v.text)).toEqual(["10", "three", "20"]);
  });

  it("keeps rows of two units, rows sharing no value, and other kinds apart", () => {
    const units = (v: { articleId: string }) => (v.articleId === "c" ? "village" : "people");
    expect(joinSharedRows([row([ten, three]), row([twenty, ten])], units)).toHaveLength(2);
    const other = value("d", "four", 3);
    expect(joinSharedRows([row([ten, three]), row([twenty, other])], () => "people")).toHaveLength(
      2,
    );
    expect(
      joinSharedRows([row([ten, three], "time"), row([twenty, ten], "time")], () => "people"),
    ).toHaveLength(2);
  });
});
