import type { Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { joinRowsAcrossGroups } from "./rows-across-groups.ts";

const value = (articleId: string, text: string, start: number) => ({
  articleId,
  text,
  span: { articleId, start, end: start + text.length },
});
const row = (values: Conflict["values"], kind: Conflict["kind"] = "figure"): Conflict => ({
  kind,
  subject: "magnitude",
  values,
  evidence: [],
});

/** The Vint islands quake: outlets b and c say 5.9 in both groups' rows, d 6.1, a 11.8. */
const b = value("b", "5.9", 10);
const c = value("c", "5.9", 30);
const d = value("d", "6.1", 5);
const a = value("a", "11.8", 2);

describe("joinRowsAcrossGroups", () => {
  it("tells two groups' rows holding two outlets' same values as one row", () => {
    const joined = joinRowsAcrossGroups([[row([b, d, c])], [row([a, b, c])]], () => "magnitude");
    expect(joined[1]).toEqual([]);
    expect(joined[0]?.[0]?.values.map((v) => v.text)).toEqual(["5.9", "6.1", "5.9", "11.8"]);
  });

  it("keeps rows sharing one outlet's value, rows of two units and other kinds apart", () => {
    const one = [[row([b, d])], [row([a, b])]];
    expect(joinRowsAcrossGroups(one, () => "magnitude")).toEqual(one);
    const units = (v: { articleId: string }) => (v.articleId === "a" ? "village" : "magnitude");
    const two = [[row([b, d, c])], [row([a, b, c])]];
    expect(joinRowsAcrossGroups(two, units)).toEqual(two);
    const dates = [[row([b, d, c], "date")], [row([a, b, c], "date")]];
    expect(joinRowsAcrossGroups(dates, () => "magnitude")).toEqual(dates);
  });
});
