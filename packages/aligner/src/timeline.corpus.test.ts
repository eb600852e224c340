import { describe, expect, it } from "vitest";
import { corpusComparison } from "../test/fixtures/alignment-gold/corpus-comparison.ts";

describe("buildTimeline (through compareStory on the corpus)", () => {
  const { comparison, code } = corpusComparison();
  const events = comparison.timeline;
  const on = (date: string) => events.filter((e) => e.date === date);
  const outlets = (date: string) =>
    [...new Set(on(date).flatMap((e) => e.articleIds.map(code)))].sort();

  it("lists the sub-events in date order, across articles published on different days", () => {
    const dates = events.map((e) => e.date ?? "9999");
    expect(dates).toEqual([...dates].sort());
    // Talks in Washington (Thursday Oct. 16 / "from the 16th"), the two returns (Sunday 19, Monday 20),
    // the late-Tuesday announcement, the Oct. 22 departure, Oct. 24, Lee's Oct. 26 interview, the Oct. 29 summit.
    for (const date of [
      "2025-10-16",
      "2025-10-19",
      "2025-10-20",
      "2025-10-21",
      "2025-10-22",
      "2025-10-24",
      "2025-10-26",
      "2025-10-29",
    ]) {
      expect(on(date).length, date).toBeGreaterThan(0);
    }
    expect(outlets("2025-10-16")).toEqual(["001", "002"]);
    // "on Sunday" resolves against each article's own anchor: Oct. 22 (001) and the Oct. 20 post (004);
    // Chosun's "three days after returning" (from the 22nd) is the same Sunday.
    expect(outlets("2025-10-19")).toEqual(["001", "002", "004"]);
    expect(outlets("2025-10-20")).toEqual(expect.arrayContaining(["001", "002"]));
    expect(outlets("2025-10-22")).toEqual(expect.arrayContaining(["000", "001", "002"]));
    expect(outlets("2025-10-29")).toEqual(["000", "003"]);
  });

  it("keeps two people's events of one day apart and joins one event told by two outlets", () => {
    const oct24 = on("2025-10-24");
    expect(oct24).toHaveLength(2);
    expect(oct24.some((e) => /very close to a deal/.test(e.label))).toBe(true);
    expect(oct24.some((e) => /Kim Yong-beom said Friday/.test(e.label))).toBe(true);
    // The Oct. 22 departure from Incheon is one event reported by 001 and 002; the CNN interview
    // that aired the same Wednesday is another.
    const oct22 = on("2025-10-22");
    expect(
      oct22.some(
        (e) =>
          e.articleIds.map(code).join() === "001,002" ||
          e.articleIds.map(code).join() === "002,001",
      ),
    ).toBe(true);
    expect(oct22.some((e) => /CNN/.test(e.label))).toBe(true);
  });

  it("leaves out a week-level entry when the same outlet dates something in that week to the day", () => {
    // "last week" (001, the week of Oct. 13) is covered by its talks on Thursday Oct. 16 and the
    // returns; "next week's APEC meeting" (000, the week of Oct. 27) by the Oct. 29 summit.
    expect(on("2025-10-13")).toEqual([]);
    expect(on("2025-10-27").every((e) => e.precision === "day")).toBe(true);
    // A week nothing else dates stays: "the end of the month" (004).
    expect(events.some((e) => e.precision === "week")).toBe(true);
  });

  it("labels a day with a statement dating it directly, not with a day counted from another date", () => {
    // 002 dates the returns only as "three days after returning" / "two days after returning home"
    // (the 19th and the 20th counted back from the 22nd): they join those days' events but do not
    // name them.
    expect(on("2025-10-19").some((e) => e.articleIds.map(code).includes("002"))).toBe(true);
    const oct20 = on("2025-10-20");
    expect(oct20.some((e) => e.articleIds.map(code).includes("002"))).toBe(true);
    for (const e of [...on("2025-10-19"), ...oct20]) expect(e.label).not.toMatch(/days after/);
  });

  it("links events to the claim groups they come from", () => {
    const ids = new Set(comparison.groups.map((g) => g.id));
    for (const event of events) for (const id of event.groupIds) expect(ids.has(id)).toBe(true);
  });
});
