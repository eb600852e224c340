import type { DateReference } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../extract-article.ts";

function dates(text: string, published: string | undefined): DateReference[] {
  return extractArticle(handBuiltArticle(text, "Test", published ? { published } : {})).dates;
}

/** text, value, precision of each date: the rows most tests compare. */
function rows(list: readonly DateReference[]): (string | null)[][] {
  return list.map((d) => [d.text, d.value, d.precision]);
}

function dayOf(list: readonly DateReference[], text: string): string | null | undefined {
  return list.find((d) => d.text === text)?.value;
}

describe("dates resolved against the publication date", () => {
  it("counts the earlier event forward for 'before', and leaves it unresolved without an anchor", () => {
    const list = dates(
      "She met Lee on Oct. 24, two days before leaving for Tokyo.",
      "2025-10-28T00:00:00+09:00",
    );
    expect(dayOf(list, "two days before leaving")).toBe("2025-10-24");
    expect(list.find((d) => d.text === "leaving")).toMatchObject({
      value: "2025-10-26",
      status: "inferred",
    });
    const bare = dates("He left again three days after returning.", undefined);
    expect(bare.map((d) => [d.text, d.value, d.status])).toEqual([
      ["three days after returning", null, "unresolved"],
      ["returning", null, "unresolved"],
    ]);
  });

  it("resolves yesterday, last/next week, the 22nd and numeric dates; leaves relative dates unresolved without any anchor", () => {
    const list = dates(
      "He spoke yesterday. They met last week and meet next week. It ends on the 22nd. The memo is dated 2025.10.22.",
      "2025-10-28T00:00:00+09:00",
    );
    expect(dayOf(list, "yesterday")).toBe("2025-10-27");
    expect(dayOf(list, "last week")).toBe("2025-10-20");
    expect(dayOf(list, "next week")).toBe("2025-11-03");
    expect(dayOf(list, "the 22nd")).toBe("2025-10-22");
    expect(dayOf(list, "2025.10.22")).toBe("2025-10-22");
    const bare = dates("He spoke yesterday, on Sunday.", undefined);
    expect(bare.map((d) => [d.value, d.status])).toEqual([
      [null, "unresolved"],
      [null, "unresolved"],
    ]);
  });

  it("reads 'the end of the year' as 31 December (month precision) and 'the end of the month' as before", () => {
    const list = dates(
      "Beijing hoped to finish well before the end of the year. The fund closes at the end of next year, and the review at the end of the month.",
      "2026-11-18T18:40:00+01:00",
    );
    expect(rows(list)).toEqual([
      ["the end of the year", "2026-12-31", "month"],
      ["the end of next year", "2027-12-31", "month"],
      ["the end of the month", "2026-11-30", "week"],
    ]);
  });

  it("reads this/next/last month as its first day and next/last year as 1 January, across year ends", () => {
    const december = dates(
      "A text could go to governments next month. Sales fell last month and this month. German brands sold 3 million vehicles last year; output grows next year.",
      "2026-12-03T09:00:00+09:00",
    );
    expect(rows(december)).toEqual([
      ["next month", "2027-01-01", "month"],
      ["last month", "2026-11-01", "month"],
      ["this month", "2026-12-01", "month"],
      ["last year", "2025-01-01", "year"],
      ["next year", "2027-01-01", "year"],
    ]);
    const january = dates("Prices rose last month.", "2026-01-05T09:00:00+09:00");
    expect(dayOf(january, "last month")).toBe("2025-12-01");
    // A span of time, not a date; and "next month-long" is not a month either.
    expect(
      dates(
        "Prices rose over the last month and in the last year, before a next month-long pause.",
        "2026-01-05T09:00:00+09:00",
      ),
    ).toEqual([]);
  });

  it("reads bare years ('in 2023', 'a 2013 arrangement') with year precision, never money, percents, counts or years inside a full date", () => {
    const list = dates(
      "The Commission opened an investigation in 2023, referring to a 2013 arrangement that the EU scrapped in 2018.",
      "2026-11-19T07:15:00+01:00",
    );
    expect(list.map((d) => [d.text, d.value, d.precision, d.status])).toEqual([
      ["2023", "2023-01-01", "year", "resolved"],
      ["2013", "2013-01-01", "year", "resolved"],
      ["2018", "2018-01-01", "year", "resolved"],
    ]);
    const none = dates(
      "It paid $2023 and €1999, a 2015 percent jump, 2020% more, 2,023 cars, 1.2019 points, No. 2021 and the 2022-23 season.",
      "2026-11-19T07:15:00+01:00",
    );
    expect(none).toEqual([]);
    // News style writes counts of a thousand and more with a comma: four bare digits are a year.
    expect(rows(dates("Voters in the 2024 elections bought 2019 models.", undefined))).toEqual([
      ["2024", "2024-01-01", "year"],
      ["2019", "2019-01-01", "year"],
    ]);
    const full = dates(
      "Duties were imposed in October 2024, the memo is dated 2025.10.22, and Beijing warned on Oct. 3, 2013.",
      "2026-11-19T07:15:00+01:00",
    );
    expect(full.map((d) => [d.text, d.precision])).toEqual([
      ["in October 2024", "month"],
      ["2025.10.22", "day"],
      ["Oct. 3, 2013", "day"],
    ]);
  });

  it("resolves a bare weekday in a past-tense clause to the past six days, even after a paragraph about the future", () => {
    // Published Wednesday 18 Nov. 2026, 18:40 CET: "on Wednesday" is that day.
    const wire = dates(
      "Ambassador Li Ming is due to brief diplomats on Friday.\n\nSpeaking to reporters on Wednesday, the ambassador said Beijing hoped to wrap up the talks.",
      "2026-11-18T18:40:00+01:00",
    );
    expect(dayOf(wire, "Friday")).toBe("2026-11-20");
    expect(dayOf(wire, "Wednesday")).toBe("2026-11-18");
    // Published Thursday 19 Nov.: "spent most of Tuesday" is the 17th, not the coming Tuesday.
    const paper = dates(
      "Carmakers hope this round will end the fight.\n\nAnneli Virtanen spent most of Tuesday with Wang Lianhe.",
      "2026-11-19T07:15:00+01:00",
    );
    expect(dayOf(paper, "Tuesday")).toBe("2026-11-17");
  });

  it("resolves a bare weekday forward only when its own clause speaks of the future after any past verb", () => {
    const list = dates(
      "Kim said he will visit Tokyo on Friday. The ministers, who will meet next week, said on Monday that talks went well. Lee met Veld, while officials are scheduled to meet on Saturday. Veld on Sunday will host Lee. Lee on Tuesday said talks will resume.",
      "2026-11-18T10:00:00+09:00",
    );
    expect(dayOf(list, "Friday")).toBe("2026-11-20");
    expect(dayOf(list, "Monday")).toBe("2026-11-16");
    expect(dayOf(list, "Saturday")).toBe("2026-11-21");
    expect(dayOf(list, "Sunday")).toBe("2026-11-22");
    expect(dayOf(list, "Tuesday")).toBe("2026-11-17");
  });

  it("takes the publication day in the time zone its dateline wrote (CET, EST, KST)", () => {
    expect(dayOf(dates("Officials met today.", "2026-11-18T18:40:00+01:00"), "today")).toBe(
      "2026-11-18",
    );
    expect(dayOf(dates("Officials met today.", "2026-11-18T21:05:00-05:00"), "today")).toBe(
      "2026-11-18",
    );
    expect(dayOf(dates("Officials met today.", "2026-11-19T00:05:00+09:00"), "today")).toBe(
      "2026-11-19",
    );
  });

  it("reads a bare UTC time on its UTC day: no zone is assumed for an outlet that gave none", () => {
    const list = dates("Officials met today.", "2025-10-23T23:30:00Z");
    expect(dayOf(list, "today")).toBe("2025-10-23");
    expect(dayOf(dates("Officials met today.", "2025-10-24T00:30:00Z"), "today")).toBe(
      "2025-10-24",
    );
  });

  it("reads no month and day out of a month before a clock time ('4 November 02:00' is not 2 November)", () => {
    const list = dates("All lines were back as of 4 November 02:00 GMT.", "2011-11-06T00:00:00Z");
    expect(list.map((d) => d.text)).not.toContain("November 02");
    expect(
      dayOf(dates("All lines were back on November 4, 2011.", undefined), "November 4, 2011"),
    ).toBe("2011-11-04");
  });
});

describe("day-first calendar dates", () => {
  it("reads '8 October 2011' and '14 Oct. 2011' as days, and no month out of '3 Marines'", () => {
    const list = dates(
      "The ferry sank on 8 October 2011 near Velm. Officials said on Friday (14 Oct. 2011) the port reopened. Crews rescued 3 Marines and 12 May residents.",
      "2011-10-20T00:00:00Z",
    );
    expect(dayOf(list, "8 October 2011")).toBe("2011-10-08");
    expect(dayOf(list, "14 Oct. 2011")).toBe("2011-10-14");
    expect(list.some((d) => d.text.startsWith("3 Mar"))).toBe(false);
    // Without a year, the day nearest the publication day.
    expect(dayOf(dates("Talks resumed on 2 November.", "2011-10-20T00:00:00Z"), "2 November")).toBe(
      "2011-11-02",
    );
  });
});
