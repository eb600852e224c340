import { describe, expect, it } from "vitest";
import { parseDatelineLine, toPublishedAt } from "./dateline.ts";
import { readWrittenDate } from "./written-date.ts";

describe("readWrittenDate", () => {
  it("reads the common printed forms", () => {
    expect(readWrittenDate("24 Oct. 2025, 10:02")).toMatchObject({
      year: 2025,
      month: 10,
      day: 24,
      hour: 10,
      minute: 2,
    });
    expect(readWrittenDate("October 20, 2025")).toMatchObject({
      year: 2025,
      month: 10,
      day: 20,
      hour: null,
    });
    expect(readWrittenDate("2025.10.22")).toMatchObject({ year: 2025, month: 10, day: 22 });
    expect(readWrittenDate("Friday, Oct. 24, 2025 at 3:15 p.m. KST")).toMatchObject({
      day: 24,
      hour: 15,
      minute: 15,
      offset: "+09:00",
    });
    expect(readWrittenDate("2025-10-20T09:15:00-04:00")).toMatchObject({
      hour: 9,
      offset: "-04:00",
    });
    expect(readWrittenDate("Oct 24, 2025 10:02 GMT+9")).toMatchObject({ offset: "+09:00" });
  });

  it("refuses impossible dates and non-dates", () => {
    expect(readWrittenDate("31 Feb. 2025")).toBeNull();
    expect(readWrittenDate("2025.13.01")).toBeNull();
    expect(readWrittenDate("Kim said on Friday")).toBeNull();
  });
});

describe("parseDatelineLine and toPublishedAt", () => {
  it("reads labelled and bare datelines but not prose", () => {
    expect(parseDatelineLine("Published: 22 Oct. 2025, 10:55")?.kind).toBe("published");
    expect(parseDatelineLine("Updated: 23 Oct. 2025, 08:00")?.kind).toBe("updated");
    expect(parseDatelineLine("October 24, 2025")?.kind).toBe("published");
    expect(parseDatelineLine("October 24, 2025 was a busy day for negotiators.")).toBeNull();
  });

  it("uses the printed zone, else the outlet's, else keeps the date only", () => {
    const line = parseDatelineLine("Published: 24 Oct. 2025, 10:02");
    if (!line) throw new Error("dateline not read");
    expect(toPublishedAt(line.date, "+09:00", "dateline", line.text).value).toBe(
      "2025-10-24T10:02:00+09:00",
    );
    expect(toPublishedAt(line.date, null, "dateline", line.text)).toMatchObject({
      value: "2025-10-24",
      precision: "day",
    });
    const zoned = parseDatelineLine("Posted Oct. 24, 2025 10:02 a.m. EDT");
    if (!zoned) throw new Error("dateline not read");
    expect(toPublishedAt(zoned.date, "+09:00", "dateline", zoned.text).value).toBe(
      "2025-10-24T10:02:00-04:00",
    );
  });
});
