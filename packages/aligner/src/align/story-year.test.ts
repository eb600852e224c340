import type { DateReference, Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { inStoryYear, storyYear } from "./story-year.ts";

function date(text: string, value: string | null, status: DateReference["status"]): DateReference {
  return {
    id: text,
    span: { articleId: "a", start: 0, end: text.length },
    text,
    value,
    endValue: null,
    precision: "day",
    status,
  };
}

const story = (...dates: DateReference[][]) =>
  dates.map((list) => ({ dates: list }) as unknown as Extraction);

describe("storyYear and inStoryYear", () => {
  it("dates a yearless day of an undated article in the one year the story's sure days share", () => {
    const year = storyYear(
      story(
        [date("Nov. 29", "2019-11-29", "resolved")],
        [date("December 3, 2019", "2019-12-03", "resolved"), date("Nov. 30", null, "unresolved")],
      ),
    );
    expect(year).toBe(2019);
    expect(inStoryYear(date("Nov. 30", null, "unresolved"), year)).toMatchObject({
      value: "2019-11-30",
      status: "inferred",
    });
    expect(inStoryYear(date("Sept. 4th", null, "unresolved"), year).value).toBe("2019-09-04");
  });

  it("gives no year for a story across a new year, no day that does not exist, nothing to other dates", () => {
    const across = storyYear(
      story(
        [date("Dec. 30", "2019-12-30", "resolved")],
        [date("Jan. 2", "2020-01-02", "resolved")],
      ),
    );
    expect(across).toBeNull();
    expect(inStoryYear(date("Nov. 30", null, "unresolved"), across).value).toBeNull();
    // An inferred day (a weekday counted from a guessed anchor) fixes no year.
    expect(storyYear(story([date("Friday", "2019-11-29", "inferred")]))).toBeNull();
    expect(inStoryYear(date("Feb. 30", null, "unresolved"), 2019).value).toBeNull();
    expect(inStoryYear(date("Friday", null, "unresolved"), 2019).value).toBeNull();
  });
});
